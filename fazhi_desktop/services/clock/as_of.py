"""A case as of a day, in SQL: the state and the tier its steps and that day give, without a re-tiering.

The derived columns of a case row are written when a step is (services/clock/case_state.py) and
refreshed for a new day by `retier`; but a reader must not depend on when that last ran. Between two
steps the derived state changes with time in only these ways (domain/procedure_walk.py,
domain/triage.py), each at a date the row already holds:
- a delivered reply (or 复查意见) whose 复查/复核 request window has run out (`window_end` before the
  day) is 已办结, closed on `window_end`, and has no tier any more unless it owes a 办结报告;
- the automatic tier is the higher of the facts' own (`fact_tier`) and the deadline's: yellow from
  `due_soon_days` before `due_date`, red after it;
- a 研判 decision sets the tier until its 下次研判 date (`review_on`) has passed.
So every reader (statistics, 工作台, lists, the 研判 board) asks these expressions with today's date,
and the stored `state`, `tier` and `closed_on` are a cache of them; `case show` derives the one case
from its steps (case_state.as_of). Only the reasons in words wait for the next re-tiering.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, type_coerce

from fazhi_desktop.domain.vocab import CLOSED_STATES, CaseState, Tier
from fazhi_desktop.store.models import Case

#: The states a request window follows: the window's end closes the matter (办结).
WINDOW_STATES = (CaseState.DELIVERED.value, CaseState.REVIEW_DELIVERED.value)
CLOSED = [s.value for s in CLOSED_STATES]
TIER_CODES = [t.value for t in Tier]


def lapsed(today: date) -> ColumnElement[bool]:
    """Cases whose 复查/复核 window ran out before `today`, though the row may still say 已送达."""
    # Never NULL (a NULL would turn NOT lapsed into NULL too): a case without a window has not lapsed.
    return and_(Case.state.in_(WINDOW_STATES), Case.window_end.is_not(None), Case.window_end < today)


def state_as_of(today: date) -> ColumnElement[Any]:
    """The state on `today` (loads as a CaseState)."""
    value = case((lapsed(today), literal(CaseState.COMPLETED.value)), else_=Case.state)
    return type_coerce(value, Case.state.type)


def state_in_as_of(today: date, states: Iterable[str]) -> ColumnElement[bool]:
    """`state_as_of(today) IN states`, written so that the state index still serves it."""
    wanted = {str(s) for s in states}
    kept: ColumnElement[bool] = Case.state.in_(sorted(wanted))
    if wanted & set(WINDOW_STATES):
        kept = and_(kept, not_(lapsed(today)))
    return or_(kept, lapsed(today)) if CaseState.COMPLETED.value in wanted else kept


def closed_on_as_of(today: date) -> ColumnElement[Any]:
    """The day the case closed, as of `today` (a lapsed window closes it on its last day)."""
    return case((lapsed(today), Case.window_end), else_=Case.closed_on)


def closed_as_of_in(today: date, start: date, end: date) -> ColumnElement[bool]:
    """Closed as of `today` (`closed_as_of`) on a day between `start` and `end` (`closed_on_as_of`),
    written so that the closed_on index (and the state index, for the few lapsed windows) finds the
    cases: asked as the CASE expression the day is, they were looked for among every closed case."""
    return or_(
        # A stored closed state is never one a request window follows, so it has not lapsed. The
        # state is read through coalesce so the planner (no ANALYZE statistics) takes the closed_on
        # range rather than every closed case by the state index.
        and_(
            Case.closed_on >= start, Case.closed_on <= end, func.coalesce(Case.state, Case.state).in_(CLOSED)
        ),
        and_(lapsed(today), Case.window_end >= start, Case.window_end <= end),
    )


def closed_as_of(today: date) -> ColumnElement[bool]:
    """Closed (办结, 已结束, 已终结) on `today`."""
    return or_(Case.state.in_(CLOSED), lapsed(today))


def ends_as_of(today: date) -> ColumnElement[bool]:
    """Cases whose tier a lapsed window has ended: closed, and owing no higher level a 办结报告 (a case
    that does keeps its tier and its 上级期限 until the report is sent)."""
    return and_(lapsed(today), Case.report_owed.is_not(True))


def open_as_of(today: date) -> ColumnElement[bool]:
    """Cases the clock still runs for on `today` (every one has a tier): open ones, and closed ones
    owing a higher level its 办结报告 (domain.procedure_states.Derived.is_open)."""
    # `tier IN (…)` rather than IS NOT NULL: the tier index then finds the few open cases at once.
    return and_(Case.tier.in_(TIER_CODES), not_(ends_as_of(today)))


def automatic_tier_as_of(today: date, soon_days: int) -> ColumnElement[Any]:
    """The automatic tier on `today` of a case open then: its facts' floor raised by its deadline."""
    soon = today + timedelta(days=soon_days)
    value = case(
        (or_(Case.fact_tier == Tier.RED.value, Case.due_date < today), literal(Tier.RED.value)),
        (or_(Case.fact_tier == Tier.YELLOW.value, Case.due_date <= soon), literal(Tier.YELLOW.value)),
        else_=literal(Tier.GREEN.value),
    )
    return type_coerce(value, Case.tier.type)


def assessment_holds(today: date) -> ColumnElement[bool]:
    """A 研判 decision still in force on `today` (domain.triage.assessment_holds)."""
    return and_(Case.assessed_tier.is_not(None), or_(Case.review_on.is_(None), Case.review_on >= today))


def tier_as_of(today: date, soon_days: int) -> ColumnElement[Any]:
    """The tier shown on `today` (None once closed): a decision in force, else the automatic tier."""
    value = case(
        (or_(Case.tier.is_(None), ends_as_of(today)), literal(None)),
        (assessment_holds(today), Case.assessed_tier),
        else_=automatic_tier_as_of(today, soon_days),
    )
    return type_coerce(value, Case.tier.type)


def overdue_as_of(today: date) -> ColumnElement[bool]:
    """Open cases past their next deadline: what the 工作台, the 研判 board and the list all count."""
    return and_(open_as_of(today), Case.due_date < today)
