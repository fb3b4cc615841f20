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
    typer.echo(f"\npeak RSS: {_peak_rss_mb():.0f} MB")


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    import resource
    import sys

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


_BENCH_AGENT = [
    "Thanks for taking the time, can I ask a couple of questions about your home?",
    "How old is the roof, roughly?",
    "And what does your electric bill usually run in the summer months?",
    "Do you own the house or rent it?",
    "Got it. Have you looked at any other providers before?",
]
_BENCH_USER = [
    "Sure, go ahead.",
    "I think it's about twelve years old, we replaced it after the storm.",
    "In the summer it's around two hundred and fifty dollars, sometimes more in August.",
    "We own it, bought it back in 2015 with my wife.",
    "uh yeah we talked to somebody last year but it uh it didnt really go anywhere",
    "Okay.",
    "That makes sense, I've heard the tax credit is ending soon.",
]


_BENCH_TAILS = [
    "",
    "Honestly.",
    "I'd have to check with my wife on that.",
    "You know how it is.",
    "Not sure about the exact number.",
    "Anyway.",
    "That's what the neighbor said too.",
    "Let me think.",
    "Right?",
    "We'll see.",
    "Hard to say exactly.",
]


def bench_call(turns: int) -> CallInput:
    """A realistic outbound call of `turns` messages ending in a booking."""
    from dispo.analysis.classifier.base import TranscriptMessage

    msgs: list[TranscriptMessage] = []
    for i in range(max(0, turns - 2)):
        if i % 2 == 0:
            msgs.append(TranscriptMessage("agent", _BENCH_AGENT[(i // 2) % len(_BENCH_AGENT)]))
        else:
            # Every person turn differs so that no embedding is reused within the call.
            k = i // 2
            text = f"{_BENCH_USER[k % len(_BENCH_USER)]} {_BENCH_TAILS[k % len(_BENCH_TAILS)]}"
            msgs.append(TranscriptMessage("user", text.strip()))
    msgs.append(TranscriptMessage("agent", "Could we do the free site survey Tuesday at 3pm?"))
    msgs.append(TranscriptMessage("user", "Yes, Tuesday at three works for us."))
    return CallInput(messages=msgs, direction="outbound", duration_seconds=turns * 9.0)


@app.command("bench")
def bench_cmd(
    backend: BackendOpt = "embedded",
    turns: Annotated[int, typer.Option(help="Messages per call.")] = 40,
    n: Annotated[int, typer.Option(help="Timed runs.")] = 200,
) -> None:
    """Time classification of a long call (steady state) and report peak memory."""
    import os
    import time

    from dispo.analysis.classifier.base import OutcomeOption
    from dispo.analysis.evaluation import builtin_option_list

    _check_backend(backend)
    clf = get_classifier(backend)
    opts = [
        *builtin_option_list(),
        OutcomeOption("Renter", "The person does not own the home; they rent."),
        OutcomeOption("Already Has Solar", "The homeowner already has solar panels."),
    ]
    labels = LabelSet("bench", 1, opts)
    call = bench_call(turns)
    t0 = time.perf_counter()
    first = clf.classify(call, labels)
    cold_ms = (time.perf_counter() - t0) * 1000
    lat: list[float] = []
    cpu: list[float] = []
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        clf.classify(call, labels)
        lat.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    lat.sort()
    cpu.sort()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    def pct(q: float) -> float:
        return lat[min(len(lat) - 1, round((len(lat) - 1) * q / 100))]

    typer.echo(f"backend: {backend}   turns/call: {turns}   runs: {n}   outcome: {first.outcome}")
    typer.echo(f"first call (model load + workspace compile): {cold_ms:.0f} ms")
    typer.echo(f"latency p50 / p99 / max: {pct(50):.1f} / {pct(99):.1f} / {lat[-1]:.1f} ms")
    # CPU time is what the call costs regardless of other tenants; it sums all ORT threads.
    typer.echo(
        f"CPU time per call p50 / p99: {cpu[len(cpu) // 2]:.1f} / {cpu[-max(1, n // 100)]:.1f} ms"
    )
    typer.echo(f"1-minute load average during the run: {load:.2f} on {os.cpu_count()} CPUs")
    typer.echo(f"peak RSS: {_peak_rss_mb():.0f} MB")


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
