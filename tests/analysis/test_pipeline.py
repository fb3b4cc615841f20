"""The post-call pipeline with the product's default backend, end to end through the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dispo.core.settings import get_settings
from dispo.jobs.worker import Worker
from tests.conftest import run_jobs


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "classifier", "embedded")


def test_default_backend_labels_a_stopped_call(
    api: TestClient, worker: Worker, embedded: None
) -> None:
    call = api.post(
        "/v1/calls",
        json={
            "messages": [
                {
                    "role": "agent",
                    "content": "Hi, this is Dana from Brightsmile Dental, calling about your check-up.",
                },
                {"role": "user", "content": "Oh yes, I was meaning to book one."},
                {"role": "agent", "content": "Would Friday at 10am work?"},
                {"role": "user", "content": "Friday at 10 is perfect, put me down."},
            ]
        },
    ).json()
    api.post(f"/v1/calls/{call['id']}/stop")
    run_jobs(worker)
    analysis = api.get(f"/v1/calls/{call['id']}").json()["analysis"]
    assert analysis["outcome"] == "Appointment Booked"
    assert analysis["backend"] == "embedded"
    assert analysis["summary"]
    assert analysis["evidence"], "the analysis should say which turns it relied on"


def test_default_backend_never_labels_a_silent_call(
    api: TestClient, worker: Worker, embedded: None
) -> None:
    call = api.post(
        "/v1/calls",
        json={
            "status": "completed",
            "duration_seconds": 8,
            "messages": [
                {
                    "role": "agent",
                    "content": "Hi! I'm calling to book your free product demo this Thursday at 2pm.",
                },
                {"role": "user", "content": "Hello."},
            ],
        },
    ).json()
    run_jobs(worker)
    analysis = api.get(f"/v1/calls/{call['id']}").json()["analysis"]
    assert analysis["outcome"] in (None, "Not Connected")
