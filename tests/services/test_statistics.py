"""`fazhi stats` counts on hand-built cases whose answers are known by hand."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from fazhi_desktop.domain.vocab import CaseState
from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import offices
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.store.models import Case
from tests.services.helpers import id_number, visit


def test_an_empty_period_counts_zero_and_divides_nothing(ctx: Context) -> None:
    figures = statistics.compute(ctx, date(2024, 1, 1), date(2024, 3, 31))
    counts = figures.counts
    assert counts.cases == 0 and counts.people == 0 and counts.distinct_petitioners == 0
    assert counts.by_month == {"2024-01": 0, "2024-02": 0, "2024-03": 0}
    assert all(f.value is None for f in figures.indicators.values())
    assert counts.by_channel == {"visit": 0, "letter": 0, "online": 0, "phone": 0}


def test_counts_of_a_period(ctx: Context) -> None:
    wang = id_number()
    register_case(ctx, visit("王建国", id_no=wang, on=date(2024, 1, 5)))
    register_case(ctx, visit("王建国", id_no=wang, on=date(2024, 2, 5)))  # same person again
    register_case(ctx, visit("李秀英", on=date(2024, 2, 6), people=6))  # collective visit
    register_case(ctx, visit("陈志强", on=date(2024, 2, 7), channel="letter", people=7))  # not a visit
    register_case(ctx, visit("刘芳", on=date(2024, 3, 1), channel="online"))
    register_case(ctx, visit("赵强", on=date(2024, 3, 2), channel="leader_reception"))  # counts as a visit
    register_case(ctx, visit("周敏", on=date(2023, 12, 31)))  # outside the period
    voided = register_case(ctx, visit("吴刚", on=date(2024, 3, 3)))
    with ctx.db.writing() as session:
        session.execute(update(Case).where(Case.id == voided.id).values(state=CaseState.VOID.value))
        session.execute(
            update(Case)
            .where(Case.registered_on == date(2024, 1, 5))
            .values(state=CaseState.COMPLETED.value, satisfaction="satisfied")
        )
        session.execute(
            update(Case)
            .where(Case.registered_on == date(2024, 2, 5))
            .values(state=CaseState.TERMINATED.value, satisfaction="dissatisfied")
        )

    figures = statistics.compute(ctx, date(2024, 1, 1), date(2024, 3, 31))
    counts = figures.counts
    assert counts.cases == 6
    assert counts.people == 1 + 1 + 6 + 7 + 1 + 1
    assert counts.closed == 2
    assert counts.collective_visits == 1
    assert counts.distinct_petitioners == 5
    assert counts.by_channel == {"visit": 4, "letter": 1, "online": 1, "phone": 0}
    assert counts.by_month == {"2024-01": 1, "2024-02": 3, "2024-03": 2}
    assert counts.satisfaction == {
        "satisfied": 1,
        "basically_satisfied": 0,
        "dissatisfied": 1,
        "not_evaluated": 4,
    }
    assert figures.period.as_json() == {"from": "2024-01-01", "to": "2024-03-31"}


def test_one_office_only(ctx: Context) -> None:
    register_case(ctx, visit(on=date(2024, 5, 1)))
    offices.add_office(ctx, "431127100", "塔峰镇信访办", "township")
    assert statistics.compute(ctx, date(2024, 1, 1), date(2024, 12, 31), "431127").counts.cases == 1
    assert statistics.compute(ctx, date(2024, 1, 1), date(2024, 12, 31), "431127100").counts.cases == 0


def test_the_default_period_is_this_year(ctx: Context) -> None:
    figures = statistics.compute(ctx)
    assert figures.period.as_json() == {"from": "2024-01-01", "to": "2024-12-31"}
    assert len(figures.counts.by_month) == 12
