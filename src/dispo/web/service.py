"""Dashboard-only queries: overview aggregates, bounded transcript search, counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    TextClause,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from dispo.analysis.classifier.base import BUILTIN_OUTCOMES
from dispo.calls import service as calls_service
from dispo.calls.models import Call, CallMessage
from dispo.calls.service import LIVE, CallFilters
from dispo.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent

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
# The overview reads one index range per day (SQLite: always; it stays under SQLite's limit of
# 500 arms). PostgreSQL plans hundreds of arms slowly, so past two months it groups one scan.
# Both were measured with bench/dashboard.py.
PER_DAY_ARMS_UP_TO = 62


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


def _overview_sql(days: int) -> TextClause:
    """One arm per day: an index range scan grouped on (outcome, status), no date arithmetic."""
    arm = (
        "SELECT {i} AS day, outcome, status, count(*) AS n FROM calls "
        "WHERE workspace_id = :ws AND created_at >= :t{i} AND created_at < :t{j} "
        "GROUP BY outcome, status"
    )
    statement = sql(" UNION ALL ".join(arm.format(i=i, j=i + 1) for i in range(days)))
    moment = Call.__table__.c.created_at.type
    return statement.bindparams(*(bindparam(f"t{i}", type_=moment) for i in range(days + 1)))


def _day(session: Session) -> ColumnElement[date]:
    # Days are UTC days on both backends.
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone(literal_column("'UTC'"), Call.created_at))
    return func.date(Call.created_at)


def _grouped_rows(session: Session, workspace_id: str, period: Period) -> list[Any]:
    """The same figures from one query grouped on the UTC day: better for long periods."""
    day = _day(session)
    rows = session.execute(
        select(day, Call.outcome, Call.status, func.count())
        .where(
            Call.workspace_id == workspace_id,
            Call.created_at >= period.start,
            Call.created_at < period.end,
        )
        .group_by(day, Call.outcome, Call.status)
    ).all()
    return list(rows)


def overview(session: Session, workspace_id: str, period: Period) -> Overview:
    """Calls per UTC day and outcome in the period, read from one covering index."""
    days = period.days
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres and len(days) > PER_DAY_ARMS_UP_TO:
        rows = _grouped_rows(session, workspace_id, period)
    else:
        bounds = {
            f"t{i}": datetime.combine(period.first_day + timedelta(days=i), time(), UTC)
            for i in range(len(days) + 1)
        }
        rows = [
            (days[index], outcome, status, count)
            for index, outcome, status, count in session.execute(
                _overview_sql(len(days)), {"ws": workspace_id, **bounds}
            )
        ]
    result = Overview(period)
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
    created, call_id = calls_service.decode_cursor(cursor)
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
    query: Select[Any] = calls_service.filtered_calls(session, workspace_id, filters)
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
    # The window first, then its matches: given one statement, PostgreSQL's planner prefers
    # scanning every message in the database to probing the window's calls.
    window = session.execute(
        _newest_first(query.with_only_columns(Call.id, Call.created_at)).limit(SEARCH_WINDOW)
    ).all()
    ids = [row.id for row in window]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    matched = _matching(session, ids, f"%{escaped}%") if ids else set()
    hits = [call_id for call_id in ids if call_id in matched][: limit + 1]
    by_id = {c.id: c for c in calls_by_id(session, None, hits)}
    rows = [by_id[call_id] for call_id in hits if call_id in by_id]
    if len(rows) > limit:
        rows = rows[:limit]
        return CallsPage(rows, calls_service.encode_cursor(rows[-1]))
    if len(window) < SEARCH_WINDOW:
        return CallsPage(rows, None)
    # Fewer matches than a page: go on after the window's last call.
    last = window[-1]
    return CallsPage(rows, _cursor(last.created_at, last.id), partial=True)


# PostgreSQL: a LATERAL probe per call, which its planner cannot turn into a scan of the whole
# call_messages table (what it picks for a plain IN or EXISTS, thinking ILIKE matches little).
_MATCHING_PG = sql(
    r"""
    SELECT w.id FROM unnest(CAST(:ids AS varchar[])) AS w(id)
    CROSS JOIN LATERAL (
        SELECT 1 FROM call_messages m
        WHERE m.call_id = w.id AND m.content ILIKE :pattern ESCAPE '\'
        LIMIT 1
    ) AS hit
    """
)


def _matching(session: Session, ids: list[str], pattern: str) -> set[str]:
    """Which of these calls have a message matching the LIKE pattern, ignoring case."""
    if session.get_bind().dialect.name == "postgresql":
        return set(session.scalars(_MATCHING_PG, {"ids": ids, "pattern": pattern}))
    found = session.scalars(
        select(CallMessage.call_id)
        .where(CallMessage.call_id.in_(ids), CallMessage.content.ilike(pattern, escape="\\"))
        .distinct()
    )
    return set(found)


def _cursor(created_at: datetime, call_id: str) -> str:
    return calls_service.encode_cursor(Call(created_at=created_at, id=call_id))


def calls_by_id(session: Session, workspace_id: str | None, ids: Sequence[str]) -> list[Call]:
    """Calls by id, of this workspace (None: ids already known to be the workspace's)."""
    if not ids:
        return []
    # By primary key alone: with the workspace in the WHERE, SQLite may pick a workspace index
    # and scan every call; the workspace is checked on the few rows found instead.
    rows = session.scalars(select(Call).where(Call.id.in_(ids)))
    return [c for c in rows if workspace_id is None or c.workspace_id == workspace_id]


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


# A loose index scan over (workspace_id, agent_id): one index probe per distinct agent, where
# SELECT DISTINCT would read every call of the workspace (neither backend skip-scans here).
_AGENTS = sql(
    """
    WITH RECURSIVE a(agent, n) AS (
        SELECT min(agent_id), 1 FROM calls WHERE workspace_id = :ws
        UNION ALL
        SELECT (SELECT min(agent_id) FROM calls WHERE workspace_id = :ws AND agent_id > a.agent),
               a.n + 1
        FROM a WHERE a.agent IS NOT NULL AND a.n < :cap
    )
    SELECT agent FROM a WHERE agent IS NOT NULL
    """
)


def agents(session: Session, workspace_id: str, cap: int = 200) -> list[str]:
    """The workspace's agent ids, sorted, at most `cap` of them."""
    return list(session.scalars(_AGENTS, {"ws": workspace_id, "cap": cap}))


# --- webhooks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EndpointHealth:
    last_success: datetime | None
    last_attempt: datetime | None
    last_status_code: int | None


def endpoint_health(session: Session, endpoint_ids: Sequence[str]) -> dict[str, EndpointHealth]:
    """Last success and last attempt per endpoint, each found from the newest deliveries back."""
    health: dict[str, EndpointHealth] = {}
    for endpoint_id in endpoint_ids:
        newest = (
            select(WebhookDelivery)
            .where(WebhookDelivery.endpoint_id == endpoint_id, WebhookDelivery.attempt_count > 0)
            .order_by(WebhookDelivery.created_at.desc())
            .limit(1)
        )
        last = session.scalar(newest)
        success = session.scalar(
            select(WebhookDelivery.updated_at)
            .where(
                WebhookDelivery.endpoint_id == endpoint_id,
                WebhookDelivery.status == "succeeded",
            )
            .order_by(WebhookDelivery.created_at.desc())
            .limit(1)
        )
        health[endpoint_id] = EndpointHealth(
            last_success=success,
            last_attempt=last.updated_at if last else None,
            last_status_code=last.last_status_code if last else None,
        )
    return health


@dataclass(frozen=True)
class CallDelivery:
    id: str
    endpoint_id: str | None
    endpoint_name: str | None
    url: str | None
    event_type: str
    status: str
    attempt_count: int
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    updated_at: datetime


def call_deliveries(session: Session, workspace_id: str, call_id: str) -> list[CallDelivery]:
    """Every webhook delivery of one call's events, newest first."""
    rows = session.execute(
        select(WebhookDelivery, WebhookEvent.type, WebhookEndpoint.name)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .outerjoin(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .where(WebhookEvent.call_id == call_id, WebhookEvent.workspace_id == workspace_id)
        .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
        .limit(200)
    ).all()
    return [
        CallDelivery(
            d.id,
            d.endpoint_id,
            name,
            d.url,
            event_type,
            d.status,
            d.attempt_count,
            d.last_status_code,
            d.last_error,
            d.created_at,
            d.updated_at,
        )
        for d, event_type, name in rows
    ]
