from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from dispo.calls.models import Call
from dispo.core.database import Base


class WebSecret(Base):
    """A generated server secret, shared by every process that serves the dashboard."""

    __tablename__ = "web_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


# Covers the overview's per-day outcome counts, so they never touch the table rows.
OVERVIEW_INDEX = Index(
    "ix_calls_ws_created_outcome", Call.workspace_id, Call.created_at, Call.outcome, Call.status
)
