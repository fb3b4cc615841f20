"""Learned custom-outcome scorer; written by data/eval/fit_custom.py, do not edit."""

# Fitted on tune.jsonl, train.jsonl: 1536 (call, custom) pairs, 204 matches.
FEATURES = (
    "similarity",
    "description_words",
    "margin_over_generic",
    "margin_over_alternatives",
    "question",
    "short",
    "plain_stance_in_turn",
    "label_only",
)
MEAN = (
    0.224798,
    0.138021,
    -0.327101,
    -0.353727,
    0.033854,
    0.298177,
    0.365885,
    0.212891,
)
SCALE = (
    0.145732,
    0.405640,
    0.305961,
    0.283437,
    0.180854,
    0.457458,
    0.481678,
    0.409351,
)
WEIGHTS = (
    0.557471,
    0.341583,
    0.276250,
    1.024823,
    -0.216721,
    -0.113128,
    -0.698374,
    0.306264,
)
BIAS = -3.161627
