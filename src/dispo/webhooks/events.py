"""Hooks the call life cycle calls, in its own transaction, to emit webhook events."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispo.core.timeutil import utcnow
from dispo.jobs import service as jobs
from dispo.webhooks import service

if TYPE_CHECKING:
    from dispo.calls.models import Call

CALL_ENDED_JOB = "webhook.call_ended"
# How long call.ended waits for the analysis before it goes out without one.
CALL_ENDED_WAIT = 30.0


def _emit(session: Session, call: Call, event_type: str) -> None:
    # Imported here: calls.service imports this module.
    from dispo.calls.service import get_messages, record_json

    def record() -> dict[str, Any]:
        return record_json(call, get_messages(session, call.id))

    service.emit(
        session,
        call.workspace_id,
        event_type,
        record,
        call_id=call.id,
        call_url=call.webhook_url,
    )


def _send_call_ended(session: Session, call: Call) -> None:
    """Emit call.ended unless it already went out: the analysis and the fallback race for it."""
    from dispo.calls.models import Call

    # Serialises the two racers on PostgreSQL; SQLite writers are serial already.
    session.execute(select(Call.id).where(Call.id == call.id).with_for_update())
    if not service.has_event(session, call.id, "call.ended"):
        _emit(session, call, "call.ended")


def call_started(session: Session, call: Call) -> None:
    """A call was created."""
    _emit(session, call, "call.started")


def call_ended(session: Session, call: Call) -> None:
    """A call ended; its analysis is queued in the same transaction."""
    # call.ended waits for the analysis; this job sends it anyway if the analysis is late.
    if call.webhook_url or service.subscribed_endpoints(session, call.workspace_id, "call.ended"):
        jobs.enqueue(
            session,
            CALL_ENDED_JOB,
            {"call_id": call.id},
            workspace_id=call.workspace_id,
            ref=call.id,
            run_at=utcnow() + timedelta(seconds=CALL_ENDED_WAIT),
        )


def call_analyzed(session: Session, call: Call, *, first: bool) -> None:
    """An analysis was written (first is True for the call's first one)."""
    if first:
        _send_call_ended(session, call)
    _emit(session, call, "call.analyzed")


def call_analysis_kept_manual(session: Session, call: Call) -> None:
    """The analysis finished but kept a person's outcome: the record is final, call.ended may go."""
    _send_call_ended(session, call)


def call_analysis_failed(session: Session, call: Call) -> None:
    """The analysis ran out of attempts."""
    _send_call_ended(session, call)


def call_outcome_updated(session: Session, call: Call) -> None:
    """A person set or cleared the outcome."""
    _emit(session, call, "call.outcome_updated")


def call_ended_overdue(session: Session, call_id: str) -> None:
    """The analysis is late (or the call is gone): send call.ended now if it has not gone out."""
    from dispo.calls.models import Call

    call = session.get(Call, call_id)
    if call is not None:
        _send_call_ended(session, call)
