"""Job handlers: one delivery attempt per job, and the late call.ended."""

from __future__ import annotations

import random
import threading
from math import floor

from dispo.core.database import Database
from dispo.core.settings import get_settings
from dispo.core.timeutil import utcnow
from dispo.jobs import service as jobs
from dispo.jobs.service import ClaimedJob
from dispo.jobs.worker import handler
from dispo.webhooks import events, service
from dispo.webhooks.sender import post, sign


class _Slots:
    """Caps concurrent sends per destination, so a hanging endpoint holds few threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: dict[str, int] = {}

    def acquire(self, key: str, limit: int) -> bool:
        with self._lock:
            if self._busy.get(key, 0) >= limit:
                return False
            self._busy[key] = self._busy.get(key, 0) + 1
            return True

    def release(self, key: str) -> None:
        with self._lock:
            left = self._busy[key] - 1
            if left:
                self._busy[key] = left
            else:
                del self._busy[key]


_slots = _Slots()


def per_destination_limit() -> int:
    return max(1, get_settings().webhook_threads // 4)


@handler(service.DELIVER)
def deliver(db: Database, job: ClaimedJob) -> None:
    """Read what to send, send it with no transaction open, then record the outcome."""
    delivery_id = str(job.payload["delivery_id"])
    with db.read_sessions() as session:
        out = service.outgoing(session, delivery_id)
    if out is None:
        return
    if isinstance(out, str):
        with db.transaction() as session:
            service.skip(session, delivery_id, out)
            jobs.complete(session, job)
        return
    key = out.endpoint_id or out.url
    if not _slots.acquire(key, per_destination_limit()):
        with db.transaction() as session:
            jobs.postpone(session, job, random.uniform(0.5, 1.5))
        return
    settings = get_settings()
    try:
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
    finally:
        _slots.release(key)
    with db.transaction() as session:
        service.record_attempt(session, job, out, result, sent_at)


@handler(events.CALL_ENDED_JOB)
def send_overdue_call_ended(db: Database, job: ClaimedJob) -> None:
    with db.transaction() as session:
        events.call_ended_overdue(session, str(job.payload["call_id"]))
        jobs.complete(session, job)
