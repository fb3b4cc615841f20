from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from dispo.jobs.worker import Worker
from tests.conftest import Tenant, run_jobs

BOOKING = [
    {"role": "assistant", "content": "Hi, this is Sam from Acme. Could I show you a demo?"},
    {"role": "user", "content": "Sure, Thursday at 2pm works for me."},
]


def create(api: TestClient, **body: Any) -> dict[str, Any]:
    response = api.post("/v1/calls", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_spec_flow_create_append_stop_then_analysis(api: TestClient, worker: Worker) -> None:
    call = create(
        api,
        direction="outbound",
        to_number="+15551230000",
        agent_id="agent_1",
        metadata={"crm_id": 7},
    )
    assert call["id"].startswith("call_")
    assert call["status"] == "in_progress"
    assert call["analysis"]["outcome"] is None

    r = api.post(f"/v1/calls/{call['id']}/messages", json={"messages": BOOKING})
    assert r.status_code == 201, r.text
    assert [m["role"] for m in r.json()["messages"]] == ["agent", "user"]

    r = api.post(f"/v1/calls/{call['id']}/stop")
    assert r.status_code == 200
    stopped = r.json()
    assert stopped["status"] == "completed"
    assert stopped["end_reason"] == "api_stop"
    assert stopped["duration_seconds"] is not None
    assert stopped["analysis"]["outcome"] is None
    assert stopped["analysis"]["status"] == "pending"

    assert run_jobs(worker) == 1
    record = api.get(f"/v1/calls/{call['id']}").json()
    assert record["analysis"]["outcome"] == "Appointment Booked"
    assert record["analysis"]["outcome_source"] == "auto"
    assert "Thursday" in record["analysis"]["summary"]
    assert 0 <= record["analysis"]["confidence"] <= 1
    assert record["analysis"]["analyzed_at"]
    assert record["metadata"] == {"crm_id": 7}
    assert record["messages"][1]["content"] == BOOKING[1]["content"]


def test_import_finished_call_in_one_request(api: TestClient, worker: Worker) -> None:
    call = create(
        api,
        status="completed",
        started_at="2026-01-05T10:00:00Z",
        duration_seconds=94,
        end_reason="customer_hangup",
        messages=BOOKING,
    )
    assert call["status"] == "completed"
    assert call["ended_at"] == "2026-01-05T10:01:34Z"
    assert call["duration_seconds"] == 94
    run_jobs(worker)
    assert api.get(f"/v1/calls/{call['id']}").json()["analysis"]["outcome"] == "Appointment Booked"


def test_unanswered_import_without_messages(api: TestClient, worker: Worker) -> None:
    call = create(api, status="failed", end_reason="no_answer", duration_seconds=0)
    run_jobs(worker)
    record = api.get(f"/v1/calls/{call['id']}").json()
    assert record["status"] == "failed"
    assert record["messages"] == []
    assert record["analysis"]["outcome"] == "Not Connected"


def test_single_message_append_and_assistant_alias(api: TestClient) -> None:
    call = create(api)
    r = api.post(
        f"/v1/calls/{call['id']}/messages",
        json={"role": "assistant", "content": "hello", "start_seconds": 1.5},
    )
    assert r.status_code == 201
    assert r.json()["messages"] == [{"role": "agent", "content": "hello", "start_seconds": 1.5}]


def test_append_to_ended_call_is_409_and_changes_nothing(api: TestClient) -> None:
    call = create(api, messages=BOOKING)
    api.post(f"/v1/calls/{call['id']}/stop")
    r = api.post(f"/v1/calls/{call['id']}/messages", json={"role": "user", "content": "x"})
    assert r.status_code == 409
    assert r.json()["error"]["type"] == "conflict"
    assert api.get(f"/v1/calls/{call['id']}").json()["message_count"] == 2


def test_stop_is_idempotent(api: TestClient, worker: Worker) -> None:
    call = create(api, messages=BOOKING)
    first = api.post(f"/v1/calls/{call['id']}/stop").json()
    second = api.post(f"/v1/calls/{call['id']}/stop")
    assert second.status_code == 200
    assert second.json()["ended_at"] == first["ended_at"]
    assert run_jobs(worker) == 1  # one analysis, not two


def test_patch_outcome_by_key_or_label_sets_manual(api: TestClient, worker: Worker) -> None:
    call = create(api, status="completed", messages=BOOKING)
    run_jobs(worker)
    r = api.patch(f"/v1/calls/{call['id']}", json={"outcome": "not_interested"})
    assert r.status_code == 200, r.text
    assert r.json()["analysis"]["outcome"] == "Not Interested"
    assert r.json()["analysis"]["outcome_source"] == "manual"
    r = api.patch(f"/v1/calls/{call['id']}", json={"outcome": "appointment booked"})
    assert r.json()["analysis"]["outcome"] == "Appointment Booked"
    r = api.patch(f"/v1/calls/{call['id']}", json={"outcome": None})
    assert r.json()["analysis"]["outcome"] is None
    assert r.json()["analysis"]["outcome_source"] == "manual"


def test_patch_custom_outcome_and_metadata_merge(api: TestClient) -> None:
    api.post("/v1/workspace/call-outcomes", json={"label": "Hot Lead"})
    call = create(api, metadata={"a": 1, "b": 2})
    r = api.patch(
        f"/v1/calls/{call['id']}", json={"outcome": "HOT_LEAD", "metadata": {"b": None, "c": 3}}
    )
    assert r.status_code == 200
    assert r.json()["analysis"]["outcome"] == "Hot Lead"
    assert r.json()["metadata"] == {"a": 1, "c": 3}


def test_patch_unknown_or_inactive_outcome_is_422(api: TestClient) -> None:
    co = api.post("/v1/workspace/call-outcomes", json={"label": "Old Label"}).json()
    api.patch(f"/v1/workspace/call-outcomes/{co['id']}", json={"is_active": False})
    call = create(api)
    for label in ["Made Up", "Old Label"]:
        r = api.patch(f"/v1/calls/{call['id']}", json={"outcome": label})
        assert r.status_code == 422
        assert r.json()["error"]["type"] == "validation_error"
    assert api.get(f"/v1/calls/{call['id']}").json()["analysis"]["outcome"] is None


def test_manual_outcome_survives_late_analysis(api: TestClient, worker: Worker) -> None:
    call = create(api, messages=BOOKING)
    api.post(f"/v1/calls/{call['id']}/stop")
    api.patch(f"/v1/calls/{call['id']}", json={"outcome": "interested"})
    run_jobs(worker)
    analysis = api.get(f"/v1/calls/{call['id']}").json()["analysis"]
    assert analysis["outcome"] == "Interested"
    assert analysis["outcome_source"] == "manual"


def test_list_filters_and_paging(api: TestClient, worker: Worker) -> None:
    ids = [create(api, agent_id="a1" if i % 2 else "a2")["id"] for i in range(5)]
    api.post(f"/v1/calls/{ids[0]}/stop")
    api.patch(f"/v1/calls/{ids[1]}", json={"outcome": "interested"})
    page = api.get("/v1/calls", params={"limit": 2}).json()
    assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 0
    assert [c["id"] for c in page["items"]] == ids[::-1][:2]
    assert "messages" not in page["items"][0] or page["items"][0]["messages"] is None
    page2 = api.get("/v1/calls", params={"limit": 2, "offset": 4}).json()
    assert [c["id"] for c in page2["items"]] == [ids[0]]
    assert api.get("/v1/calls", params={"status": "completed"}).json()["total"] == 1
    assert api.get("/v1/calls", params={"agent_id": "a1"}).json()["total"] == 2
    by_outcome = api.get("/v1/calls", params={"outcome": "interested"}).json()
    assert [c["id"] for c in by_outcome["items"]] == [ids[1]]
    created = page["items"][0]["created_at"]
    assert api.get("/v1/calls", params={"created_after": created}).json()["total"] == 1
    assert api.get("/v1/calls", params={"created_before": created}).json()["total"] == 4


def test_cursor_paging_walks_every_call_once(api: TestClient) -> None:
    ids = {create(api)["id"] for _ in range(7)}
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = api.get("/v1/calls/cursor", params=params).json()
        seen += [c["id"] for c in page["items"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
    assert len(seen) == 7 and set(seen) == ids


def test_reanalyze_one_call_keeps_manual_unless_forced(api: TestClient, worker: Worker) -> None:
    call = create(api, status="completed", messages=BOOKING)
    run_jobs(worker)
    api.patch(f"/v1/calls/{call['id']}", json={"outcome": "interested"})
    kept = api.post(f"/v1/calls/{call['id']}/analyze").json()["analysis"]
    assert kept["outcome"] == "Interested"
    forced = api.post(f"/v1/calls/{call['id']}/analyze", json={"force": True}).json()["analysis"]
    assert forced["outcome"] == "Appointment Booked"
    assert forced["outcome_source"] == "auto"


def test_reanalyze_many_in_background(api: TestClient, worker: Worker) -> None:
    for _ in range(3):
        create(api, status="completed", messages=BOOKING)
    create(api)  # live calls are not analysed
    run_jobs(worker)
    r = api.post("/v1/calls/analyze", json={"outcome": "appointment_booked"})
    assert r.status_code == 202
    assert r.json() == {"queued": 3}
    assert run_jobs(worker) == 3


def test_analyze_live_call_is_409(api: TestClient) -> None:
    call = create(api)
    assert api.post(f"/v1/calls/{call['id']}/analyze").status_code == 409


def test_other_workspace_sees_404_and_changes_nothing(tenant: Tenant, other_tenant: Tenant) -> None:
    call = create(tenant.client, messages=BOOKING)
    other = other_tenant.client
    assert other.get(f"/v1/calls/{call['id']}").status_code == 404
    assert other.post(f"/v1/calls/{call['id']}/stop").status_code == 404
    assert (
        other.post(
            f"/v1/calls/{call['id']}/messages", json={"role": "user", "content": "x"}
        ).status_code
        == 404
    )
    assert other.patch(f"/v1/calls/{call['id']}", json={"outcome": "interested"}).status_code == 404
    assert other.post(f"/v1/calls/{call['id']}/analyze").status_code == 404
    assert other.get("/v1/calls").json()["total"] == 0
    record = tenant.client.get(f"/v1/calls/{call['id']}").json()
    assert record["status"] == "in_progress" and record["message_count"] == 2


def test_idempotency_key_replays_the_first_response(api: TestClient) -> None:
    headers = {"Idempotency-Key": "order-123"}
    first = api.post("/v1/calls", json={"agent_id": "a"}, headers=headers)
    again = api.post("/v1/calls", json={"agent_id": "a"}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["idempotent-replayed"] == "true"
    assert api.get("/v1/calls").json()["total"] == 1
    other_body = api.post("/v1/calls", json={"agent_id": "b"}, headers=headers)
    assert other_body.status_code == 409
    assert api.post("/v1/calls", json={}, headers={"Idempotency-Key": "x" * 300}).status_code in (
        400,
        422,
    )
    assert api.get("/v1/calls").json()["total"] == 1


def test_idempotency_keys_are_per_workspace(tenant: Tenant, other_tenant: Tenant) -> None:
    headers = {"Idempotency-Key": "same"}
    a = tenant.client.post("/v1/calls", json={}, headers=headers).json()
    b = other_tenant.client.post("/v1/calls", json={}, headers=headers).json()
    assert a["id"] != b["id"]
