"""How commands answer: one JSON object with --json, readable Chinese text otherwise."""

from __future__ import annotations

import dataclasses
import json
import sys
import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, default=_default, indent=None)


def emit(payload: dict[str, Any], as_json: bool, text: str | None = None) -> None:
    """Print the answer of a command: the JSON object, or the text (one line per fact)."""
    if as_json:
        sys.stdout.write(to_json(payload) + "\n")
    elif text is not None:
        sys.stdout.write(text.rstrip("\n") + "\n")
