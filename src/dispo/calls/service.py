"""Calls: their life cycle (live, ended), transcript, manual outcome and listing."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, Select, and_, bindparam, func, inspect, or_, select
from sqlalchemy.orm import Session

from dispo.analysis import service as analysis_service
from dispo.calls.models import Call, CallMessage
from dispo.calls.schemas import (
    MAX_MESSAGES_PER_CALL,
    AnalysisOut,
    CallCreate,
    CallOut,
    CallUpdate,
    EvidenceOut,
    MessageIn,
    MessageOut,
)
from dispo.core.errors import Conflict, InvalidRequest, NotFound, ValidationFailed
from dispo.core.ids import new_id
from dispo.core.timeutil import isoformat, utcnow
from dispo.outcomes import service as outcomes_service
from dispo.webhooks import events

LIVE = "in_progress"


# Built once: the reads behind every GET skip rebuilding their SQL expressions.
_CALL_BY_ID = select(Call).where(
    Call.id == bindparam("call_id"), Call.workspace_id == bindparam("workspace_id")
)
_CALL_BY_ID_FOR_UPDATE = _CALL_BY_ID.with_for_update()
_MESSAGES_OF_CALL = (
    select(CallMessage).where(CallMessage.call_id == bindparam("call_id")).order_by(CallMessage.seq)
)


def get_call(
    session: Session, workspace_id: str, call_id: str, *, for_update: bool = False
) -> Call:
    query = _CALL_BY_ID_FOR_UPDATE if for_update else _CALL_BY_ID
    call = session.scalar(query, {"call_id": call_id, "workspace_id": workspace_id})
    if call is None:
        raise NotFound(f"no call {call_id}")
    return call


def get_messages(session: Session, call_id: str) -> list[CallMessage]:
    return list(session.scalars(_MESSAGES_OF_CALL, {"call_id": call_id}))


# The same reads as plain rows (no ORM objects), for the hottest route: GET /v1/calls/{id}.
# Columns are labelled with the model's attribute names, so call_record() reads either.
_calls, _messages = Call.__table__, CallMessage.__table__
_CALL_ROW = select(
    *(column.label(attr.key) for attr in inspect(Call).column_attrs for column in attr.columns)
).where(_calls.c.id == bindparam("call_id"), _calls.c.workspace_id == bindparam("workspace_id"))
_MESSAGE_ROWS = (
    select(_messages.c.role, _messages.c.content, _messages.c.start_seconds)
    .where(_messages.c.call_id == bindparam("call_id"))
    .order_by(_messages.c.seq)
)


def read_record(session: Session, workspace_id: str, call_id: str) -> CallOut:
    """A call's full record, read as rows: about half the cost of loading ORM objects."""
    params = {"call_id": call_id, "workspace_id": workspace_id}
    row = session.execute(_CALL_ROW, params).first()
    if row is None:
        raise NotFound(f"no call {call_id}")
    return call_record(row, session.execute(_MESSAGE_ROWS, params).all())


def _add_messages(session: Session, call: Call, messages: Sequence[MessageIn]) -> None:
    if call.message_count + len(messages) > MAX_MESSAGES_PER_CALL:
        raise ValidationFailed(f"messages: a call holds at most {MAX_MESSAGES_PER_CALL} messages")
    now = utcnow()
    for offset, message in enumerate(messages):
        session.add(
            CallMessage(
                call_id=call.id,
                seq=call.message_count + offset,
                role=message.role,
                content=message.content,
                start_seconds=message.start_seconds,
                created_at=now,
            )
        )
    call.message_count += len(messages)


def create_call(session: Session, workspace_id: str, data: CallCreate) -> Call:
    now = utcnow()
    call = Call(
        id=new_id("call"),
        workspace_id=workspace_id,
        status=LIVE,
        direction=data.direction,
        from_number=data.from_number,
        to_number=data.to_number,
        agent_id=data.agent_id,
        started_at=data.started_at or now,
        metadata_=data.metadata,
        voicemail_detected=data.voicemail_detected,
        recording_url=data.recording_url,
        webhook_url=data.webhook_url,
        message_count=0,
        created_at=now,
        updated_at=now,
    )
    session.add(call)
    _add_messages(session, call, data.messages)
    session.flush()
    events.call_started(session, call)
    if data.status != LIVE:
        ended_at = data.ended_at
        if ended_at is None and data.started_at and data.duration_seconds is not None:
            ended_at = data.started_at + timedelta(seconds=data.duration_seconds)
        if data.started_at is None and data.duration_seconds is not None:
            call.started_at = (ended_at or now) - timedelta(seconds=data.duration_seconds)
        _end(
            session,
            call,
            data.status,
            data.end_reason or "imported",
            ended_at or now,
            data.duration_seconds,
        )
    return call


def _end(
    session: Session,
    call: Call,
    status: str,
    end_reason: str,
    ended_at: datetime,
    duration: float | None = None,
) -> None:
    """End a call and, in the same transaction, queue its analysis and its events."""
    call.status = status
    call.end_reason = end_reason
    call.ended_at = ended_at
    if duration is None and call.started_at is not None:
        duration = max((ended_at - call.started_at).total_seconds(), 0.0)
    call.duration_seconds = round(duration, 3) if duration is not None else None
    call.updated_at = utcnow()
    analysis_service.request_analysis(session, call)
    events.call_ended(session, call)


def append_messages(
    session: Session, workspace_id: str, call_id: str, messages: Sequence[MessageIn]
) -> Call:
    call = get_call(session, workspace_id, call_id, for_update=True)
    if call.status != LIVE:
        raise Conflict(f"call {call_id} has ended; its transcript can no longer change")
    _add_messages(session, call, messages)
    call.updated_at = utcnow()
    session.flush()
    return call


