"""Outcome classifier backends and the factory the service uses to get one."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from dispo.analysis.classifier.base import (
    BUILTIN_OUTCOMES,
    CallInput,
    Classification,
    Classifier,
    Evidence,
    LabelledExample,
    LabelSet,
    OutcomeOption,
    TranscriptMessage,
)

__all__ = [
    "BACKENDS",
    "BUILTIN_OUTCOMES",
    "CallInput",
    "Classification",
    "Classifier",
    "Evidence",
    "LabelSet",
    "LabelledExample",
    "OpenAISettings",
    "OutcomeOption",
    "TranscriptMessage",
    "builtin_options",
    "get_classifier",
]

BACKENDS = ("rules", "embedded", "openai")


@dataclass(frozen=True)
class OpenAISettings:
    """Connection settings for an OpenAI-compatible chat endpoint."""

    base_url: str = "https://api.openai.com/v1"
    model: str = "gpt-4o-mini"
    api_key: str | None = None
    timeout: float = 20.0
    max_retries: int = 2

    @classmethod
    def from_env(cls) -> OpenAISettings:
        """Read DISPO_OPENAI_* environment variables, keeping defaults for unset ones."""
        d = cls()
        timeout = os.environ.get("DISPO_OPENAI_TIMEOUT")
        return cls(
            base_url=os.environ.get("DISPO_OPENAI_BASE_URL") or d.base_url,
            model=os.environ.get("DISPO_OPENAI_MODEL") or d.model,
            api_key=os.environ.get("DISPO_OPENAI_API_KEY") or None,
            timeout=float(timeout) if timeout else d.timeout,
        )


def builtin_options() -> tuple[OutcomeOption, ...]:
    """The five built-in outcomes as options, for callers without a workspace label set."""
    return tuple(OutcomeOption(label=v, builtin_key=k) for k, v in BUILTIN_OUTCOMES.items())


_lock = threading.Lock()
_cache: dict[tuple[str, OpenAISettings | None], Classifier] = {}


def get_classifier(name: str, openai_settings: OpenAISettings | None = None) -> Classifier:
    """Return a cached classifier backend by name ("rules", "embedded" or "openai")."""
    key_name = name.strip().lower()
    if key_name not in BACKENDS:
        raise ValueError(f"unknown classifier backend {name!r}; choose one of {BACKENDS}")
    settings = None
    if key_name == "openai":
        settings = openai_settings or OpenAISettings.from_env()
    key = (key_name, settings)
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        clf: Classifier
        if key_name == "rules":
            from dispo.analysis.classifier.rules import RulesClassifier

            clf = RulesClassifier()
        elif key_name == "embedded":
            from dispo.analysis.classifier.embedded import EmbeddedClassifier

            clf = EmbeddedClassifier()
        else:
            from dispo.analysis.classifier.openai import OpenAIClassifier

            assert settings is not None
            clf = OpenAIClassifier(settings)
        _cache[key] = clf
        return clf
