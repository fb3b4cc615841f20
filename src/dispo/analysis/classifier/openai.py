"""Backend for any OpenAI-compatible chat endpoint, with structured output and a local fallback."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from dispo.analysis.classifier import rules
from dispo.analysis.classifier.base import (
    CallInput,
    Classification,
    Classifier,
    Evidence,
    LabelSet,
    OutcomeOption,
)

if TYPE_CHECKING:
    from dispo.analysis.classifier import OpenAISettings

BACKEND = "openai"
_RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
_MAX_BACKOFF_S = 8.0
_MAX_TRANSCRIPT_CHARS = 24_000  # keeps long calls inside small-context models

_GUIDELINES = """You label finished phone calls between an AI voice agent and a person.
Pick exactly one outcome from the allowed list, or null. Precedence, first rule that applies wins:
1. Telephony facts (already handled before you see the call).
2. A voicemail greeting heard -> Voicemail. Nobody spoke with substance -> Not Connected.
3. A custom outcome whose description the call clearly matches wins over any built-in (custom
   outcomes are the workspace's more specific words). If two custom outcomes match, pick the one
   that is a sub-case of the other.
4. Appointment Booked (the person agreed to a concrete day and/or time; a callback at a concrete
   time confirmed by the agent counts; a tentative booking counts; a booking cancelled later in
   the call does not), then Not Interested (explicit decline), then Interested (engaged
   positively without a time: price or details questions, send info, "call me next month",
   "let me talk to my partner"). The person's LAST clear stance decides.
5. Otherwise null: short exchanges with no stance, unrelated inbound requests, thin evidence.
Never choose Interested, Appointment Booked, Not Interested or a custom outcome when the person
said nothing of substance. Judge only what the person (role "user") said; the agent's words are
context. The summary is one or two sentences naming the deciding moment, grounded in the person's
words, never stating facts that are not in the call. Evidence lists the person's message indexes
with short exact quotes."""


def _label_lines(options: Sequence[OutcomeOption]) -> str:
    builtin_help = {
        "interested": "engaged positively but did not commit to a time",
        "not_interested": "explicitly declined",
        "appointment_booked": "agreed to a meeting or call at a concrete day and/or time",
        "voicemail": "reached a voicemail box or answering machine",
        "no_answer": "no two-way conversation with a person happened",
    }
    out = []
    for o in options:
        desc = o.description or (builtin_help.get(o.builtin_key or "", "") if o.is_builtin else "")
        kind = "built-in" if o.is_builtin else "custom"
        line = f"- {o.label!r} ({kind})" + (f": {desc}" if desc else "")
        if o.examples:
            line += " Examples: " + "; ".join(repr(e) for e in o.examples[:5])
        out.append(line)
    return "\n".join(out)


def _transcript(call: CallInput) -> str:
    lines = [f"[{i}] {m.role}: {' '.join(m.content.split())}" for i, m in enumerate(call.messages)]
    text = "\n".join(lines)
    if len(text) > _MAX_TRANSCRIPT_CHARS:
        # The last clear stance decides, so keep the end of long calls.
        text = "[...earlier messages omitted...]\n" + text[-_MAX_TRANSCRIPT_CHARS:]
    facts = [
        f"direction: {call.direction or 'unknown'}",
        f"duration_seconds: {call.duration_seconds if call.duration_seconds is not None else '?'}",
        f"end_reason: {call.end_reason or 'unknown'}",
    ]
    return "\n".join(facts) + "\n\nTranscript:\n" + text


def response_schema(labels: LabelSet) -> dict[str, Any]:
    """JSON schema that constrains the outcome to the active labels or null."""
    enum: list[str | None] = [o.label for o in labels.options]
    enum.append(None)
    return {
        "name": "call_outcome",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {
                "outcome": {"type": ["string", "null"], "enum": enum},
                "summary": {"type": "string"},
                "confidence": {"type": "number"},
                "evidence": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "message_index": {"type": "integer"},
                            "quote": {"type": "string"},
                        },
                        "required": ["message_index", "quote"],
                        "additionalProperties": False,
                    },
                },
            },
            "required": ["outcome", "summary", "confidence", "evidence"],
            "additionalProperties": False,
        },
    }


def build_request(model: str, call: CallInput, labels: LabelSet) -> dict[str, Any]:
    """The chat-completions request body for one call."""
    return {
        "model": model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": _GUIDELINES},
            {
                "role": "user",
                "content": "Allowed outcomes:\n"
                + _label_lines(labels.options)
                + "\n\n"
                + _transcript(call),
            },
        ],
        "response_format": {"type": "json_schema", "json_schema": response_schema(labels)},
    }


class EndpointError(RuntimeError):
    """The endpoint failed or answered something unusable."""


class OpenAIClassifier:
    """Classifies with a chat model; falls back to the embedded backend on any failure."""

    name = BACKEND

    def __init__(
        self,
        settings: OpenAISettings,
        fallback: Classifier | None = None,
        transport: httpx.BaseTransport | None = None,
        backoff_s: float = 0.5,
    ) -> None:
        self.settings = settings
        self._fallback = fallback
        self._fallback_lock = threading.Lock()
        self._backoff_s = backoff_s
        headers = {"Content-Type": "application/json"}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        self._client = httpx.Client(
            base_url=settings.base_url.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(settings.timeout),
            transport=transport,
        )

    @property
    def fallback(self) -> Classifier:
        """The local backend used when the endpoint fails (embedded, created lazily)."""
        if self._fallback is None:
            with self._fallback_lock:
                if self._fallback is None:
                    from dispo.analysis.classifier.embedded import EmbeddedClassifier

                    self._fallback = EmbeddedClassifier()
        return self._fallback

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def classify(self, call: CallInput, labels: LabelSet) -> Classification:
        """Classify one call with the chat model, or fall back with the reason recorded."""
        pre = rules.precheck(call, labels, backend=BACKEND)
        if pre is not None:
            return pre  # telephony facts and non-conversations never need a model
        try:
            data = self._post(build_request(self.settings.model, call, labels))
            return self._parse(data, call, labels)
        except EndpointError as exc:
            res = self.fallback.classify(call, labels)
            return Classification(
                outcome=res.outcome,
                summary=res.summary,
                confidence=res.confidence,
                backend=res.backend,
                model=res.model,
                evidence=res.evidence,
                fallback_reason=f"openai: {exc}",
            )

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        attempts = 1 + max(0, self.settings.max_retries)
        last = "no attempt made"
        for attempt in range(attempts):
            if attempt:
                delay = min(_MAX_BACKOFF_S, self._backoff_s * 2 ** (attempt - 1))
                time.sleep(delay * (0.5 + random.random() / 2))
            try:
                resp = self._client.post("/chat/completions", json=body)
            except httpx.TimeoutException:
                last = f"timed out after {self.settings.timeout:g}s"
                continue
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
                continue
            if resp.status_code in _RETRY_STATUS:
                last = f"HTTP {resp.status_code}"
                continue
            if resp.status_code >= 400:
                raise EndpointError(f"HTTP {resp.status_code}: {resp.text[:200]}")
            try:
                data = resp.json()
            except ValueError as exc:
                raise EndpointError("response is not JSON") from exc
            if not isinstance(data, dict):
                raise EndpointError("response is not a JSON object")
            return data
        raise EndpointError(f"{last} ({attempts} attempts)")

    def _parse(self, data: dict[str, Any], call: CallInput, labels: LabelSet) -> Classification:
        try:
            content = data["choices"][0]["message"]["content"]
            out = json.loads(content) if isinstance(content, str) else content
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise EndpointError("no JSON message content in response") from exc
        if not isinstance(out, dict) or "outcome" not in out:
            raise EndpointError("structured output lacks 'outcome'")
        outcome = out.get("outcome")
        allowed = {o.label for o in labels.options}
        if outcome is not None and outcome not in allowed:
            raise EndpointError(f"model chose {outcome!r}, which is not an active label")
        evidence = self._evidence(out.get("evidence"), call)
        non_substantive = {
            rules.builtin_label(labels, "voicemail"),
            rules.builtin_label(labels, "no_answer"),
        }
        # A substantive label needs something the person said; otherwise it is invented.
        if (
            outcome is not None
            and outcome not in non_substantive
            and not rules.substantive_turns(call.messages)
        ):
            raise EndpointError("model labelled a call in which the person said nothing")
        summary = out.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            summary = "The model gave no summary."
        conf = out.get("confidence")
        confidence = float(conf) if isinstance(conf, int | float) else 0.5
        return Classification(
            outcome=outcome,
            summary=summary.strip(),
            confidence=min(1.0, max(0.0, confidence)),
            backend=BACKEND,
            model=str(data.get("model") or self.settings.model),
            evidence=evidence,
        )

    @staticmethod
    def _evidence(raw: Any, call: CallInput) -> tuple[Evidence, ...]:
        if not isinstance(raw, list):
            return ()
        out: list[Evidence] = []
        for item in raw:
            if not isinstance(item, dict):
                continue
            idx = item.get("message_index")
            if not isinstance(idx, int) or not 0 <= idx < len(call.messages):
                continue  # drop evidence that points outside the call
            msg = call.messages[idx]
            if not rules.is_person(msg):
                continue
            quote = item.get("quote")
            text = quote if isinstance(quote, str) and quote.strip() else msg.content
            # Quotes must come from the message; replace paraphrases with the real words.
            if rules.normalize(text) not in rules.normalize(msg.content):
                text = msg.content
            out.append(Evidence(idx, rules.quote(text)))
        return tuple(out)
