"""End-to-end: the real service in a subprocess, driven by headless Chromium via Playwright.

Needs Debian's `chromium` (at /usr/bin/chromium, or DISPO_CHROMIUM) and the `playwright`
Python package; without them these tests skip, unless DISPO_REQUIRE_BROWSER=1.
DISPO_SCREENSHOTS=1 writes the page screenshots into docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from bench._harness import free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("DISPO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


def _require_browser() -> None:
    reason = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "the playwright Python package is not installed (pip install playwright)"
    if reason is None and not os.path.exists(CHROMIUM):
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if reason:
        if os.environ.get("DISPO_REQUIRE_BROWSER") == "1":
            pytest.fail(f"DISPO_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


def _turns(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [
        {"role": role, "content": text, "start_seconds": 4.0 * i}
        for i, (role, text) in enumerate(pairs)
    ]


SEED_CALLS: list[dict[str, Any]] = [
    {
        "agent_id": "sales-outbound",
        "to_number": "+15550102001",
        "recording_url": "https://recordings.example.com/demo.mp3",
        "messages": _turns(
            ("agent", "Hi, this is Sam from Acme Solar. Do you have a minute?"),
            ("user", "Sure, what is this about?"),
            ("agent", "We'd like to show you how much you could save. Could we book a demo?"),
            ("user", "Yes, Thursday at 2pm works for me."),
            ("agent", "Great, you're booked for Thursday at 2pm."),
        ),
    },
    {
        "agent_id": "sales-outbound",
        "to_number": "+15550102002",
        "messages": _turns(
            ("agent", "Hello, this is Alex with Northwind Energy."),
            ("user", "Not interested, take me off your list."),
        ),
    },
    {
        "agent_id": "clinic-reception",
        "to_number": "+15550102003",
        "messages": _turns(
            ("agent", "Hi, I'm calling from Brightside Dental about your check-up."),
            ("user", "How much does a cleaning cost? Can you email me the prices?"),
            ("agent", "Of course, I'll send them today."),
        ),
    },
    {
        "agent_id": "collections",
        "to_number": "+15550102004",
        "voicemail_detected": True,
        "messages": _turns(("user", "You've reached Dana, please leave a message.")),
    },
    {"agent_id": "collections", "to_number": "+15550102005", "end_reason": "no_answer"},
]


@dataclass
class Server:
    url: str
    api_key: str
    workspace_id: str
    database_url: str
    process: subprocess.Popen[bytes]

    def api(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {self.api_key}"}, timeout=10
        )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`dispo serve` on a fresh SQLite database, with seeded, analysed calls."""
    _require_browser()
    tmp = tmp_path_factory.mktemp("e2e")
    database_url = f"sqlite:///{tmp / 'dispo.sqlite3'}"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "DISPO_DATABASE_URL": database_url,
        "DISPO_CLASSIFIER": "rules",
        "DISPO_LOG_LEVEL": "WARNING",
        "DISPO_WEBHOOK_ALLOW_PRIVATE": "1",
    }
    env.pop("DISPO_SECRET_KEY", None)  # the generated, persisted secret is part of the test
    created = subprocess.run(
        [sys.executable, "-m", "dispo.cli", "workspace", "create", "Acme Solar"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    workspace = json.loads(created.stdout.strip().splitlines()[-1])
    port = free_port()
    log = (tmp / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "dispo.cli", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    srv = Server(url, workspace["api_key"], workspace["workspace_id"], database_url, process)
    try:
        _wait_healthy(srv, tmp / "server.log")
        _seed(srv)
        yield srv
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _wait_healthy(srv: Server, log: Path) -> None:
    try:
        wait_healthy(srv.url, srv.process, 40.0, log)
    except RuntimeError as exc:
        pytest.fail(str(exc))


def _seed(srv: Server) -> None:
    """Calls through the real API (analysed by the worker), plus a fortnight of history."""
    sys.path.insert(0, str(ROOT))
    from bench.seed import seed_calls

    from dispo.core.database import Database

    with srv.api() as api:
        api.post(
            "/v1/workspace/call-outcomes",
            json={"label": "Hot Lead", "description": "Has budget this quarter."},
        ).raise_for_status()
        db = Database(srv.database_url)
        try:
            seed_calls(db, srv.workspace_id, 900, days=30, seed=11)
        finally:
            db.dispose()
        for body in SEED_CALLS:
            api.post(
                "/v1/calls",
                json={
                    "status": "completed",
                    "duration_seconds": 4.0 * len(body.get("messages", [])) + 3,
                    **body,
                },
            ).raise_for_status()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pending = api.get("/v1/calls/cursor", params={"limit": 10}).json()["items"]
            if all(c["analysis"]["status"] == "completed" for c in pending):
                return
            time.sleep(0.3)
    pytest.fail("the seeded calls were not analysed in time")


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Any]:
    """A signed-in page at desktop width."""
    context = browser.new_context(viewport=DESKTOP, base_url=server.url)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    sign_in(tab, server.api_key)
    yield tab
    context.close()


def sign_in(tab: Any, api_key: str) -> None:
    tab.goto("/login")
    tab.get_by_label("API key").fill(api_key)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(re.compile(r"/$"))


def shot(tab: Any, name: str, *, full_page: bool = True) -> None:
    """Keep a screenshot: in docs/screenshots with DISPO_SCREENSHOTS=1, else nowhere."""
    if os.environ.get("DISPO_SCREENSHOTS") != "1":
        return
    target = ROOT / "docs" / "screenshots" / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(target), full_page=full_page)


def test_sign_in_rejects_a_wrong_key_then_signs_in_and_out(browser: Any, server: Server) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport=DESKTOP, base_url=server.url)
    tab = context.new_page()
    tab.goto("/calls")
    expect(tab).to_have_url(re.compile(r"/login\?next=(%2F|/)calls$"))
    tab.get_by_label("API key").fill("dsp_not_a_real_key")
    tab.get_by_role("button", name="Sign in").click()
    expect(tab.get_by_role("alert")).to_contain_text("not valid")
    assert _axe_violations(tab) == []
    shot(tab, "sign-in")
    tab.get_by_label("API key").fill(server.api_key)
    tab.get_by_label("API key").press("Enter")  # the keyboard alone signs in
    expect(tab).to_have_url(re.compile(r"/calls$"))
    tab.keyboard.press("Tab")
    expect(tab.get_by_role("link", name="Skip to content")).to_be_focused()
    cookie = next(c for c in context.cookies() if c["name"] == "dispo_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert server.api_key not in cookie["value"]
    tab.get_by_role("button", name="Sign out").click()
    expect(tab).to_have_url(re.compile(r"/login$"))
    tab.goto("/")
    expect(tab).to_have_url(re.compile(r"/login"))
    context.close()


def test_overview_shows_rates_and_chart(page: Any) -> None:
    from playwright.sync_api import expect

    page.get_by_text("30 days").click()
    expect(page).to_have_url(re.compile(r"period=30d"))
    expect(page.get_by_role("img", name=re.compile("Outcomes per day"))).to_be_visible()
    expect(page.get_by_text("connect rate")).to_be_visible()
    shot(page, "overview")
    page.get_by_role("link", name=re.compile("booking rate")).click()
    expect(page).to_have_url(re.compile(r"/calls\?outcome=Appointment"))
    badges = page.locator("table.calls tbody td[data-th=Outcome] .badge")
    expect(badges.first).to_have_text("Appointment Booked")


def test_calls_filter_by_outcome_and_search(page: Any) -> None:
    from playwright.sync_api import expect

    page.get_by_role("link", name="Calls", exact=True).click()
    rows = page.locator("table.calls tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() == 50  # one page of the seeded calls
    expect(page.get_by_text("Thursday at 2pm").first).to_be_visible()
    shot(page, "calls")
    page.get_by_label("Outcome").select_option("Not Interested")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"outcome=Not\+Interested"))
    outcomes = page.locator("table.calls tbody td[data-th=Outcome] .badge").all_inner_texts()
    assert outcomes and set(outcomes) == {"Not Interested"}
    page.get_by_role("link", name="Clear").click()
    page.get_by_label("Search transcripts").fill("not interested, take me")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("table.calls tbody tr")).to_have_count(1)


