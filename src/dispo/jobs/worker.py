"""Worker threads that claim jobs and run the handler registered for each kind."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import structlog

from dispo.core.database import Database
from dispo.jobs import service
from dispo.jobs.service import ClaimedJob, RetryJob

log = structlog.get_logger(__name__)

# A handler returns True when it already completed or rescheduled the job in its own
# transaction, which saves the queue a write.
Handler = Callable[[Database, ClaimedJob], bool | None]
_handlers: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    """Register the function that runs jobs of `kind`."""

    def register(func: Handler) -> Handler:
        _handlers[kind] = func
        return func

    return register


BatchHandler = Callable[[Database, list[ClaimedJob]], None]
_batch_handlers: dict[str, BatchHandler] = {}


def batch_handler(kind: str) -> Callable[[BatchHandler], BatchHandler]:
    """Register a function that takes every claimed job of `kind` at once and settles each."""

    def register(func: BatchHandler) -> BatchHandler:
        _batch_handlers[kind] = func
        return func

    return register


def run_batch(db: Database, kind: str, jobs: list[ClaimedJob]) -> None:
    try:
        _batch_handlers[kind](db, jobs)
    except Exception as exc:
        log.exception("job_batch_failed", kind=kind, jobs=len(jobs))
        with db.transaction() as session:
            for job in jobs:
                service.fail(session, job, f"{type(exc).__name__}: {exc}")


def run_job(db: Database, job: ClaimedJob) -> None:
    """Run one claimed job; its handler may complete it in its own transaction."""
    func = _handlers.get(job.kind)
    try:
        if func is None:
            raise RuntimeError(f"no handler for job kind {job.kind!r}")
        if func(db, job):
            return
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


Task = Callable[[Database], None]


def tasks(jobs: list[ClaimedJob], batch: int) -> list[Task]:
    """Split claimed jobs into units of work: batches for kinds with a batch handler."""
    size = max(batch, 1)
    out: list[Task] = []
    for kind in dict.fromkeys(j.kind for j in jobs if j.kind in _batch_handlers):
        same = [j for j in jobs if j.kind == kind]
        out += [
            partial(run_batch, kind=kind, jobs=same[i : i + size])
            for i in range(0, len(same), size)
        ]
    out += [partial(run_job, job=j) for j in jobs if j.kind not in _batch_handlers]
    return out


class _Pool:
    """One claiming loop feeding a fixed set of threads, so idle pools cost one poll each."""

    def __init__(self, worker: Worker, kinds: tuple[str, ...], size: int, batch: int) -> None:
        self.worker = worker
        self.kinds = kinds
        self.size = size
        self.batch = batch
        self.wake = service.register_waiter(frozenset(kinds))
        self.executor = ThreadPoolExecutor(size, thread_name_prefix=f"dispo-{kinds[0]}")
        self.busy = 0
        self.lock = threading.Lock()
        self.thread = threading.Thread(
            target=self.loop, name=f"dispo-claim-{kinds[0]}", daemon=True
        )

    def _finished(self, _future: object) -> None:
        with self.lock:
            self.busy -= 1
        self.wake.set()

    def loop(self) -> None:
        stop = self.worker.stopping
        while not stop.is_set():
            self.wake.clear()
            with self.lock:
                free = self.size - self.busy
            if free <= 0:
                self.wake.wait(self.worker.poll_seconds)
                continue
            try:
                jobs = self.worker.claim(self.kinds, free * self.batch)
            except Exception:
                log.exception("worker_claim_failed", kinds=self.kinds)
                stop.wait(self.worker.poll_seconds)
                continue
            for task in tasks(jobs, self.batch):
                with self.lock:
                    self.busy += 1
                future = self.executor.submit(task, self.worker.db)
                future.add_done_callback(self._finished)
            if not jobs:
                self.wake.wait(self.worker.poll_seconds)

    def stop(self, timeout: float) -> None:
        self.wake.set()
        service.unregister_waiter(self.wake)
        self.thread.join(timeout)
        self.executor.shutdown(wait=True, cancel_futures=True)


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
        batch_sizes: Mapping[tuple[str, ...], int] | None = None,
    ) -> None:
        self.db = db
        self.pools = dict(pools)
        # How many jobs one task of the pool takes at once (kinds with a batch handler).
        self.batch_sizes = dict(batch_sizes or {})
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.retention_seconds = retention_seconds
        self.stopping = threading.Event()
        self._running: list[_Pool] = []
        self._threads: list[threading.Thread] = []
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}"

    def claim(self, kinds: tuple[str, ...], limit: int) -> list[ClaimedJob]:
        # The id names the thread too: a lease taken over inside one process is still fenced.
        worker_id = f"{self.worker_id}:{threading.get_ident()}"
        with self.db.read_sessions() as session:
            # A read first: idle workers then take no write lock.
            if not service.has_due(session, kinds):
                return []
        with self.db.transaction() as session:
            return service.claim(
                session, kinds, worker_id, limit=limit, lease_seconds=self.lease_seconds
            )

    def start(self) -> None:
        for kinds, size in self.pools.items():
            pool = _Pool(self, kinds, size, self.batch_sizes.get(kinds, 1))
            pool.thread.start()
            self._running.append(pool)
        background = [self._prune_loop]
        if self.db.engine.dialect.name == "postgresql":
            background.append(self._listen_loop)
        for target in background:
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        log.info("worker_started", pools={",".join(k): n for k, n in self.pools.items()})

    def stop(self, timeout: float = 10.0) -> None:
        self.stopping.set()
        for pool in self._running:
            pool.stop(timeout)
        for thread in self._threads:
            thread.join(timeout)
        self._running.clear()
        self._threads.clear()

    def wait(self) -> None:
        while not self.stopping.wait(1.0):
            pass

    def run_once(self, kinds: tuple[str, ...], limit: int = 1) -> int:
        """Claim and run up to `limit` due jobs in this thread; returns how many ran."""
        jobs = self.claim(kinds, limit)
        for task in tasks(jobs, limit):
            task(self.db)
        return len(jobs)

    def _prune_loop(self) -> None:
        # Finished jobs are kept a while for inspection, then deleted so the table stays small.
        while not self.stopping.wait(600.0):
            try:
                with self.db.transaction() as session:
                    service.prune(session, self.retention_seconds)
            except Exception:
                log.exception("job_prune_failed")

    def _listen_loop(self) -> None:
        """On PostgreSQL, wake at once for jobs other processes enqueue (LISTEN/NOTIFY)."""
        while not self.stopping.is_set():
            try:
                for kind in service.listen(self.db, self.stopping):
                    for pool in self._running:
                        if kind in pool.kinds:
                            pool.wake.set()
            except Exception:
                log.warning("job_listen_failed", exc_info=True)
                self.stopping.wait(self.poll_seconds * 5)
