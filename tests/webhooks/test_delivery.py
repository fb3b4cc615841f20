from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from dispo.analysis.service import JOB_KIND as ANALYSIS
from dispo.app import build_worker
from dispo.core.database import Database
from dispo.core.settings import get_settings
from dispo.core.timeutil import utcnow
from dispo.jobs.worker import Worker
from dispo.webhooks import events, tasks
from dispo.webhooks.events import CALL_ENDED_JOB
from dispo.webhooks.models import WebhookEndpoint
from dispo.webhooks.service import DELIVER
from dispo.webhooks.tasks import send_pool
from tests.conftest import run_jobs
from tests.webhooks.receiver import Receiver, Reply, receiving

BOOKING = [
    {"role": "agent", "content": "Hi, this is Sam from Acme. Could I show you a demo?"},
    {"role": "user", "content": "Sure, Thursday at 2pm works for me."},
]
ALL = ["call.started", "call.ended", "call.analyzed", "call.outcome_updated"]


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "webhook_retry_schedule", "0,0,0")
    monkeypatch.setattr(get_settings(), "webhook_timeout", 2.0)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as r:
        yield r


def subscribe(api: TestClient, url: str, events: list[str] | None = None) -> dict[str, Any]:
    r = api.post("/v1/webhooks", json={"name": "test", "url": url, "events": events or ALL})
    assert r.status_code == 201, r.text
    return r.json()


def finished_call(api: TestClient, **extra: Any) -> dict[str, Any]:
    r = api.post("/v1/calls", json={"messages": BOOKING, **extra})
    assert r.status_code == 201, r.text
    r = api.post(f"/v1/calls/{r.json()['id']}/stop")
    assert r.status_code == 200, r.text
    return r.json()


def test_call_ended_carries_the_outcome_and_verifies(
    api: TestClient, worker: Worker, receiver: Receiver
) -> None:
    hook = subscribe(api, receiver.url)
    call = finished_call(api)
    run_jobs(worker)

    # Deliveries carry no order guarantee (Standard Webhooks): compare as sets.
    types = sorted(r.json["type"] for r in receiver.received)
    assert types == ["call.analyzed", "call.ended", "call.started"]
    ended = receiver.of_type("call.ended")[0]
    payload = ended.verify(hook["secret"])  # raises unless the signature holds
    assert payload["data"]["id"] == call["id"]
    assert payload["data"]["analysis"]["outcome"] == "Appointment Booked"
    assert payload["data"]["analysis"]["summary"]
    assert payload["data"]["messages"][1]["content"] == BOOKING[1]["content"]
    assert payload["timestamp"].endswith("Z")
    assert ended.headers["webhook-id"].startswith("msg_")
    assert ended.headers["webhook-signature"].startswith("v1,")
    assert ended.headers["content-type"] == "application/json"
    # Each event is its own message.
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 3


def test_only_subscribed_events_are_sent(
    api: TestClient, worker: Worker, receiver: Receiver
) -> None:
    subscribe(api, receiver.url, ["call.ended"])
    call = finished_call(api)
    run_jobs(worker)
    api.patch(f"/v1/calls/{call['id']}", json={"outcome": "Not Interested"})
    run_jobs(worker)
    assert [r.json["type"] for r in receiver.received] == ["call.ended"]


def test_outcome_override_and_rerun(api: TestClient, worker: Worker, receiver: Receiver) -> None:
    subscribe(api, receiver.url, ["call.analyzed", "call.outcome_updated", "call.ended"])
    call = finished_call(api)
    run_jobs(worker)
    r = api.patch(f"/v1/calls/{call['id']}", json={"outcome": "Not Interested"})
    assert r.status_code == 200, r.text
    run_jobs(worker)
    updated = receiver.of_type("call.outcome_updated")
    assert len(updated) == 1
    assert updated[0].json["data"]["analysis"]["outcome"] == "Not Interested"
    assert updated[0].json["data"]["analysis"]["outcome_source"] == "manual"

    assert api.post(f"/v1/calls/{call['id']}/analyze", json={"force": True}).status_code == 200
    run_jobs(worker)
    assert len(receiver.of_type("call.analyzed")) == 2
    assert len(receiver.of_type("call.ended")) == 1


