"""The full record of one case (信访件详情), typed in the groups a reader names: how it came in, what it
is about, its marks, where its handling stands and its tier; then its people, timeline and files.

Reading it is a view of a full record and writes one audit entry. Directory entries (内容分类, 信访目的,
问题属地, 责任单位) are given by name; vocabularies as the domain's enums.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.deadlines import calendar_warning
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.idnumber import mask_id_number
from fazhi_desktop.domain.phone import mask_phone
from fazhi_desktop.domain.vocab import (
    CaseState,
    Channel,
    DeadlineKind,
    Nature,
    PetitionerRole,
    Satisfaction,
    Sex,
    Source,
    StepKind,
    Tier,
)
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.clock.case_state import DERIVED_COLUMNS, clock_row, compute, load_steps
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.personal_data import require_unmask
from fazhi_desktop.services.scope import case_scope, require_case_in_scope
from fazhi_desktop.store.models import (
    Attachment,
    Case,
    CasePetitioner,
    Category,
    Petitioner,
    Purpose,
    Region,
    Step,
    Unit,
)
from fazhi_desktop.store.writes import record_access

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseRegistration:
    """登记: how and when the case came in, and who registered it."""

    channel: Channel
    source: Source
    upper_number: str | None
    upper_deadline: date | None
    online_number: str | None
    registered_on: date
    registered_at: datetime
    postmarked_on: date | None
    received_on: date | None
    envelope_address: str | None
    created_by: str


@dataclass(frozen=True)
class CaseSubject:
    """What the case is about: 性质, 信访目的, 内容分类, 问题属地 (township and village), 人数, 被反映对象."""

    nature: Nature | None
    purpose: str | None
    category: str | None
    region: str | None
    head_count: int
    accused: str | None
    accused_unit: str | None
    summary: str
    content: str | None


@dataclass(frozen=True)
class CaseFlags:
    """The marks of a case: those recorded at registration, and 集体访 / 重复件 as the registration found them."""

    cross_level: bool
    urgent: bool
    threat: bool
    three_cross: bool
    anonymous: bool
    consent_public: bool
    not_public: bool
    is_collective: bool
    is_repeat: bool


@dataclass(frozen=True)
class CaseHandling:
    """Where the handling stands, derived from the steps: state, 责任单位, the next deadline, the end."""

    state: CaseState
    handling_unit: str | None
    closed_on: date | None
    satisfaction: Satisfaction | None
    due_date: date | None
    #: Which deadline `due_date` is.
    deadline_kind: DeadlineKind | None
    #: When the petitioner's 复查/复核 request window closes.
    window_end: date | None
    #: 包案领导, a higher level's 督办, a 办结报告 still owed upwards, steps that break a rule.
    leader: str | None
    supervised: bool
    report_owed: bool
    needs_attention: bool
    #: `due_date` rests on a year without an official holiday table (domain/deadlines.py), in words.
    calendar_warning: str | None = None


@dataclass(frozen=True)
class CaseTiers:
    """红黄绿: the tier shown, the automatic one with its reasons, and a 研判 decision with its review date."""

    tier: Tier | None
    tier_reasons: str | None
    auto_tier: Tier | None
    assessed_tier: Tier | None
    tier_note: str | None
    review_on: date | None


@dataclass(frozen=True)
class PetitionerView:
    id: int
    name: str
    role: PetitionerRole
    sex: Sex | None
    birth_date: date | None
    id_number: str | None
    phone: str | None
    address: str | None


@dataclass(frozen=True)
class StepView:
    id: int
    kind: StepKind
    occurred_on: date
    recorded_at: datetime
    actor: str
    details: dict[str, Any]
    note: str | None
    #: The step's UUID (a 更正 of the step names it).
    uuid: str = ""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    media_type: str
    size: int
    created_at: datetime


class MatterCase(NamedTuple):
    """A registration of the same matter (信访事项): the first one and its repeats."""

    id: int
    number: str
    registered_on: date
    is_repeat: bool


@dataclass(frozen=True)
class CaseDetail:
    """The full record of one case."""

    id: int
    uuid: uuid.UUID
    number: str
    registration: CaseRegistration
    subject: CaseSubject
    flags: CaseFlags
    handling: CaseHandling
    tiers: CaseTiers
    petitioners: list[PetitionerView] = field(default_factory=list)
    steps: list[StepView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    matter_cases: list[MatterCase] = field(default_factory=list)
    #: The case's version when read: a step recorded from this view passes it back (`apply_step`),
    #: and is refused if someone changed the case since.
    version: int = 1


def find_case_id(ctx: Context, ref: str) -> int:
    """A case's id from its number (or id)."""
    ref = ref.strip()
    with ctx.db.reading() as session:
        case_id = session.scalar(select(Case.id).where(Case.number == ref))
        if case_id is None and ref.isdigit():
            case_id = session.scalar(select(Case.id).where(Case.id == int(ref)))
    if case_id is None:
        raise UserError(f"找不到信访件「{ref}」。请检查编号。")
    return case_id


