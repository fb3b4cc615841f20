from __future__ import annotations

from fastapi.testclient import TestClient

from dispo.jobs.worker import Worker
from tests.conftest import Tenant, run_jobs

SPEC_BODY = {
    "label": "Hot Lead",
    "description": "Qualified lead with confirmed budget and decision timeline",
}


def test_list_shape_on_new_workspace(api: TestClient) -> None:
    assert api.get("/v1/workspace/call-outcomes").json() == {
        "builtin": ["interested", "not_interested", "appointment_booked", "voicemail", "no_answer"],
        "items": [],
        "total": 0,
    }


def test_create_matches_spec_shape(api: TestClient) -> None:
    r = api.post("/v1/workspace/call-outcomes", json=SPEC_BODY)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["id"].startswith("co_")
    assert {k: body[k] for k in ("label", "description", "is_active")} == {
        **SPEC_BODY,
        "is_active": True,
    }
    listed = api.get("/v1/workspace/call-outcomes").json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == body["id"]


def test_label_casing_is_kept_and_uniqueness_ignores_it(api: TestClient) -> None:
    assert (
        api.post("/v1/workspace/call-outcomes", json={"label": "demo_scheduled"}).json()["label"]
        == "demo_scheduled"
    )
    for clash in ["Demo Scheduled", "DEMO-SCHEDULED", "demo_scheduled"]:
        r = api.post("/v1/workspace/call-outcomes", json={"label": clash})
        assert r.status_code == 409, clash
        assert r.json()["error"]["type"] == "conflict"


def test_builtin_collisions_are_409(api: TestClient) -> None:
    for label in [
        "Interested",
        "not_interested",
        "Appointment Booked",
        "voicemail",
        "no_answer",
        "Not Connected",
        "NOT-CONNECTED",
    ]:
        assert api.post("/v1/workspace/call-outcomes", json={"label": label}).status_code == 409


def test_label_and_description_bounds(api: TestClient) -> None:
    for body in [
        {"label": ""},
        {"label": "   "},
        {"label": "x" * 101},
        {},
        {"label": "ok", "description": "d" * 501},
        {"label": 5},
        {"label": "ok", "examples": ["x" * 501]},
    ]:
        r = api.post("/v1/workspace/call-outcomes", json=body)
        assert r.status_code == 422, body
    assert api.post("/v1/workspace/call-outcomes", json={"label": "x" * 100}).status_code == 201


def test_rename_deactivate_and_history_kept(api: TestClient, worker: Worker) -> None:
    co = api.post("/v1/workspace/call-outcomes", json=SPEC_BODY).json()
    call = api.post("/v1/calls", json={}).json()
    api.patch(f"/v1/calls/{call['id']}", json={"outcome": "Hot Lead"})

    r = api.patch(
        f"/v1/workspace/call-outcomes/{co['id']}",
        json={"label": "Qualified Lead", "is_active": True},
    )
    assert r.status_code == 200 and r.json()["label"] == "Qualified Lead"
    # Renaming never rewrites the label stored on past calls.
    assert api.get(f"/v1/calls/{call['id']}").json()["analysis"]["outcome"] == "Hot Lead"

    r = api.patch(f"/v1/workspace/call-outcomes/{co['id']}", json={"is_active": False})
    assert r.json()["is_active"] is False
    listed = api.get("/v1/workspace/call-outcomes").json()
    assert listed["items"][0]["is_active"] is False  # still listed, as history
    assert (
        api.patch(f"/v1/calls/{call['id']}", json={"outcome": "Qualified Lead"}).status_code == 422
    )

    r = api.patch(f"/v1/workspace/call-outcomes/{co['id']}", json={"is_active": True})
    assert (
        api.patch(f"/v1/calls/{call['id']}", json={"outcome": "qualified lead"}).status_code == 200
    )


def test_rename_into_clash_is_409(api: TestClient) -> None:
    a = api.post("/v1/workspace/call-outcomes", json={"label": "A"}).json()
    api.post("/v1/workspace/call-outcomes", json={"label": "B"})
    assert (
        api.patch(f"/v1/workspace/call-outcomes/{a['id']}", json={"label": "b"}).status_code == 409
    )
    assert (
        api.patch(f"/v1/workspace/call-outcomes/{a['id']}", json={"label": "voicemail"}).status_code
        == 409
    )
    assert (
        api.patch(f"/v1/workspace/call-outcomes/{a['id']}", json={"label": "a"}).status_code == 200
    )


def test_other_workspace_outcomes_are_invisible(tenant: Tenant, other_tenant: Tenant) -> None:
    co = tenant.client.post("/v1/workspace/call-outcomes", json=SPEC_BODY).json()
    other = other_tenant.client
    assert (
        other.patch(f"/v1/workspace/call-outcomes/{co['id']}", json={"label": "x"}).status_code
        == 404
    )
    assert other.get(f"/v1/workspace/call-outcomes/{co['id']}").status_code == 404
    assert other.get("/v1/workspace/call-outcomes").json()["total"] == 0
    # The same label is free in another workspace.
    assert other.post("/v1/workspace/call-outcomes", json=SPEC_BODY).status_code == 201
    call = other.post("/v1/calls", json={}).json()
    assert other.patch(f"/v1/calls/{call['id']}", json={"outcome": "Hot Lead"}).status_code == 200


def test_custom_outcome_is_used_by_analysis(api: TestClient, worker: Worker) -> None:
    api.post(
        "/v1/workspace/call-outcomes",
        json={
            "label": "Wrong Number",
            "description": "The person says the agent reached the wrong number or wrong person",
        },
    )
    call = api.post(
        "/v1/calls",
        json={
            "status": "completed",
            "messages": [
                {"role": "agent", "content": "Hi, is this Maria?"},
                {
                    "role": "user",
                    "content": "No, you have the wrong number, there is no Maria here.",
                },
            ],
        },
    ).json()
    run_jobs(worker)
    analysis = api.get(f"/v1/calls/{call['id']}").json()["analysis"]
    assert analysis["outcome"] == "Wrong Number"
    assert analysis["label_set_version"] >= 2
