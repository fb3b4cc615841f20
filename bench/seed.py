"""Bulk-seed realistic, already analysed calls into a workspace (bench and screenshots)."""

from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert

from dispo.calls.models import Call, CallMessage
from dispo.core.database import Database
from dispo.core.timeutil import utcnow

AGENTS = ("sales-outbound", "clinic-reception", "collections")
# (outcome, weight, summary, transcript turns as (role, text)); evidence is the last turn.
SCRIPTS: list[tuple[str | None, int, str, list[tuple[str, str]]]] = [
    (
        "Appointment Booked",
        14,
        "The person agreed to a product demo on Thursday at 2pm.",
        [
            ("agent", "Hi, this is Sam from Acme Solar. Is now a good time?"),
            ("user", "I have a couple of minutes, go ahead."),
            ("agent", "We'd love to show you how much you could save. Could we do a demo?"),
            ("user", "Okay, Thursday at 2pm works for me."),
        ],
    ),
    (
        "Interested",
        12,
        "The person asked for pricing by email before deciding.",
        [
            ("agent", "Hello, I'm calling from Brightside Dental about your check-up."),
            ("user", "Oh right. How much would a cleaning cost?"),
            ("agent", "It depends on your plan; I can send you the prices."),
            ("user", "Please email me the price list and I'll think about it."),
        ],
    ),
    (
        "Not Interested",
        14,
        "The person declined and asked not to be called again.",
        [
            ("agent", "Hi, this is Alex with Northwind Energy."),
            ("user", "We're all set, thanks. Please take me off your list."),
        ],
    ),
    (
        "Voicemail",
        16,
        "The call reached a voicemail greeting; the agent left a message.",
        [
            ("user", "You've reached Dana. Please leave a message after the tone."),
            ("agent", "Hi Dana, it's Sam from Acme Solar, please call us back."),
        ],
    ),
    ("Not Connected", 22, "Nobody answered the call.", []),
    (
        "Hot Lead",
        4,
        "The caller has budget this quarter and wants a proposal this week.",
        [
            ("agent", "Thanks for calling Acme, how can I help?"),
            ("user", "We have budget this quarter and need a proposal by Friday."),
        ],
    ),
    (
        None,
        8,
        "The person was driving and could not talk; no stance was taken.",
        [
            ("agent", "Hi, this is Sam from Acme Solar."),
            ("user", "I'm driving right now, can't talk."),
        ],
    ),
]


def _phone(rng: random.Random) -> str:
    return f"+1555{rng.randrange(1000000, 9999999)}"


def seed_calls(
    db: Database,
    workspace_id: str,
    count: int,
    *,
    days: int = 30,
    live: int = 0,
    seed: int = 7,
    batch: int = 5000,
    now: datetime | None = None,
) -> list[str]:
    """Insert `count` ended calls over the last `days` days, plus `live` live calls; their ids."""
    rng = random.Random(seed)
    run = secrets.token_hex(5)  # ids stay unique when one database is seeded many times
    now = now or utcnow()
    weights = [s[1] for s in SCRIPTS]
    calls: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    ids: list[str] = []

    def flush() -> None:
        with db.transaction() as session:
            if calls:
                session.execute(insert(Call), calls)
            if messages:
                session.execute(insert(CallMessage), messages)
        calls.clear()
        messages.clear()

    for i in range(count + live):
        is_live = i >= count
        outcome, _, summary, turns = rng.choices(SCRIPTS, weights)[0]
        if is_live:
            created = now - timedelta(seconds=rng.randrange(5, 240))
        else:
            created = now - timedelta(seconds=rng.randrange(60, days * 86400))
        call_id = f"call_{run}{i:09d}"
        ids.append(call_id)
        duration = 0.0 if not turns else float(rng.randrange(20, 400))
        calls.append(
            {
                "id": call_id,
                "workspace_id": workspace_id,
                "status": "in_progress" if is_live else "completed",
                "direction": "outbound",
                "from_number": "+15550100000",
                "to_number": _phone(rng),
                "agent_id": rng.choice(AGENTS),
                "started_at": created,
                "ended_at": None if is_live else created + timedelta(seconds=duration),
                "duration_seconds": None if is_live else duration,
                "end_reason": None if is_live else ("no_answer" if not turns else "hangup"),
                "voicemail_detected": outcome == "Voicemail" or None,
                "recording_url": None,
                "webhook_url": None,
                "metadata_": {},
                "message_count": len(turns),
                "created_at": created,
                "updated_at": created,
                "outcome": None if is_live else outcome,
                "outcome_source": None if is_live else "auto",
                "summary": None if is_live else summary,
                "confidence": None if is_live else round(rng.uniform(0.62, 0.98), 2),
                "analyzed_at": None if is_live else created + timedelta(seconds=duration + 2),
                "analysis_status": None if is_live else "completed",
                "analysis_backend": None if is_live else "rules",
                "analysis_evidence": None
                if is_live or not turns
                else [{"message_index": len(turns) - 1, "quote": turns[-1][1]}],
            }
        )
        for seq, (role, text) in enumerate(turns):
            messages.append(
                {
                    "call_id": call_id,
                    "seq": seq,
                    "role": role,
                    "content": text,
                    "start_seconds": float(seq * 6),
                    "created_at": created,
                }
            )
        if len(calls) >= batch:
            flush()
    flush()
    return ids


def seed_deliveries(
    db: Database, workspace_id: str, endpoint_id: str, call_ids: list[str], *, batch: int = 5000
) -> None:
    """One call.analyzed event per call, delivered to the endpoint (one in 20 failing)."""
    from dispo.webhooks.models import DeliveryAttempt, WebhookDelivery, WebhookEvent

    now = utcnow()
    events: list[dict[str, Any]] = []
    deliveries: list[dict[str, Any]] = []
    attempts: list[dict[str, Any]] = []

    def flush() -> None:
        with db.transaction() as session:
            for model, rows in (
                (WebhookEvent, events),
                (WebhookDelivery, deliveries),
                (DeliveryAttempt, attempts),
            ):
                if rows:
                    session.execute(insert(model), rows)
        for rows in (events, deliveries, attempts):
            rows.clear()

    run = secrets.token_hex(4)
    for i, call_id in enumerate(call_ids):
        at = now - timedelta(seconds=(len(call_ids) - i) * 20)
        failed = i % 20 == 0
        event_id, delivery_id = f"msg_{run}{i:09d}", f"dlv_{run}{i:09d}"
        events.append(
            {
                "id": event_id,
                "workspace_id": workspace_id,
                "call_id": call_id,
                "type": "call.analyzed",
                "body": "{}",
                "created_at": at,
            }
        )
        deliveries.append(
            {
                "id": delivery_id,
                "workspace_id": workspace_id,
                "event_id": event_id,
                "endpoint_id": endpoint_id,
                "url": None,
                "status": "failed" if failed else "succeeded",
                "attempt_count": 1,
                "last_status_code": 503 if failed else 200,
                "last_error": None,
                "next_attempt_at": None,
                "created_at": at,
                "updated_at": at,
            }
        )
        attempts.append(
            {
                "delivery_id": delivery_id,
                "attempted_at": at,
                "status_code": 503 if failed else 200,
                "latency_ms": 40,
                "response_body": None,
                "error": None,
            }
        )
        if len(events) >= batch:
            flush()
    flush()
