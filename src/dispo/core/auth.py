"""Bearer API-key authentication and the per-request database sessions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from dispo.core.database import get_database
from dispo.core.errors import Unauthorized
from dispo.workspaces.service import hash_key, key_cache, workspace_id_for_hash

T = TypeVar("T")


def _lookup(key_hash: str) -> str | None:
    with get_database().read_sessions() as session:
        return workspace_id_for_hash(session, key_hash)


async def authenticate(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("missing API key: send 'Authorization: Bearer <api_key>'")
    if len(token) > 200 or not token.isascii():
        raise Unauthorized("invalid API key")
    key_hash = hash_key(token)
    workspace_id = key_cache.get(key_hash)
    if workspace_id is None:
        workspace_id = await run_in_threadpool(_lookup, key_hash)
        if workspace_id is None:
            raise Unauthorized("invalid API key")
        key_cache.put(key_hash, workspace_id)
    return workspace_id


# Sessions are opened here without I/O (a connection is taken on first use, in the
# endpoint's worker thread); commit runs in a worker thread so it never blocks the loop.
async def write_session() -> AsyncIterator[Session]:
    """The request's unit of work: committed when the endpoint returns, else rolled back."""
    session = get_database().write_sessions()
    try:
        yield session
        await run_in_threadpool(session.commit)
    except BaseException:
        await run_in_threadpool(session.rollback)
        raise
    finally:
        session.close()


async def read_session() -> AsyncIterator[Session]:
    session = get_database().read_sessions()
    try:
        yield session
    finally:
        session.close()


WriteSession = Annotated[Session, Depends(write_session, scope="function")]
ReadSession = Annotated[Session, Depends(read_session, scope="function")]
WorkspaceId = Annotated[str, Depends(authenticate)]


async def point_read(session: Session, read: Callable[[Session], T]) -> T:
    """Run a small indexed read: inline on SQLite, in a worker thread elsewhere.

    SQLite's driver releases the GIL around every step, so threads running many tiny reads
    hand the GIL back and forth and each read costs about twice the CPU; inline, a point read
    holds the event loop for well under a millisecond (docs/benchmarks.md). A network database
    must never block the loop, so it keeps the thread pool.
    """
    if session.get_bind().dialect.name == "sqlite":
        return read(session)
    return await run_in_threadpool(read, session)