def test_call_ended_goes_out_at_once_when_a_person_set_the_outcome_first(
    api: TestClient, worker: Worker, receiver: Receiver
) -> None:
    subscribe(api, receiver.url, ["call.ended"])
    call = api.post("/v1/calls", json={"messages": BOOKING}).json()
    api.patch(f"/v1/calls/{call['id']}", json={"outcome": "interested"})
    api.post(f"/v1/calls/{call['id']}/stop")
    run_jobs(worker)  # the analysis runs and keeps the manual outcome; no 30 s wait
    (ended,) = receiver.of_type("call.ended")
    assert ended.json["data"]["analysis"]["outcome"] == "Interested"
    assert ended.json["data"]["analysis"]["outcome_source"] == "manual"


def test_fails_twice_then_succeeds_once_more_with_the_same_id(
    api: TestClient, worker: Worker, db: Database
) -> None:
    with receiving([Reply(500, "boom"), Reply(503)]) as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        api.post("/v1/calls", json={})
        run_jobs(worker)
        got = receiver.received
        assert len(got) == 3
        assert len({r.headers["webhook-id"] for r in got}) == 1
        assert len({r.body for r in got}) == 1
        for r in got:
            r.verify(hook["secret"])
        run_jobs(worker)
        assert len(receiver.received) == 3

    log = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"]
    assert len(log) == 1
    item = log[0]
    assert item["status"] == "succeeded"
    assert item["event_type"] == "call.started"
    assert item["event_id"] == got[0].headers["webhook-id"]
    assert item["attempt_count"] == 3
    assert [a["status_code"] for a in item["attempts"]] == [500, 503, 200]
    assert item["attempts"][0]["response_body"] == "boom"
    assert all(a["latency_ms"] >= 0 and a["attempted_at"] for a in item["attempts"])


def test_gives_up_after_the_schedule(api: TestClient, worker: Worker) -> None:
    with receiving(default=Reply(500, "x" * 5000)) as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        api.post("/v1/calls", json={})
        run_jobs(worker)
        assert len(receiver.received) == 4  # the first try and three retries
    item = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert item["status"] == "failed"
    assert item["next_attempt_at"] is None
    assert len(item["attempts"][0]["response_body"]) == 2048
    assert api.get(f"/v1/webhooks/{hook['id']}").json()["is_active"] is True


def test_refused_connection_is_retried(api: TestClient, worker: Worker) -> None:
    receiver = Receiver()
    url = receiver.url
    receiver.stop()  # nothing listens on that port now
    hook = subscribe(api, url, ["call.started"])
    api.post("/v1/calls", json={})
    run_jobs(worker)
    item = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert item["status"] == "failed"
    assert item["attempt_count"] == 4
    assert all(a["status_code"] is None and a["error"] for a in item["attempts"])


def test_retry_after_is_honoured(
    api: TestClient, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "webhook_retry_schedule", "0,3600")
    with receiving([Reply(429, headers={"Retry-After": "120"})]) as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        api.post("/v1/calls", json={})
        run_jobs(worker)
        assert len(receiver.received) == 1
    item = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert item["status"] == "pending"
    wait = _seconds_until(item["next_attempt_at"])
    assert 100 < wait < 130


def _seconds_until(stamp: str) -> float:
    from datetime import datetime

    return (datetime.fromisoformat(stamp.replace("Z", "+00:00")) - utcnow()).total_seconds()


