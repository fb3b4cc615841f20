"""Input types that reject what the databases or JSON cannot hold."""

from __future__ import annotations

import json
import math
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

METADATA_MAX_BYTES = 16 * 1024
METADATA_MAX_DEPTH = 8


def check_text(value: str) -> str:
    # PostgreSQL text cannot hold NUL, and lone surrogates cannot be encoded as UTF-8.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (no lone surrogates)") from None
    return value


def _check_json(value: Any, depth: int) -> None:
    if depth > METADATA_MAX_DEPTH:
        raise ValueError(f"must not nest deeper than {METADATA_MAX_DEPTH} levels")
    if isinstance(value, str):
        check_text(value)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) >= 2**63:
            raise ValueError("integers must fit in 64 bits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("numbers must be finite")
    elif isinstance(value, list):
        for item in value:
            _check_json(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
            check_text(key)
            _check_json(item, depth + 1)
    else:
        raise ValueError("must be JSON")


def check_metadata(value: dict[str, Any]) -> dict[str, Any]:
    _check_json(value, 1)
    if len(json.dumps(value, ensure_ascii=False).encode("utf-8")) > METADATA_MAX_BYTES:
        raise ValueError(f"must be at most {METADATA_MAX_BYTES} bytes as JSON")
    return value


def _strict_str(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


SafeStr = Annotated[str, BeforeValidator(_strict_str), AfterValidator(check_text)]
Metadata = Annotated[dict[str, Any], AfterValidator(check_metadata)]
