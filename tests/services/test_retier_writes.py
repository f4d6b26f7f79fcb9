"""A new day's re-tier writes only the columns that moved, and every row ends as a fresh derivation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.case_state import DERIVED_COLUMNS, clock_row, compute, load_steps
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.store.models import Case


def _stored_and_fresh(ctx: Context) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]]:
    """Each case's stored derived columns, and the same columns derived again from its steps now."""
    stored: dict[int, dict[str, Any]] = {}
    fresh: dict[int, dict[str, Any]] = {}
    with ctx.db.reading() as session:
        rules, ranks, cal = clock_rules(session), triage_rules(session), load_calendar(ctx)
        for case in session.scalars(select(Case)):
            stored[case.id] = {name: getattr(case, name) for name in DERIVED_COLUMNS}
            _, fresh[case.id] = compute(
                clock_row(session, case), load_steps(session, case.id), rules, ranks, cal, clock.today()
            )
    return stored, fresh


def test_days_later_every_open_case_reads_as_derived_afresh(ctx: Context) -> None:
    demo.generate(ctx, 400, seed=5)
    start = clock.today()
    for later in (1, 9, 40):  # tiers move; then windows pass and cases close by themselves
        clock.set_today(start + timedelta(days=later))
        result = retier_all(ctx)
        assert result.changed > 0
        stored, fresh = _stored_and_fresh(ctx)
        moved = {i for i in stored if stored[i] != fresh[i]}
        assert moved == set(), f"{len(moved)} rows differ from their derivation on {clock.today()}"
    assert retier_all(ctx).changed == 0


def test_a_day_that_moves_some_columns_leaves_the_others_as_they_were(ctx: Context) -> None:
    demo.generate(ctx, 200, seed=6)
    stored_before, _ = _stored_and_fresh(ctx)
    clock.set_today(clock.today() + timedelta(days=3))
    retier_all(ctx)
    stored_after, fresh = _stored_and_fresh(ctx)
    for case_id, after in stored_after.items():
        assert after == fresh[case_id]
        for name, value in after.items():
            if fresh[case_id][name] == stored_before[case_id][name]:
                assert value == stored_before[case_id][name], (case_id, name)
