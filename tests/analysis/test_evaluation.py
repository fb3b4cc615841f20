"""Eval-file loading, metrics and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dispo.analysis.classifier.base import Classification
from dispo.analysis.cli import app
from dispo.analysis.evaluation import EvalFileError, format_report, load_eval, score

GOOD = {
    "custom_outcomes": [{"label": "Hot Lead", "description": "Wants to buy now."}],
    "call": {"messages": [{"role": "user", "content": "How much?"}], "direction": "outbound"},
    "outcome": "Interested",
}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "set.jsonl"
    p.write_text("\n".join(lines) + "\n")
    return p


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("{not json", "invalid JSON"),
        (json.dumps({"call": {"messages": []}}), "missing 'outcome'"),
        (json.dumps({**GOOD, "outcome": "Nope"}), "neither a built-in"),
        (json.dumps({**GOOD, "call": {"messages": [{"role": "user"}]}}), "role and content"),
        (json.dumps({**GOOD, "custom_outcomes": [{"description": "x"}]}), "label missing"),
        (json.dumps({**GOOD, "call": {"messages": [], "voicemail_detected": "yes"}}), "boolean"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_malformed_line_names_its_number(tmp_path: Path, bad: str, reason: str) -> None:
    p = _write(tmp_path, [json.dumps(GOOD), "", bad])
    with pytest.raises(EvalFileError) as err:
        load_eval(p)
    assert err.value.line_no == 3
    assert reason in str(err.value)
    assert ":3:" in str(err.value)


def test_load_builds_label_sets(tmp_path: Path) -> None:
    cases = load_eval(_write(tmp_path, [json.dumps(GOOD), json.dumps({**GOOD, "outcome": None})]))
    assert [c.gold for c in cases] == ["Interested", None]
    labels = {o.label for o in cases[0].labels.options}
    assert "Hot Lead" in labels and "Not Connected" in labels
    assert cases[0].labels.workspace_id == cases[1].labels.workspace_id


def test_metrics(tmp_path: Path) -> None:
    rows = [
        {**GOOD, "outcome": "Interested"},
        {**GOOD, "outcome": "Hot Lead"},
        {**GOOD, "outcome": None},
        {**GOOD, "outcome": "Voicemail"},
    ]
    cases = load_eval(_write(tmp_path, [json.dumps(r) for r in rows]))
    preds = [
        Classification("Interested", "", 1.0, "t"),
        Classification("Interested", "", 1.0, "t"),
        Classification("Not Interested", "", 1.0, "t"),  # fabricated on a null call
        Classification("Voicemail", "", 1.0, "t"),
    ]
    res = score("t", cases, preds, [0.01, 0.02, 0.03, 0.04])
    assert res.accuracy == 0.5
    assert res.fabrication_rate == pytest.approx(0.5)  # 1 of {null, Voicemail}
    assert res.macro_f1_custom == 0.0
    by = {s.label: s for s in res.per_label}
    assert by["Interested"].precision == 0.5 and by["Interested"].recall == 1.0
    assert res.confusion["Hot Lead"]["Interested"] == 1
    assert res.latency_p50_ms == pytest.approx(25.0)
    text = format_report(res, show_errors=5)
    assert "macro-F1 built-ins + null" in text and "fabrication rate" in text


def test_cli_eval_and_classify(tmp_path: Path) -> None:
    runner = CliRunner()
    p = _write(tmp_path, [json.dumps(GOOD)])
    out = runner.invoke(app, ["eval", str(p), "--backend", "rules"])
    assert out.exit_code == 0, out.output
    assert "accuracy" in out.output
    bad = _write(tmp_path, [json.dumps(GOOD), "{oops"])
    out = runner.invoke(app, ["eval", str(bad), "--backend", "rules"])
    assert out.exit_code != 0
    assert "line 2" in out.output
    c = tmp_path / "call.json"
    c.write_text(json.dumps({"messages": [], "end_reason": "busy"}))
    out = runner.invoke(app, ["classify", str(c), "--backend", "rules"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["outcome"] == "Not Connected"