def case_detail(ctx: Context, case_id: int, *, unmasked: bool = False) -> CaseDetail:
    """Every field, the petitioners, the timeline and the attachments; the view is written to the audit log.

    A case outside the user's township, or `unmasked` asked by a role that may not, is refused (audited)."""
    require_case_in_scope(ctx, case_id)
    require_unmask(ctx, unmasked, "case.view", "查看")
    with ctx.db.reading() as session:
        detail = _read(ctx, session, case_id, unmasked=unmasked, people=True)
    record_access(
        ctx.db,
        ctx.actor,
        "case.view",
        f"查看信访件 {detail.number}{'（未遮蔽）' if unmasked else ''}",
        entity="case",
        entity_uuid=detail.uuid,
    )
    return detail


def case_outline(ctx: Context, case_id: int) -> CaseDetail:
    """The record without its petitioners (no personal data, so no audit entry): what a menu decides by."""
    require_case_in_scope(ctx, case_id)
    with ctx.db.reading() as session:
        return _read(ctx, session, case_id, unmasked=False, people=False)


#: The derived columns that change with the date alone (services/clock/as_of.py), and their vocabularies:
#: case show takes these from a derivation as of today; the others are as the steps last wrote them.
_AS_OF_TODAY: dict[str, type[Any] | None] = {
    "state": CaseState,
    "closed_on": None,
    "window_end": None,
    "due_date": None,
    "deadline_kind": DeadlineKind,
    "tier": Tier,
    "auto_tier": Tier,
    "tier_reasons": None,
    "tier_note": None,
    "assessed_tier": Tier,
    "review_on": None,
}


def _as_of_today(session: Session, case: Case, cal: HolidayCalendar) -> dict[str, Any]:
    """The derived columns of the case as its steps and today give them, whenever re-tiering last ran
    (the row's own are a cache: a 复查 window may have run out since, a deadline passed)."""
    stored = {name: getattr(case, name) for name in DERIVED_COLUMNS}
    try:
        _, values = compute(
            clock_row(session, case),
            load_steps(session, case.id),
            clock_rules(session),
            triage_rules(session),
            cal,
            clock.today(),
        )
    except ValueError:
        # A code this version does not know (a newer version's step or channel) cannot be walked:
        # the record is still shown, with the derived columns as they were last written.
        log.warning("case %s has codes this version cannot derive; shown as stored", case.id)
        return stored
    for name, vocabulary in _AS_OF_TODAY.items():
        value = values[name]
        stored[name] = vocabulary(value) if vocabulary is not None and value is not None else value
    return stored


def _read(ctx: Context, session: Session, case_id: int, *, unmasked: bool, people: bool) -> CaseDetail:
    case = session.get(Case, case_id)
    if case is None:
        raise UserError(f"信访件（编号 {case_id}）不存在，可能已被删除。")
    cal = load_calendar(ctx, session)
    now = _as_of_today(session, case, cal)
    return CaseDetail(
        id=case.id,
        uuid=case.uuid,
        number=case.number,
        registration=_registration(case),
        subject=_subject(session, case),
        flags=_flags(case),
        handling=_handling(session, now, cal),
        tiers=_tiers(now),
        petitioners=_petitioners(session, case.id, unmasked) if people else [],
        steps=_steps(session, case.id),
        attachments=_attachments(session, case.id),
        matter_cases=[
            MatterCase(*row)
            for row in session.execute(
                select(Case.id, Case.number, Case.registered_on, Case.is_repeat)
                .where(Case.matter_id == case.matter_id, case_scope(ctx))
                .order_by(Case.registered_on, Case.id)
            )
        ],
        version=case.version,
    )


