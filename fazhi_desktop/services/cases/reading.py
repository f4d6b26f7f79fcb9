"""Reading cases: the list (the ordered ids of a filter and sort, then the lines of the ids on
screen, both in SQL) and the full record of one case."""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from itertools import chain
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.idnumber import mask_id_number
from fazhi_desktop.domain.phone import mask_phone
from fazhi_desktop.domain.vocab import (
    REPORTED_CHANNEL,
    CaseState,
    Channel,
    DeadlineState,
    Nature,
    Source,
    Tier,
)
from fazhi_desktop.services.clock.rules import triage_rules
from fazhi_desktop.services.clock.triage import deadline_condition
from fazhi_desktop.services.context import Context
from fazhi_desktop.store import search
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


@dataclass
class CaseFilter:
    """What the list shows. Empty fields filter nothing."""

    date_from: date | None = None
    date_to: date | None = None
    channel: str | None = None
    source: str | None = None
    region_id: int | None = None
    category_id: int | None = None
    nature: str | None = None
    states: tuple[str, ...] = ()
    tier: str | None = None
    office_id: int | None = None
    text: str = ""
    #: 超期 / 即将到期 / 未到期 (a `DeadlineState` code), by the case's next deadline.
    deadline_state: str | None = None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    number: str
    registered_on: date
    channel: str
    source: str
    principal_name: str | None
    region_name: str | None
    category_name: str | None
    nature: str | None
    summary: str
    state: str
    due_date: date | None
    tier: str | None
    tier_reasons: str | None
    head_count: int
    is_collective: bool
    is_repeat: bool
    #: Which deadline `due_date` is (a `DeadlineKind` code).
    deadline_kind: str | None = None
    #: The 研判 decision in words, when the meeting set the tier.
    tier_note: str | None = None


def _vocabulary_order(column: Any, vocabulary: type[StrEnum]) -> Any:
    """A code column sorted in its vocabulary's order (红 黄 绿; 来访 来信 网上 来电 …), not by the
    English code the database holds, which the clerk never sees."""
    ranks = [(column == member.value, rank) for rank, member in enumerate(vocabulary)]
    return when(*ranks, else_=len(ranks))


#: The columns the list may sort by. A name sorts by the name (问题属地 by the region's, 内容分类 by
#: the category's); `_order` adds the id after each, so the order is total and pages never overlap.
SORT_COLUMNS: dict[str, Any] = {
    "number": Case.number,
    "registered_on": Case.registered_on,
    "channel": _vocabulary_order(Case.channel, Channel),
    "source": _vocabulary_order(Case.source, Source),
    "principal_name": Case.principal_name,
    "region_name": Region.name,
    "category_name": Category.name,
    "nature": _vocabulary_order(Case.nature, Nature),
    "summary": Case.summary,
    "state": _vocabulary_order(Case.state, CaseState),
    "due_date": Case.due_date,
    "tier": _vocabulary_order(Case.tier, Tier),
    "head_count": Case.head_count,
}
#: The directory a sort key's name comes from, and how it joins (only for that sort).
_NAME_JOINS: dict[str, tuple[Any, Any]] = {
    "region_name": (Region, Region.id == Case.region_id),
    "category_name": (Category, Category.id == Case.category_id),
}
#: 按紧急程度: overdue first, then the fewest days left, red before yellow before green; no deadline last.
URGENCY = "urgency"
_TIER_RANK = when((Case.tier == "red", 0), (Case.tier == "yellow", 1), (Case.tier == "green", 2), else_=3)


def _order(sort: str, descending: bool) -> list[Any]:
    if sort == URGENCY:
        keys = [Case.due_date, _TIER_RANK, Case.id]
        return [Case.due_date.is_(None), *(k.desc() if descending else k.asc() for k in keys)]
    column = SORT_COLUMNS.get(sort, Case.registered_on)
    # Empty last either way, on both databases (SQLite puts NULL first going up, PostgreSQL last).
    if descending:
        return [column.desc().nulls_last(), Case.id.desc()]
    return [column.asc().nulls_last(), Case.id.asc()]


def _deadline_conditions(session: Session, f: CaseFilter) -> list[ColumnElement[bool]]:
    """The deadline-state filter, by today and the due-soon setting (as the tiers count it)."""
    if not f.deadline_state:
        return []
    soon = triage_rules(session).due_soon_days
    return [deadline_condition(DeadlineState(f.deadline_state), clock.today(), soon)]


