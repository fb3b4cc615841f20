"""Post-call analysis: queue it with the call's end, run the classifier, write the result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispo.analysis.classifier.base import (
    CallInput,
    Classification,
    Classifier,
    LabelSet,
    TranscriptMessage,
)
from dispo.calls.models import Call, CallMessage
from dispo.core.timeutil import utcnow
from dispo.jobs import service as jobs
from dispo.webhooks import events

JOB_KIND = "analysis.run"


def request_analysis(session: Session, call: Call, *, force: bool = False) -> None:
    """Queue the call's analysis in the caller's transaction (the outbox)."""
    call.analysis_status = "pending"
    jobs.enqueue(
        session,
        JOB_KIND,
        {"call_id": call.id, "force": force},
        workspace_id=call.workspace_id,
        ref=call.id,
        max_attempts=8,
    )


def transcript_text(messages: Sequence[CallMessage]) -> str:
    return "\n".join(f"{m.role}: {m.content}" for m in messages if m.role in ("agent", "user"))


def call_input(call: Call, messages: Sequence[CallMessage]) -> CallInput:
    return CallInput(
        messages=[
            TranscriptMessage(role=m.role, content=m.content, start_seconds=m.start_seconds)
            for m in messages
        ],
        direction=call.direction,
        duration_seconds=call.duration_seconds,
        end_reason=call.end_reason,
        voicemail_detected=call.voicemail_detected,
        metadata=dict(call.metadata_ or {}),
    )


@dataclass(frozen=True)
class Snapshot:
    workspace_id: str
    call_id: str
    call: CallInput
    labels: LabelSet


def snapshot(session: Session, workspace_id: str, call_id: str) -> Snapshot | None:
    """What the classifier needs, read in one short transaction; None if the call is gone."""
    # Imported here: calls.service queues analyses through this module.
    from dispo.calls.service import get_messages
    from dispo.outcomes import service as outcomes_service

    call = session.scalar(select(Call).where(Call.id == call_id, Call.workspace_id == workspace_id))
    if call is None:
        return None
    messages = get_messages(session, call_id)
    return Snapshot(
        workspace_id=workspace_id,
        call_id=call_id,
        call=call_input(call, messages),
        labels=outcomes_service.label_set(session, workspace_id),
    )


def apply(
    session: Session,
    snap: Snapshot,
    result: Classification,
    *,
    force: bool,
    now: datetime | None = None,
) -> Call | None:
    """Write a classification; idempotent, and never over a manual outcome unless forced."""
    call = session.scalar(select(Call).where(Call.id == snap.call_id).with_for_update())
    if call is None:
        return None
    first = call.analyzed_at is None and call.outcome_source is None
    keep_manual = call.outcome_source == "manual" and not force
    if not keep_manual:
        call.outcome = result.outcome
        call.outcome_source = "auto"
        call.summary = result.summary
        call.confidence = round(max(0.0, min(1.0, result.confidence)), 4)
        call.analyzed_at = now or utcnow()
        call.analysis_backend = result.backend
        call.analysis_model = result.model
        call.analysis_evidence = [asdict(e) for e in result.evidence]
        call.analysis_label_set_version = snap.labels.version
        call.analysis_error = result.fallback_reason
    call.analysis_status = "completed"
    call.updated_at = utcnow()
    session.flush()
    if keep_manual:
        events.call_analysis_kept_manual(session, call)
    else:
        events.call_analyzed(session, call, first=first)
    return call


def mark_failed(session: Session, workspace_id: str, call_id: str, error: str) -> None:
    call = session.get(Call, call_id)
    if call is not None and call.workspace_id == workspace_id:
        call.analysis_status = "failed"
        call.analysis_error = error[:500]
        events.call_analysis_failed(session, call)


def analyze_now(
    session: Session, classifier: Classifier, workspace_id: str, call_id: str, *, force: bool
) -> Call | None:
    """Classify one call inside the caller's transaction (the API's re-run)."""
    snap = snapshot(session, workspace_id, call_id)
    if snap is None:
        return None
    return apply(session, snap, classifier.classify(snap.call, snap.labels), force=force)


def request_many(
    session: Session,
    workspace_id: str,
    call_ids: Sequence[str],
    *,
    force: bool,
) -> int:
    calls = session.scalars(
        select(Call).where(Call.workspace_id == workspace_id, Call.id.in_(call_ids))
    ).all()
    for call in calls:
        request_analysis(session, call, force=force)
    return len(calls)
