"""Start a real `dispo serve` on a temporary SQLite database, for the benchmarks."""

from __future__ import annotations

import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(
    base: str, proc: subprocess.Popen[Any], timeout: float = 60.0, log: Path | None = None
) -> None:
    """Wait until `GET /healthz` answers 200; raise if the process exits or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            detail = log.read_text(errors="replace") if log is not None else ""
            raise RuntimeError(f"dispo serve did not become healthy:\n{detail}")
        time.sleep(0.1)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


@dataclass
class Service:
    base_url: str
    api_key: str
    database_url: str


@contextmanager
def run_service(workers: int = 1, env: dict[str, str] | None = None) -> Iterator[Service]:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        database_url = f"sqlite:///{tmp}/bench.sqlite3"
        full_env = {
            **os.environ,
            "DISPO_DATABASE_URL": database_url,
            "DISPO_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT / "src"),
            **(env or {}),
        }
        log_path = Path(tmp) / "serve.log"
        log = open(log_path, "w+")  # noqa: SIM115
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dispo.cli",
                "serve",
                "--port",
                str(port),
                "--workers",
                str(workers),
            ],
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, proc, 60.0, log_path)
            log.seek(0)
            match = re.search(r"api_key:\s+(\S+)", log.read())
            if not match:
                raise RuntimeError("no demo API key printed")
            yield Service(base, match.group(1), database_url)
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()


def write_section(heading: str, body: str) -> None:
    """Replace (or add) one `## heading` section of docs/benchmarks.md."""
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    section = f"## {heading}\n\n{body.strip()}\n\n"
    text = (
        pattern.sub(lambda _m: section, text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + section
    )
    path.parent.mkdir(exist_ok=True)
    path.write_text(text.rstrip() + "\n")
