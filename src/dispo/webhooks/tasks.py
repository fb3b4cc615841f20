"""Job handlers: deliveries, sent on their own threads and recorded in batches; the late call.ended.

A delivery pool thread claims a batch of delivery jobs, reads what to send in one transaction and
hands each send to the sender threads. A recorder thread writes finished attempts, many per
transaction. No transaction is open during a request, and a destination may hold only a few
sender threads at once, so a hanging endpoint cannot starve the others.
"""

from __future__ import annotations

import queue
import random
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from math import floor

import structlog

from dispo.core.database import Database
from dispo.core.settings import get_settings
from dispo.core.timeutil import utcnow
from dispo.jobs import service as jobs
from dispo.jobs.service import ClaimedJob
from dispo.jobs.worker import batch_handler, handler
from dispo.webhooks import events, service
from dispo.webhooks.sender import SendResult, post, sign

log = structlog.get_logger(__name__)

# A batch's thread waits this long for its sends, so quick batches finish in step (and tests
# can run jobs synchronously); a straggler is recorded whenever it finishes.
BATCH_WAIT = 1.0
RECORD_BATCH = 200


@dataclass
class _Batch:
    left: int
    done: threading.Event = field(default_factory=threading.Event)

    def finish_one(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.done.set()


@dataclass(frozen=True)
class _Send:
    job: ClaimedJob
    out: service.Outgoing
    key: str
    batch: _Batch


@dataclass(frozen=True)
class _Sent:
    send: _Send
    result: SendResult
    sent_at: datetime


class SendPool:
    """Sender threads and one recorder thread for a database; started on first use.

    Sends wait in a queue per destination, and a destination has at most `per_destination`
    sends in flight, so a hanging endpoint holds few threads while the others keep flowing.
    """

    def __init__(self, db: Database, threads: int) -> None:
        self.db = db
        self.per_destination = max(1, threads // 8)
        # Beyond these, claimed jobs are put back for later rather than held in memory.
        self.backlog_per_destination = 64
        self.capacity = threads * 32
        self._cond = threading.Condition()
        self._waiting: dict[str, deque[_Send]] = {}
        self._busy: dict[str, int] = {}
        self._ready: deque[str] = deque()
        self._held = 0
        self._sent: queue.Queue[_Sent] = queue.Queue()
        for n in range(threads):
            threading.Thread(target=self._send_loop, name=f"dispo-send-{n}", daemon=True).start()
        threading.Thread(target=self._record_loop, name="dispo-record", daemon=True).start()

    def accepts(self, key: str) -> bool:
        with self._cond:
            held = len(self._waiting.get(key, ())) + self._busy.get(key, 0)
            return self._held < self.capacity and held < self.backlog_per_destination

    def submit(self, send: _Send) -> None:
        with self._cond:
            self._held += 1
            self._waiting.setdefault(send.key, deque()).append(send)
            self._mark_ready(send.key)

    def _mark_ready(self, key: str) -> None:
        if (
            self._waiting.get(key)
            and self._busy.get(key, 0) < self.per_destination
            and key not in self._ready
        ):
            self._ready.append(key)
            self._cond.notify()

    def _take(self) -> _Send:
        with self._cond:
            while not self._ready:
                self._cond.wait()
            key = self._ready.popleft()
            waiting = self._waiting[key]
            send = waiting.popleft()
            if not waiting:
                del self._waiting[key]
            self._busy[key] = self._busy.get(key, 0) + 1
            self._mark_ready(key)
            return send

    def _done(self, key: str) -> None:
        with self._cond:
            self._held -= 1
            left = self._busy[key] - 1
            if left:
                self._busy[key] = left
            else:
                del self._busy[key]
            self._mark_ready(key)

    def _send_loop(self) -> None:
        while True:
            send = self._take()
            try:
                sent_at, result = _send(send.out)
            except Exception as exc:  # never lose the thread or the job's bookkeeping
                log.exception("webhook_send_crashed", delivery_id=send.out.delivery_id)
                sent_at, result = utcnow(), SendResult(None, 0, None, f"internal: {exc}", None)
            finally:
                self._done(send.key)
            self._sent.put(_Sent(send, result, sent_at))

    def _record_loop(self) -> None:
        while True:
            done = [self._sent.get()]
            while len(done) < RECORD_BATCH:
                try:
                    done.append(self._sent.get_nowait())
                except queue.Empty:
                    break
            try:
                with self.db.transaction() as session:
                    service.record_attempts(
                        session,
                        [(i.send.job, i.send.out, i.result, i.sent_at) for i in done],
                    )
            except Exception:
                # The jobs stay claimed; once their lease runs out they are sent again.
                log.exception("webhook_record_failed", deliveries=len(done))
            for item in done:
                item.send.batch.finish_one()


def _send(out: service.Outgoing) -> tuple[datetime, SendResult]:
    settings = get_settings()
    sent_at = utcnow()
    headers = {
        "webhook-id": out.msg_id,
        "webhook-timestamp": str(floor(sent_at.timestamp())),
        "webhook-signature": sign(out.secrets, out.msg_id, sent_at, out.body),
    }
    result = post(
        out.url,
        out.body,
        headers,
        timeout=settings.webhook_timeout,
        allow_private=settings.webhook_allow_private,
    )
    return sent_at, result


_pools: dict[int, SendPool] = {}
_pools_lock = threading.Lock()


def send_pool(db: Database) -> SendPool:
    with _pools_lock:
        pool = _pools.get(id(db))
        if pool is None:
            pool = _pools[id(db)] = SendPool(db, get_settings().webhook_threads)
        return pool


@batch_handler(service.DELIVER)
def deliver(db: Database, claimed: list[ClaimedJob]) -> None:
    """Read what to send, settle what needs no request, and hand the rest to the senders."""
    by_delivery = {str(job.payload["delivery_id"]): job for job in claimed}
    with db.read_sessions() as session:
        found = service.outgoing(session, list(by_delivery))
    pool = send_pool(db)
    sends: list[_Send] = []
    settle: list[tuple[ClaimedJob, str | None]] = []  # complete, skipping with a reason
    later: list[ClaimedJob] = []
    batch = _Batch(left=0)
    for delivery_id, job in by_delivery.items():
        out = found.get(delivery_id)
        if out is None or isinstance(out, str):  # gone, settled, or to be skipped
            settle.append((job, out))
        elif pool.accepts(key := out.endpoint_id or out.url):
            sends.append(_Send(job, out, key, batch))
        else:
            later.append(job)
    if settle or later:
        with db.transaction() as session:
            for job, reason in settle:
                if reason is not None:
                    service.skip(session, str(job.payload["delivery_id"]), reason)
                jobs.complete(session, job)
            for job in later:
                jobs.postpone(session, job, random.uniform(0.5, 1.5))
    batch.left = len(sends)
    if not sends:
        return
    for send in sends:
        pool.submit(send)
    batch.done.wait(BATCH_WAIT)


@handler(events.CALL_ENDED_JOB)
def send_overdue_call_ended(db: Database, job: ClaimedJob) -> bool:
    with db.transaction() as session:
        events.call_ended_overdue(session, str(job.payload["call_id"]))
        jobs.complete(session, job)
    return True
