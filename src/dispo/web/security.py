"""Signed session cookies, CSRF tokens and flash messages for the dashboard."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from dispo.core.database import Database, get_database
from dispo.core.settings import get_settings
from dispo.web.models import WebSecret
from dispo.workspaces.models import ApiKey
from dispo.workspaces.service import hash_key

SESSION_COOKIE = "dispo_session"
FLASH_COOKIE = "dispo_flash"
SESSION_MAX_AGE = 14 * 86400

_secret_cache: dict[str, bytes] = {}
_secret_lock = threading.Lock()


def _load_secret(db: Database) -> bytes:
    """The persisted secret, created once; every process reads the same row."""
    with db.transaction() as session:
        row = session.get(WebSecret, "session")
        if row is not None:
            return row.value.encode()
    try:
        with db.transaction() as session:
            session.add(WebSecret(name="session", value=secrets.token_urlsafe(48)))
    except IntegrityError:
        pass  # another process created it first; use theirs
    with db.transaction() as session:
        value = session.scalar(select(WebSecret.value).where(WebSecret.name == "session"))
    if value is None:  # pragma: no cover - the insert above makes this impossible
        raise RuntimeError("could not persist the dashboard secret")
    return value.encode()


def server_secret() -> bytes:
    """DISPO_SECRET_KEY, or a generated secret persisted in the database."""
    configured = get_settings().secret_key
    if configured:
        return configured.encode()
    db = get_database()
    with _secret_lock:
        if db.url not in _secret_cache:
            _secret_cache[db.url] = _load_secret(db)
        return _secret_cache[db.url]


def _sign(*parts: str) -> str:
    mac = hmac.new(server_secret(), "\x1f".join(parts).encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


@dataclass(frozen=True)
class WebUser:
    workspace_id: str
    key_id: str
    key_prefix: str
    csrf_token: str


def key_for_secret(db: Database, secret: str) -> ApiKey | None:
    """The active API key with this secret, or None."""
    if not secret or len(secret) > 200 or not secret.isascii():
        return None
    with db.read_sessions() as session:
        return session.scalar(
            select(ApiKey).where(ApiKey.key_hash == hash_key(secret), ApiKey.revoked_at.is_(None))
        )


def session_cookie(key: ApiKey, now: float | None = None) -> str:
    """A reference to the key (id, issue time) bound to its hash; never the key itself."""
    issued = str(int(now if now is not None else time.time()))
    return f"{key.id}.{issued}.{_sign('session', key.id, issued, key.key_hash)}"


def user_for_cookie(db: Database, cookie: str | None) -> WebUser | None:
    """Re-validate the cookie against the database: a revoked key signs the browser out."""
    if not cookie or len(cookie) > 300:
        return None
    key_id, _, rest = cookie.partition(".")
    issued, _, signature = rest.partition(".")
    if not issued.isdigit() or time.time() - int(issued) > SESSION_MAX_AGE:
        return None
    with db.read_sessions() as session:
        key = session.get(ApiKey, key_id)
    if key is None or key.revoked_at is not None:
        return None
    if not hmac.compare_digest(signature, _sign("session", key.id, issued, key.key_hash)):
        return None
    return WebUser(key.workspace_id, key.id, key.prefix, _sign("csrf", cookie))


def csrf_ok(user: WebUser, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(user.csrf_token, token or "")


def flash_cookie(kind: str, message: str) -> str:
    body = base64.urlsafe_b64encode(f"{kind}\x1f{message[:300]}".encode()).decode()
    return f"{body}.{_sign('flash', body)}"


def read_flash(cookie: str | None) -> tuple[str, str] | None:
    if not cookie or len(cookie) > 1000:
        return None
    body, _, signature = cookie.rpartition(".")
    if not body or not hmac.compare_digest(signature, _sign("flash", body)):
        return None
    try:
        kind, _, message = base64.urlsafe_b64decode(body).decode().partition("\x1f")
    except (ValueError, UnicodeDecodeError):
        return None
    return kind, message
