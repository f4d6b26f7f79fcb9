"""Human-readable case numbers (信访件编号), per office and year, unique even when PCs register at once."""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fazhi_desktop.store.models import CaseCounter


def format_case_number(office_code: str, year: int, seq: int) -> str:
    return f"{office_code}-{year}-{seq:06d}"


def reserve_seqs(session: Session, office_id: int, year: int, count: int) -> int:
    """Take `count` numbers at once (a ledger import); returns the first. Locks the counter as `next_seq`."""
    first = next_seq(session, office_id, year, count)
    return first - count + 1


def next_seq(session: Session, office_id: int, year: int, count: int = 1) -> int:
    """Take the next number (with `count`, the last of that many). The UPDATE locks the counter row
    until the transaction ends, so two concurrent registrations on PostgreSQL queue up rather than
    share a number."""
    bump = (
        update(CaseCounter)
        .where(CaseCounter.office_id == office_id, CaseCounter.year == year)
        .values(last=CaseCounter.last + count)
        .returning(CaseCounter.last)
    )
    taken = session.execute(bump).scalar_one_or_none()
    if taken is not None:
        return taken
    try:
        with session.begin_nested():
            session.execute(insert(CaseCounter).values(office_id=office_id, year=year, last=0))
    except IntegrityError:
        pass  # another PC created the counter first; the UPDATE below waits for it
    return session.execute(bump).scalar_one()
