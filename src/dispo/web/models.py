from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from dispo.core.database import Base


class WebSecret(Base):
    """A generated server secret, shared by every process that serves the dashboard."""

    __tablename__ = "web_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
