"""Real worker processes: killed mid-run, and two of them sharing one PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dispo.calls import service as calls
from dispo.calls.models import Call
from dispo.calls.schemas import CallCreate
from dispo.core.database import Database
from dispo.core.migrate import upgrade
from dispo.jobs.models import Job
from dispo.workspaces import service as workspaces

TRANSCRIPTS = [
    [
        {"role": "agent", "content": "Could we book a demo?"},
        {"role": "user", "content": "Yes, Tuesday at 10am is good."},
    ],
    [
        {"role": "agent", "content": "Is this a good time?"},
        {"role": "user", "content": "Not interested, take me off your list."},
    ],
    [{"role": "agent", "content": "Hello?"}],
]


def _seed(db: Database, n: int) -> tuple[str, list[str]]:
    with db.transaction() as s:
        ws = workspaces.create_workspace(s, "load")
        ids = []
        for i in range(n):
            data = CallCreate.model_validate(
                {"status": "completed", "messages": TRANSCRIPTS[i % len(TRANSCRIPTS)]}
            )
            ids.append(calls.create_call(s, ws.id, data).id)
    return ws.id, ids


def _analysed(db: Database, workspace_id: str) -> int:
    with db.read_sessions() as s:
        return (
            s.scalar(
                select(func.count()).where(
                    Call.workspace_id == workspace_id, Call.analysis_status == "completed"
                )
            )
            or 0
        )


def _start_worker(url: str, lease: float = 60) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DISPO_DATABASE_URL": url,
        "DISPO_CLASSIFIER": "rules",
        "DISPO_JOB_LEASE_SECONDS": str(lease),
        "DISPO_JOB_POLL_SECONDS": "0.05",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "dispo.cli", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait(predicate: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
        p.wait(10)


def test_worker_killed_mid_run_loses_nothing(
    tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'crash.sqlite3'}")
    upgrade(db)
    ws, ids = _seed(db, 1500)
    lease = 2.0
    procs.append(_start_worker(db.url, lease))
    _wait(lambda: _analysed(db, ws) >= 50, 60)
    procs[0].send_signal(signal.SIGKILL)
    procs[0].wait(10)
    done_at_kill = _analysed(db, ws)
    assert done_at_kill < len(ids), "the worker finished before it could be killed"

    procs.append(_start_worker(db.url, lease))
    _wait(lambda: _analysed(db, ws) == len(ids), 120)
    with db.read_sessions() as s:
        statuses = dict(s.execute(select(Job.status, func.count()).group_by(Job.status)).all())
        outcomes = s.scalars(select(Call.outcome).where(Call.workspace_id == ws)).all()
    assert statuses == {"done": len(ids)}
    assert set(outcomes) == {"Appointment Booked", "Not Interested", "Not Connected"}
    db.dispose()


def test_two_workers_share_one_postgres(db: Database, procs: list[subprocess.Popen[bytes]]) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SKIP LOCKED sharing is a PostgreSQL feature")
    ws, ids = _seed(db, 1000)
    procs.extend([_start_worker(db.url), _start_worker(db.url)])
    _wait(lambda: _analysed(db, ws) == len(ids), 180)
    with db.read_sessions() as s:
        rows = s.execute(
            select(Job.status, Job.attempts, Job.locked_by).where(Job.ref.in_(ids))
        ).all()
    assert len(rows) == len(ids)
    assert all(r.status == "done" for r in rows)
    # Every job was claimed exactly once: no call was analysed twice, at once or otherwise.
    assert all(r.attempts == 1 for r in rows)
    pids = {r.locked_by.split(":")[1] for r in rows}
    assert len(pids) == 2, "both workers should have taken part"
