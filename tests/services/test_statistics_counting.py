"""The statistics counted together (issue #21) give what each count asked alone gives: the indicators'
counts sharing a scan, a period's closings found by index, and 受理 read from the case row."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import and_, exists, select, true

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import DATED_BY_EVENT, ReportPeriod
from fazhi_desktop.services.clock.as_of import closed_as_of, closed_as_of_in, closed_on_as_of
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.statistics.indicators import (
    IndicatorSettings,
    count,
    count_unjudged,
    figures,
    fractions,
)
from fazhi_desktop.store.models import Case, Step
from fazhi_desktop.store.opening import open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PERIODS = (
    ReportPeriod(date(2023, 1, 1), date(2023, 12, 31)),
    ReportPeriod(date(2024, 1, 1), date(2024, 12, 31)),
    ReportPeriod(date(2024, 10, 1), date(2024, 10, 31)),
    ReportPeriod(date(2000, 1, 1), date(2030, 12, 31)),
)


def accepted_by_steps() -> object:
    return exists().where(Step.case_id == Case.id, Step.kind.in_(["accept", "sign_for"]))


@pytest.mark.parametrize("by_registration", [False, True])
def test_counted_together_each_figure_is_its_fraction_counted_alone(
    ctx: Context, by_registration: bool
) -> None:
    demo.generate(ctx, 800, seed=21)
    today = clock.today()
    with ctx.db.reading() as session:
        s = IndicatorSettings.read(session)
        if by_registration:
            s = dataclasses.replace(s, by_registration=frozenset(DATED_BY_EVENT))
        seen = 0
        for period in PERIODS:
            together = figures(session, s, period, None, today, true())
            for name, fraction in fractions(s, period, None, today, true()).items():
                numerator, denominator = count(session, fraction)
                figure = together[name]
                assert (figure.numerator, figure.denominator) == (numerator, denominator), (period, name)
                if not fraction.unjudged_as:
                    assert figure.unjudged == count_unjudged(session, fraction), (period, name)
                seen += denominator
    assert seen > 1000  # the demo cases fall on both sides of most fractions


def test_closed_in_a_period_is_closed_as_of_today_on_a_day_of_it(ctx: Context) -> None:
    demo.generate(ctx, 600, seed=5)
    for day in (clock.today(), date(2025, 3, 1)):
        with ctx.db.reading() as session:
            for period in PERIODS:
                day_closed = closed_on_as_of(day)
                plain = and_(closed_as_of(day), day_closed >= period.start, day_closed <= period.end)
                wanted = set(session.scalars(select(Case.id).where(plain)))
                found = set(
                    session.scalars(select(Case.id).where(closed_as_of_in(day, period.start, period.end)))
                )
                assert found == wanted, (day, period)


def test_the_case_row_keeps_whether_a_step_accepted_it(ctx: Context) -> None:
    demo.generate(ctx, 600, seed=3)
    retier_all(ctx)
    with ctx.db.reading() as session:
        rows = session.execute(select(Case.accepted, accepted_by_steps()).select_from(Case)).all()
    assert rows and all(kept == found for kept, found in rows)
    assert sum(kept for kept, _ in rows) > 100


def test_an_upgraded_database_fills_accepted_from_its_steps(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    path.write_bytes((FIXTURES / "fazhi-0.1.0-rev0006.db").read_bytes())
    db = open_database(str(path))
    try:
        with db.reading() as session:
            rows = session.execute(select(Case.accepted, accepted_by_steps()).select_from(Case)).all()
    finally:
        db.close()
    assert rows and all(kept == found for kept, found in rows)
    assert any(kept for kept, _ in rows)
