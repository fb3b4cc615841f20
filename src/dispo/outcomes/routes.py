from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from dispo.analysis.classifier.base import BUILTIN_OUTCOMES
from dispo.core.auth import ReadSession, WorkspaceId, WriteSession
from dispo.core.responses import json_response
from dispo.outcomes import service
from dispo.outcomes.models import CustomOutcome
from dispo.outcomes.schemas import OutcomeCreate, OutcomeList, OutcomeOut, OutcomeUpdate

router = APIRouter(prefix="/v1/workspace/call-outcomes", tags=["call outcomes"])


def _out(outcome: CustomOutcome) -> OutcomeOut:
    return OutcomeOut(
        id=outcome.id,
        label=outcome.label,
        description=outcome.description,
        is_active=outcome.is_active,
        examples=list(outcome.examples or []),
    )


@router.get("", response_model=OutcomeList)
def list_call_outcomes(workspace_id: WorkspaceId, session: ReadSession) -> Response:
    items = [_out(o) for o in service.list_outcomes(session, workspace_id)]
    return json_response(OutcomeList(builtin=list(BUILTIN_OUTCOMES), items=items, total=len(items)))


@router.post("", response_model=OutcomeOut, status_code=201)
def create_call_outcome(
    body: OutcomeCreate, workspace_id: WorkspaceId, session: WriteSession
) -> Response:
    return json_response(_out(service.create_outcome(session, workspace_id, body)), 201)


@router.get("/{outcome_id}", response_model=OutcomeOut)
def get_call_outcome(outcome_id: str, workspace_id: WorkspaceId, session: ReadSession) -> Response:
    return json_response(_out(service.get_outcome(session, workspace_id, outcome_id)))


@router.patch("/{outcome_id}", response_model=OutcomeOut)
def update_call_outcome(
    outcome_id: str, body: OutcomeUpdate, workspace_id: WorkspaceId, session: WriteSession
) -> Response:
    return json_response(_out(service.update_outcome(session, workspace_id, outcome_id, body)))
