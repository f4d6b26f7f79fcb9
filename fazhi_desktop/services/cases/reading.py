"""Reading cases: pages of the list, filtered and sorted in SQL (the full record of one case is `detail`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.vocab import (
    REPORTED_CHANNEL,
    CaseState,
    Channel,
    DeadlineKind,
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
    Case,
    Category,
    Region,
)


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
class CaseListRow:
    """One line of the case list."""

    id: int
    number: str
    registered_on: date
    channel: Channel
    source: Source
    principal_name: str | None
    region_name: str | None
    category_name: str | None
    nature: Nature | None
    summary: str
    state: CaseState
    due_date: date | None
    tier: Tier | None
    tier_reasons: str | None
    head_count: int
    is_collective: bool
    is_repeat: bool
    #: Which deadline `due_date` is.
    deadline_kind: DeadlineKind | None = None
    #: The 研判 decision in words, when the meeting set the tier.
    tier_note: str | None = None


#: The columns the list may sort by, each with a unique tie-breaker so pages never overlap.
SORT_COLUMNS: dict[str, Any] = {
    "number": Case.number,
    "registered_on": Case.registered_on,
    "channel": Case.channel,
    "source": Case.source,
    "principal_name": Case.principal_name,
    "region_name": Case.region_id,
    "category_name": Case.category_id,
    "nature": Case.nature,
    "summary": Case.summary,
    "state": Case.state,
    "due_date": Case.due_date,
    "tier": Case.tier,
    "head_count": Case.head_count,
}
#: 按紧急程度: overdue first, then the fewest days left, red before yellow before green; no deadline last.
URGENCY = "urgency"
_TIER_RANK = when((Case.tier == "red", 0), (Case.tier == "yellow", 1), (Case.tier == "green", 2), else_=3)


def _order(sort: str, descending: bool) -> list[Any]:
    if sort == URGENCY:
        keys = [Case.due_date, _TIER_RANK, Case.id]
        return [Case.due_date.is_(None), *(k.desc() if descending else k.asc() for k in keys)]
    column = SORT_COLUMNS.get(sort, Case.registered_on)
    return [column.desc(), Case.id.desc()] if descending else [column.asc(), Case.id.asc()]


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


def _row_query(f: CaseFilter, dialect: str) -> Select[*tuple[Any, ...]]:
    return (
        select(
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
        .outerjoin(Region, Region.id == Case.region_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .where(*_conditions(f, dialect))
    )


def list_cases(
    ctx: Context,
    f: CaseFilter,
    *,
    sort: str = "registered_on",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[CaseListRow]:
    """One page of the list, sorted in SQL (`sort` a key of SORT_COLUMNS, or URGENCY)."""
    with ctx.db.reading() as session:
        query = (
            _row_query(f, ctx.db.engine.dialect.name)
            .where(*_deadline_conditions(session, f))
            .order_by(*_order(sort, descending))
            .offset(offset)
            .limit(limit)
        )
        return [CaseListRow(*row) for row in session.execute(query)]
