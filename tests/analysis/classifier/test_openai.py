"""OpenAI-compatible backend against a real local HTTP server (no network)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from dispo.analysis.classifier import OpenAISettings, get_classifier
from dispo.analysis.classifier.base import CallInput, Classification, LabelSet, OutcomeOption
from dispo.analysis.classifier.openai import OpenAIClassifier

from .helpers import A, U, call, labels

Behaviour = Callable[[dict[str, Any], int], tuple[int, dict[str, Any] | str, float]]


class FakeEndpoint:
    """A chat-completions server whose answers a test scripts per request."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.behaviour: Behaviour = lambda body, n: (200, _answer("Interested"), 0.0)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                fake.requests.append(body)
                fake.headers.append(dict(self.headers))
                status, payload, delay = fake.behaviour(body, len(fake.requests))
                if delay:
                    time.sleep(delay)
                data = payload if isinstance(payload, str) else json.dumps(payload)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data.encode())
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _answer(outcome: str | None, index: int = 1, quote: str = "how much is it") -> dict[str, Any]:
    content = {
        "outcome": outcome,
        "summary": "The person asked about the price.",
        "confidence": 0.9,
        "evidence": [{"message_index": index, "quote": quote}],
    }
    return {"model": "fake-model", "choices": [{"message": {"content": json.dumps(content)}}]}


class StubFallback:
    """Stands in for the embedded backend so fallback tests stay fast and explicit."""

    name = "embedded"

    def classify(self, call: CallInput, labels: LabelSet) -> Classification:
        return Classification(outcome=None, summary="fallback", confidence=0.5, backend="embedded")


@pytest.fixture
def fake() -> Iterator[FakeEndpoint]:
    f = FakeEndpoint()
    yield f
    f.close()


def _clf(fake: FakeEndpoint, timeout: float = 2.0, retries: int = 2) -> OpenAIClassifier:
    settings = OpenAISettings(
        base_url=fake.url,
        model="fake-model",
        api_key="sk-test",
        timeout=timeout,
        max_retries=retries,
    )
    return OpenAIClassifier(settings, fallback=StubFallback(), backoff_s=0.01)


PRICE_CALL = call((A, "Hi, it's Sam from Acme."), (U, "Okay, how much is it?"))


def test_sends_json_schema_enum_of_active_labels(fake: FakeEndpoint) -> None:
    hot = OutcomeOption("Hot Lead", "Wants to buy now.")
    res = _clf(fake).classify(PRICE_CALL, labels(hot))
    assert res.outcome == "Interested"
    assert res.backend == "openai" and res.model == "fake-model"
    assert res.fallback_reason is None
    assert res.evidence[0].message_index == 1
    body = fake.requests[0]
    assert body["model"] == "fake-model"
    rf = body["response_format"]
    assert rf["type"] == "json_schema"
    enum = rf["json_schema"]["schema"]["properties"]["outcome"]["enum"]
    assert set(enum) == {
        "Interested",
        "Not Interested",
        "Appointment Booked",
        "Voicemail",
        "Not Connected",
        "Hot Lead",
        None,
    }
    assert fake.headers[0]["Authorization"] == "Bearer sk-test"
    assert "how much is it" in body["messages"][1]["content"]


def test_retries_then_succeeds(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (
        (500, {"error": "boom"}, 0.0) if n < 3 else (200, _answer("Interested"), 0.0)
    )
    res = _clf(fake).classify(PRICE_CALL, labels())
    assert res.outcome == "Interested" and res.fallback_reason is None
    assert len(fake.requests) == 3


def test_falls_back_on_persistent_500(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (500, {"error": "boom"}, 0.0)
    res = _clf(fake, retries=2).classify(PRICE_CALL, labels())
    assert res.backend == "embedded"
    assert res.fallback_reason is not None and "HTTP 500" in res.fallback_reason
    assert len(fake.requests) == 3


def test_falls_back_on_timeout(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (200, _answer("Interested"), 1.0)
    t0 = time.perf_counter()
    res = _clf(fake, timeout=0.2, retries=1).classify(PRICE_CALL, labels())
    assert res.fallback_reason is not None and "timed out" in res.fallback_reason
    assert time.perf_counter() - t0 < 3.0


def test_falls_back_on_label_outside_the_set(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (200, _answer("Super Lead"), 0.0)
    res = _clf(fake).classify(PRICE_CALL, labels())
    assert res.fallback_reason is not None and "not an active label" in res.fallback_reason


def test_no_retry_on_client_error(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (401, {"error": "bad key"}, 0.0)
    res = _clf(fake).classify(PRICE_CALL, labels())
    assert res.fallback_reason is not None and "HTTP 401" in res.fallback_reason
    assert len(fake.requests) == 1


def test_telephony_facts_skip_the_model(fake: FakeEndpoint) -> None:
    res = _clf(fake).classify(call(end_reason="busy"), labels())
    assert res.outcome == "Not Connected"
    assert fake.requests == []


def test_paraphrased_quotes_are_replaced_by_the_real_words(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (200, _answer("Interested", 1, "asked for pricing"), 0.0)
    res = _clf(fake).classify(PRICE_CALL, labels())
    assert res.evidence[0].quote == "Okay, how much is it?"


def test_real_fallback_is_the_embedded_backend(fake: FakeEndpoint) -> None:
    fake.behaviour = lambda body, n: (503, {"error": "down"}, 0.0)
    settings = OpenAISettings(base_url=fake.url, model="m", timeout=1.0, max_retries=0)
    res = OpenAIClassifier(settings).classify(PRICE_CALL, labels())
    assert res.backend == "embedded" and res.outcome == "Interested"
    assert res.fallback_reason is not None and "HTTP 503" in res.fallback_reason


def test_factory_reads_env(monkeypatch: pytest.MonkeyPatch, fake: FakeEndpoint) -> None:
    monkeypatch.setenv("DISPO_OPENAI_BASE_URL", fake.url)
    monkeypatch.setenv("DISPO_OPENAI_MODEL", "env-model")
    monkeypatch.setenv("DISPO_OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("DISPO_OPENAI_TIMEOUT", "3.5")
    s = OpenAISettings.from_env()
    assert (s.base_url, s.model, s.api_key, s.timeout) == (fake.url, "env-model", "sk-env", 3.5)
    clf = get_classifier("openai")
    assert isinstance(clf, OpenAIClassifier) and clf.settings == s
    assert get_classifier("openai") is clf
    explicit = OpenAISettings(base_url=fake.url, model="other")
    assert get_classifier("openai", explicit) is not clf


def test_factory_rejects_unknown_backend() -> None:
    with pytest.raises(ValueError, match="unknown classifier backend"):
        get_classifier("gpt-magic")