def _unit_name(session: Session, key: int | None) -> str | None:
    row = session.get(Unit, key) if key is not None else None
    return row.name if row is not None else None


def _purpose_name(session: Session, key: int | None) -> str | None:
    row = session.get(Purpose, key) if key is not None else None
    return row.name if row is not None else None


def _category_name(session: Session, key: int | None) -> str | None:
    row = session.get(Category, key) if key is not None else None
    return row.name if row is not None else None


_View = TypeVar("_View")


def _copied(view: type[_View], source: Mapping[str, Any], **computed: Any) -> _View:
    """A view whose fields are the case's columns of the same names, but for those `computed`."""
    names = [f.name for f in fields(view)]  # type: ignore[arg-type]
    return view(**{name: computed[name] if name in computed else source[name] for name in names})


def _columns(case: Case) -> Mapping[str, Any]:
    return {a.key: getattr(case, a.key) for a in sa_inspect(Case).column_attrs}


def _registration(case: Case) -> CaseRegistration:
    return _copied(CaseRegistration, _columns(case))


def _subject(session: Session, case: Case) -> CaseSubject:
    region = session.get(Region, case.region_id) if case.region_id else None
    township = session.get(Region, region.parent_id) if region is not None and region.parent_id else None
    return CaseSubject(
        nature=case.nature,
        purpose=_purpose_name(session, case.purpose_id),
        category=_category_name(session, case.category_id),
        region="".join(r.name for r in (township, region) if r is not None) or None,
        head_count=case.head_count,
        accused=case.accused,
        accused_unit=_unit_name(session, case.accused_unit_id),
        summary=case.summary,
        content=case.content,
    )


def _flags(case: Case) -> CaseFlags:
    return _copied(CaseFlags, _columns(case))


def _handling(session: Session, now: dict[str, Any], cal: HolidayCalendar) -> CaseHandling:
    return _copied(
        CaseHandling,
        now,
        handling_unit=_unit_name(session, now["handling_unit_id"]),
        calendar_warning=calendar_warning(now["due_date"], cal),
    )


def _tiers(now: dict[str, Any]) -> CaseTiers:
    return _copied(CaseTiers, now)


def _petitioners(session: Session, case_id: int, unmasked: bool) -> list[PetitionerView]:
    rows = session.execute(
        select(Petitioner, CasePetitioner.role)
        .join(CasePetitioner, CasePetitioner.petitioner_id == Petitioner.id)
        .where(CasePetitioner.case_id == case_id)
        .order_by(CasePetitioner.position)
    ).all()
    return [
        PetitionerView(
            id=p.id,
            name=p.name,
            role=role,
            sex=p.sex,
            birth_date=p.birth_date,
            id_number=(p.id_number if unmasked else mask_id_number(p.id_number)) if p.id_number else None,
            phone=(p.phone if unmasked else mask_phone(p.phone)) if p.phone else None,
            address=p.address,
        )
        for p, role in rows
    ]


def _steps(session: Session, case_id: int) -> list[StepView]:
    steps = session.scalars(select(Step).where(Step.case_id == case_id).order_by(Step.occurred_on, Step.id))
    return [
        StepView(s.id, s.kind, s.occurred_on, s.recorded_at, s.actor, dict(s.details), s.note, str(s.uuid))
        for s in steps
    ]


def _attachments(session: Session, case_id: int) -> list[AttachmentView]:
    rows = session.execute(
        select(
            Attachment.id, Attachment.filename, Attachment.media_type, Attachment.size, Attachment.created_at
        )
        .where(Attachment.case_id == case_id)
        .order_by(Attachment.id)
    )
    return [AttachmentView(*row) for row in rows]
