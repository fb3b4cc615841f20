from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dispo.cli import app
from dispo.core.database import Database


@pytest.fixture
def runner(db: Database, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("DISPO_DATABASE_URL", db.url)
    return CliRunner()


def test_workspace_create_prints_one_json_line_and_key_works(
    runner: CliRunner, app_factory: object
) -> None:
    result = runner.invoke(app, ["workspace", "create", "Acme Dental"])
    assert result.exit_code == 0, result.output
    line = result.output.strip().splitlines()[-1]
    created = json.loads(line)
    assert created["workspace_id"].startswith("ws_")
    assert created["api_key"].startswith("dsp_")
    client: TestClient = app_factory()  # type: ignore[operator]
    client.headers["Authorization"] = f"Bearer {created['api_key']}"
    assert client.get("/v1/calls").status_code == 200


def test_keys_create_and_revoke(runner: CliRunner, app_factory: object) -> None:
    created = json.loads(runner.invoke(app, ["workspace", "create", "W"]).output.splitlines()[-1])
    result = runner.invoke(app, ["keys", "create", "--workspace", created["workspace_id"]])
    assert result.exit_code == 0, result.output
    key = json.loads(result.output.splitlines()[-1])
    client: TestClient = app_factory()  # type: ignore[operator]
    headers = {"Authorization": f"Bearer {key['api_key']}"}
    assert client.get("/v1/calls", headers=headers).status_code == 200
    assert runner.invoke(app, ["keys", "revoke", key["key_id"]]).exit_code == 0
    assert client.get("/v1/calls", headers=headers).status_code == 401


def test_unknown_ids_exit_non_zero_with_message(runner: CliRunner) -> None:
    result = runner.invoke(app, ["keys", "create", "--workspace", "ws_nope"])
    assert result.exit_code != 0
    assert "no workspace" in result.output
    result = runner.invoke(app, ["keys", "revoke", "key_nope"])
    assert result.exit_code != 0
