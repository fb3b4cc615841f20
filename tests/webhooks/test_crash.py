"""A real `dispo` process killed with SIGKILL loses no committed event."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from bench._harness import free_port, wait_healthy

from tests.webhooks.receiver import Reply, receiving

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "DISPO_DATABASE_URL": f"sqlite:///{tmp_path / 'crash.sqlite3'}",
        "DISPO_CLASSIFIER": "rules",
        "DISPO_WEBHOOK_ALLOW_PRIVATE": "1",
        "DISPO_WEBHOOK_RETRY_SCHEDULE": "1,1,1",
        "DISPO_JOB_LEASE_SECONDS": "2",
        "DISPO_WEBHOOK_TIMEOUT": "1",
        "DISPO_LOG_LEVEL": "WARNING",
    }


def _cli(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "dispo.cli", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def api_key(env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "dispo.cli", "workspace", "create", "crash"],
        env=env,
        check=True,
        capture_output=True,
    )
    return str(json.loads(out.stdout.decode().strip().splitlines()[-1])["api_key"])


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def _serve(
    env: dict[str, str], processes: list[subprocess.Popen[bytes]], *extra: str
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = _cli(env, "serve", "--port", str(port), *extra)
    processes.append(proc)
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base, proc, 30.0)
    return proc, base


def _kill(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)


def test_event_committed_but_not_sent_is_delivered_after_restart(
    env: dict[str, str], api_key: str, processes: list[subprocess.Popen[bytes]]
) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    with receiving() as receiver:
        # No worker: the event is committed with the call and nothing sends it.
        server, base = _serve(env, processes, "--no-worker")
        hook = httpx.post(
            f"{base}/v1/webhooks",
            headers=headers,
            json={"name": "crash", "url": receiver.url, "events": ["call.started"]},
        ).json()
        call = httpx.post(f"{base}/v1/calls", headers=headers, json={}).json()
        _kill(server)
        assert receiver.received == []

        worker = _cli(env, "worker")
        processes.append(worker)
        got = receiver.wait_for(1, timeout=30)
    assert len(got) == 1
    payload = got[0].verify(hook["secret"])
    assert payload["type"] == "call.started"
    assert payload["data"]["id"] == call["id"]


def test_killed_mid_send_is_sent_again_with_the_same_id(
    env: dict[str, str], api_key: str, processes: list[subprocess.Popen[bytes]]
) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    # The first request hangs: the service dies with it in flight, before recording anything.
    with receiving([Reply(delay=30)]) as receiver:
        server, base = _serve(env, processes)
        hook = httpx.post(
            f"{base}/v1/webhooks",
            headers=headers,
            json={"name": "crash", "url": receiver.url, "events": ["call.started"]},
        ).json()
        httpx.post(f"{base}/v1/calls", headers=headers, json={})
        assert len(receiver.wait_for(1, timeout=10)) == 1
        _kill(server)

        _serve(env, processes)
        got = receiver.wait_for(2, timeout=30)
    assert len(got) == 2
    assert got[0].headers["webhook-id"] == got[1].headers["webhook-id"]
    got[1].verify(hook["secret"])
