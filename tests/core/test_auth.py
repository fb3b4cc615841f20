from __future__ import annotations

from fastapi.testclient import TestClient

from dispo.core.database import Database
from dispo.workspaces import service as workspaces
from tests.conftest import Tenant


def test_every_v1_route_needs_a_key(app_factory: object, db: Database) -> None:
    client: TestClient = app_factory()  # type: ignore[operator]
    for method, path in [
        ("get", "/v1/calls"),
        ("post", "/v1/calls"),
        ("get", "/v1/calls/x"),
        ("get", "/v1/workspace/call-outcomes"),
        ("get", "/v1/calls/cursor"),
    ]:
        r = getattr(client, method)(path)
        assert r.status_code == 401, path
        assert r.json()["error"]["type"] == "authentication_error"
        assert r.headers["www-authenticate"] == "Bearer"


def test_wrong_scheme_and_unknown_key(tenant: Tenant) -> None:
    client = tenant.client
    for header in [
        "Basic abc",
        "Bearer",
        "Bearer dsp_not_a_key",
        "Bearer " + "x" * 500,
        tenant.api_key,
    ]:
        r = client.get("/v1/calls", headers={"Authorization": header})
        assert r.status_code == 401, header


def test_revoked_key_stops_working(tenant: Tenant, db: Database) -> None:
    with db.transaction() as s:
        extra = workspaces.create_key(s, tenant.workspace_id, "extra")
    headers = {"Authorization": f"Bearer {extra.secret}"}
    assert tenant.client.get("/v1/calls", headers=headers).status_code == 200
    with db.transaction() as s:
        workspaces.revoke_key(s, extra.key_id)
    assert tenant.client.get("/v1/calls", headers=headers).status_code == 401
    assert tenant.client.get("/v1/calls").status_code == 200  # the other key still works


def test_keys_are_stored_only_as_hashes(tenant: Tenant, db: Database) -> None:
    from sqlalchemy import select

    from dispo.workspaces.models import ApiKey

    with db.read_sessions() as s:
        rows = s.scalars(select(ApiKey).where(ApiKey.workspace_id == tenant.workspace_id)).all()
    assert rows and all(tenant.api_key not in (r.key_hash, r.prefix) for r in rows)
    assert rows[0].key_hash == workspaces.hash_key(tenant.api_key)


def test_healthz(app_factory: object, db: Database) -> None:
    client: TestClient = app_factory()  # type: ignore[operator]
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}
