"""Finding a person's earlier cases while a clerk types: one indexed query per key press."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.idnumber import mask_id_number, normalize_id_number, upgrade_15
from fazhi_desktop.domain.phone import normalize_phone
from fazhi_desktop.services.clock.as_of import state_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.personal_data import may_unmask
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, CasePetitioner, Petitioner

#: Fewer digits than this match too many people to be worth a query.
MIN_ID_PREFIX = 6


@dataclass(frozen=True)
class EarlierCase:
    """A case of the same person, for the side panel 「此人既往信访件」."""

    case_id: int
    uuid: uuid.UUID
    number: str
    registered_on: date
    channel: str
    summary: str
    state: str
    matter_id: int
    is_repeat: bool
    petitioner_name: str
    id_number: str | None


def _cases_of(ctx: Context, petitioners: Select[int]) -> Select[Case, str, str | None, Any]:
    return (
        select(Case, Petitioner.name, Petitioner.id_number, state_as_of(clock.today()))
        .join(CasePetitioner, CasePetitioner.case_id == Case.id)
        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .where(CasePetitioner.petitioner_id.in_(petitioners), case_scope(ctx))
        .order_by(Case.registered_on.desc(), Case.id.desc())
    )


def find_earlier_cases(
    ctx: Context,
    *,
    id_number: str = "",
    name: str = "",
    phone: str = "",
    limit: int = 20,
) -> list[EarlierCase]:
    """Cases of the person with this ID number (a prefix of 6+ characters matches as typed), else of
    the person with this name and phone. Newest first."""
    number = normalize_id_number(id_number)
    if len(number) == 15 and number.isdigit():
        number = upgrade_15(number)  # an old 15-digit number finds the person stored under 18 digits
    people: Select[int]
    if len(number) >= 18:
        people = select(Petitioner.id).where(Petitioner.id_number == number[:18])
    elif len(number) >= MIN_ID_PREFIX:
        # A range on the unique index, which both SQLite and PostgreSQL answer from the index.
        people = (
            select(Petitioner.id)
            .where(Petitioner.id_number >= number, Petitioner.id_number < number + "Z")
            .limit(limit)
        )
    elif name.strip() and normalize_phone(phone):
        people = select(Petitioner.id).where(
            Petitioner.name == name.strip(), Petitioner.phone == normalize_phone(phone)
        )
    else:
        return []
    with ctx.db.reading() as session:
        rows = session.execute(_cases_of(ctx, people).limit(limit)).all()
    full = may_unmask(ctx)  # a role that may not see full numbers gets them masked (issue #17)
    return [
        EarlierCase(
            case_id=case.id,
            uuid=case.uuid,
            number=case.number,
            registered_on=case.registered_on,
            channel=case.channel,
            summary=case.summary,
            state=state,
            matter_id=case.matter_id,
            is_repeat=case.is_repeat,
            petitioner_name=person_name,
            id_number=person_id if full or not person_id else mask_id_number(person_id),
        )
        for case, person_name, person_id, state in rows
    ]