def stop_call(
    session: Session, workspace_id: str, call_id: str, end_reason: str | None = None
) -> Call:
    call = get_call(session, workspace_id, call_id, for_update=True)
    if call.status == LIVE:
        _end(session, call, "completed", end_reason or "api_stop", utcnow())
        session.flush()
    return call


def update_call(session: Session, workspace_id: str, call_id: str, data: CallUpdate) -> Call:
    call = get_call(session, workspace_id, call_id, for_update=True)
    if "outcome" in data.model_fields_set:
        label = (
            None
            if data.outcome is None
            else outcomes_service.resolve_label(session, workspace_id, data.outcome)
        )
        call.outcome = label
        call.outcome_source = "manual"
        call.analyzed_at = utcnow()
        if label is None:
            call.summary = None
        # A person's correction is the best training data the workspace has.
        text = analysis_service.transcript_text(get_messages(session, call.id))
        outcomes_service.record_example(session, workspace_id, call.id, label, text)
    if data.metadata is not None:
        merged = dict(call.metadata_ or {})
        for key, value in data.metadata.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        call.metadata_ = merged
    call.updated_at = utcnow()
    session.flush()
    if "outcome" in data.model_fields_set:
        events.call_outcome_updated(session, call)
    return call


@dataclass(frozen=True)
class CallFilters:
    status: str | None = None
    outcome: str | None = None
    agent_id: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None


def filtered_calls(session: Session, workspace_id: str, filters: CallFilters) -> Select[Call]:
    query = select(Call).where(Call.workspace_id == workspace_id)
    if filters.status:
        query = query.where(Call.status == filters.status)
    if filters.outcome is not None:
        if filters.outcome.strip().lower() in ("null", "none"):
            query = query.where(Call.outcome.is_(None), Call.status != LIVE)
        else:
            labels = outcomes_service.filter_labels(session, workspace_id, filters.outcome)
            query = query.where(Call.outcome.in_(labels))
    if filters.agent_id:
        query = query.where(Call.agent_id == filters.agent_id)
    if filters.created_after:
        query = query.where(Call.created_at >= filters.created_after)
    if filters.created_before:
        query = query.where(Call.created_at < filters.created_before)
    return query


def list_calls(
    session: Session, workspace_id: str, filters: CallFilters, limit: int, offset: int
) -> tuple[list[Call], int]:
    query = filtered_calls(session, workspace_id, filters)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Call.created_at.desc(), Call.id.desc()).limit(limit).offset(offset)
    ).all()
    return list(rows), total


def encode_cursor(call: Call) -> str:
    raw = json.dumps([isoformat(call.created_at), call.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, call_id = json.loads(raw)
        when = datetime.fromisoformat(created)
        if when.tzinfo is None or not isinstance(call_id, str):
            raise ValueError("not a cursor")
        return when, call_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise InvalidRequest("cursor: not a cursor returned by this API") from None


def list_calls_after(
    session: Session, workspace_id: str, filters: CallFilters, limit: int, cursor: str | None
) -> tuple[list[Call], str | None]:
    """Keyset paging, newest first: cost does not grow with depth."""
    query = filtered_calls(session, workspace_id, filters)
    if cursor:
        created, call_id = decode_cursor(cursor)
        query = query.where(
            or_(Call.created_at < created, and_(Call.created_at == created, Call.id < call_id))
        )
    rows = list(
        session.scalars(query.order_by(Call.created_at.desc(), Call.id.desc()).limit(limit + 1))
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode_cursor(rows[-1]) if more and rows else None)


def _number(value: float | None) -> float | None:
    return int(value) if value is not None and float(value).is_integer() else value


def call_record(
    call: Call | Row[Any],
    messages: Sequence[CallMessage] | Sequence[Row[Any, Any, Any]] | None,
) -> CallOut:
    """The public shape of a call, as the API and the webhooks send it."""
    return CallOut(
        id=call.id,
        status=call.status,
        direction=call.direction,
        from_number=call.from_number,
        to_number=call.to_number,
        agent_id=call.agent_id,
        started_at=call.started_at,
        ended_at=call.ended_at,
        duration_seconds=_number(call.duration_seconds),
        end_reason=call.end_reason,
        voicemail_detected=call.voicemail_detected,
        recording_url=call.recording_url,
        metadata=call.metadata_ or {},
        messages=None
        if messages is None
        else [
            MessageOut(role=m.role, content=m.content, start_seconds=m.start_seconds)
            for m in messages
        ],
        message_count=call.message_count,
        analysis=AnalysisOut(
            outcome=call.outcome,
            summary=call.summary,
            outcome_source=call.outcome_source,
            confidence=call.confidence,
            analyzed_at=call.analyzed_at,
            status=call.analysis_status,
            backend=call.analysis_backend,
            model=call.analysis_model,
            evidence=[EvidenceOut(**e) for e in (call.analysis_evidence or [])],
            label_set_version=call.analysis_label_set_version,
            error=call.analysis_error,
        ),
        created_at=call.created_at,
        updated_at=call.updated_at,
    )


def record_json(call: Call, messages: Sequence[CallMessage] | None) -> dict[str, Any]:
    return call_record(call, messages).model_dump(mode="json", exclude_none=False)


def ended_call_ids(
    session: Session, workspace_id: str, filters: CallFilters, limit: int
) -> list[str]:
    query = filtered_calls(session, workspace_id, filters).where(Call.status != LIVE)
    ids = session.scalars(
        query.with_only_columns(Call.id).order_by(Call.created_at.desc()).limit(limit)
    ).all()
    return list(ids)
