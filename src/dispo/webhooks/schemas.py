from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dispo.core.validation import SafeStr
from dispo.webhooks.urls import WebhookUrl

EventType = Literal["call.started", "call.ended", "call.analyzed", "call.outcome_updated"]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
TEST_EVENT = "webhook.test"

Name = Annotated[SafeStr, Field(min_length=1, max_length=200)]
Events = Annotated[list[EventType], Field(min_length=1, max_length=len(EVENT_TYPES))]


def _unique(events: list[str] | None) -> list[str] | None:
    return None if events is None else list(dict.fromkeys(events))


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: Name
    url: WebhookUrl
    events: Events

    _dedupe = field_validator("events")(_unique)


class WebhookUpdate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: Name | None = None
    url: WebhookUrl | None = None
    events: Events | None = None
    # Setting it true re-enables an endpoint the sender disabled, and clears disabled_reason.
    is_active: bool | None = None

    _dedupe = field_validator("events")(_unique)


class WebhookOut(BaseModel):
    id: str
    name: str
    url: str
    events: list[str]
    is_active: bool
    disabled_reason: str | None
    disabled_at: datetime | None
    created_at: datetime
    updated_at: datetime


class WebhookWithSecret(WebhookOut):
    """Returned on creation and rotation only: the one time the full secret is shown."""

    secret: str


class WebhookList(BaseModel):
    items: list[WebhookOut]


class SecretOut(BaseModel):
    secret: str
    previous_secret_expires_at: datetime | None


class AttemptOut(BaseModel):
    attempted_at: datetime
    status_code: int | None
    latency_ms: int
    response_body: str | None
    error: str | None


class DeliveryOut(BaseModel):
    id: str
    event_id: str
    event_type: str
    status: Literal["pending", "succeeded", "failed", "skipped"]
    attempt_count: int
    next_attempt_at: datetime | None
    attempts: list[AttemptOut]
    created_at: datetime


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    limit: int
    offset: int
