"""Offline evaluation of classifier backends on labelled JSONL call sets."""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dispo.analysis.classifier.base import (
    BUILTIN_OUTCOMES,
    CallInput,
    Classification,
    Classifier,
    LabelSet,
    OutcomeOption,
    TranscriptMessage,
)

NULL = "(null)"
BUILTIN_LABELS: tuple[str, ...] = tuple(BUILTIN_OUTCOMES.values())
# Outcomes that claim something happened in a conversation; never allowed without substance.
NON_SUBSTANTIVE = frozenset({"Not Connected", "Voicemail", NULL})


class EvalFileError(ValueError):
    """A malformed eval file; carries the 1-based line number."""

    def __init__(self, path: str, line_no: int, reason: str) -> None:
        super().__init__(f"{path}:{line_no}: {reason}")
        self.path = path
        self.line_no = line_no
        self.reason = reason


@dataclass(frozen=True)
class EvalCase:
    """One labelled call."""

    line_no: int
    case_id: str
    call: CallInput
    labels: LabelSet
    gold: str | None
    custom_labels: frozenset[str]


def _require(cond: bool, path: str, line_no: int, reason: str) -> None:
    if not cond:
        raise EvalFileError(path, line_no, reason)


def _parse_custom(raw: Any, path: str, n: int) -> list[OutcomeOption]:
    _require(isinstance(raw, list), path, n, "custom_outcomes must be a list")
    out: list[OutcomeOption] = []
    for j, c in enumerate(raw):
        where = f"custom_outcomes[{j}]"
        _require(isinstance(c, dict), path, n, f"{where} must be an object")
        label = c.get("label")
        _require(isinstance(label, str) and bool(label.strip()), path, n, f"{where}.label missing")
        desc = c.get("description")
        _require(desc is None or isinstance(desc, str), path, n, f"{where}.description not text")
        ex = c.get("examples", [])
        _require(
            isinstance(ex, list) and all(isinstance(e, str) for e in ex),
            path,
            n,
            f"{where}.examples must be a list of strings",
        )
        out.append(OutcomeOption(label=label, description=desc, examples=tuple(ex)))
    return out


def _parse_call(raw: Any, path: str, n: int) -> CallInput:
    _require(isinstance(raw, dict), path, n, "call must be an object")
    msgs_raw = raw.get("messages", [])
    _require(isinstance(msgs_raw, list), path, n, "call.messages must be a list")
    msgs: list[TranscriptMessage] = []
    for j, m in enumerate(msgs_raw):
        ok = isinstance(m, dict) and isinstance(m.get("role"), str)
        ok = ok and isinstance(m.get("content"), str)
        _require(ok, path, n, f"call.messages[{j}] needs string role and content")
        msgs.append(TranscriptMessage(role=m["role"], content=m["content"]))
    dur = raw.get("duration_seconds")
    _require(dur is None or isinstance(dur, int | float), path, n, "duration_seconds not a number")
    vm = raw.get("voicemail_detected")
    _require(vm is None or isinstance(vm, bool), path, n, "voicemail_detected not a boolean")
    for key in ("end_reason", "direction"):
        _require(raw.get(key) is None or isinstance(raw.get(key), str), path, n, f"{key} not text")
    return CallInput(
        messages=msgs,
        direction=raw.get("direction"),
        duration_seconds=float(dur) if dur is not None else None,
        end_reason=raw.get("end_reason"),
        voicemail_detected=vm,
    )


def builtin_option_list() -> list[OutcomeOption]:
    """All built-in outcomes as options."""
    return [OutcomeOption(label=v, builtin_key=k) for k, v in BUILTIN_OUTCOMES.items()]


