"""The `dispo` command: serve, worker, migrate, workspaces and keys."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlalchemy import select

from dispo.analysis.cli import app as classifier_app
from dispo.core.database import get_database
from dispo.core.errors import AppError
from dispo.core.logging import configure_logging
from dispo.core.migrate import upgrade
from dispo.core.settings import get_settings
from dispo.workspaces import service as workspaces
from dispo.workspaces.models import Workspace

app = typer.Typer(help="dispo: call outcomes for AI voice agents.", no_args_is_help=True)
workspace_app = typer.Typer(help="Manage workspaces.", no_args_is_help=True)
keys_app = typer.Typer(help="Manage API keys.", no_args_is_help=True)
app.add_typer(workspace_app, name="workspace")
app.add_typer(keys_app, name="keys")
# `dispo eval` and `dispo classify` are the classifier's own commands, at the top level.
app.registered_commands.extend(classifier_app.registered_commands)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Show a domain error as one line and exit 1, not as a traceback."""
    try:
        yield
    except AppError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None


def _setup() -> None:
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    upgrade(get_database())


def _ensure_demo_workspace() -> None:
    """On an empty database, make a demo workspace so the first curl works."""
    db = get_database()
    with db.transaction() as session:
        if session.scalar(select(Workspace.id).limit(1)) is not None:
            return
        workspace = workspaces.create_workspace(session, "Demo")
        key = workspaces.create_key(session, workspace.id, "demo")
    typer.echo(
        "\n  Demo workspace created.\n"
        f"  workspace_id: {key.workspace_id}\n"
        f"  api_key:      {key.secret}\n"
        "  (shown once; make more with `dispo keys create --workspace ID`)\n"
    )


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind.")] = 8000,
    workers: Annotated[int, typer.Option(help="API processes.")] = 1,
    no_worker: Annotated[
        bool, typer.Option("--no-worker", help="Run no in-process job worker.")
    ] = False,
) -> None:
    """Run the API with an in-process worker (the embedded default is this one command)."""
    import uvicorn

    _setup()
    _ensure_demo_workspace()
    settings = get_settings()
    factory = "dispo.asgi:app_without_worker" if no_worker else "dispo.asgi:app"
    uvicorn.run(
        factory,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        access_log=False,
    )


@app.command()
def worker() -> None:
    """Run a standalone job worker (several may share one PostgreSQL)."""
    from dispo.analysis.tasks import warm_up
    from dispo.app import build_worker

    _setup()
    job_worker = build_worker()
    job_worker.start()
    warm_up()

    def _stop(_signum: int, _frame: object) -> None:
        job_worker.stop()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    job_worker.wait()


@app.command()
def migrate() -> None:
    """Apply database migrations."""
    _setup()
    typer.echo("database is up to date")


@workspace_app.command("create")
def workspace_create(name: str) -> None:
    """Create a workspace and its first API key; prints one JSON line."""
    _setup()
    with get_database().transaction() as session:
        workspace = workspaces.create_workspace(session, name)
        key = workspaces.create_key(session, workspace.id, "default")
    typer.echo(
        json.dumps({"workspace_id": workspace.id, "api_key": key.secret, "key_id": key.key_id})
    )


@keys_app.command("create")
def keys_create(
    workspace: Annotated[str, typer.Option("--workspace", help="Workspace id.")],
    name: Annotated[str | None, typer.Option(help="A name to recognise the key by.")] = None,
) -> None:
    """Create an API key; prints one JSON line (the key is shown only here)."""
    _setup()
    with _user_errors(), get_database().transaction() as session:
        key = workspaces.create_key(session, workspace, name)
    typer.echo(
        json.dumps({"workspace_id": key.workspace_id, "api_key": key.secret, "key_id": key.key_id})
    )


@keys_app.command("revoke")
def keys_revoke(key_id: str) -> None:
    """Revoke an API key at once."""
    _setup()
    with _user_errors(), get_database().transaction() as session:
        key = workspaces.revoke_key(session, key_id)
    typer.echo(json.dumps({"key_id": key.id, "revoked": True}))


if __name__ == "__main__":
    app()
