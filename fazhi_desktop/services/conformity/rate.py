"""案件办理规范率: cases reviewed without an open finding ÷ cases reviewed.

For a period (statistics and the annual report) the cases reviewed are those of the 评查 whose period
ends within it; a finding is open until its 整改 is recorded. `RegularityRate` keeps both sides' case
ids, so the figure and its explanation always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, ReviewAudit, ReviewAuditCase, ReviewFinding

LABEL = "案件办理规范率"
KEY = "regularity_rate"


@dataclass(frozen=True)
class RegularityRate:
    """The 规范率 of a period, with the cases on both sides and the 评查 counted."""

    start: date
    end: date
    audits: tuple[str, ...]
    reviewed: tuple[int, ...]
    regular: tuple[int, ...]

    @property
    def value(self) -> float | None:
        return len(self.regular) / len(self.reviewed) if self.reviewed else None

    @property
    def label(self) -> str:
        return LABEL


def case_sample(session: Session, ctx: Context, audit_ids: list[int]) -> tuple[list[int], set[int]]:
    """The cases reviewed by these 评查 (in scope), and those among them with an open finding."""
    reviewed = sorted(
        set(
            session.scalars(
                select(ReviewAuditCase.case_id)
                .join(Case, Case.id == ReviewAuditCase.case_id)
                .where(ReviewAuditCase.audit_id.in_(audit_ids), case_scope(ctx))
            )
        )
    )
    open_ = set(
        session.scalars(
            select(ReviewFinding.case_id).where(
                ReviewFinding.audit_id.in_(audit_ids), ReviewFinding.closed_on.is_(None)
            )
        )
    )
    return reviewed, open_


def regularity_rate(ctx: Context, start: date, end: date) -> RegularityRate:
    with ctx.db.reading() as session:
        audits = list(
            session.execute(
                select(ReviewAudit.id, ReviewAudit.name)
                .where(ReviewAudit.period_to >= start, ReviewAudit.period_to <= end)
                .order_by(ReviewAudit.period_to, ReviewAudit.id)
            )
        )
        reviewed, open_ = case_sample(session, ctx, [a for a, _ in audits])
    regular = tuple(i for i in reviewed if i not in open_)
    return RegularityRate(start, end, tuple(n for _, n in audits), tuple(reviewed), regular)
