"""Hooks the call life cycle calls, in its own transaction, to emit webhook events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from dispo.calls.models import Call


def call_started(session: Session, call: Call) -> None:
    """A call was created."""


def call_ended(session: Session, call: Call) -> None:
    """A call ended; its analysis is queued in the same transaction."""


def call_analyzed(session: Session, call: Call, *, first: bool) -> None:
    """An analysis was written (first is True for the call's first one)."""


def call_analysis_failed(session: Session, call: Call) -> None:
    """The analysis ran out of attempts."""


def call_outcome_updated(session: Session, call: Call) -> None:
    """A person set or cleared the outcome."""
