"""Recomputing deadlines and 红黄绿 for every open case: for a new day, a changed setting or calendar.

Closed cases keep what they had; the open ones (and those still owing a higher level its 办结报告)
are read with their steps in two queries, derived and ranked in memory, and only the columns that
changed are written back, one executemany per set of columns. The GUI calls `retier_if_stale` at start-up and at
midnight; `fazhi retier` does it from the command line.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.procedure import StepFact
from fazhi_desktop.domain.progress import Progress
from fazhi_desktop.domain.vocab import FINAL_STATES, CaseState, DeadlineState
from fazhi_desktop.services.clock.as_of import overdue_as_of
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.clock.case_state import DERIVED_COLUMNS, ROW_COLUMNS, ClockRow, compute, step_fact
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import stored_settings
from fazhi_desktop.store.models import Base, Case, Matter, Step
from fazhi_desktop.store.touched import note
from fazhi_desktop.store.writes import change

CHUNK = 5_000


@dataclass(frozen=True)
class RetierResult:
    """How many open cases were recomputed, how many rows changed, and the tiers now."""

    cases: int
    changed: int
    tiers: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    #: What the write touched (store.writes.change).
    changes: Changes = NO_CHANGES


def open_condition() -> ColumnElement[bool]:
    """Cases the clock still runs for: open ones, and closed ones that owe a higher level a report."""
    final = [s.value for s in FINAL_STATES]
    return or_(
        Case.state.not_in(final),
        and_(Case.report_owed.is_(True), Case.state != CaseState.VOID.value),
    )


def deadline_condition(state: DeadlineState, today: date, soon_days: int) -> ColumnElement[bool]:
    """SQL for a list filter by deadline state (the same rule as `domain.triage.deadline_state`);
    overdue is the one count of the 工作台, the 研判 board and the list (`as_of.overdue_as_of`)."""
    soon = today + timedelta(days=soon_days)
    if state is DeadlineState.OVERDUE:
        return overdue_as_of(today)
    if state is DeadlineState.DUE_SOON:
        return and_(Case.due_date >= today, Case.due_date <= soon)
    if state is DeadlineState.ON_TIME:
        return Case.due_date > soon
    return Case.due_date.is_(None)


def _retiered() -> ColumnElement[bool]:
    """The cases a new day (or rule) can change: open ones, and those still carrying a tier."""
    return or_(open_condition(), Case.tier.is_not(None))


def _rows(session: Session, wanted: ColumnElement[bool]) -> list[Any]:
    """The ClockRow values, the root's state, the repeat count and the stored derived columns."""
    root = aliased(Case)
    repeats = (
        select(Case.matter_id.label("matter_id"), func.count().label("n"))
        .where(Case.is_repeat.is_(True), Case.matter_id.in_(select(Case.matter_id).where(wanted)))
        .group_by(Case.matter_id)
        .subquery()
    )
    query = (
        select(
            *ROW_COLUMNS,
            root.state,
            func.coalesce(repeats.c.n, 0),
            *(getattr(Case, name) for name in DERIVED_COLUMNS),
        )
        .join(Matter, Matter.id == Case.matter_id)
        .outerjoin(root, root.id == Matter.root_case_id)
        .outerjoin(repeats, repeats.c.matter_id == Case.matter_id)
        .where(wanted)
    )
    return list(session.execute(query))


def _steps(session: Session, wanted: ColumnElement[bool]) -> dict[int, list[StepFact]]:
    query = select(
        Step.case_id, Step.kind, Step.occurred_on, Step.details, Step.recorded_at, Step.uuid
    ).where(Step.case_id.in_(select(Case.id).where(wanted)))
    steps: dict[int, list[StepFact]] = defaultdict(list)
    for case_id, *values in session.execute(query):
        steps[case_id].append(step_fact(*values))
    return steps


