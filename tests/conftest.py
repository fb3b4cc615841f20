"""Shared fixtures: every test runs against SQLite and, when configured, PostgreSQL.

PostgreSQL runs when DISPO_TEST_POSTGRES_URL points at a server whose user may create
databases (.ci/run starts one); each test run gets a fresh database, dropped at the end.
With DISPO_REQUIRE_POSTGRES=1 a missing server fails the run instead of skipping.
Each test works in a workspace of its own, so tests cannot see each other's rows.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("DISPO_CLASSIFIER", "rules")
os.environ.setdefault("DISPO_WEBHOOK_ALLOW_PRIVATE", "1")

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from dispo.app import build_worker, create_app
from dispo.core.database import Database, normalize_url, set_database
from dispo.core.migrate import upgrade
from dispo.jobs.worker import Worker
from dispo.workspaces import service as workspaces


def _postgres_url() -> str | None:
    url = os.environ.get("DISPO_TEST_POSTGRES_URL")
    if not url and os.environ.get("DISPO_REQUIRE_POSTGRES") == "1":
        pytest.fail("DISPO_REQUIRE_POSTGRES=1 but DISPO_TEST_POSTGRES_URL is not set")
    return url


def _fresh_postgres(admin_url: str) -> tuple[str, Callable[[], None]]:
    name = f"dispo_test_{secrets.token_hex(4)}"
    admin = create_engine(normalize_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(normalize_url(admin_url)).set(database=name).render_as_string(False)

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """A freshly migrated database for the whole run, one per backend."""
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("db") / "dispo.sqlite3"
        url, drop = f"sqlite:///{path}", (lambda: None)
    else:
        admin_url = _postgres_url()
        if not admin_url:
            pytest.skip("PostgreSQL not configured (set DISPO_TEST_POSTGRES_URL)")
        url, drop = _fresh_postgres(admin_url)
    db = Database(url)
    upgrade(db)
    yield db
    db.dispose()
    drop()


@pytest.fixture
def db(database: Database) -> Database:
    """The run's database, installed as the process database for this test."""
    set_database(database)
    return database


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test."""
    with db.engine.connect() as conn:
        trans = conn.begin()
        with Session(bind=conn, join_transaction_mode="create_savepoint") as s:
            yield s
        trans.rollback()


@pytest.fixture(scope="session")
def app_factory() -> Callable[[], TestClient]:
    app = create_app(migrate=False)
    return lambda: TestClient(app, raise_server_exceptions=False)


@dataclass
class Tenant:
    workspace_id: str
    api_key: str
    client: TestClient


def make_tenant(db: Database, client: TestClient, name: str = "test") -> Tenant:
    with db.transaction() as s:
        ws = workspaces.create_workspace(s, name)
        key = workspaces.create_key(s, ws.id)
    client.headers["Authorization"] = f"Bearer {key.secret}"
    return Tenant(ws.id, key.secret, client)


@pytest.fixture
def tenant(db: Database, app_factory: Callable[[], TestClient]) -> Tenant:
    """A new workspace and a client authenticated as it."""
    return make_tenant(db, app_factory())


@pytest.fixture
def other_tenant(db: Database, app_factory: Callable[[], TestClient]) -> Tenant:
    return make_tenant(db, app_factory(), "other")


@pytest.fixture
def api(tenant: Tenant) -> TestClient:
    return tenant.client


@pytest.fixture
def worker(db: Database) -> Iterator[Worker]:
    """A worker that tests drive by hand: `run_jobs(worker)` runs every due job."""
    w = build_worker()
    run_jobs(w)  # jobs left by earlier tests are not this test's to count
    yield w
    w.stop()


def run_jobs(worker: Worker, max_rounds: int = 1000) -> int:
    """Run due jobs of every kind until none is left; returns how many ran."""
    total = 0
    for _ in range(max_rounds):
        ran = sum(worker.run_once(kinds, limit=50) for kinds in worker.pools)
        if not ran:
            return total
        total += ran
    raise AssertionError("jobs kept coming after many rounds")


@pytest.fixture(autouse=True)
def synchronous_deliveries(monkeypatch: pytest.MonkeyPatch) -> None:
    """`run_jobs` returns once each webhook batch's sends are recorded (a hang gives up at 5 s)."""
    from dispo.webhooks import tasks

    monkeypatch.setattr(tasks, "BATCH_WAIT", 5.0)