def parse_line(line: str, path: str, line_no: int) -> EvalCase:
    """Parse one JSONL record, raising EvalFileError naming the line on any problem."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalFileError(path, line_no, f"invalid JSON ({exc.msg})") from exc
    _require(isinstance(obj, dict), path, line_no, "record must be a JSON object")
    _require("call" in obj, path, line_no, "missing 'call'")
    _require("outcome" in obj, path, line_no, "missing 'outcome' (use null for none)")
    custom = _parse_custom(obj.get("custom_outcomes", []), path, line_no)
    call = _parse_call(obj["call"], path, line_no)
    gold = obj["outcome"]
    _require(gold is None or isinstance(gold, str), path, line_no, "outcome must be text or null")
    options = builtin_option_list() + custom
    _require(
        gold is None or gold in {o.label for o in options},
        path,
        line_no,
        f"outcome {gold!r} is neither a built-in nor one of this call's custom outcomes",
    )
    # Calls sharing a custom label set behave like one workspace.
    sig = json.dumps(obj.get("custom_outcomes", []), sort_keys=True)
    ws = "eval-" + hashlib.sha1(sig.encode()).hexdigest()[:12]
    case_id = str(obj.get("id", f"line-{line_no}"))
    return EvalCase(
        line_no=line_no,
        case_id=case_id,
        call=call,
        labels=LabelSet(workspace_id=ws, version=1, options=options),
        gold=gold,
        custom_labels=frozenset(o.label for o in custom),
    )


def load_eval(path: str | Path) -> list[EvalCase]:
    """Load an eval JSONL file; blank lines are skipped."""
    p = str(path)
    cases: list[EvalCase] = []
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if line.strip():
                cases.append(parse_line(line, p, n))
    if not cases:
        raise EvalFileError(p, 0, "no records")
    return cases


@dataclass(frozen=True)
class LabelScore:
    """Precision/recall/F1 of one label."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class EvalResult:
    """All figures of one evaluation run."""

    backend: str
    n: int
    accuracy: float
    macro_f1_builtin: float
    macro_f1_custom: float | None
    per_label: list[LabelScore]
    confusion: dict[str, dict[str, int]]
    fabrication_rate: float
    fabrication_n: int
    latency_p50_ms: float
    latency_p99_ms: float
    calls_per_s: float
    errors: list[tuple[EvalCase, Classification]] = field(default_factory=list)


def _key(label: str | None) -> str:
    return NULL if label is None else label


