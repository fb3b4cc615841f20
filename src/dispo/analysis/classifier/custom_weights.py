"""Learned custom-outcome scorer; written by data/eval/fit_custom.py, do not edit."""

# Fitted on tune.jsonl, train.jsonl: 1542 (call, custom) pairs, 205 matches.
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
    0.224745,
    0.137484,
    -0.328100,
    -0.354622,
    0.033722,
    0.300908,
    0.363813,
    0.213359,
)
SCALE = (
    0.145539,
    0.404941,
    0.306396,
    0.283909,
    0.180514,
    0.458653,
    0.481096,
    0.409679,
)
WEIGHTS = (
    0.543184,
    0.338599,
    0.281953,
    1.034460,
    -0.215442,
    -0.119225,
    -0.699916,
    0.302174,
)
BIAS = -3.159983
