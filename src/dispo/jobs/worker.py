"""Worker threads that claim jobs and run the handler registered for each kind."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Mapping

import structlog

from dispo.core.database import Database
from dispo.jobs import service
from dispo.jobs.service import ClaimedJob, RetryJob

log = structlog.get_logger(__name__)

Handler = Callable[[Database, ClaimedJob], None]
_handlers: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    """Register the function that runs jobs of `kind`."""

    def register(func: Handler) -> Handler:
        _handlers[kind] = func
        return func

    return register


def run_job(db: Database, job: ClaimedJob) -> None:
    """Run one claimed job; its handler may complete it in its own transaction."""
    func = _handlers.get(job.kind)
    try:
        if func is None:
            raise RuntimeError(f"no handler for job kind {job.kind!r}")
        func(db, job)
    except RetryJob as exc:
        with db.transaction() as session:
            service.fail(session, job, str(exc), exc.delay)
        return
    except Exception as exc:
        log.exception("job_failed", job_id=job.id, kind=job.kind, attempt=job.attempts)
        with db.transaction() as session:
            status = service.fail(session, job, f"{type(exc).__name__}: {exc}")
        if status == "dead":
            log.error("job_dead", job_id=job.id, kind=job.kind)
        return
    with db.transaction() as session:
        service.complete(session, job)


class Worker:
    """Pools of threads, each pool serving some job kinds so slow kinds never starve others."""

    def __init__(
        self,
        db: Database,
        pools: Mapping[tuple[str, ...], int],
        *,
        lease_seconds: float,
        poll_seconds: float,
        retention_seconds: float = 7 * 86400,
    ) -> None:
        self.db = db
        self.pools = dict(pools)
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.retention_seconds = retention_seconds
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._events: list[threading.Event] = []
        self._base_id = f"{socket.gethostname()}:{os.getpid()}"

    def start(self) -> None:
        for kinds, size in self.pools.items():
            wake = service.register_waiter(frozenset(kinds))
            self._events.append(wake)
            for n in range(size):
                thread = threading.Thread(
                    target=self._loop,
                    args=(kinds, wake),
                    name=f"dispo-worker-{kinds[0]}-{n}",
                    daemon=True,
                )
                thread.start()
                self._threads.append(thread)
        pruner = threading.Thread(target=self._prune_loop, name="dispo-job-pruner", daemon=True)
        pruner.start()
        self._threads.append(pruner)
        log.info("worker_started", pools={",".join(k): n for k, n in self.pools.items()})

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        for wake in self._events:
            wake.set()
            service.unregister_waiter(wake)
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        self._events.clear()

    def wait(self) -> None:
        while not self._stop.wait(1.0):
            pass

    def run_once(self, kinds: tuple[str, ...], limit: int = 1) -> int:
        """Claim and run up to `limit` due jobs in this thread; returns how many ran."""
        worker_id = f"{self._base_id}:{threading.get_ident()}"
        with self.db.transaction() as session:
            jobs = service.claim(
                session, kinds, worker_id, limit=limit, lease_seconds=self.lease_seconds
            )
        for job in jobs:
            run_job(self.db, job)
        return len(jobs)

    def _loop(self, kinds: tuple[str, ...], wake: threading.Event) -> None:
        while not self._stop.is_set():
            wake.clear()
            try:
                ran = self.run_once(kinds)
            except Exception:
                log.exception("worker_claim_failed", kinds=kinds)
                ran = 0
                self._stop.wait(self.poll_seconds)
            if not ran:
                wake.wait(self.poll_seconds)

    def _prune_loop(self) -> None:
        # Finished jobs are kept a while for inspection, then deleted so the table stays small.
        while not self._stop.wait(600.0):
            try:
                with self.db.transaction() as session:
                    service.prune(session, self.retention_seconds)
            except Exception:
                log.exception("job_prune_failed")