def _percentile(xs: Sequence[float], q: float) -> float:
    if not xs:
        return 0.0
    s = sorted(xs)
    k = (len(s) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _scores(pairs: Sequence[tuple[str, str]], labels: Iterable[str]) -> list[LabelScore]:
    out: list[LabelScore] = []
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out.append(LabelScore(lab, prec, rec, f1, tp + fn))
    return out


def score(
    backend: str,
    cases: Sequence[EvalCase],
    preds: Sequence[Classification],
    latencies_s: Sequence[float],
) -> EvalResult:
    """Compute metrics from predictions aligned with cases."""
    pairs = [(_key(c.gold), _key(p.outcome)) for c, p in zip(cases, preds, strict=True)]
    customs = sorted({lab for c in cases for lab in c.custom_labels})
    seen = {g for g, _ in pairs} | {p for _, p in pairs}
    # Macro-F1 over the labels that occur (in gold or predictions), as sklearn does.
    builtin_keys = [lab for lab in (*BUILTIN_LABELS, NULL) if lab in seen]
    custom_keys = [lab for lab in customs if lab in seen]
    per_builtin = _scores(pairs, builtin_keys)
    per_custom = _scores(pairs, custom_keys)
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for (g, p), cnt in Counter(pairs).items():
        confusion[g][p] = cnt
    fab_pool = [(g, p) for g, p in pairs if g in NON_SUBSTANTIVE]
    fab = sum(1 for _, p in fab_pool if p not in NON_SUBSTANTIVE)
    total = sum(latencies_s)
    return EvalResult(
        backend=backend,
        n=len(cases),
        accuracy=sum(1 for g, p in pairs if g == p) / len(pairs),
        macro_f1_builtin=sum(s.f1 for s in per_builtin) / max(len(per_builtin), 1),
        macro_f1_custom=(sum(s.f1 for s in per_custom) / len(per_custom)) if per_custom else None,
        per_label=per_builtin + per_custom,
        confusion=dict(confusion),
        fabrication_rate=fab / len(fab_pool) if fab_pool else 0.0,
        fabrication_n=fab,
        latency_p50_ms=_percentile(latencies_s, 50) * 1000,
        latency_p99_ms=_percentile(latencies_s, 99) * 1000,
        calls_per_s=len(cases) / total if total > 0 else 0.0,
        errors=[(c, p) for c, p in zip(cases, preds, strict=True) if c.gold != p.outcome],
    )


def evaluate(classifier: Classifier, cases: Sequence[EvalCase], warmup: bool = True) -> EvalResult:
    """Run a classifier over cases and score it; the first call is a warm-up (model load)."""
    if warmup and cases:
        classifier.classify(cases[0].call, cases[0].labels)
    preds: list[Classification] = []
    lat: list[float] = []
    for c in cases:
        t0 = time.perf_counter()
        preds.append(classifier.classify(c.call, c.labels))
        lat.append(time.perf_counter() - t0)
    return score(classifier.name, cases, preds, lat)


def _short(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "."


def format_report(res: EvalResult, show_errors: int = 0) -> str:
    """Human-readable report of an evaluation run."""
    lines = [
        f"backend: {res.backend}   calls: {res.n}",
        f"accuracy:                     {res.accuracy:.3f}",
        f"macro-F1 built-ins + null:    {res.macro_f1_builtin:.3f}",
        "macro-F1 custom labels:       "
        + (f"{res.macro_f1_custom:.3f}" if res.macro_f1_custom is not None else "n/a"),
        f"fabrication rate:             {res.fabrication_rate:.3f} ({res.fabrication_n} calls)",
        f"latency p50 / p99:            {res.latency_p50_ms:.1f} ms / {res.latency_p99_ms:.1f} ms",
        f"throughput:                   {res.calls_per_s:.1f} calls/s",
        "",
        f"{'label':<26}{'prec':>7}{'recall':>8}{'F1':>7}{'support':>9}",
    ]
    for s in res.per_label:
        lines.append(
            f"{_short(s.label, 25):<26}{s.precision:>7.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
            f"{s.support:>9}"
        )
    # Custom labels collapse into one row/column so the matrix stays readable.
    order = [*BUILTIN_LABELS, NULL]

    def grp(lab: str) -> str:
        return lab if lab in order else "(custom)"

    cols = [*order, "(custom)"]
    agg: dict[str, Counter[str]] = defaultdict(Counter)
    for g, row in res.confusion.items():
        for p, cnt in row.items():
            agg[grp(g)][grp(p)] += cnt
    lines += ["", "confusion (rows gold, columns predicted):"]
    lines.append(" " * 19 + "".join(f"{_short(c, 9):>10}" for c in cols))
    for g in cols:
        if g in agg:
            lines.append(f"{_short(g, 18):<19}" + "".join(f"{agg[g][c]:>10}" for c in cols))
    custom_rows = {g: row for g, row in res.confusion.items() if g not in order}
    wrong_custom = {
        g: {p: n for p, n in row.items() if p != g} for g, row in sorted(custom_rows.items())
    }
    if any(wrong_custom.values()):
        lines += ["", "custom-label misses (gold -> predicted: count):"]
        for g, row in wrong_custom.items():
            for p, cnt in sorted(row.items()):
                lines.append(f"  {g} -> {p}: {cnt}")
    if show_errors and res.errors:
        lines += ["", f"first {min(show_errors, len(res.errors))} errors:"]
        for case, pred in res.errors[:show_errors]:
            lines.append(
                f"- line {case.line_no} {case.case_id}: gold={_key(case.gold)} "
                f"pred={_key(pred.outcome)} ({pred.confidence:.2f}) {pred.summary}"
            )
    return "\n".join(lines)
