from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Header, Query
from starlette.responses import Response

from dispo.analysis import service as analysis_service
from dispo.analysis.classifier import get_classifier
from dispo.calls import service
from dispo.calls.models import Call
from dispo.calls.schemas import (
    AnalyzeMany,
    AnalyzeManyOut,
    AnalyzeOne,
    CallCreate,
    CallCursorPage,
    CallOut,
    CallPage,
    CallStop,
    CallUpdate,
    MessagesAppend,
    Timestamp,
)
from dispo.core import idempotency
from dispo.core.auth import ReadSession, WorkspaceId, WriteSession, point_read
from dispo.core.errors import Conflict, NotFound
from dispo.core.responses import json_response
from dispo.core.settings import get_settings
from dispo.core.validation import SafeStr

router = APIRouter(prefix="/v1/calls", tags=["calls"])

Limit = Annotated[int, Query(ge=1, le=100)]
StatusFilter = Literal["in_progress", "completed", "failed"]
TextFilter = Annotated[SafeStr | None, Query(max_length=200)]


def _full(session: ReadSession | WriteSession, call: Call, status_code: int = 200) -> Response:
    """The call's full record (with its transcript) as the response."""
    record = service.call_record(call, service.get_messages(session, call.id))
    return json_response(record, status_code)


@router.post("", response_model=CallOut, status_code=201)
def create_call(
    body: CallCreate,
    workspace_id: WorkspaceId,
    session: WriteSession,
    idempotency_key: Annotated[str | None, Header(max_length=500)] = None,
) -> Response:
    """Create a call; with an Idempotency-Key header a retry returns the first response."""
    if idempotency_key is None:
        return _full(session, service.create_call(session, workspace_id, body), 201)
    key = idempotency.check_key(idempotency_key)
    body_hash = idempotency.request_hash(body.model_dump(mode="json"))
    replayed = idempotency.replay(session, workspace_id, "calls.create", key, body_hash)
    if replayed is not None:
        return replayed
    response = _full(session, service.create_call(session, workspace_id, body), 201)
    idempotency.remember(session, workspace_id, "calls.create", key, body_hash, response)
    return response


async def call_filters(
    status: StatusFilter | None = None,
    outcome: TextFilter = None,
    agent_id: TextFilter = None,
    created_after: Timestamp | None = None,
    created_before: Timestamp | None = None,
) -> service.CallFilters:
    """The list filters both list routes take from the query string."""
    return service.CallFilters(status, outcome, agent_id, created_after, created_before)


Filters = Annotated[service.CallFilters, Depends(call_filters)]


@router.get("", response_model=CallPage)
def list_calls(
    workspace_id: WorkspaceId,
    session: ReadSession,
    filters: Filters,
    limit: Limit = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    rows, total = service.list_calls(session, workspace_id, filters, limit, offset)
    items = [service.call_record(c, None) for c in rows]
    return json_response(CallPage(items=items, total=total, limit=limit, offset=offset))


@router.get("/cursor", response_model=CallCursorPage)
def list_calls_cursor(
    workspace_id: WorkspaceId,
    session: ReadSession,
    filters: Filters,
    limit: Limit = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    rows, next_cursor = service.list_calls_after(session, workspace_id, filters, limit, cursor)
    items = [service.call_record(c, None) for c in rows]
    return json_response(
        CallCursorPage(items=items, next_cursor=next_cursor, has_more=next_cursor is not None)
    )


@router.post("/analyze", response_model=AnalyzeManyOut, status_code=202)
def analyze_many(
    workspace_id: WorkspaceId,
    session: WriteSession,
    body: Annotated[AnalyzeMany | None, Body()] = None,
) -> Response:
    body = body or AnalyzeMany()
    filters = service.CallFilters(None, body.outcome, None, body.created_after, body.created_before)
    ids = service.ended_call_ids(session, workspace_id, filters, body.limit)
    return json_response(
        AnalyzeManyOut(
            queued=analysis_service.request_many(session, workspace_id, ids, force=body.force)
        ),
        202,
    )


@router.get("/{call_id}", response_model=CallOut)
async def get_call(call_id: str, workspace_id: WorkspaceId, session: ReadSession) -> Response:
    record = await point_read(session, lambda s: service.read_record(s, workspace_id, call_id))
    return json_response(record)


@router.patch("/{call_id}", response_model=CallOut)
def update_call(
    call_id: str, body: CallUpdate, workspace_id: WorkspaceId, session: WriteSession
) -> Response:
    return _full(session, service.update_call(session, workspace_id, call_id, body))


@router.post("/{call_id}/messages", response_model=CallOut, status_code=201)
def append_messages(
    call_id: str, body: MessagesAppend, workspace_id: WorkspaceId, session: WriteSession
) -> Response:
    call = service.append_messages(session, workspace_id, call_id, body.messages)
    return _full(session, call, 201)


@router.post("/{call_id}/stop", response_model=CallOut)
def stop_call(
    call_id: str,
    workspace_id: WorkspaceId,
    session: WriteSession,
    body: Annotated[CallStop | None, Body()] = None,
) -> Response:
    end_reason = body.end_reason if body else None
    return _full(session, service.stop_call(session, workspace_id, call_id, end_reason))


@router.post("/{call_id}/analyze", response_model=CallOut)
def analyze_call(
    call_id: str,
    workspace_id: WorkspaceId,
    session: WriteSession,
    body: Annotated[AnalyzeOne | None, Body()] = None,
) -> Response:
    call = service.get_call(session, workspace_id, call_id, for_update=True)
    if call.status == service.LIVE:
        raise Conflict(f"call {call_id} is in progress; stop it before analysing it")
    classifier = get_classifier(get_settings().classifier)
    analysed = analysis_service.analyze_now(
        session, classifier, workspace_id, call_id, force=bool(body and body.force)
    )
    if analysed is None:
        raise NotFound(f"no call {call_id}")
    return _full(session, analysed)
