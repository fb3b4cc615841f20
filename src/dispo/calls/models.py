from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dispo.core.database import Base, JSONType
from dispo.core.timeutil import utcnow


class Call(Base):
    __tablename__ = "calls"
    __table_args__ = (
        Index("ix_calls_ws_created", "workspace_id", "created_at", "id"),
        Index("ix_calls_ws_outcome_created", "workspace_id", "outcome", "created_at"),
        Index("ix_calls_ws_status_created", "workspace_id", "status", "created_at"),
        Index("ix_calls_ws_agent_created", "workspace_id", "agent_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(20))
    from_number: Mapped[str | None] = mapped_column(String(64))
    to_number: Mapped[str | None] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(200))
    started_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    duration_seconds: Mapped[float | None] = mapped_column(Float)
    end_reason: Mapped[str | None] = mapped_column(String(64))
    voicemail_detected: Mapped[bool | None] = mapped_column()
    recording_url: Mapped[str | None] = mapped_column(Text)
    webhook_url: Mapped[str | None] = mapped_column(Text)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    # The analysis, flat on the row so a GET is one read.
    outcome: Mapped[str | None] = mapped_column(String(100))
    outcome_source: Mapped[str | None] = mapped_column(String(10))
    summary: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    analyzed_at: Mapped[datetime | None] = mapped_column()
    # pending (queued), completed, failed; null while the call is live.
    analysis_status: Mapped[str | None] = mapped_column(String(20))
    analysis_backend: Mapped[str | None] = mapped_column(String(40))
    analysis_model: Mapped[str | None] = mapped_column(String(200))
    analysis_evidence: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONType)
    analysis_label_set_version: Mapped[int | None] = mapped_column(Integer)
    analysis_error: Mapped[str | None] = mapped_column(Text)

    messages: Mapped[list[CallMessage]] = relationship(
        order_by="CallMessage.seq", lazy="raise", cascade="all, delete-orphan"
    )


class CallMessage(Base):
    __tablename__ = "call_messages"
    __table_args__ = (Index("ix_call_messages_call_seq", "call_id", "seq", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    start_seconds: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
