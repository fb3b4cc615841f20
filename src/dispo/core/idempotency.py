"""Idempotency-Key support: a retried create returns the first response instead of a duplicate."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column
from starlette.responses import Response

from dispo.core.database import Base
from dispo.core.errors import Conflict, InvalidRequest
from dispo.core.timeutil import utcnow

KEEP_FOR = timedelta(hours=24)
MAX_KEY_LENGTH = 255


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("workspace_id", "scope", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


def request_hash(body: Any) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def check_key(key: str) -> str:
    if not key or len(key) > MAX_KEY_LENGTH or not key.isascii() or not key.isprintable():
        raise InvalidRequest(
            f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} printable ASCII characters"
        )
    return key


def replay(
    session: Session, workspace_id: str, scope: str, key: str, body_hash: str
) -> Response | None:
    """The stored response for a repeated key, or None for a new (or expired) key."""
    row = session.scalar(
        select(IdempotencyKey).where(
            IdempotencyKey.workspace_id == workspace_id,
            IdempotencyKey.scope == scope,
            IdempotencyKey.key == key,
        )
    )
    if row is None:
        return None
    if row.created_at < utcnow() - KEEP_FOR:
        session.delete(row)
        session.flush()
        return None
    if row.request_hash != body_hash:
        raise Conflict("this Idempotency-Key was used with a different request body")
    return Response(
        row.response_body,
        status_code=row.status_code,
        media_type="application/json",
        headers={"Idempotent-Replayed": "true"},
    )


def remember(
    session: Session, workspace_id: str, scope: str, key: str, body_hash: str, response: Response
) -> None:
    """Store the response in the request's transaction; a racing duplicate fails its commit."""
    session.add(
        IdempotencyKey(
            workspace_id=workspace_id,
            scope=scope,
            key=key,
            request_hash=body_hash,
            status_code=response.status_code,
            response_body=bytes(response.body),
        )
    )
