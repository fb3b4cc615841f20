from __future__ import annotations

import pytest

from dispo.webhooks import tasks


@pytest.fixture(autouse=True)
def synchronous_deliveries(monkeypatch: pytest.MonkeyPatch) -> None:
    """`run_jobs` returns once each batch's sends are recorded (a hang still gives up at 5 s)."""
    monkeypatch.setattr(tasks, "BATCH_WAIT", 5.0)
