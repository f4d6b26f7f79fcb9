"""The holiday calendar in use: shipped years, entered years in the database, deadlines that follow them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import DayKind
from fazhi_desktop.services.clock import calendar
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import AuditEntry, Case, HolidayDay
from tests.services.helpers import register

D = date.fromisoformat
YEAR_2027 = """date,kind,name
2027-01-01,rest,元旦
2027-01-04,rest,测试假日
2027-02-06,work,春节
2027-02-07,rest,春节
"""


def audit_count(ctx: Context) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_the_shipped_years_are_in_use(ctx: Context) -> None:
    cal = calendar.load_calendar(ctx)
    assert {2004, 2024, 2026} <= cal.known_years() and not cal.has_year(2027)
    assert calendar.due(ctx, D("2024-09-17"), 15) == Due(D("2024-10-08"), ())
    assert calendar.due(ctx, D("2024-09-27"), 5, working_days=True) == Due(D("2024-10-10"), ())
    assert calendar.due(ctx, D("2027-03-01"), 12) == Due(D("2027-03-15"), ("2027年节假日安排未录入",))


def test_a_negative_or_absurd_period_is_refused(ctx: Context) -> None:
    with pytest.raises(UserError, match="天数应在 0 到"):
        calendar.due(ctx, D("2024-01-01"), -1)


def test_an_entered_year_is_used_in_one_change_and_replaces_that_year(ctx: Context) -> None:
    before = audit_count(ctx)
    result = calendar.import_calendar(ctx, YEAR_2027)
    assert (result.years, result.days) == ((2027,), 4)
    assert audit_count(ctx) == before + 1
    assert calendar.due(ctx, D("2026-12-20"), 15) == Due(D("2027-01-05"), ())  # 01-04 entered as a rest day
    shown = calendar.year_calendar(ctx, 2027)
    assert (shown.known, shown.entered, len(shown.days)) == (True, True, 4)
    assert shown.days[2] == (D("2027-02-06"), DayKind.WORK, "春节")

    calendar.import_calendar(ctx, "2027-10-01,rest,国庆节\n")  # the whole year is replaced
    assert [d for d, _, _ in calendar.year_calendar(ctx, 2027).days] == [D("2027-10-01")]
    assert calendar.due(ctx, D("2026-12-20"), 15).due == D("2027-01-04")


def test_an_entered_year_corrects_a_shipped_one(ctx: Context) -> None:
    calendar.import_calendar(ctx, "2024-10-08,rest,国庆节（更正）\n")
    shown = calendar.year_calendar(ctx, 2024)
    assert shown.entered and [d for d, _, _ in shown.days] == [D("2024-10-08")]
    assert calendar.due(ctx, D("2023-12-31"), 1).due == D("2024-01-01")  # 元旦 is no longer listed


def test_a_bad_line_names_its_number_and_nothing_is_written(ctx: Context) -> None:
    before = audit_count(ctx)
    with pytest.raises(UserError, match=r"^第 3 行：类型无法识别（holiday）"):
        calendar.import_calendar(ctx, "date,kind,name\n2027-01-01,rest,元旦\n2027-01-02,holiday,x\n")
    with pytest.raises(UserError, match="文件中没有日期"):
        calendar.import_calendar(ctx, "date,kind,name\n")
    with ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(HolidayDay)) == 0
    assert audit_count(ctx) == before


def test_importing_a_year_moves_the_deadlines_of_open_cases(ctx: Context) -> None:
    clock.set_today(D("2026-12-20"))
    case = register(ctx, nature="claim")
    with ctx.db.reading() as session:
        assert session.get_one(Case, case.id).due_date == D("2027-01-04")
    assert calendar.import_calendar(ctx, YEAR_2027).recomputed == 1
    with ctx.db.reading() as session:
        assert session.get_one(Case, case.id).due_date == D("2027-01-05")


def test_the_calendar_is_read_once_per_context(ctx: Context) -> None:
    first = calendar.load_calendar(ctx)
    assert calendar.load_calendar(ctx) is first
    calendar.import_calendar(ctx, YEAR_2027)
    assert calendar.load_calendar(ctx) is not first and calendar.load_calendar(ctx).has_year(2027)
