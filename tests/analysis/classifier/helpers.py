"""Shared builders for classifier tests."""

from __future__ import annotations

from typing import Any

from dispo.analysis.classifier import builtin_options
from dispo.analysis.classifier.base import (
    CallInput,
    LabelledExample,
    LabelSet,
    OutcomeOption,
    TranscriptMessage,
)

A = "agent"
U = "user"


def call(*turns: tuple[str, str], **kw: Any) -> CallInput:
    """A call from (role, text) pairs."""
    return CallInput(messages=[TranscriptMessage(r, t) for r, t in turns], **kw)


def labels(
    *custom: OutcomeOption,
    workspace: str = "ws",
    version: int = 1,
    examples: tuple[LabelledExample, ...] = (),
) -> LabelSet:
    """A label set with all built-ins plus the given custom outcomes."""
    return LabelSet(workspace, version, (*builtin_options(), *custom), examples)
