"""Dashboard queries: overview figures, bounded transcript search, outcome counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from bench.seed import seed_calls
from sqlalchemy.orm import Session

from dispo.calls.service import CallFilters
from dispo.core.database import Database
from dispo.web import service
from dispo.workspaces import service as workspaces


@pytest.fixture
def workspace_id(db: Database) -> str:
    with db.transaction() as s:
        ws = workspaces.create_workspace(s, "web")
    seed_calls(db, ws.id, 300, days=10, live=3, seed=5)
    return ws.id


def test_overview_adds_up(session: Session, workspace_id: str) -> None:
    today = date.today()
    period = service.make_period("30d", None, None, today)
    data = service.overview(session, workspace_id, period)
    assert data.total == 303 and data.live == 3 and data.ended == 300
    assert sum(data.by_outcome.values()) == 300
    assert sum(sum(d.values()) for d in data.per_day.values()) == 300
    missed = data.by_outcome.get("Not Connected", 0) + data.by_outcome.get("Voicemail", 0)
    assert data.connect_rate == pytest.approx((300 - missed) / 300)
    assert data.labels[-1] is None and data.labels[0] == "Interested"


def test_periods() -> None:
    today = date(2026, 3, 10)
    assert service.make_period("today", None, None, today).days == [today]
    assert len(service.make_period("7d", None, None, today).days) == 7
    custom = service.make_period("custom", "2026-03-09", "2026-03-01", today)
    assert (custom.first_day, custom.last_day) == (date(2026, 3, 1), date(2026, 3, 9))
    huge = service.make_period("custom", "1990-01-01", "2026-03-10", today)
    assert huge.last_day - huge.first_day == timedelta(days=service.MAX_PERIOD_DAYS - 1)
    assert service.make_period("bogus", None, None, today).key == "7d"


def test_search_is_bounded_and_continues(
    session: Session, workspace_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "SEARCH_WINDOW", 40)
    seen: list[str] = []
    cursor = None
    for _ in range(20):
        page = service.find_calls(
            session, workspace_id, CallFilters(), text="BUDGET", cursor=cursor, limit=10
        )
        seen += [c.id for c in page.calls]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    expected = service.find_calls(
        session, workspace_id, CallFilters(outcome="Hot Lead"), text=None, cursor=None, limit=300
    )
    assert sorted(seen) == sorted(c.id for c in expected.calls)
    assert len(seen) == len(set(seen))


def test_search_escapes_wildcards(session: Session, workspace_id: str) -> None:
    page = service.find_calls(
        session, workspace_id, CallFilters(), text="%_", cursor=None, limit=10
    )
    assert page.calls == []


def test_outcome_counts_leave_out_live_calls(session: Session, workspace_id: str) -> None:
    counts = service.outcome_counts(session, workspace_id)
    assert sum(counts.values()) == 300


def test_long_and_short_periods_agree(
    session: Session, workspace_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "PER_DAY_ARMS_UP_TO", 62)
    today = date.today()
    short = service.overview(session, workspace_id, service.make_period("30d", None, None, today))
    first = (today - timedelta(days=200)).isoformat()
    long = service.make_period("custom", first, today.isoformat(), today)
    assert len(long.days) > service.PER_DAY_ARMS_UP_TO
    year = service.overview(session, workspace_id, long)
    assert (year.total, year.live, year.by_outcome) == (short.total, short.live, short.by_outcome)
    assert {d: c for d, c in year.per_day.items() if c} == short.per_day
    grouped = service._grouped_rows(session, workspace_id, long)
    assert sum(count for *_, count in grouped) == year.total
