"""What a 评查通报 says, as plain data: the 评查, its 案件办理规范率, the units ranked, the findings.

Filled by services/conformity/bulletin.py; printed by pdf/review_bulletin.py and excel/review_export.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class UnitLine:
    """One unit's line of the ranking."""

    rank: int
    unit: str
    reviewed: int
    regular: int
    findings: int
    rate: float | None
    average_score: float | None


@dataclass(frozen=True)
class FindingLine:
    number: str
    unit: str
    rule: str
    article: str
    detail: str
    origin: str
    owner: str
    due_on: date | None
    closed_on: date | None


@dataclass(frozen=True)
class ReviewBulletin:
    """What the 通报 says: the 评查, its figures, the ranking and the findings."""

    title: str
    office: str
    audit: str
    period: tuple[date, date]
    team: tuple[str, ...]
    sample: str
    rules_version: str
    reviewed: int
    regular: int
    rate: float | None
    units: tuple[UnitLine, ...]
    findings: tuple[FindingLine, ...]
    dated: date


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"
