"""Shaping data for the templates: the chart, the conversation, formatting filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dispo.analysis.classifier.base import BUILTIN_OUTCOMES
from dispo.calls.models import CallMessage
from dispo.core.timeutil import isoformat

STATUSES = ("in_progress", "completed", "failed")
# Colours chosen for contrast on white and to stay apart for common colour blindness.
_BUILTIN_COLOURS = {
    BUILTIN_OUTCOMES["appointment_booked"]: "#1a7f37",
    BUILTIN_OUTCOMES["interested"]: "#0969da",
    BUILTIN_OUTCOMES["not_interested"]: "#cf222e",
    BUILTIN_OUTCOMES["voicemail"]: "#9a6700",
    BUILTIN_OUTCOMES["no_answer"]: "#57606a",
}
_CUSTOM_COLOURS = ("#8250df", "#bf3989", "#1b7c83", "#4b2ea3", "#0a7ea4", "#6639ba")
_NONE_COLOUR = "#afb8c1"


def colour(label: str | None) -> str:
    if label is None:
        return _NONE_COLOUR
    if label in _BUILTIN_COLOURS:
        return _BUILTIN_COLOURS[label]
    # Stable per label, so a custom outcome keeps its colour between pages and days.
    return _CUSTOM_COLOURS[sum(label.encode()) % len(_CUSTOM_COLOURS)]


def badge_class(label: str | None) -> str:
    keys = {v: k for k, v in BUILTIN_OUTCOMES.items()}
    if label is None:
        return "badge badge-none"
    return f"badge badge-{keys.get(label, 'custom')}"


def fmt_dt(value: datetime | None) -> str:
    return value.strftime("%b %d, %H:%M") if value else "—"


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def fmt_pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def fmt_label(value: str | None) -> str:
    return value if value is not None else "No outcome"


FILTERS: dict[str, Any] = {
    "dt": fmt_dt,
    "duration": fmt_duration,
    "pct": fmt_pct,
    "label": fmt_label,
    "iso": lambda v: isoformat(v) if v else "",
}
GLOBALS: dict[str, Any] = {"colour": colour, "badge_class": badge_class, "statuses": STATUSES}


@dataclass(frozen=True)
class Segment:
    label: str | None
    count: int
    y: float
    height: float
    colour: str


@dataclass(frozen=True)
class Bar:
    day: str
    x: float
    total: int
    segments: list[Segment]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bar_width: float
    bars: list[Bar]
    ticks: list[tuple[float, int]]
    labels: list[str | None]
    every: int  # label every n-th day on the x axis


def _nice_max(value: int) -> int:
    """The smallest round axis top, in four equal integer steps, at or above `value`."""
    magnitude = 1
    while True:
        for step in (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80):
            if step * magnitude * 4 >= value:
                return step * magnitude * 4
        magnitude *= 100


def chart(data: Any) -> Chart:
    """A stacked bar per day, in SVG user units; the template draws it."""
    width, height, left, bottom = 960, 280, 40, 24
    days = data.period.days
    labels = data.labels
    top = _nice_max(max((sum(d.values()) for d in data.per_day.values()), default=0))
    plot_w, plot_h = width - left - 8, height - bottom - 8
    slot = plot_w / max(len(days), 1)
    bar_w = max(min(slot * 0.7, 48), 1.5)
    bars = []
    for i, day in enumerate(days):
        counts = data.per_day.get(day, {})
        y = float(height - bottom)
        segments = []
        for label in labels:
            count = counts.get(label, 0)
            if not count:
                continue
            h = count / top * plot_h
            y -= h
            segments.append(Segment(label, count, round(y, 2), round(h, 2), colour(label)))
        x = left + i * slot + (slot - bar_w) / 2
        bars.append(Bar(day.isoformat(), round(x, 2), sum(counts.values()), segments))
    ticks = [(round(height - bottom - plot_h * f / 4, 2), top * f // 4) for f in range(5)]
    every = max(1, len(days) // 8)
    return Chart(width, height, round(bar_w, 2), bars, ticks, labels, every)


@dataclass(frozen=True)
class Turn:
    index: int
    role: str
    time: str
    parts: list[tuple[str, bool]]  # (text, is evidence)


def _highlight(content: str, quotes: list[str]) -> list[tuple[str, bool]]:
    spans: list[tuple[int, int]] = []
    folded = content.casefold()
    for quote in quotes:
        at = folded.find(quote.casefold().strip()) if quote.strip() else -1
        if at >= 0:
            spans.append((at, at + len(quote.strip())))
        elif quote.strip():
            spans.append((0, len(content)))  # the quote was paraphrased: mark the turn
    parts: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        if start > pos:
            parts.append((content[pos:start], False))
        parts.append((content[start:end], True))
        pos = end
    if pos < len(content):
        parts.append((content[pos:], False))
    return parts


def conversation(
    messages: Sequence[CallMessage],
    evidence: list[dict[str, Any]] | None,
    started_at: datetime | None = None,
) -> list[Turn]:
    """The transcript as turns, with the analysis evidence marked inside them."""
    quotes: dict[int, list[str]] = {}
    for item in evidence or []:
        index = item.get("message_index")
        if isinstance(index, int):
            quotes.setdefault(index, []).append(str(item.get("quote") or ""))
    turns = []
    for i, message in enumerate(messages):
        offset = message.start_seconds
        if offset is None and started_at is not None:
            # Turns appended live carry no offset; when they arrived is the next best thing.
            offset = max((message.created_at - started_at).total_seconds(), 0.0)
        stamp = "" if offset is None else fmt_duration(offset)
        turns.append(Turn(i, message.role, stamp, _highlight(message.content, quotes.get(i, []))))
    return turns
