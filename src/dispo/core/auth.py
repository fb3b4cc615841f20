"""Bearer API-key authentication and the per-request database sessions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from dispo.core.database import get_database
from dispo.core.errors import Unauthorized
from dispo.workspaces.service import workspace_for_key


def write_session() -> Iterator[Session]:
    """The request's unit of work: committed when the endpoint returns, else rolled back."""
    with get_database().write_sessions() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def read_session() -> Iterator[Session]:
    with get_database().read_sessions() as session:
        yield session


def authenticate(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("missing API key: send 'Authorization: Bearer <api_key>'")
    if len(token) > 200 or not token.isascii():
        raise Unauthorized("invalid API key")
    with get_database().read_sessions() as session:
        workspace_id = workspace_for_key(session, token)
    if workspace_id is None:
        raise Unauthorized("invalid API key")
    return workspace_id


WriteSession = Annotated[Session, Depends(write_session, scope="function")]
ReadSession = Annotated[Session, Depends(read_session, scope="function")]
WorkspaceId = Annotated[str, Depends(authenticate)]