def test_open_a_call_and_override_its_outcome(page: Any, server: Server) -> None:
    from playwright.sync_api import expect

    page.goto("/calls?q=Thursday+at+2pm&agent=sales-outbound")
    page.locator("table.calls tbody tr a.rowlink").first.click()
    expect(page.get_by_role("heading", name="Transcript")).to_be_visible()
    call_id = page.url.rsplit("/", 1)[-1]
    expect(page.locator("#current-outcome")).to_have_text("Appointment Booked")
    expect(page.locator(".turn-user mark").first).to_be_visible()
    expect(page.locator("audio")).to_have_attribute("src", re.compile("demo.mp3"))
    shot(page, "call-detail")
    page.get_by_label("Change outcome").select_option("Hot Lead")
    page.get_by_role("button", name="Save outcome").click()
    expect(page.get_by_role("status")).to_contain_text("Outcome set to Hot Lead")
    expect(page.locator("#current-outcome")).to_have_text("Hot Lead")
    page.goto("/calls?outcome=Hot+Lead")
    expect(page.locator(f'tr[data-id="{call_id}"] .badge')).to_have_text("Hot Lead")
    with server.api() as api:
        analysis = api.get(f"/v1/calls/{call_id}").json()["analysis"]
    assert analysis["outcome"] == "Hot Lead" and analysis["outcome_source"] == "manual"
    # Re-running the analysis puts the classifier's answer back.
    page.goto(f"/calls/{call_id}")
    page.get_by_role("button", name="Re-run analysis").click()
    expect(page.locator("#current-outcome")).to_have_text("Appointment Booked")


