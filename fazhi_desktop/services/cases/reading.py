"""Reading cases: the list (the ordered ids of a filter and sort, then the lines of the ids on
screen, both in SQL); the full record of one case is `detail`."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import chain
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, or_, select
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.progress import CancelCheck, check
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
from fazhi_desktop.services.archive.guard import archived_ids_like
from fazhi_desktop.services.clock.as_of import open_as_of, state_as_of, state_in_as_of, tier_as_of
from fazhi_desktop.services.clock.rules import triage_rules
from fazhi_desktop.services.clock.triage import deadline_condition
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
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
    "due_date": Case.due_date,
    "head_count": Case.head_count,
}
#: The directory a sort key's name comes from, and how it joins (only for that sort).
_NAME_JOINS: dict[str, tuple[Any, Any]] = {
    "region_name": (Region, Region.id == Case.region_id),
    "category_name": (Category, Category.id == Case.category_id),
}
#: 按紧急程度: overdue first, then the fewest days left, red before yellow before green; no deadline last.
URGENCY = "urgency"


@dataclass(frozen=True)
class _AsOf:
    """The day the list is read on and the due-soon setting: the state and tier are as of that day."""

    today: date
    soon_days: int

    @classmethod
    def now(cls, session: Session) -> _AsOf:
        return cls(clock.today(), triage_rules(session).due_soon_days)

    def state(self) -> Any:
        return state_as_of(self.today)

    def tier(self) -> Any:
        return tier_as_of(self.today, self.soon_days)


def _order(sort: str, descending: bool, as_of: _AsOf, *, backwards: bool = False) -> list[Any]:
    """The list's ORDER BY; `backwards` is its exact reverse (the end of the list read from its last
    row with a LIMIT, empty values and ties included), which an index serves as well as the order."""
    if sort == URGENCY:
        keys = [Case.due_date, _vocabulary_order(as_of.tier(), Tier), Case.id]
        no_deadline = Case.due_date.is_(None)
        down = descending != backwards
        return [
            no_deadline.desc() if backwards else no_deadline,
            *(k.desc() if down else k.asc() for k in keys),
        ]
    # The state and the tier as of today (services/clock/as_of.py), not as re-tiering last wrote them.
    as_of_columns = {
        "state": _vocabulary_order(as_of.state(), CaseState),
        "tier": _vocabulary_order(as_of.tier(), Tier),
    }
    column = as_of_columns.get(sort, SORT_COLUMNS.get(sort, Case.registered_on))
    # Empty last either way, on both databases (SQLite puts NULL first going up, PostgreSQL last);
    # read backwards, empty first.
    if backwards:
        if descending:
            return [column.asc().nulls_first(), Case.id.asc()]
        return [column.desc().nulls_first(), Case.id.desc()]
    if descending:
        return [column.desc().nulls_last(), Case.id.desc()]
    return [column.asc().nulls_last(), Case.id.asc()]


def _deadline_conditions(session: Session, f: CaseFilter) -> list[ColumnElement[bool]]:
    """The deadline-state filter, by today and the due-soon setting (as the tiers count it)."""
    if not f.deadline_state:
        return []
    soon = triage_rules(session).due_soon_days
    return [deadline_condition(DeadlineState(f.deadline_state), clock.today(), soon)]


def _conditions(f: CaseFilter, dialect: str, as_of: _AsOf) -> list[ColumnElement[bool]]:
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
        conditions.append(state_in_as_of(as_of.today, f.states))
    if f.tier:
        conditions.extend((open_as_of(as_of.today), as_of.tier() == f.tier))
    if f.office_id:
        conditions.append(Case.office_id == f.office_id)
    text = f.text.strip()
    if text:
        # A case number (or its start), a petitioner's name, or words anywhere in the case.
        matched = search.matches(dialect, text)
        for archived in _archived(text):
            matched = or_(matched, Case.id.in_(archived))
        conditions.append(matched)
    return conditions


def filter_conditions(ctx: Context, session: Session, f: CaseFilter) -> list[ColumnElement[bool]]:
    """The WHERE of a filter exactly as the list applies it (an export of what the list shows)."""
    return [
        *_conditions(f, ctx.db.engine.dialect.name, _AsOf.now(session)),
        *_deadline_conditions(session, f),
    ]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search_alone(ctx: Context, f: CaseFilter) -> search.Found | None:
    """The cases of a filter that is a search and nothing else, as a user who sees every case has it,
    from the search indexes (store/search.found_by_index, with the 档号 part): counted and paged
    without looking up each case found. None for any other filter, or where only a scan answers."""
    text = f.text.strip()
    if not text or f != CaseFilter(text=f.text) or ctx.actor.scoped_township is not None:
        return None
    return search.found_by_index(ctx.db.engine.dialect.name, text, also=_archived(text))


def _archived(text: str) -> tuple[Select[Any], ...]:
    """Words with a digit may also be the start of a filed matter's archive number (档号)."""
    return (archived_ids_like(text),) if any(ch.isdigit() for ch in text) else ()


