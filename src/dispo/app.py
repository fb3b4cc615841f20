"""The ASGI application: routers, error handlers, limits and, optionally, a worker."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import text

from dispo.analysis.tasks import warm_up
from dispo.calls.routes import router as calls_router
from dispo.core.database import get_database
from dispo.core.errors import install_error_handlers
from dispo.core.middleware import BodySizeLimit, JSONBodies
from dispo.core.migrate import upgrade
from dispo.core.settings import get_settings
from dispo.jobs.worker import Worker
from dispo.outcomes.routes import router as outcomes_router
from dispo.web.routes import router as web_router
from dispo.webhooks.routes import router as webhooks_router


def build_worker() -> Worker:
    """The worker with every job kind, sized by the settings."""
    from dispo.analysis.service import JOB_KIND as ANALYSIS
    from dispo.webhooks import tasks as _webhook_tasks  # noqa: F401  (registers its handlers)
    from dispo.webhooks.events import CALL_ENDED_JOB
    from dispo.webhooks.service import DELIVER

    settings = get_settings()
    # Deliveries get their own pool: a hanging endpoint ties up delivery threads, never analyses.
    return Worker(
        get_database(),
        {
            (ANALYSIS,): settings.analysis_threads,
            # These threads claim and hand out deliveries; webhook_threads send them.
            (DELIVER,): 2,
            (CALL_ENDED_JOB,): 1,
        },
        batch_sizes={(DELIVER,): 64},
        lease_seconds=settings.job_lease_seconds,
        poll_seconds=settings.job_poll_seconds,
        retention_seconds=settings.job_retention_hours * 3600,
    )


def create_app(*, run_worker: bool = False, migrate: bool = True) -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if migrate:
            upgrade(get_database())
        worker = build_worker() if run_worker else None
        if worker is not None:
            worker.start()
            # The first analysis should not pay for loading the model.
            threading.Thread(target=warm_up, name="dispo-warm-up", daemon=True).start()
        try:
            yield
        finally:
            if worker is not None:
                worker.stop()

    app = FastAPI(
        title="dispo",
        version="0.1.0",
        summary="Call outcomes for AI voice agents",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.add_middleware(JSONBodies)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.include_router(calls_router)
    app.include_router(outcomes_router)
    app.include_router(web_router)
    app.include_router(webhooks_router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, str]:
        with get_database().read_sessions() as session:
            session.execute(text("SELECT 1"))
        return {"status": "ok"}

    return app
