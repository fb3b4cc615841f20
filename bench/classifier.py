"""Latency, CPU and peak memory of the embedded classifier on a 40-turn call, int8 against fp32.

Run: PYTHONPATH=src python bench/classifier.py [--rounds 3] [--n 300] [--write]
Each round runs `dispo bench` once per precision, alternating, each in its own process (so peak
RSS is that precision's alone); the int8/fp32 ratio is taken within a round. With --write the
table replaces "## Classifier" in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

from _harness import machine, write_section

FIELDS = {
    "p50": r"latency p50 / p99 / max: ([\d.]+)",
    "p99": r"latency p50 / p99 / max: [\d.]+ / ([\d.]+)",
    "cpu": r"CPU time per call p50 / p99: ([\d.]+)",
    "rss": r"peak RSS: (\d+)",
    "load": r"load average during the run: ([\d.]+)",
}


def run(precision: str, n: int, turns: int) -> dict[str, float]:
    env = {**os.environ, "DISPO_EMBEDDED_PRECISION": precision}
    out = subprocess.run(
        [sys.executable, "-m", "dispo.cli", "bench", "--turns", str(turns), "--n", str(n)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return {k: float(m.group(1)) for k, rx in FIELDS.items() if (m := re.search(rx, out))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    rows = []
    for r in range(1, args.rounds + 1):
        q = run("int8", args.n, args.turns)
        f = run("fp32", args.n, args.turns)
        rows.append(
            f"| {r} | {q['p50']:.1f} / {q['p99']:.1f} ms | {q['cpu']:.1f} ms | {q['rss']:.0f} MB "
            f"| {f['p50']:.1f} / {f['p99']:.1f} ms | {f['cpu']:.1f} ms | {f['rss']:.0f} MB "
            f"| {q['cpu'] / f['cpu']:.2f} | {q['load']:.2f} |"
        )
        print(rows[-1], flush=True)
    body = "\n".join(
        [
            f"Machine: {machine()}.",
            f"Command: `python bench/classifier.py --rounds {args.rounds} --n {args.n} --write` "
            f"(`dispo bench --turns {args.turns} --n {args.n}` per precision and round: one "
            "40-message outbound call, 2 custom outcomes, after one cold call). "
            "Target: p99 < 50 ms, peak RSS < 400 MB.",
            "",
            "| round | int8 p50 / p99 | int8 CPU/call | int8 RSS | fp32 p50 / p99 "
            "| fp32 CPU/call | fp32 RSS | CPU int8/fp32 | load |",
            "|---|---|---|---|---|---|---|---|---|",
            *rows,
            "",
            "int8 is the default (`DISPO_EMBEDDED_PRECISION`). The p99 moves from run to run for "
            "the same work (scheduling noise of a shared 2-core VM); read it across rounds and "
            "runs, and the CPU ratio within a round.",
        ]
    )
    if args.write:
        write_section("Classifier", body)
    else:
        print(body)


if __name__ == "__main__":
    main()
