"""The job queue: enqueue inside the caller's transaction, claim with a lease, finish or retry."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, event, func, insert, or_, select, update
from sqlalchemy.orm import Session

from dispo.core.database import Database
from dispo.core.timeutil import utcnow
from dispo.jobs.models import Job

_PENDING_KEY = "dispo.jobs_enqueued"
NOTIFY_CHANNEL = "dispo_jobs"
# In-process workers register an event per pool; a commit that enqueued work of their kinds
# sets it, so they start at once instead of at their next poll.
_waiters: list[tuple[frozenset[str], threading.Event]] = []
_waiters_lock = threading.Lock()


def register_waiter(kinds: frozenset[str]) -> threading.Event:
    event = threading.Event()
    with _waiters_lock:
        _waiters.append((kinds, event))
    return event


def unregister_waiter(event: threading.Event) -> None:
    with _waiters_lock:
        _waiters[:] = [w for w in _waiters if w[1] is not event]


def _after_commit(session: Session) -> None:
    kinds: set[str] | None = session.info.pop(_PENDING_KEY, None)
    if not kinds:
        return
    with _waiters_lock:
        for pool_kinds, event in _waiters:
            if pool_kinds & kinds:
                event.set()


event.listen(Session, "after_commit", _after_commit)


@dataclass(frozen=True)
class ClaimedJob:
    id: int
    kind: str
    workspace_id: str | None
    ref: str | None
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    worker_id: str


class RetryJob(Exception):
    """Raised by a handler to run the job again after `delay` seconds."""

    def __init__(self, message: str, delay: float | None = None) -> None:
        super().__init__(message)
        self.delay = delay


def enqueue(
    session: Session,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    workspace_id: str | None = None,
    ref: str | None = None,
    run_at: datetime | None = None,
    max_attempts: int = 8,
) -> Job:
    job = Job(
        kind=kind,
        workspace_id=workspace_id,
        ref=ref,
        payload=payload or {},
        run_at=run_at or utcnow(),
        max_attempts=max_attempts,
        status="queued",
        attempts=0,
    )
    session.add(job)
    _announce(session, kind)
    return job


def _announce(session: Session, kind: str) -> None:
    """Wake workers when the transaction commits: in this process, and on PostgreSQL in others."""
    kinds: set[str] = session.info.setdefault(_PENDING_KEY, set())
    if session.get_bind().dialect.name == "postgresql" and kind not in kinds:
        # NOTIFY is delivered at commit, to workers in other processes (see listen()).
        session.execute(select(func.pg_notify(NOTIFY_CHANNEL, kind)))
    kinds.add(kind)


def _due(kinds: Sequence[str], now: datetime) -> Any:
    return Job.kind.in_(kinds) & or_(
        (Job.status == "queued") & (Job.run_at <= now),
        (Job.status == "running") & (Job.locked_until < now),
    )


def has_due(session: Session, kinds: Sequence[str]) -> bool:
    """A read-only look before claiming: idle or outrun workers then take no write lock."""
    return session.scalar(select(Job.id).where(_due(kinds, utcnow())).limit(1)) is not None


def enqueue_many(
    session: Session,
    kind: str,
    items: Sequence[tuple[dict[str, Any], str | None]],
    *,
    workspace_id: str | None = None,
    max_attempts: int = 8,
) -> None:
    """Enqueue (payload, ref) jobs of one kind due now, in one bulk insert."""
    if not items:
        return
    now = utcnow()
    session.execute(
        insert(Job),
        [
            {
                "kind": kind,
                "workspace_id": workspace_id,
                "ref": ref,
                "payload": payload,
                "status": "queued",
                "attempts": 0,
                "max_attempts": max_attempts,
                "run_at": now,
                "created_at": now,
                "updated_at": now,
            }
            for payload, ref in items
        ],
    )
    _announce(session, kind)


def claim(
    session: Session, kinds: Sequence[str], worker_id: str, *, limit: int, lease_seconds: float
) -> list[ClaimedJob]:
    """Take up to `limit` due jobs; one statement, so two workers never take the same job."""
    now = utcnow()
    due = select(Job.id).where(_due(kinds, now)).order_by(Job.run_at, Job.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    rows = session.execute(
        update(Job)
        .where(Job.id.in_(due.scalar_subquery()))
        .values(
            status="running",
            attempts=Job.attempts + 1,
            locked_until=now + timedelta(seconds=lease_seconds),
            locked_by=worker_id,
            updated_at=now,
        )
        .returning(
            Job.id,
            Job.kind,
            Job.workspace_id,
            Job.ref,
            Job.payload,
            Job.attempts,
            Job.max_attempts,
        )
        .execution_options(synchronize_session=False)
    ).all()
    return [
        ClaimedJob(
            r.id, r.kind, r.workspace_id, r.ref, r.payload, r.attempts, r.max_attempts, worker_id
        )
        # RETURNING has no order; run the oldest first.
        for r in sorted(rows, key=lambda r: r.id)
    ]


def _owned(job: ClaimedJob) -> Any:
    # A worker whose lease ran out may no longer finish the job another worker took over.
    return (Job.id == job.id) & (Job.locked_by == job.worker_id) & (Job.status == "running")


def complete(session: Session, job: ClaimedJob) -> bool:
    result = session.execute(
        update(Job)
        .where(_owned(job))
        .values(status="done", locked_until=None, last_error=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def complete_many(session: Session, jobs: Sequence[ClaimedJob]) -> None:
    """Complete many jobs with one statement per worker that holds some."""
    by_worker: dict[str, list[int]] = {}
    for job in jobs:
        by_worker.setdefault(job.worker_id, []).append(job.id)
    for worker_id, ids in by_worker.items():
        session.execute(
            update(Job)
            .where(Job.id.in_(ids), Job.locked_by == worker_id, Job.status == "running")
            .values(status="done", locked_until=None, last_error=None, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )


def default_backoff(attempts: int) -> float:
    base: float = min(2.0 ** (attempts - 1), 300.0)
    return base * random.uniform(0.8, 1.2)


def fail(session: Session, job: ClaimedJob, error: str, delay: float | None = None) -> str:
    """Record a failed attempt; the job is queued again, or dead once out of attempts."""
    now = utcnow()
    if job.attempts >= job.max_attempts:
        values: dict[str, Any] = {"status": "dead"}
    else:
        wait = default_backoff(job.attempts) if delay is None else delay
        values = {"status": "queued", "run_at": now + timedelta(seconds=wait)}
    session.execute(
        update(Job)
        .where(_owned(job))
        .values(locked_until=None, last_error=error[:2000], updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    return str(values["status"])


def prune(session: Session, older_than_seconds: float) -> int:
    """Delete finished jobs older than the retention period; returns how many."""
    cutoff = utcnow() - timedelta(seconds=older_than_seconds)
    result = session.execute(
        delete(Job)
        .where(Job.status.in_(("done", "dead")), Job.updated_at < cutoff)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def listen(db: Database, stop: threading.Event) -> Iterator[str]:
    """Yield the kinds of jobs enqueued by any process (PostgreSQL only) until `stop` is set."""
    import psycopg

    url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        while not stop.is_set():
            for notice in conn.notifies(timeout=1.0):
                yield notice.payload


def postpone(session: Session, job: ClaimedJob, delay: float) -> None:
    """Put a claimed job back for later without counting the claim as an attempt."""
    session.execute(
        update(Job)
        .where(_owned(job))
        .values(
            status="queued",
            attempts=Job.attempts - 1,
            run_at=utcnow() + timedelta(seconds=delay),
            locked_until=None,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