def _conditions(f: CaseFilter, dialect: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.date_from:
        conditions.append(Case.registered_on >= f.date_from)
    if f.date_to:
        conditions.append(Case.registered_on <= f.date_to)
    if f.channel:
        reported = Channel(f.channel)
        conditions.append(Case.channel.in_([c.value for c, r in REPORTED_CHANNEL.items() if r is reported]))
    if f.source:
        conditions.append(Case.source == f.source)
    if f.region_id:
        # A township matches its villages too.
        villages = select(Region.id).where(Region.parent_id == f.region_id)
        conditions.append(or_(Case.region_id == f.region_id, Case.region_id.in_(villages)))
    if f.category_id:
        children = select(Category.id).where(Category.parent_id == f.category_id)
        conditions.append(or_(Case.category_id == f.category_id, Case.category_id.in_(children)))
    if f.nature:
        conditions.append(Case.nature == f.nature)
    if f.states:
        conditions.append(Case.state.in_(f.states))
    if f.tier:
        conditions.append(Case.tier == f.tier)
    if f.office_id:
        conditions.append(Case.office_id == f.office_id)
    text = f.text.strip()
    if text:
        # A case number (or its start), a petitioner's name, or words anywhere in the case.
        conditions.append(search.matches(dialect, text))
    return conditions


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count_cases(ctx: Context, f: CaseFilter) -> int:
    with ctx.db.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Case)
                .where(*_conditions(f, ctx.db.engine.dialect.name), *_deadline_conditions(session, f))
            )
            or 0
        )


_ROW_COLUMNS = (
    Case.id,
    Case.number,
    Case.registered_on,
    Case.channel,
    Case.source,
    Case.principal_name,
    Region.name,
    Category.name,
    Case.nature,
    Case.summary,
    Case.state,
    Case.due_date,
    Case.tier,
    Case.tier_reasons,
    Case.head_count,
    Case.is_collective,
    Case.is_repeat,
    Case.deadline_kind,
    Case.tier_note,
)


def _row_query() -> Select[*tuple[Any, ...]]:
    return (
        select(*_ROW_COLUMNS)
        .outerjoin(Region, Region.id == Case.region_id)
        .outerjoin(Category, Category.id == Case.category_id)
    )


def case_ids(
    ctx: Context, f: CaseFilter, *, sort: str = "registered_on", descending: bool = True
) -> array[int]:
    """The ids of every case the filter keeps, in the list's order (`sort` a key of SORT_COLUMNS, or
    URGENCY): filtered and sorted in SQL, 8 bytes a case, so a list holds its whole result and reads
    only the lines on screen (`case_rows`)."""
    with ctx.db.reading() as session:
        query = select(Case.id).where(
            *_conditions(f, ctx.db.engine.dialect.name), *_deadline_conditions(session, f)
        )
        if sort in _NAME_JOINS:
            query = query.outerjoin(*_NAME_JOINS[sort])
        return ordered_ids(session, query.order_by(*_order(sort, descending)))


def ordered_ids(session: Session, query: Select[int]) -> array[int]:
    """The ids a query selects, in its order, read from the driver's cursor without a Row object
    each: that takes 40 % off reading a whole list's ids (benchmarks/RESULTS.md)."""
    result = session.connection().execute(query)
    ids: array[int] = array("q")
    try:
        while chunk := result.cursor.fetchmany(10_000):
            ids.extend(chain.from_iterable(chunk))
    finally:
        result.close()
    return ids


def case_rows(ctx: Context, ids: Sequence[int]) -> list[CaseRow]:
    """The lines of the given cases, in the order of `ids` (a case no longer there is left out)."""
    if not ids:
        return []
    with ctx.db.reading() as session:
        found = {row[0]: CaseRow(*row) for row in session.execute(_row_query().where(Case.id.in_(list(ids))))}
    return [found[i] for i in ids if i in found]