def test_410_disables_the_endpoint(api: TestClient, worker: Worker) -> None:
    with receiving(default=Reply(410)) as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        api.post("/v1/calls", json={})
        run_jobs(worker)
        api.post("/v1/calls", json={})
        run_jobs(worker)
        assert len(receiver.received) == 1
    got = api.get(f"/v1/webhooks/{hook['id']}").json()
    assert got["is_active"] is False
    assert "410" in got["disabled_reason"]
    assert got["disabled_at"]
    base = f"/v1/webhooks/{hook['id']}"
    delivery_id = api.get(f"{base}/deliveries").json()["items"][0]["id"]
    assert api.post(f"{base}/deliveries/{delivery_id}/resend").status_code == 409
    r = api.patch(f"/v1/webhooks/{hook['id']}", json={"is_active": True})
    assert r.json()["is_active"] is True
    assert r.json()["disabled_reason"] is None


def test_failing_for_five_days_disables(api: TestClient, worker: Worker, db: Database) -> None:
    with receiving(default=Reply(500)) as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        with db.transaction() as s:
            s.execute(
                update(WebhookEndpoint)
                .where(WebhookEndpoint.id == hook["id"])
                .values(failing_since=utcnow() - timedelta(days=5, minutes=1))
            )
        api.post("/v1/calls", json={})
        run_jobs(worker)
        assert len(receiver.received) == 1
    got = api.get(f"/v1/webhooks/{hook['id']}").json()
    assert got["is_active"] is False
    assert "failed since" in got["disabled_reason"]


def test_a_success_resets_the_failure_clock(api: TestClient, worker: Worker, db: Database) -> None:
    with receiving([Reply(500)]) as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        api.post("/v1/calls", json={})
        run_jobs(worker)
        assert len(receiver.received) == 2
    with db.read_sessions() as s:
        endpoint = s.get(WebhookEndpoint, hook["id"])
        assert endpoint is not None
        assert endpoint.failing_since is None


def test_rotation_signs_with_both_secrets(api: TestClient, worker: Worker) -> None:
    with receiving() as receiver:
        hook = subscribe(api, receiver.url, ["call.started"])
        rotated = api.post(f"/v1/webhooks/{hook['id']}/rotate-secret").json()
        api.post("/v1/calls", json={})
        run_jobs(worker)
        got = receiver.wait_for(1)[0]
    assert len(got.headers["webhook-signature"].split(" ")) == 2
    got.verify(hook["secret"])
    got.verify(rotated["secret"])


def test_test_event_and_resend(api: TestClient, worker: Worker) -> None:
    with receiving() as receiver:
        hook = subscribe(api, receiver.url, ["call.ended"])
        r = api.post(f"/v1/webhooks/{hook['id']}/test")
        assert r.status_code == 202, r.text
        delivery = r.json()
        assert delivery["event_type"] == "webhook.test"
        assert delivery["status"] == "pending"
        run_jobs(worker)
        first = receiver.wait_for(1)[0]
        assert first.verify(hook["secret"])["type"] == "webhook.test"

        r = api.post(f"/v1/webhooks/{hook['id']}/deliveries/{delivery['id']}/resend")
        assert r.status_code == 202, r.text
        run_jobs(worker)
        second = receiver.wait_for(2)[1]
    assert second.headers["webhook-id"] == first.headers["webhook-id"]
    assert second.body == first.body
    log = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"]
    assert log[0]["attempt_count"] == 2
    assert log[0]["status"] == "succeeded"


def test_per_call_webhook_url(api: TestClient, worker: Worker) -> None:
    secret = api.post("/v1/webhooks/call-url-secret").json()["secret"]
    with receiving() as workspace_hook, receiving() as call_hook:
        subscribe(api, workspace_hook.url, ["call.ended"])
        call = finished_call(api, webhook_url=call_hook.url)
        finished_call(api)  # another call: not for the call's own URL
        run_jobs(worker)
        assert len(workspace_hook.of_type("call.ended")) == 2
        got = call_hook.received
    assert sorted(r.json["type"] for r in got) == ["call.analyzed", "call.ended", "call.started"]
    assert all(r.verify(secret)["data"]["id"] == call["id"] for r in got)


