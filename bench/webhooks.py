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
import socket
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
from standardwebhooks import Webhook

SRC = Path(__file__).resolve().parents[1] / "src"
MESSAGES = [
    {"role": "agent", "content": "Hi, this is Sam from Acme. Could I show you a demo?"},
    {"role": "user", "content": "Sure, Thursday at 2pm works for me."},
]


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

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{path}"

    def wait_count(self, count: int, timeout: float) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: len(self.arrivals) >= count, timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def start_service(tmp: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "DISPO_DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "DISPO_CLASSIFIER": os.environ.get("DISPO_CLASSIFIER", "rules"),
        "DISPO_WEBHOOK_ALLOW_PRIVATE": "1",
        "DISPO_LOG_LEVEL": "WARNING",
    }
    cli = [sys.executable, "-m", "dispo.cli"]
    out = subprocess.run(
        [*cli, "workspace", "create", "bench"], env=env, check=True, capture_output=True
    )
    api_key = json.loads(out.stdout.decode().strip().splitlines()[-1])["api_key"]
    port = free_port()
    proc = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return proc, base, api_key
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("dispo serve did not start")


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


def bench_throughput(
    client: httpx.Client, receiver: Receiver, calls: int, endpoints: int
) -> dict[str, Any]:
    secrets = {}
    for n in range(endpoints):
        hook = client.post(
            "/v1/webhooks",
            json={"name": f"t{n}", "url": receiver.url(f"t{n}"), "events": ["call.started"]},
        ).json()
        secrets[f"/t{n}"] = hook["secret"]
    before = len(receiver.arrivals)
    expected = before + calls * endpoints
    started = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: client.post("/v1/calls", json={}).raise_for_status(), range(calls)))
    posted = time.perf_counter()
    if not receiver.wait_count(expected, 300):
        raise SystemExit(f"only {len(receiver.arrivals) - before} of {calls * endpoints} arrived")
    done = receiver.arrivals[expected - 1][0]
    for _at, path, headers, body in receiver.arrivals[before:expected]:
        Webhook(secrets[path]).verify(body, headers)
    ids = {h["webhook-id"] + p for _a, p, h, _b in receiver.arrivals[before:expected]}
    assert len(ids) == calls * endpoints, "a delivery arrived twice"
    elapsed = done - started
    return {
        "calls": calls,
        "endpoints": endpoints,
        "deliveries": calls * endpoints,
        "seconds": elapsed,
        "post_seconds": posted - started,
        "per_second": calls * endpoints / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--throughput-calls", type=int, default=300)
    parser.add_argument("--endpoints", type=int, default=10)
    args = parser.parse_args()

    receiver = Receiver()
    with tempfile.TemporaryDirectory() as tmp:
        proc, base, api_key = start_service(Path(tmp))
        try:
            with httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {api_key}"}, timeout=30
            ) as client:
                latency = bench_latency(client, receiver, args.calls)
                throughput = bench_throughput(
                    client, receiver, args.throughput_calls, args.endpoints
                )
        finally:
            proc.terminate()
            proc.wait(30)
    result = {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "python": sys.version.split()[0]},
        "latency": latency,
        "throughput": throughput,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