def count_cases(ctx: Context, f: CaseFilter) -> int:
    found = _search_alone(ctx, f)
    with ctx.db.reading() as session:
        if found is not None and found.check is None:
            # Every id the indexes give is a case's: counted without looking each one up.
            return int(session.scalar(select(func.count()).select_from(found.ids.subquery())) or 0)
        if found is not None:  # each candidate read once, for its text
            return int(session.scalar(select(func.count()).select_from(Case).where(found.condition())) or 0)
        return int(
            session.scalar(
                select(func.count())
                .select_from(Case)
                .where(
                    *_conditions(f, ctx.db.engine.dialect.name, _AsOf.now(session)),
                    *_deadline_conditions(session, f),
                    case_scope(ctx),
                )
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
    Case.due_date,
    Case.tier_reasons,
    Case.head_count,
    Case.is_collective,
    Case.is_repeat,
    Case.deadline_kind,
    Case.tier_note,
)


def _row_query(as_of: _AsOf) -> Select[*tuple[Any, ...]]:
    columns = list(_ROW_COLUMNS)
    # CaseListRow's order: the state before due_date, the tier after it.
    at = columns.index(Case.due_date)
    columns[at : at + 1] = [as_of.state(), Case.due_date, as_of.tier()]
    return (
        select(*columns)
        .outerjoin(Region, Region.id == Case.region_id)
        .outerjoin(Category, Category.id == Case.category_id)
    )


def case_ids(
    ctx: Context,
    f: CaseFilter,
    *,
    sort: str = "registered_on",
    descending: bool = True,
    cancelled: CancelCheck | None = None,
) -> array[int]:
    """The ids of every case the filter keeps, in the list's order (`sort` a key of SORT_COLUMNS, or
    URGENCY): filtered and sorted in SQL, 8 bytes a case, so a list holds its whole result and reads
    only the lines on screen (`case_rows`). The list reads them off the GUI thread and drops a read
    it no longer wants (`cancelled`, asked between chunks)."""
    with ctx.db.reading() as session:
        as_of = _AsOf.now(session)
        query = select(Case.id).where(
            *_conditions(f, ctx.db.engine.dialect.name, as_of),
            *_deadline_conditions(session, f),
            case_scope(ctx),
        )
        if sort in _NAME_JOINS:
            query = query.outerjoin(*_NAME_JOINS[sort])
        return ordered_ids(session, query.order_by(*_order(sort, descending, as_of)), cancelled)


def ordered_ids(session: Session, query: Select[int], cancelled: CancelCheck | None = None) -> array[int]:
    """The ids a query selects, in its order, read from the driver's cursor without a Row object
    each: that takes 40 % off reading a whole list's ids (benchmarks/RESULTS.md)."""
    result = session.connection().execute(query)
    ids: array[int] = array("q")
    try:
        while chunk := result.cursor.fetchmany(10_000):
            check(cancelled)
            ids.extend(chain.from_iterable(chunk))
    finally:
        result.close()
    return ids


def case_rows(ctx: Context, ids: Sequence[int]) -> list[CaseListRow]:
    """The lines of the given cases, in the order of `ids` (a case no longer there is left out)."""
    if not ids:
        return []
    with ctx.db.reading() as session:
        query = _row_query(_AsOf.now(session)).where(Case.id.in_(list(ids)), case_scope(ctx))
        found = {row[0]: CaseListRow(*row) for row in session.execute(query)}
    return [found[i] for i in ids if i in found]


def list_cases(
    ctx: Context,
    f: CaseFilter,
    *,
    sort: str = "registered_on",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
    from_end: bool = False,
) -> list[CaseListRow]:
    """One page of the list in the order of `case_ids` (a new list's first screen, the command line);
    `from_end` counts the offset from the list's last row (its last screen without reading every id
    before it: the reversed ORDER BY with a LIMIT), the page still in the list's order."""
    with ctx.db.reading() as session:
        as_of = _AsOf.now(session)
        query = _row_query(as_of).where(
            *_conditions(f, ctx.db.engine.dialect.name, as_of),
            *_deadline_conditions(session, f),
            case_scope(ctx),
        )
        if sort == URGENCY and offset == 0 and not from_end:
            return _most_urgent_first(session, query, as_of, descending, limit)
        found = _search_alone(ctx, f) if sort == "registered_on" else None
        if found is not None and _walk_dates(session, found.ids, offset + limit):
            query = _row_query(as_of).where(found.condition(Case.id + 0))
        query = (
            query.order_by(*_order(sort, descending, as_of, backwards=from_end)).offset(offset).limit(limit)
        )
        rows = [CaseListRow(*row) for row in session.execute(query)]
    return rows[::-1] if from_end else rows


def _walk_dates(session: Session, found: CompoundSelect[Any], rows: int) -> bool:
    """Whether a page of a search in date order is read faster by walking the date index and keeping
    the cases found (about rows × cases ÷ found entries read, each ~0.1 µs) than by looking up every
    case found and sorting them (~4 µs each; benchmarks/RESULTS.md). `found`: the ids the indexes
    give (for a word of 2 characters, the candidates: enough to choose). SQLite alone: it takes the
    lookups unless the condition is written so that the id's index cannot serve it."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    n = int(session.scalar(select(func.count()).select_from(found.subquery())) or 0)
    cases = int(session.scalar(select(func.max(Case.id))) or 0)
    return n * n * 40 > rows * cases


def _most_urgent_first(
    session: Session, query: Select[*tuple[Any, ...]], as_of: _AsOf, descending: bool, limit: int
) -> list[CaseListRow]:
    """The top of 按紧急程度 as two queries: the cases with a deadline in due_date order (the index
    gives them in order; only ties are sorted), then, if the screen is not full, those without one.
    As one ORDER BY (no deadline last), SQLite sorts every case to show the first 200."""
    order = _order(URGENCY, descending, as_of)[1:]  # the same keys, without "no deadline last"
    dated = query.where(Case.due_date.is_not(None)).order_by(*order).limit(limit)
    rows = [CaseListRow(*row) for row in session.execute(dated)]
    if len(rows) < limit:
        undated = query.where(Case.due_date.is_(None)).order_by(*order).limit(limit - len(rows))
        rows += [CaseListRow(*row) for row in session.execute(undated)]
    return rows
