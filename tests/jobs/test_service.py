from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from dispo.core.database import Database
from dispo.jobs import service
from dispo.jobs.models import Job
from dispo.jobs.service import RetryJob
from dispo.jobs.worker import Worker, handler, run_job

KIND = "test.echo"
calls: list[str] = []


@handler(KIND)
def _echo(_db: Database, job: service.ClaimedJob) -> None:
    if job.payload.get("retry"):
        raise RetryJob("not yet", delay=3600)
    if job.payload.get("boom"):
        raise ValueError("boom")
    calls.append(str(job.ref))


def _enqueue(db: Database, ref: str, **payload: object) -> int:
    with db.transaction() as s:
        job = service.enqueue(s, KIND, dict(payload), ref=ref, max_attempts=2)
        s.flush()
        return job.id


def _job(db: Database, job_id: int) -> Job:
    with db.read_sessions() as s:
        job = s.get(Job, job_id)
        assert job is not None
        return job


def _claim(db: Database, worker_id: str, lease: float = 60) -> list[service.ClaimedJob]:
    with db.transaction() as s:
        return service.claim(s, [KIND], worker_id, limit=10, lease_seconds=lease)


def _drain(db: Database) -> None:
    while _claim(db, "drain"):
        pass


def test_a_claimed_job_is_not_claimed_again(db: Database) -> None:
    _drain(db)
    job_id = _enqueue(db, "a")
    first = _claim(db, "w1")
    assert [j.id for j in first] == [job_id]
    assert _claim(db, "w2") == []


def test_expired_lease_is_taken_over_and_the_old_owner_cannot_finish(db: Database) -> None:
    _drain(db)
    job_id = _enqueue(db, "b")
    (crashed,) = _claim(db, "w1", lease=0.05)  # w1 "dies" holding the job
    time.sleep(0.1)
    (taken,) = _claim(db, "w2")
    assert taken.id == job_id and taken.attempts == 2
    with db.transaction() as s:
        assert service.complete(s, crashed) is False
    with db.transaction() as s:
        assert service.complete(s, taken) is True
    assert _job(db, job_id).status == "done"


def test_failures_back_off_then_die(db: Database) -> None:
    _drain(db)
    job_id = _enqueue(db, "c", boom=True)
    (job,) = _claim(db, "w1")
    run_job(db, job)
    after_first = _job(db, job_id)
    assert after_first.status == "queued" and "boom" in (after_first.last_error or "")
    assert after_first.run_at > after_first.updated_at  # backed off into the future
    with db.transaction() as s:
        s.get(Job, job_id).run_at = after_first.updated_at  # type: ignore[union-attr]
    (job,) = _claim(db, "w1")
    run_job(db, job)
    assert _job(db, job_id).status == "dead"


def test_retry_job_honours_its_delay(db: Database) -> None:
    _drain(db)
    job_id = _enqueue(db, "d", retry=True)
    (job,) = _claim(db, "w1")
    run_job(db, job)
    job_row = _job(db, job_id)
    assert job_row.status == "queued"
    assert (job_row.run_at - job_row.updated_at).total_seconds() > 3500


def test_worker_threads_wake_on_commit(db: Database) -> None:
    _drain(db)
    worker = Worker(db, {(KIND,): 1}, lease_seconds=30, poll_seconds=30)
    worker.start()
    try:
        time.sleep(0.1)
        job_id = _enqueue(db, "wake")
        deadline = time.monotonic() + 5
        while _job(db, job_id).status != "done":
            assert time.monotonic() < deadline, "worker did not wake"
            time.sleep(0.01)
    finally:
        worker.stop()
    assert "wake" in calls


def test_jobs_are_claimed_oldest_first(db: Database) -> None:
    _drain(db)
    ids = [_enqueue(db, f"o{i}") for i in range(3)]
    with db.transaction() as s:
        claimed = service.claim(s, [KIND], "w", limit=2, lease_seconds=60)
    assert [j.id for j in claimed] == ids[:2]
    with db.read_sessions() as s:
        assert s.scalar(select(Job.status).where(Job.id == ids[2])) == "queued"


def test_prune_deletes_only_old_finished_jobs(db: Database) -> None:
    _drain(db)
    done_id = _enqueue(db, "p1")
    queued_id = _enqueue(db, "p2")
    with db.transaction() as s:
        (job,) = service.claim(s, [KIND], "w", limit=1, lease_seconds=60)
        service.complete(s, job)
    with db.transaction() as s:
        assert service.prune(s, older_than_seconds=3600) == 0
    with db.transaction() as s:
        service.prune(s, older_than_seconds=-1)
    with db.read_sessions() as s:
        assert s.get(Job, done_id) is None
        assert s.get(Job, queued_id) is not None


def test_a_worker_in_another_process_is_woken_on_postgres(db: Database) -> None:
    """A worker that did not enqueue the job still starts it at once (LISTEN/NOTIFY)."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    _drain(db)
    other = Database(db.url)  # a second engine: no in-process wake-up reaches this worker
    worker = Worker(other, {(KIND,): 1}, lease_seconds=30, poll_seconds=30)
    worker.start()
    try:
        time.sleep(0.3)  # let it LISTEN
        start = time.monotonic()
        service._waiters.clear()  # drop in-process wake-ups: only the notification remains
        job_id = _enqueue(db, "notify")
        while _job(db, job_id).status != "done":
            assert time.monotonic() - start < 5, "worker was not woken by NOTIFY"
            time.sleep(0.01)
    finally:
        worker.stop()
        other.dispose()