def list_cases(
    ctx: Context,
    f: CaseFilter,
    *,
    sort: str = "registered_on",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[CaseRow]:
    """One page of the list in the order of `case_ids` (a new list's first screen, the command line)."""
    with ctx.db.reading() as session:
        query = (
            _row_query()
            .where(*_conditions(f, ctx.db.engine.dialect.name), *_deadline_conditions(session, f))
            .order_by(*_order(sort, descending))
            .offset(offset)
            .limit(limit)
        )
        return [CaseRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class PetitionerView:
    id: int
    name: str
    role: str
    sex: str | None
    birth_date: date | None
    id_number: str | None
    phone: str | None
    address: str | None


@dataclass(frozen=True)
class StepView:
    id: int
    kind: str
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


@dataclass(frozen=True)
class CaseDetail:
    """The full record of one case."""

    id: int
    uuid: uuid.UUID
    number: str
    fields: dict[str, Any]
    petitioners: list[PetitionerView] = field(default_factory=list)
    steps: list[StepView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    matter_cases: list[tuple[int, str, date, bool]] = field(default_factory=list)


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
    """Every field, the petitioners, the timeline and the attachments; the view is written to the audit log."""
    with ctx.db.reading() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise UserError(f"信访件（编号 {case_id}）不存在，可能已被删除。")
        detail = CaseDetail(
            id=case.id,
            uuid=case.uuid,
            number=case.number,
            fields=_fields(session, case),
            petitioners=_petitioners(session, case.id, unmasked),
            steps=[
                StepView(
                    s.id, s.kind, s.occurred_on, s.recorded_at, s.actor, dict(s.details), s.note, str(s.uuid)
                )
                for s in session.scalars(
                    select(Step).where(Step.case_id == case.id).order_by(Step.occurred_on, Step.id)
                )
            ],
            attachments=[
                AttachmentView(*row)
                for row in session.execute(
                    select(
                        Attachment.id,
                        Attachment.filename,
                        Attachment.media_type,
                        Attachment.size,
                        Attachment.created_at,
                    )
                    .where(Attachment.case_id == case.id)
                    .order_by(Attachment.id)
                )
            ],
            matter_cases=[
                (row.id, row.number, row.registered_on, row.is_repeat)
                for row in session.execute(
                    select(Case.id, Case.number, Case.registered_on, Case.is_repeat)
                    .where(Case.matter_id == case.matter_id)
                    .order_by(Case.registered_on, Case.id)
                )
            ],
        )
    record_access(
        ctx.db,
        ctx.user,
        "case.view",
        f"查看信访件 {detail.number}{'（未遮蔽）' if unmasked else ''}",
        entity="case",
        entity_uuid=detail.uuid,
    )
    return detail


def _fields(session: Session, case: Case) -> dict[str, Any]:
    def name_of(model: Any, key: int | None) -> str | None:
        if key is None:
            return None
        row = session.get(model, key)
        return row.name if row is not None else None

    region = session.get(Region, case.region_id) if case.region_id else None
    township = session.get(Region, region.parent_id) if region is not None and region.parent_id else None
    return {
        "number": case.number,
        "channel": case.channel,
        "source": case.source,
        "upper_number": case.upper_number,
        "upper_deadline": case.upper_deadline,
        "online_number": case.online_number,
        "registered_on": case.registered_on,
        "registered_at": case.registered_at,
        "postmarked_on": case.postmarked_on,
        "received_on": case.received_on,
        "envelope_address": case.envelope_address,
        "nature": case.nature,
        "purpose": name_of(Purpose, case.purpose_id),
        "category": name_of(Category, case.category_id),
        "region": "".join(r.name for r in (township, region) if r is not None) or None,
        "head_count": case.head_count,
        "is_collective": case.is_collective,
        "accused": case.accused,
        "accused_unit": name_of(Unit, case.accused_unit_id),
        "summary": case.summary,
        "content": case.content,
        "cross_level": case.cross_level,
        "urgent": case.urgent,
        "threat": case.threat,
        "three_cross": case.three_cross,
        "anonymous": case.anonymous,
        "consent_public": case.consent_public,
        "not_public": case.not_public,
        "is_repeat": case.is_repeat,
        "state": case.state,
        "handling_unit": name_of(Unit, case.handling_unit_id),
        "closed_on": case.closed_on,
        "satisfaction": case.satisfaction,
        "due_date": case.due_date,
        "tier": case.tier,
        "tier_reasons": case.tier_reasons,
        "auto_tier": case.auto_tier,
        "assessed_tier": case.assessed_tier,
        "tier_note": case.tier_note,
        "review_on": case.review_on,
        "leader": case.leader,
        "supervised": case.supervised,
        "deadline_kind": case.deadline_kind,
        "window_end": case.window_end,
        "report_owed": case.report_owed,
        "needs_attention": case.needs_attention,
        "created_by": case.created_by,
    }


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
