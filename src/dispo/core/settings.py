"""Process-wide settings, read from DISPO_* environment variables."""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DISPO_", extra="ignore")

    database_url: str = "sqlite:///dispo.sqlite3"
    # Connections per process; 0 picks a default for the backend (4 for SQLite, 10 for PG).
    db_pool_size: int = 0
    db_pool_timeout: float = 30.0
    # Largest request body accepted; a 10 MB transcript is refused with 413 before parsing.
    max_body_bytes: int = 2 * 1024 * 1024
    classifier: str = "embedded"
    # DISPO_OPENAI_* are read by the openai backend itself (see analysis/classifier).

    # Job queue: how long a claimed job stays locked before another worker may take it over.
    job_lease_seconds: float = 60.0
    job_poll_seconds: float = 0.2
    analysis_threads: int = 2
    job_retention_hours: float = 168.0

    webhook_retry_schedule: str = "5,300,1800,7200,18000,36000,36000"
    webhook_timeout: float = 15.0
    webhook_allow_private: bool = False
    webhook_threads: int = 16

    # Signs dashboard session cookies; generated and kept in the database when unset.
    secret_key: str | None = None

    log_level: str = "INFO"
    log_json: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()