def test_create_and_deactivate_a_custom_outcome(page: Any) -> None:
    from playwright.sync_api import expect

    page.get_by_role("link", name="Outcomes").click()
    page.locator("#new-label").fill("Budget Holder")
    page.locator("#new-description").fill("The person controls the budget for the purchase.")
    page.get_by_role("button", name="Create outcome").click()
    expect(page.get_by_role("status")).to_contain_text("Created the outcome Budget Holder")
    item = page.locator("li.custom", has_text="Budget Holder")
    item.get_by_text("Edit Budget Holder").click()
    item.get_by_label("Add a phrase").fill("I sign off on this budget")
    item.get_by_role("button", name="Add").click()
    expect(page.get_by_text("“I sign off on this budget”")).to_be_attached()
    page.get_by_role("button", name="Deactivate Budget Holder").click()
    expect(page.get_by_role("button", name="Reactivate Budget Holder")).to_be_visible()
    shot(page, "outcomes")
    page.goto("/calls")
    options = page.get_by_label("Outcome").locator("option").all_inner_texts()
    assert "Budget Holder" in options  # inactive labels stay filterable
    page.goto(page.locator("table.calls a.rowlink").first.get_attribute("href"))
    choices = page.get_by_label("Change outcome").locator("option").all_inner_texts()
    assert "Budget Holder" not in choices  # but cannot be assigned


