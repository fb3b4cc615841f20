"""Webhook latency and throughput against the real service.

Starts `dispo serve` on a temp SQLite database and a receiver on 127.0.0.1, then measures:
- latency: from a stop request's response to its signed `call.ended` reaching the receiver;
- throughput: events delivered per second to 10 endpoints.

Run: PYTHONPATH=src python bench/webhooks.py [--calls 500] [--throughput-calls 300]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from _harness import free_port, wait_healthy
from standardwebhooks import Webhook

SRC = Path(__file__).resolve().parents[1] / "src"
MESSAGES = [
    {"role": "agent", "content": "Hi, this is Sam from Acme. Could I show you a demo?"},
    {"role": "user", "content": "Sure, Thursday at 2pm works for me."},
]


class _Server(ThreadingHTTPServer):
    # The default listen backlog of 5 drops concurrent connects, which then wait 1 s to retry.
    request_queue_size = 128
    daemon_threads = True


class Receiver:
    """Records arrival time, headers and body of every POST; answers 204."""

    def __init__(self) -> None:
        self.arrivals: list[tuple[float, str, dict[str, str], str]] = []
        self.cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                now = time.perf_counter()
                self.send_response(204)
                self.end_headers()
                with receiver.cond:
                    receiver.arrivals.append((now, self.path, dict(self.headers), body))
                    receiver.cond.notify_all()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{path}"

    def wait_count(self, count: int, timeout: float) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: len(self.arrivals) >= count, timeout)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


CLI = [sys.executable, "-m", "dispo.cli"]


def service_env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "DISPO_DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "DISPO_CLASSIFIER": os.environ.get("DISPO_CLASSIFIER", "rules"),
        "DISPO_WEBHOOK_ALLOW_PRIVATE": "1",
        "DISPO_LOG_LEVEL": "WARNING",
    }


def create_workspace(tmp: Path) -> str:
    out = subprocess.run(
        [*CLI, "workspace", "create", "bench"],
        env=service_env(tmp),
        check=True,
        capture_output=True,
    )
    return str(json.loads(out.stdout.decode().strip().splitlines()[-1])["api_key"])


def start_service(tmp: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([*CLI, "serve", "--port", str(port), *extra], env=service_env(tmp))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc, 60.0)
    except RuntimeError as exc:
        proc.kill()
        raise SystemExit(str(exc)) from None
    return proc, base


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_latency(client: httpx.Client, receiver: Receiver, calls: int) -> dict[str, Any]:
    hook = client.post(
        "/v1/webhooks",
        json={"name": "latency", "url": receiver.url("latency"), "events": ["call.ended"]},
    ).json()
    latencies: list[float] = []
    for _ in range(calls):
        call = client.post("/v1/calls", json={"messages": MESSAGES}).json()
        seen = len(receiver.arrivals)
        r = client.post(f"/v1/calls/{call['id']}/stop")
        responded = time.perf_counter()
        r.raise_for_status()
        if not receiver.wait_count(seen + 1, 30):
            raise SystemExit("call.ended did not arrive within 30 s")
        arrived, _path, headers, body = receiver.arrivals[seen]
        payload = Webhook(hook["secret"]).verify(body, headers)
        assert payload["type"] == "call.ended" and payload["data"]["id"] == call["id"]
        assert payload["data"]["analysis"]["outcome"] is not None
        latencies.append((arrived - responded) * 1000)
    client.delete(f"/v1/webhooks/{hook['id']}")
    return {
        "calls": calls,
        "p50_ms": statistics.median(latencies),
        "p99_ms": pct(latencies, 99),
        "max_ms": max(latencies),
    }


def subscribe_many(
    client: httpx.Client, receiver: Receiver, endpoints: int, tag: str
) -> dict[str, str]:
    secrets = {}
    for n in range(endpoints):
        path = f"{tag}{n}"
        hook = client.post(
            "/v1/webhooks",
            json={"name": path, "url": receiver.url(path), "events": ["call.started"]},
        ).json()
        secrets[f"/{path}"] = hook["secret"]
    return secrets


def create_calls(client: httpx.Client, calls: int) -> None:
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: client.post("/v1/calls", json={}).raise_for_status(), range(calls)))


def check_arrivals(receiver: Receiver, start: int, count: int, secrets: dict[str, str]) -> None:
    """Every delivery is signed by its endpoint's secret and arrived once."""
    got = receiver.arrivals[start : start + count]
    for _at, path, headers, body in got:
        Webhook(secrets[path]).verify(body, headers)
    assert len({h["webhook-id"] + p for _a, p, h, _b in got}) == count, "a delivery came twice"


def bench_sustained(
    client: httpx.Client, receiver: Receiver, calls: int, endpoints: int
) -> dict[str, Any]:
    """Calls created by 4 clients while the service delivers: first request to last arrival."""
    secrets = subscribe_many(client, receiver, endpoints, "s")
    before = len(receiver.arrivals)
    total = calls * endpoints
    started = time.perf_counter()
    create_calls(client, calls)
    posted = time.perf_counter()
    if not receiver.wait_count(before + total, 300):
        raise SystemExit(f"only {len(receiver.arrivals) - before} of {total} arrived")
    elapsed = receiver.arrivals[before + total - 1][0] - started
    check_arrivals(receiver, before, total, secrets)
    return {
        "calls": calls,
        "endpoints": endpoints,
        "deliveries": total,
        "seconds": elapsed,
        "create_seconds": posted - started,
        "per_second": total / elapsed,
    }


def bench_backlog(
    tmp: Path, api_key: str, receiver: Receiver, calls: int, endpoints: int
) -> dict[str, Any]:
    """Events queued while no worker runs, then drained by `dispo worker`: first to last arrival."""
    proc, base = start_service(tmp, "--no-worker")
    try:
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {api_key}"}, timeout=30
        ) as client:
            for hook in client.get("/v1/webhooks").json()["items"]:
                client.delete(f"/v1/webhooks/{hook['id']}")
            secrets = subscribe_many(client, receiver, endpoints, "b")
            create_calls(client, calls)
    finally:
        proc.terminate()
        proc.wait(30)
    before = len(receiver.arrivals)
    total = calls * endpoints
    worker = subprocess.Popen([*CLI, "worker"], env=service_env(tmp))
    try:
        if not receiver.wait_count(before + total, 300):
            raise SystemExit(f"only {len(receiver.arrivals) - before} of {total} arrived")
    finally:
        worker.terminate()
        worker.wait(30)
    first, last = receiver.arrivals[before][0], receiver.arrivals[before + total - 1][0]
    check_arrivals(receiver, before, total, secrets)
    return {
        "calls": calls,
        "endpoints": endpoints,
        "deliveries": total,
        "seconds": last - first,
        "per_second": (total - 1) / (last - first),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--throughput-calls", type=int, default=300)
    parser.add_argument("--endpoints", type=int, default=10)
    args = parser.parse_args()

    receiver = Receiver()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        api_key = create_workspace(tmp)
        proc, base = start_service(tmp)
        try:
            with httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {api_key}"}, timeout=30
            ) as client:
                latency = bench_latency(client, receiver, args.calls)
                sustained = bench_sustained(client, receiver, args.throughput_calls, args.endpoints)
        finally:
            proc.terminate()
            proc.wait(30)
        backlog = bench_backlog(tmp, api_key, receiver, args.throughput_calls, args.endpoints)
    result = {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "python": sys.version.split()[0]},
        "latency": latency,
        "throughput_sustained": sustained,
        "throughput_backlog": backlog,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
