"""Engine, sessions and column types shared by every domain."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Engine, create_engine, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from dispo.core.settings import get_settings

JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSONType}  # noqa: RUF012


def normalize_url(url: str) -> str:
    """Accept plain sqlite:/// and postgresql:// URLs and pick the drivers dispo ships with."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str) -> Engine:
    url = normalize_url(url)
    settings = get_settings()
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=settings.db_pool_size or 20,
            max_overflow=20,
            pool_timeout=settings.db_pool_timeout,
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        url,
        pool_size=settings.db_pool_size or 10,
        max_overflow=10,
        pool_timeout=settings.db_pool_timeout,
        pool_pre_ping=True,
    )


_WRITER = "dispo.sqlite_writer"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take over BEGIN from the driver so writers can ask for BEGIN IMMEDIATE below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    # SQLite's busy handler polls with sleeps of up to 100 ms, so threads queueing on it get the
    # write lock late and a busy process tops out at a few dozen writes a second; this process's
    # writers queue on a Python lock instead (the timeout keeps a leaked lock from wedging them).
    writer = threading.Lock()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A deferred transaction that later writes can fail with SQLITE_BUSY instead of waiting;
        # writers start IMMEDIATE so they queue on busy_timeout, readers stay DEFERRED.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode == "IMMEDIATE" and _WRITER not in conn.info and writer.acquire(timeout=30):
            conn.info[_WRITER] = True
        conn.exec_driver_sql(f"BEGIN {mode}")

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        # A session hands its connection back after COMMIT or ROLLBACK: the write is over.
        if record.info.pop(_WRITER, None):
            writer.release()


class Database:
    """One engine and its two session factories: for writes and for reads."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.engine = create_db_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        write_bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self.write_sessions = sessionmaker(bind=write_bind, expire_on_commit=False)
        self.read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work for jobs and the CLI: commits on success, rolls back on error."""
        with self.write_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


_db: Database | None = None
_db_lock = threading.Lock()


def get_database() -> Database:
    global _db
    with _db_lock:
        if _db is None:
            _db = Database(get_settings().database_url)
        return _db


def set_database(db: Database | None) -> None:
    """Point the process at another database (tests, CLI --database-url)."""
    global _db
    with _db_lock:
        if _db is not None and _db is not db:
            _db.dispose()
        _db = db
