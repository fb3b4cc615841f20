"""Embedding-based classifier (placeholder: delegates to the rules until the model lands)."""

from __future__ import annotations

from dataclasses import replace

from dispo.analysis.classifier.base import CallInput, Classification, LabelSet
from dispo.analysis.classifier.rules import RulesClassifier


class EmbeddedClassifier:
    """Default backend; temporarily the rules so the service can integrate."""

    name = "embedded"

    def __init__(self) -> None:
        self._rules = RulesClassifier()

    def classify(self, call: CallInput, labels: LabelSet) -> Classification:
        """Classify one call."""
        return replace(self._rules.classify(call, labels), backend=self.name)
