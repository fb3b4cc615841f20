"""The contract between the post-call pipeline and every classifier backend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

# Built-in outcomes: API key -> label stored on calls. Order is the spec's `builtin` list.
BUILTIN_OUTCOMES: dict[str, str] = {
    "interested": "Interested",
    "not_interested": "Not Interested",
    "appointment_booked": "Appointment Booked",
    "voicemail": "Voicemail",
    "no_answer": "Not Connected",
}


@dataclass(frozen=True)
class TranscriptMessage:
    role: str  # "agent" | "user" | "system" | "tool"
    content: str
    start_seconds: float | None = None


@dataclass(frozen=True)
class CallInput:
    """What a classifier may read of a finished call."""

    messages: Sequence[TranscriptMessage]
    direction: str | None = None
    duration_seconds: float | None = None
    end_reason: str | None = None
    voicemail_detected: bool | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OutcomeOption:
    """One label the classifier may assign: a built-in or an active custom outcome."""

    label: str
    description: str | None = None
    builtin_key: str | None = None  # set for built-ins only
    examples: tuple[str, ...] = ()  # example phrases given by the workspace

    @property
    def is_builtin(self) -> bool:
        return self.builtin_key is not None


@dataclass(frozen=True)
class LabelledExample:
    """A workspace's own labelled call (from a manual override), used to learn its labels."""

    label: str
    text: str


@dataclass(frozen=True)
class LabelSet:
    """Everything a workspace lets the classifier choose from, at one version."""

    workspace_id: str
    version: int
    options: Sequence[OutcomeOption]
    examples: Sequence[LabelledExample] = ()


@dataclass(frozen=True)
class Evidence:
    message_index: int
    quote: str


@dataclass(frozen=True)
class Classification:
    outcome: str | None  # a label from the LabelSet, or None
    summary: str
    confidence: float  # 0..1
    backend: str
    model: str | None = None
    evidence: tuple[Evidence, ...] = ()
    fallback_reason: str | None = None  # set when a backend fell back to another


class Classifier(Protocol):
    name: str

    def classify(self, call: CallInput, labels: LabelSet) -> Classification: ...
