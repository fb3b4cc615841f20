from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    FiniteFloat,
    model_validator,
)

from dispo.core.validation import Metadata, SafeStr
from dispo.webhooks.urls import WebhookUrl

MAX_MESSAGES_PER_REQUEST = 2000
MAX_MESSAGES_PER_CALL = 5000
MAX_MESSAGE_CHARS = 20_000

ROLE_ALIASES = {
    "assistant": "agent",
    "bot": "agent",
    "ai": "agent",
    "human": "user",
    "customer": "user",
    "caller": "user",
}


def _role(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip().lower()
        return ROLE_ALIASES.get(value, value)
    return value


def _aware(value: datetime) -> datetime:
    # A timestamp without an offset is taken as UTC, like most telephony exports.
    try:
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:
        value = datetime.max.replace(tzinfo=UTC)
    # Bounded so that adding a duration can never overflow.
    if not 1970 <= value.year <= 2200:
        raise ValueError("must be between the years 1970 and 2200")
    return value


def _http_url(value: str) -> str:
    if not value.lower().startswith(("http://", "https://")) or len(value) < 10:
        raise ValueError("must be an http(s) URL")
    return value


Role = Annotated[Literal["agent", "user", "system", "tool"], BeforeValidator(_role)]
Timestamp = Annotated[datetime, AfterValidator(_aware)]
Url = Annotated[Annotated[SafeStr, Field(max_length=2048)], AfterValidator(_http_url)]
Seconds = Annotated[FiniteFloat, Field(ge=0, le=7 * 86400)]


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Role
    content: Annotated[SafeStr, Field(max_length=MAX_MESSAGE_CHARS)]
    start_seconds: Seconds | None = None


class CallCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    direction: Literal["inbound", "outbound"] = "outbound"
    from_number: Annotated[SafeStr, Field(max_length=64)] | None = None
    to_number: Annotated[SafeStr, Field(max_length=64)] | None = None
    agent_id: Annotated[SafeStr, Field(max_length=200)] | None = None
    metadata: Metadata = {}
    messages: Annotated[list[MessageIn], Field(max_length=MAX_MESSAGES_PER_REQUEST)] = []
    status: Literal["in_progress", "completed", "failed"] = "in_progress"
    started_at: Timestamp | None = None
    ended_at: Timestamp | None = None
    duration_seconds: Seconds | None = None
    end_reason: Annotated[SafeStr, Field(max_length=64)] | None = None
    voicemail_detected: bool | None = None
    recording_url: Url | None = None
    webhook_url: WebhookUrl | None = None

    @model_validator(mode="after")
    def _consistent(self) -> CallCreate:
        if self.status == "in_progress" and (self.ended_at or self.end_reason):
            raise ValueError("ended_at and end_reason need status 'completed' or 'failed'")
        if self.started_at and self.ended_at and self.ended_at < self.started_at:
            raise ValueError("ended_at must not be before started_at")
        return self


class MessagesAppend(BaseModel):
    """One turn, or several as {"messages": [...]}."""

    model_config = ConfigDict(extra="ignore")

    messages: Annotated[list[MessageIn], Field(min_length=1, max_length=MAX_MESSAGES_PER_REQUEST)]

    @model_validator(mode="before")
    @classmethod
    def _single(cls, data: Any) -> Any:
        if isinstance(data, dict) and "messages" not in data and "role" in data:
            return {"messages": [data]}
        return data


class CallStop(BaseModel):
    model_config = ConfigDict(extra="ignore")

    end_reason: Annotated[SafeStr, Field(max_length=64)] | None = None


class CallUpdate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    outcome: Annotated[SafeStr, Field(max_length=100)] | None = None
    # Merged into the call's metadata; a key set to null is removed.
    metadata: Metadata | None = None


class AnalyzeOne(BaseModel):
    model_config = ConfigDict(extra="ignore")

    force: bool = False


class AnalyzeMany(BaseModel):
    model_config = ConfigDict(extra="ignore")

    outcome: Annotated[SafeStr, Field(max_length=100)] | None = None
    created_after: Timestamp | None = None
    created_before: Timestamp | None = None
    limit: Annotated[int, Field(ge=1, le=10_000)] = 1000
    force: bool = False


class MessageOut(BaseModel):
    role: str
    content: str
    start_seconds: float | None


class EvidenceOut(BaseModel):
    message_index: int
    quote: str


class AnalysisOut(BaseModel):
    outcome: str | None
    summary: str | None
    outcome_source: Literal["auto", "manual"] | None
    confidence: float | None
    analyzed_at: datetime | None
    status: str | None
    backend: str | None
    model: str | None
    evidence: list[EvidenceOut]
    label_set_version: int | None
    error: str | None


class CallOut(BaseModel):
    id: str
    status: str
    direction: str
    from_number: str | None
    to_number: str | None
    agent_id: str | None
    started_at: datetime | None
    ended_at: datetime | None
    duration_seconds: float | None
    end_reason: str | None
    voicemail_detected: bool | None
    recording_url: str | None
    metadata: dict[str, Any]
    messages: list[MessageOut] | None = None
    message_count: int
    analysis: AnalysisOut
    created_at: datetime
    updated_at: datetime


class CallPage(BaseModel):
    items: list[CallOut]
    total: int
    limit: int
    offset: int


class CallCursorPage(BaseModel):
    items: list[CallOut]
    next_cursor: str | None
    has_more: bool


class AnalyzeManyOut(BaseModel):
    queued: int
