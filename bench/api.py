"""API benchmark: stop-to-outcome latency and GET /v1/calls/{id} throughput.

Usage: python bench/api.py [--calls 500] [--classifier embedded] [--write]
Starts `dispo serve` on a temporary SQLite database. Latency: for each of N calls stopped
back to back, the time from the stop response to the first GET that shows a non-null
analysis.outcome (polled every 2 ms). Throughput: wrk with 32 connections on GET of random
calls (falls back to a Python client if wrk is missing), with 1 and 2 API processes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
from _harness import machine, percentile, run_service, write_section

TRANSCRIPTS = [
    [
        ("agent", "Hi, this is Sam from Acme. Could I show you a quick demo?"),
        ("user", "Sure, Thursday at 2pm works for me."),
    ],
    [
        ("agent", "Is now a good time to talk about your solar quote?"),
        ("user", "No thanks, we're not interested. Please take me off your list."),
    ],
    [
        ("agent", "Hello, I'm calling about your dental check-up."),
        ("user", "Oh right, how much would a cleaning cost? Can you text me the prices?"),
    ],
]


def latency(base: str, key: str, n: int) -> tuple[list[float], list[str]]:
    headers = {"Authorization": f"Bearer {key}"}
    waits: list[float] = []
    ids: list[str] = []
    with httpx.Client(base_url=base, headers=headers, timeout=10) as client:
        for i in range(n):
            turns = TRANSCRIPTS[i % len(TRANSCRIPTS)]
            call = client.post(
                "/v1/calls", json={"messages": [{"role": r, "content": c} for r, c in turns]}
            ).json()
            ids.append(call["id"])
            client.post(f"/v1/calls/{call['id']}/stop").raise_for_status()
            start = time.perf_counter()
            while True:
                if client.get(f"/v1/calls/{call['id']}").json()["analysis"]["outcome"]:
                    waits.append((time.perf_counter() - start) * 1000)
                    break
                if time.perf_counter() - start > 30:
                    raise RuntimeError(f"call {call['id']} not analysed in 30 s")
                time.sleep(0.002)
    return waits, ids


def throughput(
    base: str, key: str, ids: list[str], seconds: int, connections: int
) -> tuple[float, str]:
    if shutil.which("wrk"):
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "get.lua"
            script.write_text(
                "local ids = {" + ",".join(json.dumps(i) for i in ids) + "}\n"
                f'wrk.headers["Authorization"] = "Bearer {key}"\n'
                "request = function()\n"
                '  return wrk.format("GET", "/v1/calls/" .. ids[math.random(#ids)])\n'
                "end\n"
            )
            out = subprocess.run(
                ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(script), base],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        rps = float(next(x for x in out.splitlines() if x.startswith("Requests/sec")).split()[1])
        non2xx = [x for x in out.splitlines() if "Non-2xx" in x or "Socket errors" in x]
        if non2xx:
            raise RuntimeError("errors under load:\n" + out)
        return rps, "wrk"
    import asyncio

    async def run() -> float:
        count = 0
        deadline = time.perf_counter() + seconds
        async with httpx.AsyncClient(
            base_url=base, headers={"Authorization": f"Bearer {key}"}
        ) as c:

            async def one() -> None:
                nonlocal count
                while time.perf_counter() < deadline:
                    (await c.get(f"/v1/calls/{random.choice(ids)}")).raise_for_status()
                    count += 1

            await asyncio.gather(*(one() for _ in range(connections)))
        return count / seconds

    return asyncio.run(run()), "python httpx client (wrk not installed)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--classifier", default="embedded")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    env = {"DISPO_CLASSIFIER": args.classifier}

    with run_service(1, env) as svc:
        # Warm the classifier (model load) before timing.
        latency(svc.base_url, svc.api_key, 3)
        waits, ids = latency(svc.base_url, svc.api_key, args.calls)
        rps1, tool = throughput(svc.base_url, svc.api_key, ids, args.seconds, args.connections)
    with run_service(2, env) as svc:
        _w, ids2 = latency(svc.base_url, svc.api_key, 50)
        rps2, _ = throughput(svc.base_url, svc.api_key, ids2, args.seconds, args.connections)

    lines = [
        f"Machine: {machine()}. Database: SQLite (WAL), embedded default. Classifier: `{args.classifier}`.",
        f"Command: `python bench/api.py --calls {args.calls} --classifier {args.classifier} --write`",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| stop response → GET shows `analysis.outcome`, p50 ({args.calls} calls back to back) | {percentile(waits, 50):.1f} ms | |",
        f"| same, p99 | {percentile(waits, 99):.1f} ms | < 150 ms |",
        f"| same, max | {max(waits):.1f} ms | |",
        f"| `GET /v1/calls/{{id}}`, {args.connections} connections, 1 API process | {rps1:,.0f} req/s | > 1,500 req/s |",
        f"| same, 2 API processes (`dispo serve --workers 2`) | {rps2:,.0f} req/s | > 1,500 req/s |",
        "",
        f"Load generator: {tool}, on the same machine (it shares the 2 cores with the service). "
        "Latency is measured by polling GET every 2 ms, so it includes up to one poll interval.",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        write_section("API: stop-to-outcome latency and read throughput", report)


if __name__ == "__main__":
    main()
