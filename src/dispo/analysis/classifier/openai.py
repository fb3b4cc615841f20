"""OpenAI-compatible backend (placeholder: delegates to embedded until implemented)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dispo.analysis.classifier.base import CallInput, Classification, LabelSet
from dispo.analysis.classifier.embedded import EmbeddedClassifier

if TYPE_CHECKING:
    from dispo.analysis.classifier import OpenAISettings


class OpenAIClassifier:
    """Chat-model backend; falls back to the embedded backend."""

    name = "openai"

    def __init__(self, settings: OpenAISettings) -> None:
        self.settings = settings
        self._fallback = EmbeddedClassifier()

    def classify(self, call: CallInput, labels: LabelSet) -> Classification:
        """Classify one call."""
        res = self._fallback.classify(call, labels)
        return replace(res, fallback_reason="openai backend not implemented yet")
