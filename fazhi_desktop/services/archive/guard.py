"""What every write on a case asks first: may this user write at all, and is the case archived?

`require_write` (services/permissions.py) is the shared check;
`refuse_if_archived` is what makes an archived matter read-only: the step service, the meeting's
decisions and the archive itself call it inside their transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.archive import archived_refusal
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.store.models import ArchiveFiling, Case


def active_filing(session: Session, case_id: int) -> ArchiveFiling | None:
    """The case's filing in force (not revoked), if it is archived."""
    return session.scalar(
        select(ArchiveFiling).where(ArchiveFiling.case_id == case_id, ArchiveFiling.revoked_on.is_(None))
    )


def refuse_if_archived(session: Session, case_id: int) -> None:
    """A UserError when the case is archived: a correction needs 撤销归档 first."""
    filing = active_filing(session, case_id)
    if filing is not None:
        number = session.scalar(select(Case.number).where(Case.id == case_id)) or str(case_id)
        raise UserError(archived_refusal(number, filing.archive_number))


def archived_ids_like(text: str) -> Select[Any]:
    """The cases whose archive number in force starts with `text` (the case search's 档号 part)."""
    return select(ArchiveFiling.case_id).where(
        ArchiveFiling.archive_number >= text,
        ArchiveFiling.archive_number < text + "\uffff",
        ArchiveFiling.revoked_on.is_(None),
    )
