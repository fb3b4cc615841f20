"""Dashboard-only queries: overview aggregates, bounded transcript search, counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from dispo.analysis.classifier.base import BUILTIN_OUTCOMES
from dispo.calls import service as calls_service
from dispo.calls.models import Call, CallMessage
from dispo.calls.service import LIVE, CallFilters

NOT_CONNECTED = BUILTIN_OUTCOMES["no_answer"]
VOICEMAIL = BUILTIN_OUTCOMES["voicemail"]
BOOKED = BUILTIN_OUTCOMES["appointment_booked"]
INTERESTED = BUILTIN_OUTCOMES["interested"]
# Outcome filter values the dashboard adds to the API's: calls with no outcome, and calls
# where a person was reached (the connect rate's numerator).
NO_OUTCOME = "none"
CONNECTED = "connected"
# A transcript search reads at most this many calls per page, so its cost is bounded at any
# workspace size; the page offers to continue with older calls.
SEARCH_WINDOW = 5000
PERIODS = {"today": 1, "7d": 7, "30d": 30}
MAX_PERIOD_DAYS = 366


@dataclass(frozen=True)
class Period:
    key: str
    first_day: date
    last_day: date

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first_day, time(), UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last_day + timedelta(days=1), time(), UTC)

    @property
    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=i) for i in range(count)]


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def make_period(key: str, first: str | None, last: str | None, today: date) -> Period:
    """A named period ending today, or a custom one (clamped to a year, order fixed)."""
    if key == "custom":
        start, end = parse_day(first) or today - timedelta(days=6), parse_day(last) or today
        if end < start:
            start, end = end, start
        start = max(start, end - timedelta(days=MAX_PERIOD_DAYS - 1))
        return Period("custom", start, end)
    days = PERIODS.get(key, 7)
    return Period(key if key in PERIODS else "7d", today - timedelta(days=days - 1), today)


@dataclass
class Overview:
    period: Period
    total: int = 0
    live: int = 0
    by_outcome: dict[str | None, int] = field(default_factory=dict)
    per_day: dict[date, dict[str | None, int]] = field(default_factory=dict)

    @property
    def ended(self) -> int:
        return self.total - self.live

    def _rate(self, count: int) -> float | None:
        return count / self.ended if self.ended else None

    @property
    def connect_rate(self) -> float | None:
        missed = self.by_outcome.get(NOT_CONNECTED, 0) + self.by_outcome.get(VOICEMAIL, 0)
        return self._rate(self.ended - missed)

    @property
    def booking_rate(self) -> float | None:
        return self._rate(self.by_outcome.get(BOOKED, 0))

    @property
    def interest_rate(self) -> float | None:
        return self._rate(self.by_outcome.get(INTERESTED, 0))

    @property
    def no_outcome_rate(self) -> float | None:
        return self._rate(self.by_outcome.get(None, 0))

    @property
    def labels(self) -> list[str | None]:
        """Outcomes seen in the period: built-ins first, then custom ones, then none."""
        builtin = [label for label in BUILTIN_OUTCOMES.values() if label in self.by_outcome]
        custom = sorted(k for k in self.by_outcome if k is not None and k not in builtin)
        return [*builtin, *custom, *([None] if None in self.by_outcome else [])]


def _day(session: Session) -> ColumnElement[date]:
    # Days are UTC days on both backends.
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone(literal_column("'UTC'"), Call.created_at))
    return func.date(Call.created_at)


def overview(session: Session, workspace_id: str, period: Period) -> Overview:
    """Calls per UTC day and outcome in the period: one grouped, index-backed query."""
    result = Overview(period)
    rows = session.execute(
        select(_day(session), Call.outcome, Call.status, func.count())
        .where(
            Call.workspace_id == workspace_id,
            Call.created_at >= period.start,
            Call.created_at < period.end,
        )
        .group_by(_day(session), Call.outcome, Call.status)
    ).all()
    per_day: dict[date, dict[str | None, int]] = defaultdict(dict)
    for day, outcome, status, count in rows:
        result.total += count
        if status == LIVE:
            result.live += count
            continue
        result.by_outcome[outcome] = result.by_outcome.get(outcome, 0) + count
        bucket = per_day[date.fromisoformat(str(day)[:10])]
        bucket[outcome] = bucket.get(outcome, 0) + count
    result.per_day = dict(per_day)
    return result


def _after(cursor: str | None) -> ColumnElement[bool] | None:
    if not cursor:
        return None
    created, call_id = calls_service._decode_cursor(cursor)
    return or_(Call.created_at < created, and_(Call.created_at == created, Call.id < call_id))


_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])


def _newest_first(query: _Q) -> _Q:
    return query.order_by(Call.created_at.desc(), Call.id.desc())


@dataclass(frozen=True)
class CallsPage:
    calls: list[Call]
    next_cursor: str | None
    # True when a search stopped at its window rather than at the last match.
    partial: bool = False


def find_calls(
    session: Session,
    workspace_id: str,
    filters: CallFilters,
    *,
    text: str | None,
    cursor: str | None,
    limit: int,
) -> CallsPage:
    """Keyset-paged calls, newest first, with the dashboard's extra filters."""
    connected = (filters.outcome or "").strip().lower() == CONNECTED
    if not text and not connected:
        rows, next_cursor = calls_service.list_calls_after(
            session, workspace_id, filters, limit, cursor
        )
        return CallsPage(rows, next_cursor)
    if connected:
        filters = CallFilters(
            filters.status, None, filters.agent_id, filters.created_after, filters.created_before
        )
    query: Select[Any] = calls_service._filtered(session, workspace_id, filters)
    if connected:
        query = query.where(
            Call.status != LIVE,
            or_(Call.outcome.is_(None), Call.outcome.not_in([NOT_CONNECTED, VOICEMAIL])),
        )
    after = _after(cursor)
    if after is not None:
        query = query.where(after)
    if not text:
        rows = list(session.scalars(_newest_first(query).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        return CallsPage(rows, calls_service.encode_cursor(rows[-1]) if more else None)
    return _search(session, query, text, limit)


def _search(session: Session, query: Select[Any], text: str, limit: int) -> CallsPage:
    """Match transcripts within the next SEARCH_WINDOW calls only: bounded work per page."""
    window = (
        _newest_first(query.with_only_columns(Call.id, Call.created_at))
        .limit(SEARCH_WINDOW)
        .subquery()
    )
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    matches = exists().where(
        CallMessage.call_id == Call.id,
        CallMessage.content.ilike(f"%{escaped}%", escape="\\"),
    )
    rows = list(
        session.scalars(
            _newest_first(select(Call).join(window, window.c.id == Call.id).where(matches)).limit(
                limit + 1
            )
        )
    )
    if len(rows) > limit:
        rows = rows[:limit]
        return CallsPage(rows, calls_service.encode_cursor(rows[-1]))
    # Fewer matches than a page: continue after the window's last call, if it was full.
    last = session.scalar(_newest_first(query).offset(SEARCH_WINDOW - 1).limit(1))
    if last is None:
        return CallsPage(rows, None)
    return CallsPage(rows, calls_service.encode_cursor(last), partial=True)


def calls_by_id(session: Session, workspace_id: str, ids: Sequence[str]) -> list[Call]:
    if not ids:
        return []
    # By primary key alone: with the workspace in the WHERE, SQLite may pick a workspace index
    # and scan every call; the workspace is checked on the few rows found instead.
    rows = session.scalars(select(Call).where(Call.id.in_(ids)))
    return [c for c in rows if c.workspace_id == workspace_id]


def newer_calls(session: Session, workspace_id: str, since: datetime, cap: int = 99) -> int:
    """How many calls arrived after `since`, counted up to `cap`."""
    inner = (
        select(Call.id)
        .where(Call.workspace_id == workspace_id, Call.created_at > since)
        .limit(cap + 1)
        .subquery()
    )
    return session.scalar(select(func.count()).select_from(inner)) or 0


def outcome_counts(session: Session, workspace_id: str) -> dict[str | None, int]:
    """Calls per stored outcome label, across the workspace (ended calls)."""
    # Grouping on (workspace, outcome) alone reads one covering index; live calls have no
    # outcome, so they are taken back out of the None count by a small indexed count.
    rows = session.execute(
        select(Call.outcome, func.count())
        .where(Call.workspace_id == workspace_id)
        .group_by(Call.outcome)
    ).all()
    counts: dict[str | None, int] = {outcome: count for outcome, count in rows}
    live = session.scalar(
        select(func.count()).where(Call.workspace_id == workspace_id, Call.status == LIVE)
    )
    if None in counts:
        counts[None] -= live or 0
    return counts


def agents(session: Session, workspace_id: str, cap: int = 200) -> list[str]:
    return list(
        session.scalars(
            select(Call.agent_id)
            .where(Call.workspace_id == workspace_id, Call.agent_id.is_not(None))
            .distinct()
            .order_by(Call.agent_id)
            .limit(cap)
        )
    )
