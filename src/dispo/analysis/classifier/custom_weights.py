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
    0.224830,
    0.138021,
    -0.327304,
    -0.353929,
    0.033854,
    0.299479,
    0.365234,
    0.212891,
)
SCALE = (
    0.145718,
    0.405640,
    0.306034,
    0.283496,
    0.180854,
    0.458030,
    0.481496,
    0.409351,
)
WEIGHTS = (
    0.556339,
    0.341421,
    0.276106,
    1.025310,
    -0.216681,
    -0.115806,
    -0.698366,
    0.306181,
)
BIAS = -3.161618
