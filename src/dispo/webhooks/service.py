"""Webhook endpoints, the event outbox, and the bookkeeping of each delivery attempt."""

from __future__ import annotations

import base64
import json
import random
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from dispo.core.errors import Conflict, NotFound
from dispo.core.ids import new_id
from dispo.core.settings import get_settings
from dispo.core.timeutil import isoformat, utcnow
from dispo.jobs import service as jobs
from dispo.jobs.models import Job
from dispo.jobs.service import ClaimedJob
from dispo.webhooks.models import (
    CallUrlSecret,
    DeliveryAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from dispo.webhooks.schemas import (
    TEST_EVENT,
    AttemptOut,
    DeliveryOut,
    WebhookCreate,
    WebhookUpdate,
)
from dispo.webhooks.sender import SendResult

DELIVER = "webhook.deliver"
SECRET_BYTES = 32
PREVIOUS_SECRET_TTL = timedelta(hours=24)
DISABLE_AFTER = timedelta(days=5)


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def retry_schedule() -> list[float]:
    """Seconds to wait before each retry, from DISPO_WEBHOOK_RETRY_SCHEDULE."""
    raw = get_settings().webhook_retry_schedule
    return [max(float(part), 0.0) for part in raw.split(",") if part.strip()]


def retry_delay(retry_number: int, retry_after: float | None) -> float:
    """The schedule's wait with +-10% jitter, never sooner than the receiver's Retry-After."""
    schedule = retry_schedule()
    base = schedule[min(retry_number, len(schedule)) - 1]
    delay = base * random.uniform(0.9, 1.1)
    if retry_after is not None:
        # Cap what a receiver may ask for at the schedule's longest step.
        delay = max(delay, min(retry_after, max(schedule)))
    return delay


# --- endpoints ---------------------------------------------------------------------------------


def create_endpoint(session: Session, workspace_id: str, data: WebhookCreate) -> WebhookEndpoint:
    now = utcnow()
    endpoint = WebhookEndpoint(
        id=new_id("wh"),
        workspace_id=workspace_id,
        name=data.name,
        url=data.url,
        events=list(data.events),
        is_active=True,
        secret=new_secret(),
        created_at=now,
        updated_at=now,
    )
    session.add(endpoint)
    session.flush()
    return endpoint


def list_endpoints(session: Session, workspace_id: str) -> list[WebhookEndpoint]:
    return list(
        session.scalars(
            select(WebhookEndpoint)
            .where(WebhookEndpoint.workspace_id == workspace_id)
            .order_by(WebhookEndpoint.created_at, WebhookEndpoint.id)
        )
    )


def get_endpoint(
    session: Session, workspace_id: str, endpoint_id: str, *, for_update: bool = False
) -> WebhookEndpoint:
    query = select(WebhookEndpoint).where(
        WebhookEndpoint.id == endpoint_id, WebhookEndpoint.workspace_id == workspace_id
    )
    if for_update:
        query = query.with_for_update()
    endpoint = session.scalar(query)
    if endpoint is None:
        raise NotFound(f"no webhook {endpoint_id}")
    return endpoint


def update_endpoint(
    session: Session, workspace_id: str, endpoint_id: str, data: WebhookUpdate
) -> WebhookEndpoint:
    endpoint = get_endpoint(session, workspace_id, endpoint_id, for_update=True)
    if data.name is not None:
        endpoint.name = data.name
    if data.url is not None:
        endpoint.url = data.url
    if data.events is not None:
        endpoint.events = list(data.events)
    if data.is_active is not None:
        endpoint.is_active = data.is_active
        if data.is_active:
            endpoint.disabled_reason = None
            endpoint.disabled_at = None
            endpoint.failing_since = None
    endpoint.updated_at = utcnow()
    session.flush()
    return endpoint


def delete_endpoint(session: Session, workspace_id: str, endpoint_id: str) -> None:
    endpoint = get_endpoint(session, workspace_id, endpoint_id, for_update=True)
    # Its deliveries and attempts go with it (ON DELETE CASCADE); queued jobs find nothing to do.
    session.delete(endpoint)
    session.flush()


def rotate_secret(session: Session, workspace_id: str, endpoint_id: str) -> WebhookEndpoint:
    endpoint = get_endpoint(session, workspace_id, endpoint_id, for_update=True)
    now = utcnow()
    endpoint.previous_secret = endpoint.secret
    endpoint.previous_secret_expires_at = now + PREVIOUS_SECRET_TTL
    endpoint.secret = new_secret()
    endpoint.updated_at = now
    session.flush()
    return endpoint


def rotate_call_url_secret(session: Session, workspace_id: str) -> CallUrlSecret:
    """Make (or replace) the secret that signs deliveries to calls' own webhook_url."""
    row = session.scalar(
        select(CallUrlSecret).where(CallUrlSecret.workspace_id == workspace_id).with_for_update()
    )
    now = utcnow()
    if row is None:
        row = CallUrlSecret(workspace_id=workspace_id, secret=new_secret(), created_at=now)
        session.add(row)
    else:
        row.previous_secret = row.secret
        row.previous_secret_expires_at = now + PREVIOUS_SECRET_TTL
        row.secret = new_secret()
    session.flush()
    return row


def _ensure_call_url_secret(session: Session, workspace_id: str) -> None:
    if session.get(CallUrlSecret, workspace_id) is None:
        session.add(CallUrlSecret(workspace_id=workspace_id, secret=new_secret()))


def signing_secrets(row: WebhookEndpoint | CallUrlSecret, now: datetime) -> list[str]:
    """The current secret, plus the previous one while it is still honoured."""
    found = [row.secret]
    expires = row.previous_secret_expires_at
    if row.previous_secret and expires is not None and expires > now:
        found.append(row.previous_secret)
    return found


# --- events (the outbox) -----------------------------------------------------------------------


def _body(event_type: str, timestamp: datetime, data: dict[str, Any]) -> str:
    payload = {"type": event_type, "timestamp": isoformat(timestamp), "data": data}
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def _add_delivery(
    session: Session, event: WebhookEvent, endpoint_id: str | None, url: str | None
) -> WebhookDelivery:
    delivery = WebhookDelivery(
        id=new_id("dlv"),
        workspace_id=event.workspace_id,
        event_id=event.id,
        endpoint_id=endpoint_id,
        url=url,
        status="pending",
        attempt_count=0,
        next_attempt_at=event.created_at,
        created_at=event.created_at,
        updated_at=event.created_at,
    )
    session.add(delivery)
    jobs.enqueue(
        session,
        DELIVER,
        {"delivery_id": delivery.id},
        workspace_id=event.workspace_id,
        ref=delivery.id,
        max_attempts=len(retry_schedule()) + 1,
    )
    return delivery


def subscribed_endpoints(
    session: Session, workspace_id: str, event_type: str
) -> list[WebhookEndpoint]:
    rows = session.scalars(
        select(WebhookEndpoint).where(
            WebhookEndpoint.workspace_id == workspace_id, WebhookEndpoint.is_active.is_(True)
        )
    )
    return [e for e in rows if event_type in (e.events or [])]


def emit(
    session: Session,
    workspace_id: str,
    event_type: str,
    data: Callable[[], dict[str, Any]],
    *,
    call_id: str | None = None,
    call_url: str | None = None,
) -> WebhookEvent | None:
    """Write an event and a delivery (with its job) per destination, in the caller's transaction.

    Nothing is written, and `data` is not built, when nobody listens.
    """
    endpoints = subscribed_endpoints(session, workspace_id, event_type)
    if not endpoints and not call_url:
        return None
    now = utcnow()
    event = WebhookEvent(
        id=new_id("msg"),
        workspace_id=workspace_id,
        call_id=call_id,
        type=event_type,
        body=_body(event_type, now, data()),
        created_at=now,
    )
    session.add(event)
    session.flush()  # the deliveries reference it, and no relationship orders the inserts
    for endpoint in endpoints:
        _add_delivery(session, event, endpoint.id, None)
    if call_url:
        _ensure_call_url_secret(session, workspace_id)
        _add_delivery(session, event, None, call_url)
    session.flush()
    return event


def has_event(session: Session, call_id: str, event_type: str) -> bool:
    query = select(WebhookEvent.id).where(
        WebhookEvent.call_id == call_id, WebhookEvent.type == event_type
    )
    return session.scalar(query.limit(1)) is not None


def send_test(session: Session, workspace_id: str, endpoint_id: str) -> WebhookDelivery:
    """Queue a webhook.test event to this endpoint alone, whatever it subscribes to."""
    endpoint = get_endpoint(session, workspace_id, endpoint_id)
    now = utcnow()
    data = {"webhook_id": endpoint.id, "message": "This is a test event from dispo."}
    event = WebhookEvent(
        id=new_id("msg"),
        workspace_id=workspace_id,
        type=TEST_EVENT,
        body=_body(TEST_EVENT, now, data),
        created_at=now,
    )
    session.add(event)
    session.flush()
    delivery = _add_delivery(session, event, endpoint.id, None)
    session.flush()
    return delivery


# --- the delivery log --------------------------------------------------------------------------


def _delivery_out(
    delivery: WebhookDelivery, event_type: str, attempts: Sequence[DeliveryAttempt]
) -> DeliveryOut:
    return DeliveryOut(
        id=delivery.id,
        event_id=delivery.event_id,
        event_type=event_type,
        status=delivery.status,
        attempt_count=delivery.attempt_count,
        next_attempt_at=delivery.next_attempt_at,
        attempts=[
            AttemptOut(
                attempted_at=a.attempted_at,
                status_code=a.status_code,
                latency_ms=a.latency_ms,
                response_body=a.response_body,
                error=a.error,
            )
            for a in attempts
        ],
        created_at=delivery.created_at,
    )


def _delivery_page(
    session: Session, rows: Sequence[tuple[WebhookDelivery, str]]
) -> list[DeliveryOut]:
    ids = [d.id for d, _ in rows]
    attempts: dict[str, list[DeliveryAttempt]] = {i: [] for i in ids}
    if ids:
        for attempt in session.scalars(
            select(DeliveryAttempt)
            .where(DeliveryAttempt.delivery_id.in_(ids))
            .order_by(DeliveryAttempt.attempted_at, DeliveryAttempt.id)
        ):
            attempts[attempt.delivery_id].append(attempt)
    return [_delivery_out(d, t, attempts[d.id]) for d, t in rows]


def list_deliveries(
    session: Session, workspace_id: str, endpoint_id: str, limit: int, offset: int
) -> list[DeliveryOut]:
    get_endpoint(session, workspace_id, endpoint_id)
    rows = session.execute(
        select(WebhookDelivery, WebhookEvent.type)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .where(
            WebhookDelivery.endpoint_id == endpoint_id,
            WebhookDelivery.workspace_id == workspace_id,
        )
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return _delivery_page(session, [(d, t) for d, t in rows])


def get_delivery(
    session: Session, workspace_id: str, endpoint_id: str, delivery_id: str
) -> DeliveryOut:
    row = session.execute(
        select(WebhookDelivery, WebhookEvent.type)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .where(
            WebhookDelivery.id == delivery_id,
            WebhookDelivery.endpoint_id == endpoint_id,
            WebhookDelivery.workspace_id == workspace_id,
        )
    ).first()
    if row is None:
        raise NotFound(f"no delivery {delivery_id} for webhook {endpoint_id}")
    return _delivery_page(session, [(row[0], row[1])])[0]


def resend(session: Session, workspace_id: str, endpoint_id: str, delivery_id: str) -> DeliveryOut:
    """Send a delivery again now, with the same webhook-id; a queued retry is brought forward."""
    endpoint = get_endpoint(session, workspace_id, endpoint_id)
    if not endpoint.is_active:
        raise Conflict(f"webhook {endpoint_id} is disabled; re-enable it before resending")
    delivery = session.scalar(
        select(WebhookDelivery)
        .where(
            WebhookDelivery.id == delivery_id,
            WebhookDelivery.endpoint_id == endpoint_id,
            WebhookDelivery.workspace_id == workspace_id,
        )
        .with_for_update()
    )
    if delivery is None:
        raise NotFound(f"no delivery {delivery_id} for webhook {endpoint_id}")
    now = utcnow()
    # A retry queued hours ahead is superseded, so the delivery has one live job at a time.
    session.execute(
        update(Job)
        .where(Job.kind == DELIVER, Job.ref == delivery.id, Job.status == "queued")
        .values(status="done", last_error="superseded by a resend", updated_at=now)
        .execution_options(synchronize_session=False)
    )
    jobs.enqueue(
        session,
        DELIVER,
        {"delivery_id": delivery.id},
        workspace_id=workspace_id,
        ref=delivery.id,
        max_attempts=len(retry_schedule()) + 1,
    )
    delivery.status = "pending"
    delivery.next_attempt_at = now
    delivery.updated_at = now
    session.flush()
    return get_delivery(session, workspace_id, endpoint_id, delivery_id)


# --- sending -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """Everything one attempt needs, read before the request so no transaction stays open."""

    delivery_id: str
    endpoint_id: str | None
    url: str
    msg_id: str
    body: str
    secrets: list[str]


def outgoing(session: Session, delivery_ids: Sequence[str]) -> dict[str, Outgoing | str]:
    """What to send for each delivery, or why to skip it; deliveries gone or done are left out."""
    rows = session.execute(
        select(WebhookDelivery, WebhookEvent, WebhookEndpoint, CallUrlSecret)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .outerjoin(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .outerjoin(CallUrlSecret, CallUrlSecret.workspace_id == WebhookDelivery.workspace_id)
        .where(WebhookDelivery.id.in_(delivery_ids), WebhookDelivery.status == "pending")
    ).all()
    now = utcnow()
    found: dict[str, Outgoing | str] = {}
    for delivery, event, endpoint, call_secret in rows:
        if delivery.endpoint_id is not None and endpoint is not None:
            # A test is how people check a disabled endpoint before turning it back on.
            if not endpoint.is_active and event.type != TEST_EVENT:
                found[delivery.id] = f"webhook disabled: {endpoint.disabled_reason or 'turned off'}"
                continue
            url, keys = endpoint.url, signing_secrets(endpoint, now)
        elif delivery.endpoint_id is None and call_secret is not None and delivery.url:
            url, keys = delivery.url, signing_secrets(call_secret, now)
        else:
            continue
        found[delivery.id] = Outgoing(
            delivery.id, delivery.endpoint_id, url, event.id, event.body, keys
        )
    return found


def skip(session: Session, delivery_id: str, reason: str) -> None:
    session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery_id, WebhookDelivery.status == "pending")
        .values(status="skipped", last_error=reason, next_attempt_at=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


Finished = tuple[ClaimedJob, Outgoing, SendResult, datetime]


def record_attempts(session: Session, finished: Sequence[Finished]) -> None:
    """Log attempts and settle their deliveries, endpoints and jobs, many in one transaction."""
    ids = [out.delivery_id for _job, out, _result, _at in finished]
    deliveries = {
        d.id: d
        for d in session.scalars(
            select(WebhookDelivery).where(WebhookDelivery.id.in_(ids)).with_for_update()
        )
    }
    endpoint_ids = {out.endpoint_id for _job, out, _r, _at in finished if out.endpoint_id}
    endpoints = {
        e.id: e
        for e in session.scalars(
            select(WebhookEndpoint).where(WebhookEndpoint.id.in_(endpoint_ids)).with_for_update()
        )
    }
    now = utcnow()
    retries = len(retry_schedule())
    attempts: list[dict[str, Any]] = []
    settled: list[ClaimedJob] = []
    for job, out, result, sent_at in finished:
        delivery = deliveries.get(out.delivery_id)
        if delivery is None:  # deleted with its endpoint meanwhile
            settled.append(job)
            continue
        attempts.append(
            {
                "delivery_id": delivery.id,
                "attempted_at": sent_at,
                "status_code": result.status_code,
                "latency_ms": result.latency_ms,
                "response_body": result.response_body,
                "error": result.error,
            }
        )
        delivery.attempt_count += 1
        delivery.last_status_code = result.status_code
        delivery.last_error = result.error
        delivery.updated_at = now
        endpoint = endpoints.get(out.endpoint_id) if out.endpoint_id else None
        if result.ok:
            delivery.status = "succeeded"
            delivery.next_attempt_at = None
            if endpoint is not None and endpoint.failing_since is not None:
                endpoint.failing_since = None
            settled.append(job)
            continue
        gone = result.status_code == 410
        if endpoint is not None:
            _note_failure(endpoint, result, now, gone=gone)
        if gone or job.attempts > retries or (endpoint is not None and not endpoint.is_active):
            delivery.status = "failed"
            delivery.next_attempt_at = None
            settled.append(job)
            continue
        delay = retry_delay(job.attempts, result.retry_after)
        delivery.next_attempt_at = now + timedelta(seconds=delay)
        jobs.fail(session, job, result.error or f"HTTP {result.status_code}", delay)
    if attempts:
        session.execute(insert(DeliveryAttempt), attempts)
    jobs.complete_many(session, settled)


def _note_failure(
    endpoint: WebhookEndpoint, result: SendResult, now: datetime, *, gone: bool
) -> None:
    """Track the endpoint's run of failures; disable it on 410 or after five days of them."""
    if endpoint.failing_since is None:
        endpoint.failing_since = now
    reason = None
    if gone:
        reason = "the endpoint answered 410 Gone"
    elif now - endpoint.failing_since >= DISABLE_AFTER:
        what = result.error or f"HTTP {result.status_code}"
        reason = f"every delivery failed since {isoformat(endpoint.failing_since)} (last: {what})"
    if reason and endpoint.is_active:
        endpoint.is_active = False
        endpoint.disabled_reason = reason
        endpoint.disabled_at = now
        endpoint.updated_at = now
