"""Every table, imported in one place for Alembic and the tests."""

from dispo.calls.models import Call, CallMessage
from dispo.core.database import Base
from dispo.core.idempotency import IdempotencyKey
from dispo.jobs.models import Job
from dispo.outcomes.models import CustomOutcome, OutcomeExample
from dispo.web.models import WebSecret
from dispo.webhooks.models import (
    CallUrlSecret,
    DeliveryAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from dispo.workspaces.models import ApiKey, Workspace

__all__ = [
    "ApiKey",
    "Base",
    "Call",
    "CallMessage",
    "CallUrlSecret",
    "CustomOutcome",
    "DeliveryAttempt",
    "IdempotencyKey",
    "Job",
    "OutcomeExample",
    "WebSecret",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
    "Workspace",
]
