"""Workspaces and their API keys."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispo.core.errors import NotFound
from dispo.core.ids import new_id
from dispo.core.timeutil import utcnow
from dispo.workspaces.models import ApiKey, Workspace

KEY_PREFIX = "dsp_"


@dataclass(frozen=True)
class IssuedKey:
    key_id: str
    workspace_id: str
    secret: str  # shown once, never stored


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def create_workspace(session: Session, name: str) -> Workspace:
    workspace = Workspace(id=new_id("ws"), name=name, label_set_version=1)
    session.add(workspace)
    session.flush()
    return workspace


def create_key(session: Session, workspace_id: str, name: str | None = None) -> IssuedKey:
    if session.get(Workspace, workspace_id) is None:
        raise NotFound(f"no workspace {workspace_id}")
    secret = KEY_PREFIX + secrets.token_urlsafe(30)
    key = ApiKey(
        id=new_id("key"),
        workspace_id=workspace_id,
        name=name,
        key_hash=hash_key(secret),
        prefix=secret[:12],
    )
    session.add(key)
    session.flush()
    return IssuedKey(key_id=key.id, workspace_id=workspace_id, secret=secret)


def revoke_key(session: Session, key_id: str) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound(f"no API key {key_id}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    return key


def workspace_for_key(session: Session, secret: str) -> str | None:
    """The workspace an API key belongs to, or None for an unknown or revoked key."""
    row = session.execute(
        select(ApiKey.workspace_id).where(
            ApiKey.key_hash == hash_key(secret), ApiKey.revoked_at.is_(None)
        )
    ).first()
    return row[0] if row else None


def bump_label_set_version(session: Session, workspace_id: str) -> None:
    workspace = session.get(Workspace, workspace_id)
    if workspace is not None:
        workspace.label_set_version += 1