def test_add_a_webhook_send_a_test_and_resend_it(page: Any, server: Server) -> None:
    from playwright.sync_api import expect

    from tests.webhooks.receiver import Reply, receiving

    # The receiver fails the first request, so the delivery needs the resend.
    with receiving([Reply(status=500)], default=Reply(status=200)) as receiver:
        page.get_by_role("link", name="Webhooks").click()
        page.get_by_label("Name").fill("CRM sync")
        page.get_by_label("URL").fill(receiver.url)
        page.get_by_label("call.outcome_updated").check()
        page.get_by_role("button", name="Add endpoint").click()
        expect(page.get_by_role("status")).to_contain_text("Added CRM sync")
        page.get_by_role("button", name="Send test event").click()
        expect(page.get_by_role("status")).to_contain_text("test event")
        receiver.wait_for(1)
        row = page.locator("table.deliveries tbody tr").first
        for _ in range(40):  # the worker records the attempt just after the request
            page.reload()
            if "500" in row.inner_text():
                break
            time.sleep(0.25)
        expect(row).to_contain_text("500")
        expect(page.locator(".badge", has_text="failing")).to_be_visible()
        row.get_by_role("button", name=re.compile("Resend")).click()
        expect(page.get_by_role("status")).to_contain_text("sent again")
        receiver.wait_for(2)
        for _ in range(40):
            page.reload()
            if "succeeded" in row.inner_text():
                break
            time.sleep(0.25)
        expect(row.locator(".badge")).to_have_text("succeeded")
        expect(page.locator(".badge", has_text="healthy")).to_be_visible()
        page.get_by_role("button", name="Rotate secret").click()
        expect(page.get_by_role("status")).to_contain_text("New signing secret")
        page.get_by_role("button", name="Show signing secret").click()
        expect(page.locator("#secret")).to_contain_text("whsec_")
        shot(page, "webhook")
        page.get_by_role("link", name="All webhooks").click()
        shot(page, "webhooks")

        # A person's override is an event too: it shows among the call's deliveries.
        page.goto("/calls?q=email+me+the+prices")
        page.locator("table.calls a.rowlink").first.click()
        page.get_by_label("Change outcome").select_option("Not Interested")
        page.get_by_role("button", name="Save outcome").click()
        deliveries = page.locator("table.deliveries")
        for _ in range(40):
            if deliveries.count() and "call.outcome_updated" in deliveries.inner_text():
                break
            time.sleep(0.25)
            page.reload()
        expect(deliveries).to_contain_text("call.outcome_updated")
        expect(deliveries).to_contain_text("CRM sync")


def test_live_rows_update_without_reload(page: Any, server: Server) -> None:
    from playwright.sync_api import expect

    with server.api() as api:
        live = api.post(
            "/v1/calls",
            json={"agent_id": "sales-outbound", "messages": _turns(("agent", "Hello?"))},
        ).json()["id"]
        page.goto("/calls")
        row = page.locator(f'tr[data-id="{live}"]')
        expect(row.locator(".badge-live")).to_be_visible()
        api.post(
            f"/v1/calls/{live}/messages",
            json={"role": "user", "content": "Not interested, don't call again."},
        ).raise_for_status()
        api.post(f"/v1/calls/{live}/stop").raise_for_status()
    expect(row.locator(".badge")).to_have_text("Not Interested", timeout=15_000)


def test_phone_width_screenshots(browser: Any, server: Server) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport=PHONE, base_url=server.url, is_mobile=True)
    tab = context.new_page()
    sign_in(tab, server.api_key)
    expect(tab.get_by_text("connect rate")).to_be_visible()
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the overview scrolls sideways on a phone"
    shot(tab, "overview-phone")
    tab.goto("/calls")
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(tab, "calls-phone", full_page=False)
    tab.goto("/calls?q=Thursday+at+2pm&agent=sales-outbound")
    tab.locator("table.calls a.rowlink").first.click()
    expect(tab.get_by_role("heading", name="Transcript")).to_be_visible()
    shot(tab, "call-detail-phone")
    context.close()


def _axe_violations(tab: Any) -> list[str]:
    """Every axe-core violation on the page, whatever its impact."""
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    results = axe_module.Axe().run(tab)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
        for v in results.response["violations"]
    ]


def test_pages_pass_axe_accessibility_checks(page: Any, server: Server) -> None:
    """axe-core (labels, names, contrast, landmarks) finds no violation on any page."""
    page.goto("/calls")
    call_href = page.locator("table.calls a.rowlink").first.get_attribute("href")
    problems: dict[str, list[str]] = {}
    page.goto("/webhooks")
    webhook_links = page.locator("table.webhooks a.rowlink")
    webhook_href = webhook_links.first.get_attribute("href") if webhook_links.count() else None
    paths = ["/", "/calls", call_href, "/outcomes", "/webhooks", webhook_href]
    for path in [p for p in paths if p]:
        page.goto(path)
        found = _axe_violations(page)
        if found:
            problems[path] = found
    assert not problems, problems
