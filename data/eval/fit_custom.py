"""Fit the embedded classifier's custom-outcome scorer on the tuning sets (never the held-out ones).

Run: python data/eval/fit_custom.py  (rewrites src/dispo/analysis/classifier/custom_weights.py)

Every (call, custom outcome that refines no stance) pair of data/eval/tune.jsonl and
data/eval/train.jsonl becomes one example: the features EmbeddedClassifier.plain_custom_features
computes for it, labelled 1 when the gold outcome is that custom. A logistic regression with an
L2 penalty (plain numpy gradient descent, deterministic) turns them into a probability.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from dispo.analysis.classifier import embedded, rules
from dispo.analysis.evaluation import load_eval

HERE = Path(__file__).parent
SETS = ("tune.jsonl", "train.jsonl")
OUT = HERE.parent.parent / "src" / "dispo" / "analysis" / "classifier" / "custom_weights.py"
FEATURES = embedded.CUSTOM_FEATURES
L2 = 0.01


def examples() -> tuple[np.ndarray, np.ndarray]:
    clf = embedded.EmbeddedClassifier()
    enc = embedded.get_encoder()
    xs: list[np.ndarray] = []
    ys: list[float] = []
    for name in SETS:
        for case in load_eval(HERE / name):
            msgs = case.call.messages
            if not case.custom_labels or rules.precheck(case.call, case.labels) is not None:
                continue
            ws = clf.workspace_model(case.labels)
            views = embedded.select_turns(msgs, rules.substantive_turns(msgs), ws)
            if not views:
                continue
            tv = enc.embed([v.text for v in views])
            ctx = embedded._CustomContext.of(msgs, views)
            for cm, _, feats in clf.plain_custom_features(ctx, ws, tv):
                xs.append(feats)
                ys.append(float(case.gold == cm.option.label))
    return np.array(xs), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(5000):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + L2 * w)
        b -= 0.5 * float((p - y).mean())
    return mean, scale, w, b


def main() -> None:
    x, y = examples()
    mean, scale, w, b = fit(x, y)

    def tup(v: np.ndarray) -> str:
        return "(\n" + "".join(f"    {float(a):.6f},\n" for a in v) + ")"

    OUT.write_text(
        '"""Learned custom-outcome scorer; written by data/eval/fit_custom.py, do not edit."""\n\n'
        f"# Fitted on {', '.join(SETS)}: {len(y)} (call, custom) pairs, {int(y.sum())} matches.\n"
        "FEATURES = (\n" + "".join(f'    "{n}",\n' for n in FEATURES) + ")\n"
        f"MEAN = {tup(mean)}\n"
        f"SCALE = {tup(scale)}\n"
        f"WEIGHTS = {tup(w)}\n"
        f"BIAS = {b:.6f}\n"
    )
    print(f"{len(y)} pairs, {int(y.sum())} matches; weights written to {OUT}")
    for n, v in zip(FEATURES, w, strict=True):
        print(f"  {n:28s} {v:+.3f}")


if __name__ == "__main__":
    sys.exit(main())