def test_call_ended_goes_out_without_analysis_after_the_wait(
    api: TestClient, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(events, "CALL_ENDED_WAIT", 0.0)
    with receiving() as receiver:
        subscribe(api, receiver.url, ["call.ended", "call.analyzed"])
        call = finished_call(api)
        # The analysis is late: only the fallback and the deliveries run.
        worker.run_once((CALL_ENDED_JOB,))
        while worker.run_once((DELIVER,)):
            pass
        ended = receiver.wait_for(1)
        assert [r.json["type"] for r in ended] == ["call.ended"]
        assert ended[0].json["data"]["analysis"]["outcome"] is None
        assert ended[0].json["data"]["analysis"]["status"] == "pending"

        run_jobs(worker)
        got = receiver.wait_for(2)
    assert [r.json["type"] for r in got] == ["call.ended", "call.analyzed"]
    assert got[1].json["data"]["id"] == call["id"]
    assert got[1].json["data"]["analysis"]["outcome"] == "Appointment Booked"


def test_failed_analysis_sends_call_ended_with_the_reason(
    api: TestClient, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dispo.analysis import tasks

    def broken(_name: str) -> Any:
        raise RuntimeError("classifier down")

    monkeypatch.setattr(tasks, "get_classifier", broken)
    monkeypatch.setattr("dispo.jobs.service.default_backoff", lambda _attempts: 0.0)
    with receiving() as receiver:
        subscribe(api, receiver.url, ["call.ended", "call.analyzed"])
        finished_call(api)
        run_jobs(worker)
        got = receiver.wait_for(1)
    assert [r.json["type"] for r in got] == ["call.ended"]
    assert got[0].json["data"]["analysis"]["status"] == "failed"
    assert "classifier down" in got[0].json["data"]["analysis"]["error"]


def test_a_hanging_endpoint_does_not_delay_a_healthy_one(
    api: TestClient, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "webhook_timeout", 15.0)
    monkeypatch.setattr(tasks, "BATCH_WAIT", 0.0)  # as in service
    threaded = build_worker()
    threaded.start()
    try:
        with (
            receiving(default=Reply(delay=30)) as hanging,
            receiving() as healthy,
        ):
            subscribe(api, hanging.url, ["call.started"])
            subscribe(api, healthy.url, ["call.started"])
            started = time.monotonic()
            for _ in range(20):
                api.post("/v1/calls", json={})
            assert len(healthy.wait_for(20, timeout=5)) == 20
            assert time.monotonic() - started < 5
            # The hanging endpoint holds only its share of the senders.
            assert len(hanging.received) <= send_pool(db).per_destination
    finally:
        threaded.stop(timeout=5)


def test_analysis_is_not_blocked_by_hanging_deliveries() -> None:
    pools = build_worker().pools
    assert (ANALYSIS,) in pools
    assert (DELIVER,) in pools


def test_a_send_that_could_outlive_its_lease_is_put_back_unsent(
    api: TestClient, worker: Worker, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lease shorter than timeout plus margin: another worker could take the job mid-request.
    monkeypatch.setattr(get_settings(), "job_lease_seconds", 1.0)
    hook = subscribe(api, receiver.url, ["call.started"])
    api.post("/v1/calls", json={})
    run_jobs(worker)
    assert receiver.received == []
    item = api.get(f"/v1/webhooks/{hook['id']}/deliveries").json()["items"][0]
    assert item["status"] == "pending"
    assert item["attempt_count"] == 0


@pytest.mark.parametrize("raw", ["5,abc", "", "nan", "-1", "1e99"])
def test_a_bad_retry_schedule_falls_back_to_the_default(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    from dispo.webhooks.service import DEFAULT_RETRY_SCHEDULE, retry_schedule

    monkeypatch.setattr(get_settings(), "webhook_retry_schedule", raw)
    assert retry_schedule() == DEFAULT_RETRY_SCHEDULE
