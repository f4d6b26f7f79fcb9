"""Finding registers and the cases a register names, always within what the acting user may see."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Register

#: Numbers looked up in one query (a 专项 list of thousands stays a few queries).
CHUNK = 500


@dataclass(frozen=True)
class FoundCase:
    """A case a number named: its id, matter, own number and registration date."""

    id: int
    matter_id: int
    number: str
    registered_on: date


def register_named(session: Session, name: str) -> Register:
    register = session.scalar(select(Register).where(Register.name == name.strip()))
    if register is None:
        raise UserError(
            f"找不到台账「{name.strip()}」。用 fazhi register list 查看已有的台账。", field="name"
        )
    return register


def cases_by_number(ctx: Context, session: Session, numbers: Sequence[str]) -> dict[str, FoundCase]:
    """The visible cases these numbers name: a 信访件编号 first, else a higher level's 上级件号 (the
    earliest case carrying it). Numbers found nowhere are absent from the answer."""
    wanted = sorted({n.strip() for n in numbers if n and n.strip()})
    found: dict[str, FoundCase] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = session.execute(
            select(Case.id, Case.matter_id, Case.number, Case.registered_on, Case.upper_number)
            .where(or_(Case.number.in_(chunk), Case.upper_number.in_(chunk)), case_scope(ctx))
            .order_by(Case.registered_on, Case.id)
        ).all()
        by_upper: dict[str, FoundCase] = {}
        for case_id, matter_id, number, registered_on, upper in rows:
            case = FoundCase(case_id, matter_id, number, registered_on)
            if number in chunk:
                found[number] = case
            if upper in chunk:
                by_upper.setdefault(upper, case)
        for upper, case in by_upper.items():
            found.setdefault(upper, case)
    return found


def case_by_number(ctx: Context, session: Session, number: str) -> FoundCase:
    found = cases_by_number(ctx, session, [number]).get(number.strip())
    if found is None:
        raise UserError(
            f"找不到信访件「{number.strip()}」。请检查编号（信访件编号或上级件号）。", field="case"
        )
    return found
