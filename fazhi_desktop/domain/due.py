"""A due date as the statutory clock counts it.

It lives below both the holiday calendar, which keeps the periods it has counted, and the deadline
arithmetic (domain/deadlines.py) that counts them, so that neither needs the other's module to name it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Due:
    """A due date (the period ends at 24:00 of it) and the warnings about how it was counted."""

    due: date
    warnings: tuple[str, ...] = ()
