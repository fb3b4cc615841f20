"""The Webhooks pages through the ASGI app, with a real loopback receiver."""

from __future__ import annotations

import re

from dispo.jobs.worker import Worker
from tests.conftest import Tenant, run_jobs
from tests.web.test_pages import add_call, csrf, sign_in
from tests.webhooks.receiver import Reply, receiving


def test_add_test_resend_rotate(tenant: Tenant, worker: Worker) -> None:
    client = sign_in(tenant.client, tenant.api_key)
    token = csrf(client, "/webhooks")
    with receiving([Reply(status=500)], default=Reply(status=204)) as receiver:
        created = client.post(
            "/webhooks",
            data={
                "name": "CRM",
                "url": receiver.url,
                "events": ["call.analyzed", "call.outcome_updated"],
                "csrf": token,
            },
            follow_redirects=False,
        )
        assert created.status_code == 303
        detail_url = created.headers["location"]
        webhook_id = detail_url.rsplit("/", 1)[-1]
        client.post(f"{detail_url}/test", data={"csrf": token})
        run_jobs(worker)
        receiver.wait_for(1)
        page = client.get(detail_url).text
        assert "webhook.test" in page and "500" in page
        assert "failing" in client.get("/webhooks").text
        delivery = re.search(r"/deliveries/(dlv_\w+)/resend", page)
        assert delivery
        client.post(f"{detail_url}/deliveries/{delivery.group(1)}/resend", data={"csrf": token})
        run_jobs(worker)
        receiver.wait_for(2)
        page = client.get(detail_url).text
        assert "succeeded" in page and "healthy" in page

        client.headers["Authorization"] = f"Bearer {tenant.api_key}"
        call_id = add_call(client)
        run_jobs(worker)
        call_page = client.get(f"/calls/{call_id}").text
        assert "call.analyzed" in call_page and f"/webhooks/{webhook_id}" in call_page

    shown = client.post(f"{detail_url}/secret", data={"csrf": token}).text
    secret = re.search(r'<code class="secret" id="secret">([^<]+)</code>', shown)
    assert secret
    client.post(f"{detail_url}/rotate", data={"csrf": token})
    again = client.post(f"{detail_url}/secret", data={"csrf": token}).text
    assert secret.group(1) not in again


def test_bad_webhook_url_gets_a_message(tenant: Tenant) -> None:
    client = sign_in(tenant.client, tenant.api_key)
    token = csrf(client, "/webhooks")
    response = client.post(
        "/webhooks",
        data={"name": "x", "url": "ftp://nope", "events": ["call.ended"], "csrf": token},
    )
    assert response.status_code == 200
    assert 'class="flash flash-error"' in response.text and "url" in response.text
