from __future__ import annotations

import base64
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dispo.core.settings import get_settings
from tests.conftest import Tenant

URL = "https://hooks.example.com/dispo"


def create(api: TestClient, **body: Any) -> dict[str, Any]:
    body = {"name": "CRM", "url": URL, "events": ["call.ended"], **body}
    response = api.post("/v1/webhooks", json=body)
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def public_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "webhook_allow_private", False)


def test_create_shows_the_secret_once(api: TestClient) -> None:
    hook = create(api, events=["call.ended", "call.analyzed", "call.ended"])
    assert hook["id"].startswith("wh_")
    assert hook["name"] == "CRM"
    assert hook["url"] == URL
    assert hook["events"] == ["call.ended", "call.analyzed"]
    assert hook["is_active"] is True
    assert hook["created_at"]
    assert hook["secret"].startswith("whsec_")
    assert len(base64.b64decode(hook["secret"].removeprefix("whsec_"))) >= 24

    got = api.get(f"/v1/webhooks/{hook['id']}").json()
    assert "secret" not in got
    assert got["id"] == hook["id"]
    assert got["disabled_reason"] is None
    listed = api.get("/v1/webhooks").json()["items"]
    assert [h["id"] for h in listed] == [hook["id"]]
    assert "secret" not in listed[0]


def test_update_and_delete(api: TestClient) -> None:
    hook = create(api)
    r = api.patch(
        f"/v1/webhooks/{hook['id']}",
        json={"name": "Renamed", "events": ["call.started"], "is_active": False},
    )
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Renamed"
    assert r.json()["events"] == ["call.started"]
    assert r.json()["is_active"] is False
    assert api.delete(f"/v1/webhooks/{hook['id']}").status_code == 204
    assert api.get(f"/v1/webhooks/{hook['id']}").status_code == 404
    assert api.delete(f"/v1/webhooks/{hook['id']}").status_code == 404


def test_rotate_secret_returns_a_new_one(api: TestClient) -> None:
    hook = create(api)
    r = api.post(f"/v1/webhooks/{hook['id']}/rotate-secret")
    assert r.status_code == 200
    assert r.json()["secret"].startswith("whsec_")
    assert r.json()["secret"] != hook["secret"]


@pytest.mark.parametrize(
    "body",
    [
        {"url": "ftp://hooks.example.com/x"},
        {"url": "hooks.example.com/x"},
        {"url": "https://"},
        {"url": "http://exa mple.com/"},
        {"url": 42},
        {"url": "https://example.com/" + "a" * 3000},
        {"events": []},
        {"events": ["call.exploded"]},
        {"events": "call.ended"},
        {"name": ""},
        {"name": "a\x00b"},
    ],
)
def test_bad_input_is_422(api: TestClient, body: dict[str, Any]) -> None:
    full = {"name": "CRM", "url": URL, "events": ["call.ended"], **body}
    r = api.post("/v1/webhooks", json=full)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["type"] == "validation_error"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://localhost:8080/hook",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://metadata.google.internal/",
        "http://printer.local/",
        "http://intranet/",
    ],
)
def test_non_public_urls_are_refused_when_saved(
    api: TestClient, public_only: None, url: str
) -> None:
    r = api.post("/v1/webhooks", json={"name": "x", "url": url, "events": ["call.ended"]})
    assert r.status_code == 422, r.text
    hook = create(api)
    assert api.patch(f"/v1/webhooks/{hook['id']}", json={"url": url}).status_code == 422
    assert api.post("/v1/calls", json={"webhook_url": url}).status_code == 422


def test_call_webhook_url_is_checked_like_webhooks(api: TestClient) -> None:
    assert api.post("/v1/calls", json={"webhook_url": "ftp://example.com/x"}).status_code == 422
    assert api.post("/v1/calls", json={"webhook_url": URL}).status_code == 201


def test_other_workspace_sees_404(tenant: Tenant, other_tenant: Tenant) -> None:
    hook = create(tenant.client)
    other = other_tenant.client
    base = f"/v1/webhooks/{hook['id']}"
    assert other.get(base).status_code == 404
    assert other.patch(base, json={"name": "x"}).status_code == 404
    assert other.post(f"{base}/rotate-secret").status_code == 404
    assert other.post(f"{base}/test").status_code == 404
    assert other.get(f"{base}/deliveries").status_code == 404
    assert other.post(f"{base}/deliveries/dlv_x/resend").status_code == 404
    assert other.delete(base).status_code == 404
    assert other.get("/v1/webhooks").json()["items"] == []
    assert tenant.client.get(base).json()["name"] == "CRM"


def test_unknown_ids_are_404(api: TestClient) -> None:
    assert api.get("/v1/webhooks/wh_nope").status_code == 404
    hook = create(api)
    r = api.post(f"/v1/webhooks/{hook['id']}/deliveries/dlv_nope/resend")
    assert r.status_code == 404
    assert r.json()["error"]["type"] == "not_found"


def test_requires_auth(app_factory: Any) -> None:
    client = app_factory()
    assert client.get("/v1/webhooks").status_code == 401
    assert client.post("/v1/webhooks", json={}).status_code == 401


def test_call_url_secret(api: TestClient) -> None:
    first = api.post("/v1/webhooks/call-url-secret").json()
    assert first["secret"].startswith("whsec_")
    assert first["previous_secret_expires_at"] is None
    second = api.post("/v1/webhooks/call-url-secret").json()
    assert second["secret"] != first["secret"]
    assert second["previous_secret_expires_at"]
