"""Server-side render time of each dashboard page with 100,000 calls in the workspace.

Run: PYTHONPATH=src python bench/dashboard.py [--calls 100000] [--runs 15] [--postgres URL]
Seeds a temporary SQLite database (or a fresh PostgreSQL one) by bulk insert, then times
each page in-process (request in, HTML out: routing, queries and templates, no network),
and writes the figures under "## Dashboard" in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DISPO_CLASSIFIER", "rules")
os.environ.setdefault("DISPO_LOG_LEVEL", "WARNING")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30, help="spread the calls over N days")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--keep", metavar="DIR", help="seed into DIR once and reuse it later")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="run on a fresh database made on this PostgreSQL server instead of SQLite",
    )
    args = parser.parse_args()

    tmp = args.keep or tempfile.mkdtemp(prefix="dispo-bench-")
    Path(tmp).mkdir(parents=True, exist_ok=True)
    reuse = Path(tmp, "key.txt").exists()
    database_url = f"sqlite:///{tmp}/bench.sqlite3"
    drop = None
    if args.postgres:
        from tests.conftest import _fresh_postgres

        database_url, drop = _fresh_postgres(args.postgres)
        reuse = False
    os.environ["DISPO_DATABASE_URL"] = database_url

    from fastapi.testclient import TestClient

    from bench._harness import machine, write_section
    from bench.seed import seed_calls, seed_deliveries
    from dispo.app import create_app
    from dispo.core.database import Database, set_database
    from dispo.core.migrate import upgrade
    from dispo.outcomes import service as outcomes_service
    from dispo.outcomes.schemas import OutcomeCreate
    from dispo.webhooks import service as webhooks_service
    from dispo.webhooks.schemas import WebhookCreate
    from dispo.workspaces import service as workspaces

    db = Database(os.environ["DISPO_DATABASE_URL"])
    set_database(db)
    upgrade(db)
    seeded = 0.0
    if reuse:
        secret = Path(tmp, "key.txt").read_text().strip()
    else:
        with db.transaction() as session:
            workspace = workspaces.create_workspace(session, "bench")
            secret = workspaces.create_key(session, workspace.id).secret
            outcomes_service.create_outcome(
                session, workspace.id, OutcomeCreate(label="Hot Lead", description="Has budget.")
            )
            # A second workspace, so every query has to filter by workspace.
            other = workspaces.create_workspace(session, "other")
        with db.transaction() as session:
            endpoint = webhooks_service.create_endpoint(
                session,
                workspace.id,
                WebhookCreate(
                    name="CRM", url="https://crm.example.com/hook", events=["call.analyzed"]
                ),
            )
        started = time.perf_counter()
        call_ids = seed_calls(db, workspace.id, args.calls, days=args.days, live=20)
        # Every ended call told the CRM: as many deliveries as calls.
        seed_deliveries(db, workspace.id, endpoint.id, call_ids[: args.calls])
        seed_calls(db, other.id, 2000, days=args.days, seed=8)
        seeded = time.perf_counter() - started
        # The query planner needs statistics, as a long-running database would have.
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        Path(tmp, "key.txt").write_text(secret)
        print(f"seeded {args.calls:,} calls in {seeded:.1f}s", flush=True)

    client = TestClient(create_app(migrate=False))
    client.post("/login", data={"api_key": secret}, follow_redirects=False)
    first = client.get("/calls").text
    booked = client.get("/calls?outcome=Appointment+Booked").text
    call_id = re.search(r'href="/calls/(call_\w+)"', booked)
    assert call_id, "no call on the calls page"
    deep = "/calls"
    for _ in range(40):  # 2,000 calls deep, by following the pager
        found = re.search(r'href="(/calls\?[^"]*cursor=[^"]+)"', client.get(deep).text)
        assert found
        deep = found.group(1).replace("&amp;", "&")
    live_ids = ",".join(re.findall(r'data-id="(call_\w+)" data-live', first))
    webhook = re.search(r'href="(/webhooks/wh_\w+)"', client.get("/webhooks").text)
    assert webhook, "no webhook on the webhooks page"

    today = date.today()
    year_ago = today - timedelta(days=364)
    pages = [
        ("Overview, today", "/?period=today"),
        ("Overview, 7 days", "/?period=7d"),
        ("Overview, 30 days", "/?period=30d"),
        ("Overview, custom 365 days", f"/?period=custom&from={year_ago}&to={today}"),
        ("Calls, first page", "/calls"),
        ("Calls, 2,000 deep (cursor)", deep),
        ("Calls, outcome filter", "/calls?outcome=Hot+Lead"),
        ("Calls, agent+status+date", f"/calls?agent=collections&status=completed&from={today}"),
        ("Calls, connected", "/calls?outcome=connected"),
        ("Calls, transcript search (common)", "/calls?q=budget"),
        ("Calls, transcript search (no match)", "/calls?q=zebra+crossing"),
        ("Calls, live rows poll", f"/calls/live?ids={live_ids}"),
        ("Call detail", f"/calls/{call_id.group(1)}"),
        ("Outcomes", "/outcomes"),
        ("Webhooks", "/webhooks"),
        ("Webhook endpoint + delivery log", webhook.group(1)),
        ("Webhook delivery log, 2,000 deep", f"{webhook.group(1)}?offset=2000"),
    ]
    results = []
    for name, url in pages:
        for _ in range(2):
            assert client.get(url).status_code == 200, url
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, url
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        results.append((name, statistics.median(times), p95, max(times)))
        print(f"{name:40s} p50 {results[-1][1]:7.1f} ms  p95 {p95:7.1f} ms", flush=True)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Server-side render time of each page with {args.calls:,} calls in the workspace "
        f"on {db.engine.dialect.name} (spread over {args.days} days, plus 20 live calls and "
        "a second workspace of 2,000) "
        f"and {args.calls:,} webhook deliveries, "
        "measured in-process (request in, HTML out; no network), "
        f"{args.runs} requests per page after 2 warm-ups.",
        "",
        f"- Machine: {machine()}; load average {load:.1f} when the run ended",
        f"- Command: `PYTHONPATH=src python bench/dashboard.py --calls {args.calls} "
        f"--runs {args.runs}{' --postgres URL' if args.postgres else ''}`",
        f"- Seeding {args.calls:,} calls by bulk insert took {seeded:.1f} s.",
        "",
        "| page | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|",
        *[f"| {n} | {p50:.1f} | {p95:.1f} | {mx:.1f} |" for n, p50, p95, mx in results],
        "",
        "Budget: 300 ms per page. Calls are paged by keyset (cursor), so depth costs nothing;",
        "transcript search reads at most 5,000 calls per page and offers to continue.",
        "",
    ]
    section = "\n".join(lines)
    print()
    print(section)
    db.dispose()
    if drop is not None:
        drop()
    if not args.no_write:
        heading = "Dashboard" if not args.postgres else "Dashboard on PostgreSQL"
        write_section(heading, section)
        print("wrote docs/benchmarks.md")


if __name__ == "__main__":
    main()
