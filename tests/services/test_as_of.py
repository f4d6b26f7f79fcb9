"""The SQL of services/clock/as_of.py gives, on any later day, what re-tiering on that day writes.

This is the claim every reader rests on: the derived state of a case changes with time only at dates
its row holds (the end of a 复查 window, the deadline, the 下次研判 date), so the stored columns of an
earlier day plus today's date give today's state without recomputing a case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.services.clock.as_of import closed_on_as_of, state_as_of, tier_as_of
from fazhi_desktop.services.clock.rules import triage_rules
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.store.models import Case
from fazhi_desktop.store.opening import open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LATER_DAYS = (date(2024, 11, 20), date(2024, 11, 26), date(2024, 12, 23), date(2025, 2, 10), date(2025, 9, 1))


def as_of_sql(ctx: Context, day: date) -> dict[int, tuple[object, ...]]:
    with ctx.db.reading() as session:
        soon = triage_rules(session).due_soon_days
        query = select(Case.id, state_as_of(day), tier_as_of(day, soon), closed_on_as_of(day))
        return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def stored(ctx: Context) -> dict[int, tuple[object, ...]]:
    with ctx.db.reading() as session:
        query = select(Case.id, Case.state, Case.tier, Case.closed_on)
        return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def differences(ctx: Context, day: date) -> list[tuple[int, tuple[object, ...], tuple[object, ...]]]:
    """Cases whose state, tier or closing date read in SQL for `day` differ from a re-tiering on it."""
    expected = as_of_sql(ctx, day)
    clock.set_today(day)
    retier_all(ctx)
    found = stored(ctx)
    return [(key, expected[key], found[key]) for key in found if expected[key] != found[key]]


def test_the_state_of_a_later_day_in_sql_is_what_retier_writes_on_it(ctx: Context) -> None:
    demo.generate(ctx, 600, seed=7)
    changed = 0
    for day in LATER_DAYS:
        before = stored(ctx)
        assert differences(ctx, day) == []
        changed += sum(before[key] != value for key, value in stored(ctx).items())
    assert changed > 20  # the days chosen move windows, deadlines and 研判 dates past their ends


#: Fixtures whose open cases were tiered when written. A rev0001 file predates the clock: its open
#: cases have never been derived (no deadline, no tier) until a first re-tiering, as before.
TIERED_FIXTURES = sorted(p.name for p in FIXTURES.glob("fazhi-*.db") if p.name != "fazhi-0.1.0-rev0001.db")


@pytest.mark.parametrize("fixture", TIERED_FIXTURES)
def test_an_upgraded_database_reads_its_tiers_as_of_today(tmp_path: Path, fixture: str) -> None:
    """Migration 0010 fills the floor of every open case's tier from the flags its row holds."""
    path = tmp_path / "fazhi.db"
    path.write_bytes((FIXTURES / fixture).read_bytes())
    open_database(str(path)).close()
    ctx = open_context(str(path), "tester")
    try:
        for day in (clock.today(), date(2025, 3, 1)):
            assert differences(ctx, day) == []
    finally:
        ctx.close()
