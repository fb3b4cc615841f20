"""Command line for evaluating and trying classifier backends (mounted as `dispo eval/classify`)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dispo.analysis.classifier import BACKENDS, get_classifier
from dispo.analysis.classifier.base import CallInput, LabelSet
from dispo.analysis.evaluation import (
    EvalFileError,
    evaluate,
    format_report,
    load_eval,
    parse_line,
)

app = typer.Typer(help="Call outcome classifier tools.", no_args_is_help=True)

BackendOpt = Annotated[str, typer.Option("--backend", "-b", help=f"One of {', '.join(BACKENDS)}")]


def _check_backend(name: str) -> None:
    if name not in BACKENDS:
        typer.echo(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}", err=True)
        raise typer.Exit(2)


@app.command("eval")
def eval_cmd(
    file: Annotated[Path, typer.Argument(help="Eval set, one JSON record per line.")],
    backend: BackendOpt = "embedded",
    show_errors: Annotated[int, typer.Option(help="List this many misclassified calls.")] = 0,
) -> None:
    """Evaluate a backend on a labelled JSONL file and print the report."""
    _check_backend(backend)
    try:
        cases = load_eval(file)
    except EvalFileError as exc:
        typer.echo(f"error: malformed eval file at line {exc.line_no}: {exc.reason}", err=True)
        raise typer.Exit(1) from exc
    except OSError as exc:
        typer.echo(f"error: cannot read {file}: {exc}", err=True)
        raise typer.Exit(1) from exc
    res = evaluate(get_classifier(backend), cases)
    typer.echo(format_report(res, show_errors=show_errors))


def _call_from_json(obj: dict[str, Any], path: str) -> tuple[CallInput, LabelSet]:
    # Accept either a bare call object or an eval-style record.
    record = obj if "call" in obj else {"call": obj, "custom_outcomes": obj.get("custom_outcomes")}
    record.setdefault("outcome", None)
    record["custom_outcomes"] = record.get("custom_outcomes") or []
    case = parse_line(json.dumps({**record, "outcome": None}), path, 1)
    return case.call, case.labels


@app.command("classify")
def classify_cmd(
    file: Annotated[Path, typer.Argument(help="A call as JSON (messages, end_reason, ...).")],
    backend: BackendOpt = "embedded",
) -> None:
    """Classify one call and print the Classification as JSON."""
    _check_backend(backend)
    try:
        obj = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(obj, dict):
            raise EvalFileError(str(file), 1, "expected a JSON object")
        call, labels = _call_from_json(obj, str(file))
    except (OSError, json.JSONDecodeError, EvalFileError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    res = get_classifier(backend).classify(call, labels)
    typer.echo(json.dumps(dataclasses.asdict(res), indent=2, ensure_ascii=False))


__all__ = ["app"]

if __name__ == "__main__":
    app()
