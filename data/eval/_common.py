"""Shared helpers for the synthetic eval-set generators (no phrase pools live here)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

NUM_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve",
    "15": "fifteen", "30": "thirty", "45": "forty five", "00": "",
}
FILLERS = ["uh", "um", "uh", "like", "you know", "i mean", "so", "well"]


def asr(text: str, rng: random.Random, level: float = 0.5) -> str:
    """Make a typed line look like raw speech recognition output."""
    t = text.lower()
    t = t.replace("\u2019", "'")

    def _time(m: re.Match[str]) -> str:
        h, mm, ap = m.group(1), m.group(2) or "", m.group(3) or ""
        hw = NUM_WORDS.get(h, h) if rng.random() < 0.6 else h
        mw = (NUM_WORDS.get(mm, mm) if rng.random() < 0.6 else mm) if mm else ""
        apw = ap
        if ap and rng.random() < 0.5:
            apw = " ".join(ap.replace(".", ""))
        return " ".join(x for x in (hw, mw, apw) if x)

    t = re.sub(r"\b(\d{1,2})(?::(\d\d))?(?: ?(am|pm|a\.m\.|p\.m\.))?\b", _time, t)
    if rng.random() < 0.7:
        t = t.replace("'", "")
    t = re.sub(r"[^\w\s'$]", " ", t)
    words = t.split()
    out: list[str] = []
    for i, w in enumerate(words):
        if rng.random() < 0.08 * level and i > 0:
            out.append(rng.choice(FILLERS))
        if rng.random() < 0.05 * level:
            out.append(w)  # stutter / repetition
        out.append(w)
    if out and rng.random() < 0.3 * level:
        out.insert(0, rng.choice(["uh", "um", "yeah", "so"]))
    return " ".join(out)


def record(
    cid: str,
    industry: str,
    custom: list[dict[str, Any]],
    messages: list[tuple[str, str]],
    outcome: str | None,
    tag: str,
    **call_kw: Any,
) -> dict[str, Any]:
    """One JSONL record in the eval format."""
    call: dict[str, Any] = {"messages": [{"role": r, "content": c} for r, c in messages]}
    call.update({k: v for k, v in call_kw.items() if v is not None})
    return {
        "id": cid,
        "industry": industry,
        "tag": tag,
        "custom_outcomes": custom,
        "call": call,
        "outcome": outcome,
    }


def write(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write records as JSONL."""
    with path.open("w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} calls to {path}")