def _derive_rows(
    session: Session,
    wanted: ColumnElement[bool],
    cal: HolidayCalendar,
    today: date,
    tiers: Counter[str],
    progress: Progress | None = None,
) -> tuple[int, int]:
    """Derive the `wanted` cases from their steps and write the rows that changed, in bulk: the
    same `compute` as `refresh_case`, without a query per case. Returns (cases read, rows changed)."""
    rules, ranks = clock_rules(session), triage_rules(session)
    rows = _rows(session, wanted)
    steps = _steps(session, wanted)
    width = len(ROW_COLUMNS) + 2
    changed: list[tuple[int, dict[str, Any]]] = []
    for n, row in enumerate(rows):
        case = ClockRow.of(row[: width - 2], row[width - 2], int(row[width - 1]))
        _, values = compute(case, steps.get(case.id, []), rules, ranks, cal, today)
        old = dict(zip(DERIVED_COLUMNS, row[width:], strict=True))
        if values != old:
            changed.append((case.id, {k: v for k, v in values.items() if v != old[k]}))
        if values["tier"]:
            tiers[values["tier"]] += 1
        if progress is not None and n % CHUNK == 0:
            progress(n, len(rows))
    _write_changed(session, changed)
    return len(rows), len(changed)


def _write_changed(session: Session, changed: list[tuple[int, dict[str, Any]]]) -> None:
    """Write the columns that changed, one executemany per set of them. An UPDATE rewrites every
    index holding a column it sets, even to the same value (`state` is in the 15-column statistics
    index); a new day mostly moves a case's tier and its reasons alone (issue #21)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for case_id, values in changed:
        groups[tuple(values)].append({"b_id": case_id, **{f"b_{k}": v for k, v in values.items()}})
    table = Base.metadata.tables["cases"]
    connection = session.connection()
    for columns, params in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({name: bindparam(f"b_{name}") for name in columns})
        )
        for start in range(0, len(params), CHUNK):
            connection.execute(statement, params[start : start + CHUNK])


def rederive_cases(session: Session, case_ids: set[int], cal: HolidayCalendar, today: date) -> int:
    """Derive the given cases again from their steps, inside the caller's transaction (an import
    that added cases or steps): roots before their repeats, since a repeat reads its root's state.
    Returns how many rows changed."""
    session.flush()
    ordered = sorted(case_ids)
    changed = 0
    for repeats in (False, True):
        for start in range(0, len(ordered), 2_000):
            chunk = ordered[start : start + 2_000]
            wanted = and_(Case.id.in_(chunk), Case.is_repeat.is_(repeats))
            changed += _derive_rows(session, wanted, cal, today, Counter())[1]
    if changed:
        note(session.connection(), "cases")
        session.expire_all()  # ORM copies of these rows are stale now
    return changed


def retier_session(
    session: Session,
    cal: HolidayCalendar,
    progress: Progress | None = None,
    today: date | None = None,
) -> RetierResult:
    """Recompute every open case inside the caller's transaction (a setting or calendar change)."""
    started = time.perf_counter()
    today = today or clock.today()
    tiers: Counter[str] = Counter()
    cases, changed = _derive_rows(session, _retiered(), cal, today, tiers, progress)
    connection = session.connection()
    # Every open case was looked at for a new day (or rule): the lists redraw their days left.
    note(connection, "cases")
    stored_settings.write(session, "tiers_computed_on", today.isoformat())
    if progress is not None:
        progress(cases, cases)
    return RetierResult(cases, changed, dict(tiers), time.perf_counter() - started)


def retier_all(ctx: Context, progress: Progress | None = None) -> RetierResult:
    """Recompute the deadlines and tiers of every open case for today, as one change."""
    cal = load_calendar(ctx)
    with change(ctx.db, ctx.actor, "case.retier") as current:
        result = retier_session(current.session, cal, progress)
        counts = "，".join(f"{name} {result.tiers.get(code, 0)}" for code, name in _TIER_NAMES)
        current.describe(
            f"重新计算期限和红黄绿：在办 {result.cases} 件（{counts}），{result.changed} 件有变化",
            cases=result.cases,
            changed=result.changed,
        )
    return replace(result, changes=current.changes)


_TIER_NAMES = (("red", "红"), ("yellow", "黄"), ("green", "绿"))


def retier_if_stale(ctx: Context, progress: Progress | None = None) -> RetierResult | None:
    """Recompute when the tiers were last computed on another day (at start-up, after midnight)."""
    if stored_settings.get(ctx, "tiers_computed_on") == clock.today().isoformat():
        return None
    return retier_all(ctx, progress)
