"""Dashboard pages through the ASGI app: sign-in, workspace isolation, forms and CSRF."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from dispo.core.database import Database
from dispo.jobs.worker import Worker
from dispo.workspaces import service as workspaces
from tests.conftest import Tenant, run_jobs

BOOKED = [
    {"role": "agent", "content": "Hi, this is Sam from Acme. Do you have a minute?"},
    {"role": "user", "content": "Sure, what is it about?"},
    {"role": "agent", "content": "Could we book a demo? Thursday at 2pm works?"},
    {"role": "user", "content": "Yes, Thursday at 2pm works for me."},
]


def sign_in(client: TestClient, api_key: str) -> TestClient:
    client.headers.pop("Authorization", None)
    response = client.post("/login", data={"api_key": api_key}, follow_redirects=False)
    assert response.status_code == 303
    return client


def csrf(client: TestClient, path: str = "/calls") -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert match
    return match.group(1)


def add_call(client: TestClient, **extra: Any) -> str:
    body = {"status": "completed", "agent_id": "agent-a", "messages": BOOKED, **extra}
    response = client.post("/v1/calls", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_pages_need_a_session(api: TestClient) -> None:
    for path in ("/", "/calls", "/outcomes", "/webhooks"):
        response = api.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


def test_wrong_key_gets_a_clear_message(api: TestClient) -> None:
    response = api.post("/login", data={"api_key": "dsp_nope"})
    assert response.status_code == 401
    assert "not valid" in response.text
    assert "dispo_session" not in response.headers.get("set-cookie", "")


def test_session_cookie_is_httponly_and_lax(tenant: Tenant) -> None:
    tenant.client.headers.pop("Authorization", None)
    response = tenant.client.post(
        "/login",
        data={"api_key": tenant.api_key, "next": "//evil.example"},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert tenant.api_key.lower() not in cookie
    assert response.headers["location"] == "/"


def test_pages_show_only_the_workspace_calls(
    tenant: Tenant, other_tenant: Tenant, worker: Worker
) -> None:
    mine = add_call(tenant.client)
    theirs = add_call(other_tenant.client)
    run_jobs(worker)
    client = sign_in(tenant.client, tenant.api_key)
    page = client.get("/calls")
    assert mine in page.text and theirs not in page.text
    missing = client.get(f"/calls/{theirs}")
    assert missing.status_code == 404 and "Not found" in missing.text
    assert 'aria-label="Main"' in missing.text  # the navigation stays
    overview = client.get("/?period=today")
    assert overview.status_code == 200 and "connect rate" in overview.text
    detail = client.get(f"/calls/{mine}")
    assert "Appointment Booked" in detail.text and "<mark" in detail.text


def test_filters_and_search(tenant: Tenant, worker: Worker) -> None:
    booked = add_call(tenant.client)
    declined = add_call(
        tenant.client,
        messages=[
            {"role": "agent", "content": "Hi, calling about solar panels."},
            {"role": "user", "content": "Not interested, take me off your list."},
        ],
    )
    run_jobs(worker)
    client = sign_in(tenant.client, tenant.api_key)
    page = client.get("/calls", params={"outcome": "Not Interested"}).text
    assert declined in page and booked not in page
    page = client.get("/calls", params={"q": "solar"}).text
    assert declined in page and booked not in page
    page = client.get("/calls", params={"outcome": "connected"}).text
    assert declined in page and booked in page


def test_override_and_csrf(tenant: Tenant, worker: Worker) -> None:
    call_id = add_call(tenant.client)
    run_jobs(worker)
    client = sign_in(tenant.client, tenant.api_key)
    forged = client.post(
        f"/calls/{call_id}/outcome",
        data={"outcome": "Interested", "csrf": "x"},
        follow_redirects=False,
    )
    assert forged.status_code == 303
    token = csrf(client)
    done = client.post(
        f"/calls/{call_id}/outcome",
        data={"outcome": "Interested", "csrf": token},
        follow_redirects=False,
    )
    assert done.status_code == 303
    client.headers["Authorization"] = f"Bearer {tenant.api_key}"
    analysis = client.get(f"/v1/calls/{call_id}").json()["analysis"]
    assert analysis["outcome"] == "Interested" and analysis["outcome_source"] == "manual"


def test_custom_outcome_forms(tenant: Tenant) -> None:
    client = sign_in(tenant.client, tenant.api_key)
    token = csrf(client, "/outcomes")
    client.post("/outcomes", data={"label": "Hot Lead", "description": "Ready", "csrf": token})
    page = client.get("/outcomes").text
    assert "Hot Lead" in page
    found = re.search(r'action="/outcomes/(co_\w+)/active"', page)
    assert found
    base = f"/outcomes/{found.group(1)}"
    client.post(f"{base}/examples", data={"phrase": "we have budget", "csrf": token})
    client.post(f"{base}/active", data={"active": "false", "csrf": token})
    page = client.get("/outcomes").text
    assert "Reactivate" in page and "we have budget" in page
    clash = client.post("/outcomes", data={"label": "interested", "csrf": token})
    assert "built-in" in clash.text


def test_revoked_key_signs_out(db: Database, tenant: Tenant) -> None:
    with db.transaction() as session:
        key = workspaces.create_key(session, tenant.workspace_id)
    client = sign_in(tenant.client, key.secret)
    assert client.get("/calls", follow_redirects=False).status_code == 200
    with db.transaction() as session:
        workspaces.revoke_key(session, key.key_id)
    assert client.get("/calls", follow_redirects=False).status_code == 303


def test_cross_site_posts_are_refused(tenant: Tenant) -> None:
    tenant.client.headers.pop("Authorization", None)
    evil = {"origin": "https://evil.example"}
    response = tenant.client.post("/login", data={"api_key": tenant.api_key}, headers=evil)
    assert response.status_code == 403
    same = {"origin": "http://testserver"}
    response = tenant.client.post(
        "/login", data={"api_key": tenant.api_key}, headers=same, follow_redirects=False
    )
    assert response.status_code == 303


def test_call_data_is_escaped_everywhere(tenant: Tenant) -> None:
    evil = "<img src=x onerror=alert(1)>"
    call_id = add_call(
        tenant.client,
        status="in_progress",
        agent_id=evil,
        messages=[{"role": "user", "content": evil}],
    )
    client = sign_in(tenant.client, tenant.api_key)
    pages = [
        client.get("/calls").text,
        client.get(f"/calls/{call_id}").text,
        str(client.get("/calls/live", params={"ids": call_id}).json()["rows"][call_id]),
    ]
    for html in pages:
        assert evil not in html and "&lt;img src=x" in html
