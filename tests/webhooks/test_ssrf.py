"""With DISPO_WEBHOOK_ALLOW_PRIVATE off, the sender refuses non-public addresses at connect time."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dispo.core.settings import get_settings
from dispo.jobs.worker import Worker
from dispo.webhooks.sender import post
from tests.conftest import run_jobs
from tests.webhooks.receiver import Reply, receiving


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "webhook_retry_schedule", "0")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_saved_url_that_resolves_to_loopback_is_refused_at_send_time(
    api: TestClient, worker: Worker, monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    with receiving() as receiver:
        url = receiver.url.replace("127.0.0.1", host)
        # Saved while allowed (as if DNS pointed elsewhere then), sent while refused.
        hook = api.post(
            "/v1/webhooks", json={"name": "x", "url": url, "events": ["call.started"]}
        ).json()
        monkeypatch.setattr(get_settings(), "webhook_allow_private", False)
        api.post("/v1/calls", json={})
        run_jobs(worker)
        assert receiver.received == []
    item = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert item["status"] == "failed"
    assert all("refused" in a["error"] for a in item["attempts"])
    assert all(a["status_code"] is None for a in item["attempts"])


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://[::1]:9/x",
        "http://localhost:9/x",
        "http://10.0.0.1:9/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]:9/x",
        "http://0.0.0.0:9/x",
    ],
)
def test_sender_refuses_non_public_addresses(url: str) -> None:
    result = post(url, "{}", {}, timeout=2.0, allow_private=False)
    assert result.status_code is None
    assert result.error is not None and result.error.startswith("refused")


def test_redirects_are_not_followed(api: TestClient, worker: Worker) -> None:
    with receiving() as target:
        with receiving(default=Reply(302, headers={"Location": target.url})) as redirector:
            hook = api.post(
                "/v1/webhooks",
                json={"name": "x", "url": redirector.url, "events": ["call.started"]},
            ).json()
            api.post("/v1/calls", json={})
            run_jobs(worker)
            assert len(redirector.received) == 2
        assert target.received == []
    item = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert item["status"] == "failed"
    assert [a["status_code"] for a in item["attempts"]] == [302, 302]
