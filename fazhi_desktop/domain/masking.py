"""Masking personal numbers inside free text (audit summaries and details, log lines).

A form knows which field is an ID number or a phone; free text does not, so it is scanned for what
looks like one (an 18- or 15-character ID number, a mobile, a landline with its area code) and each is
masked with `mask_id_number` / `mask_phone`. It errs on the side of masking: a number that merely
looks like an ID number is masked too.
"""

from __future__ import annotations

import re
from typing import Any

from fazhi_desktop.domain.idnumber import mask_id_number
from fazhi_desktop.domain.phone import mask_phone

# Letters and digits on either side mean the number is part of something else (a UUID, a file hash).
_EDGE_BEFORE = r"(?<![0-9A-Za-z])"
_EDGE_AFTER = r"(?![0-9A-Za-z])"
ID_NUMBER_RE = re.compile(_EDGE_BEFORE + r"(?:\d{17}[\dXx]|\d{15})" + _EDGE_AFTER)
MOBILE_RE = re.compile(_EDGE_BEFORE + r"(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}" + _EDGE_AFTER)
LANDLINE_RE = re.compile(_EDGE_BEFORE + r"0\d{2,3}[- ]?[2-9]\d{6,7}" + _EDGE_AFTER)


def mask_text(text: str) -> str:
    """`text` with every ID number and phone number in it masked."""
    if not any(ch.isdigit() for ch in text):
        return text
    text = ID_NUMBER_RE.sub(lambda m: mask_id_number(m.group()), text)
    text = MOBILE_RE.sub(lambda m: mask_phone(m.group()), text)
    return LANDLINE_RE.sub(lambda m: mask_phone(m.group()), text)


def mask_value(value: Any) -> Any:
    """A JSON-like value with every string in it (keys too) masked."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {mask_text(str(k)): mask_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_value(v) for v in value]
    return value
