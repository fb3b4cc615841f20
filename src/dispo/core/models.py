"""Every table, imported in one place for Alembic and the tests."""

from dispo.calls.models import Call, CallMessage
from dispo.core.database import Base
from dispo.jobs.models import Job
from dispo.outcomes.models import CustomOutcome, OutcomeExample
from dispo.web.models import WebSecret
from dispo.workspaces.models import ApiKey, Workspace

__all__ = [
    "ApiKey",
    "Base",
    "Call",
    "CallMessage",
    "CustomOutcome",
    "Job",
    "OutcomeExample",
    "WebSecret",
    "Workspace",
]
