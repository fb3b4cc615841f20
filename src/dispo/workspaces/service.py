"""Workspaces and their API keys."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from dispo.core.errors import NotFound
from dispo.core.ids import new_id
from dispo.core.timeutil import utcnow
from dispo.workspaces.models import ApiKey, Workspace

KEY_PREFIX = "dsp_"


class KeyCache:
    """Verified keys, remembered briefly so an authenticated read costs one query, not two.

    A key revoked in this process is forgotten on commit; other processes stop accepting
    it within `ttl` seconds.
    """

    def __init__(self, ttl: float = 10.0, max_size: int = 10_000) -> None:
        self.ttl = ttl
        self.max_size = max_size
        self._entries: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def get(self, key_hash: str) -> str | None:
        entry = self._entries.get(key_hash)
        return entry[0] if entry is not None and entry[1] > time.monotonic() else None

    def put(self, key_hash: str, workspace_id: str) -> None:
        with self._lock:
            if len(self._entries) >= self.max_size:
                self._entries.clear()
            self._entries[key_hash] = (workspace_id, time.monotonic() + self.ttl)

    def clear(self, *_args: object) -> None:
        with self._lock:
            self._entries.clear()


key_cache = KeyCache()


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
        event.listen(session, "after_commit", key_cache.clear, once=True)
    return key


def workspace_id_for_hash(session: Session, key_hash: str) -> str | None:
    """The workspace of an API key given its hash, or None for an unknown or revoked key."""
    row = session.execute(
        select(ApiKey.workspace_id).where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
    ).first()
    return row[0] if row else None


def bump_label_set_version(session: Session, workspace_id: str) -> None:
    workspace = session.get(Workspace, workspace_id)
    if workspace is not None:
        workspace.label_set_version += 1
