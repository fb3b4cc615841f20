"""The analysis job: read, classify outside any transaction, write with the job's completion."""

from __future__ import annotations

import structlog

from dispo.analysis import service
from dispo.analysis.classifier import get_classifier
from dispo.core.database import Database
from dispo.core.settings import get_settings
from dispo.jobs import service as jobs
from dispo.jobs.service import ClaimedJob
from dispo.jobs.worker import handler

log = structlog.get_logger(__name__)


@handler(service.JOB_KIND)
def run_analysis(db: Database, job: ClaimedJob) -> None:
    call_id = str(job.payload["call_id"])
    workspace_id = str(job.workspace_id)
    with db.read_sessions() as session:
        snap = service.snapshot(session, workspace_id, call_id)
    if snap is None:
        return  # the call was deleted: nothing to analyse
    try:
        result = get_classifier(get_settings().classifier).classify(snap.call, snap.labels)
    except Exception as exc:
        if job.attempts >= job.max_attempts:
            with db.transaction() as session:
                service.mark_failed(session, workspace_id, call_id, f"{type(exc).__name__}: {exc}")
        raise
    with db.transaction() as session:
        service.apply(session, snap, result, force=bool(job.payload.get("force")))
        jobs.complete(session, job)


def warm_up() -> None:
    """Load the configured classifier (model weights, built-in label embeddings) ahead of use."""
    from dispo.analysis.classifier import builtin_options
    from dispo.analysis.classifier.base import CallInput, LabelSet, TranscriptMessage

    call = CallInput(messages=[TranscriptMessage("user", "Hello, yes, send me the details.")])
    try:
        get_classifier(get_settings().classifier).classify(
            call, LabelSet("warm-up", 0, builtin_options())
        )
    except Exception:
        log.warning("classifier_warm_up_failed", exc_info=True)
