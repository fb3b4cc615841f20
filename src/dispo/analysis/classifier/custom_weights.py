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
    0.222871,
    0.138021,
    -0.332167,
    -0.359405,
    0.031901,
    0.304688,
    0.379557,
    0.212891,
)
SCALE = (
    0.146033,
    0.405640,
    0.308234,
    0.284914,
    0.175737,
    0.460275,
    0.485277,
    0.409351,
)
WEIGHTS = (
    0.507183,
    0.334898,
    0.296975,
    1.088500,
    -0.261390,
    -0.172310,
    -0.731886,
    0.331480,
)
BIAS = -3.234526
