"""What an export leaves out of the cases it was asked for, and why, so that it can say so
(「已作废的2件未导出」): a clerk comparing the file with the list sees the difference explained."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.vocab import CaseState
from fazhi_desktop.store.models import Case


@dataclass(frozen=True)
class LeftOut:
    """Cases the filter kept that the file does not carry, and why (in words a clerk reads)."""

    count: int
    reason: str

    @property
    def text(self) -> str:
        return f"{self.reason}的{self.count}件未导出"


def voided_count(session: Session, office_id: int | None, chosen: list[ColumnElement[bool]]) -> int:
    """The voided cases among those chosen: registered by mistake, they are in no ledger."""
    where = [Case.state == CaseState.VOID.value, *chosen]
    if office_id is not None:
        where.append(Case.office_id == office_id)
    return int(session.scalar(select(func.count()).select_from(Case).where(*where)) or 0)
