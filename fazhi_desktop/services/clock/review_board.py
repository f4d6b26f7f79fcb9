"""The 研判 board: the open red and yellow cases, with their reasons, owner and next deadline.

Counted, filtered and ordered in SQL (red first, then by urgency: the nearest deadline first, cases
without one last); the board holds each tier's ordered ids and reads the lines of those on screen, as
the case list does.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy import case as when
from sqlalchemy.orm import aliased

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.vocab import DeadlineState, Tier
from fazhi_desktop.services.cases.reading import ordered_ids
from fazhi_desktop.services.clock.as_of import open_as_of, overdue_as_of, state_as_of, tier_as_of
from fazhi_desktop.services.clock.rules import triage_rules
from fazhi_desktop.services.clock.triage import deadline_condition
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings.decisions import last_decisions
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Region, Unit

#: The tiers the board lists, in its order.
BOARD_TIERS = (Tier.RED, Tier.YELLOW)
#: Which cases a "研判" filter keeps: never reviewed, review date reached, reviewed.
REVIEW_CHOICES = ("never", "due", "decided")


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. Empty fields filter nothing."""

    tier: str | None = None
    #: A township (its villages included) or a village.
    region_id: int | None = None
    #: The handling unit.
    unit_id: int | None = None
    #: A DeadlineState code: 超期 / 即将到期 / 未到期 / 无期限.
    deadline_state: str | None = None
    #: One of REVIEW_CHOICES.
    review: str | None = None


@dataclass(frozen=True)
class BoardRow:
    """One case on the board."""

    id: int
    number: str
    registered_on: date
    principal_name: str | None
    township: str | None
    village: str | None
    summary: str
    state: str
    tier: str
    auto_tier: str | None
    tier_reasons: str | None
    tier_note: str | None
    assessed_tier: str | None
    review_on: date | None
    unit_name: str | None
    leader: str | None
    due_date: date | None
    deadline_kind: str | None
    head_count: int
    #: What the last 研判 meeting that discussed the case decided (services/meetings), in words.
    meeting_decision: str | None = None

    @property
    def region(self) -> str | None:
        """属地: the township and the village, as the case detail shows it."""
        return "".join(p for p in (self.township, self.village) if p) or None


@dataclass(frozen=True)
class BoardCounts:
    """The figures at the top of the board, for the filter in force (the tier filter aside)."""

    red: int
    yellow: int
    overdue: int
    review_due: int

    def of(self, tier: str) -> int:
        return self.red if tier == Tier.RED.value else self.yellow if tier == Tier.YELLOW.value else 0


def _conditions(f: BoardFilter, soon_days: int, today: date) -> list[ColumnElement[bool]]:
    """The filter's conditions on open cases, the tier aside (`_tier_is` adds it)."""
    conditions: list[ColumnElement[bool]] = [open_as_of(today)]
    if f.region_id:
        villages = select(Region.id).where(Region.parent_id == f.region_id)
        conditions.append(or_(Case.region_id == f.region_id, Case.region_id.in_(villages)))
    if f.unit_id:
        conditions.append(Case.handling_unit_id == f.unit_id)
    if f.deadline_state:
        conditions.append(deadline_condition(DeadlineState(f.deadline_state), today, soon_days))
    if f.review == "never":
        conditions.append(Case.assessed_tier.is_(None))
    elif f.review == "due":
        conditions.append(Case.review_on <= today)
    elif f.review == "decided":
        conditions.append(Case.assessed_tier.is_not(None))
    return conditions


def _tier_is(tier: str, soon_days: int, today: date) -> ColumnElement[bool]:
    return tier_as_of(today, soon_days) == tier


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(when((condition, 1), else_=0)), 0)


def board_counts(ctx: Context, f: BoardFilter) -> BoardCounts:
    """How many red and yellow cases the filter keeps, how many are overdue, how many are due a review."""
    today = clock.today()
    with ctx.db.reading() as session:
        soon = triage_rules(session).due_soon_days
        tier = tier_as_of(today, soon)
        # Overdue counts every open case the filter keeps, by the one query the 工作台 and the list
        # use, so a case a 研判 decision made green is still counted overdue.
        query = select(
            _count(tier == Tier.RED.value),
            _count(tier == Tier.YELLOW.value),
            _count(overdue_as_of(today)),
            _count(and_(tier.in_([t.value for t in BOARD_TIERS]), Case.review_on <= today)),
        ).where(*_conditions(f, soon, today), case_scope(ctx))
        red, yellow, overdue, review_due = session.execute(query).one()
    return BoardCounts(int(red), int(yellow), int(overdue), int(review_due))


def _query(today: date, soon_days: int) -> Select[Any]:
    region, township = aliased(Region), aliased(Region)
    return (
        select(
            Case.id,
            Case.number,
            Case.registered_on,
            Case.principal_name,
            func.coalesce(township.name, region.name),
            when((township.id.is_not(None), region.name), else_=None),
            Case.summary,
            state_as_of(today),
            tier_as_of(today, soon_days),
            Case.auto_tier,
            Case.tier_reasons,
            Case.tier_note,
            Case.assessed_tier,
            Case.review_on,
            Unit.name,
            Case.leader,
            Case.due_date,
            Case.deadline_kind,
            Case.head_count,
        )
        .outerjoin(region, region.id == Case.region_id)
        .outerjoin(township, township.id == region.parent_id)
        .outerjoin(Unit, Unit.id == Case.handling_unit_id)
    )


#: The most urgent first: overdue, then the fewest days left; cases without a deadline last.
_ORDER = (Case.due_date.is_(None), Case.due_date, Case.id)


def board_ids(ctx: Context, f: BoardFilter, tier: str) -> array[int]:
    """The ids of one tier's cases on the board, the most urgent first."""
    today = clock.today()
    with ctx.db.reading() as session:
        soon = triage_rules(session).due_soon_days
        query = (
            select(Case.id)
            .where(*_conditions(f, soon, today), case_scope(ctx), _tier_is(tier, soon, today))
            .order_by(*_ORDER)
        )
        return ordered_ids(session, query)


def board_rows_of(ctx: Context, ids: Sequence[int]) -> list[BoardRow]:
    """The board's lines of the given cases, in the order of `ids` (a case no longer there is left out)."""
    if not ids:
        return []
    with ctx.db.reading() as session:
        query = _query(clock.today(), triage_rules(session).due_soon_days).where(
            Case.id.in_(list(ids)), case_scope(ctx)
        )
        found = {row[0]: BoardRow(*row) for row in session.execute(query)}
    decided = last_decisions(ctx, list(found))
    return [
        replace(found[i], meeting_decision=decided[i].text()) if i in decided else found[i]
        for i in ids
        if i in found
    ]


def board_rows(
    ctx: Context, f: BoardFilter, tier: str, *, offset: int = 0, limit: int = 200
) -> list[BoardRow]:
    """One page of one tier's cases, in the order of `board_ids` (a page read on its own: tests, benchmarks)."""
    today = clock.today()
    with ctx.db.reading() as session:
        soon = triage_rules(session).due_soon_days
        query = (
            _query(today, soon)
            .where(*_conditions(f, soon, today), case_scope(ctx), _tier_is(tier, soon, today))
            .order_by(*_ORDER)
            .offset(offset)
            .limit(limit)
        )
        return [BoardRow(*row) for row in session.execute(query)]
