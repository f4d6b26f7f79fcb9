"""Deadlines of the statutory clock over the real holiday calendar (resources/holidays/cn.csv)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_desktop.domain.deadlines import (
    add_calendar_days,
    add_working_days,
    days_between_working,
    is_overdue,
)
from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.holidays import HolidayCalendar

CN_CSV = Path(__file__).resolve().parents[2] / "resources" / "holidays" / "cn.csv"


@cache
def cal() -> HolidayCalendar:
    return HolidayCalendar.from_csv_text(CN_CSV.read_text(encoding="utf-8"))


D = date.fromisoformat


# -- calendar days -----------------------------------------------------------------------------


def test_15_days_ending_on_a_plain_weekday() -> None:
    # 2024-03-04 (Mon) + 15 = 2024-03-19 (Tue)
    assert add_calendar_days(D("2024-03-04"), 15, cal()) == Due(D("2024-03-19"), ())


def test_15_days_ending_on_a_weekend_move_to_monday() -> None:
    # 2024-03-01 (Fri) + 15 = 2024-03-16 (Sat) → Monday 2024-03-18
    assert add_calendar_days(D("2024-03-01"), 15, cal()).due == D("2024-03-18")


def test_period_ending_on_a_make_up_working_day_stays() -> None:
    # 2024-08-30 + 15 = 2024-09-14, a Saturday worked for the Mid-autumn holiday
    assert add_calendar_days(D("2024-08-30"), 15, cal()).due == D("2024-09-14")


def test_15_days_ending_in_national_day_2024() -> None:
    # 2024-09-17 + 15 = 2024-10-02, inside 10-01…10-07 → 2024-10-08 (Tue)
    assert add_calendar_days(D("2024-09-17"), 15, cal()).due == D("2024-10-08")


def test_15_days_ending_in_spring_festival_2025() -> None:
    # 2025-01-15 + 15 = 2025-01-30, inside 01-28…02-04 → 2025-02-05 (Wed)
    assert add_calendar_days(D("2025-01-15"), 15, cal()).due == D("2025-02-05")


def test_60_days() -> None:
    # 2024-08-01 + 60 = 2024-09-30 (Mon, a working day)
    assert add_calendar_days(D("2024-08-01"), 60, cal()) == Due(D("2024-09-30"), ())
    # 2024-08-05 + 60 = 2024-10-04 (National Day) → 2024-10-08
    assert add_calendar_days(D("2024-08-05"), 60, cal()).due == D("2024-10-08")


def test_60_days_across_new_year_into_spring_festival_2026() -> None:
    # 2025-12-20 + 60 = 2026-02-18, inside 02-15…02-23 → 2026-02-24 (Tue); both years are known
    assert add_calendar_days(D("2025-12-20"), 60, cal()) == Due(D("2026-02-24"), ())


def test_zero_days() -> None:
    assert add_calendar_days(D("2024-03-04"), 0, cal()).due == D("2024-03-04")
    assert add_calendar_days(D("2024-10-01"), 0, cal()).due == D("2024-10-08")


def test_negative_days_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        add_calendar_days(D("2024-03-04"), -1, cal())
    with pytest.raises(ValueError):
        add_working_days(D("2024-03-04"), -1, cal())


# -- working days ------------------------------------------------------------------------------


def test_objection_window_across_national_day_2024() -> None:
    # received Fri 2024-09-27: 09-28 Sat rest; 09-29 Sun make-up day (1); 09-30 Mon (2);
    # 10-01…10-07 rest; 10-08 (3), 10-09 (4), 10-10 (5)
    assert add_working_days(D("2024-09-27"), 5, cal()) == Due(D("2024-10-10"), ())
    assert days_between_working(D("2024-09-27"), D("2024-10-10"), cal()) == 5
    assert days_between_working(D("2024-09-27"), D("2024-10-11"), cal()) == 6
    assert days_between_working(D("2024-09-27"), D("2024-10-07"), cal()) == 2


def test_objection_window_across_spring_festival_2025() -> None:
    # received Fri 2025-01-24: 01-25 Sat rest; 01-26 Sun make-up day (1); 01-27 Mon (2);
    # 01-28…02-04 rest; 02-05 (3), 02-06 (4), 02-07 (5)
    assert add_working_days(D("2025-01-24"), 5, cal()).due == D("2025-02-07")


def test_working_days_on_plain_weeks() -> None:
    # Thu 2024-03-07 → Fri (1), Mon (2), Tue (3), Wed (4), Thu 03-14 (5)
    assert add_working_days(D("2024-03-07"), 5, cal()).due == D("2024-03-14")
    assert add_working_days(D("2024-03-09"), 1, cal()).due == D("2024-03-11")  # from a Saturday


def test_zero_working_days() -> None:
    assert add_working_days(D("2024-03-07"), 0, cal()).due == D("2024-03-07")
    assert add_working_days(D("2024-10-03"), 0, cal()).due == D("2024-10-08")


def test_days_between_working_edges() -> None:
    assert days_between_working(D("2024-03-07"), D("2024-03-07"), cal()) == 0
    assert days_between_working(D("2024-03-07"), D("2024-03-01"), cal()) == 0
    assert days_between_working(D("2024-10-01"), D("2024-10-07"), cal()) == 0


def test_is_overdue() -> None:
    assert not is_overdue(D("2024-10-10"), D("2024-10-10"))  # ends at 24:00 of the due day
    assert is_overdue(D("2024-10-10"), D("2024-10-11"))


# -- years without data ------------------------------------------------------------------------


def test_year_without_data_counts_weekends_only_and_warns() -> None:
    # 2027-03-01 (Mon) + 12 = 2027-03-13 (Sat) → Monday 2027-03-15
    assert add_calendar_days(D("2027-03-01"), 12, cal()) == Due(D("2027-03-15"), ("2027年节假日安排未录入",))
    # Thu 2027-09-30: 10-01 Fri (1), 10-04 Mon (2), 10-05 (3), 10-06 (4), 10-07 (5)
    assert add_working_days(D("2027-09-30"), 5, cal()) == Due(D("2027-10-07"), ("2027年节假日安排未录入",))


def test_warning_only_for_the_unknown_years_involved() -> None:
    # 2026-12-20 + 15 = 2027-01-04 (Mon); 2026 is known, 2027 is not
    assert add_calendar_days(D("2026-12-20"), 15, cal()).warnings == ("2027年节假日安排未录入",)
    assert add_calendar_days(D("2026-12-01"), 400, cal()).warnings == (
        "2027年节假日安排未录入",
        "2028年节假日安排未录入",
    )
    assert add_calendar_days(D("2026-12-01"), 15, cal()).warnings == ()


def test_an_entered_year_removes_the_warning() -> None:
    entered = cal().merged(HolidayCalendar.from_csv_text("2027-03-15,rest,测试\n"))
    assert add_calendar_days(D("2027-03-01"), 12, entered) == Due(D("2027-03-16"), ())


# -- properties --------------------------------------------------------------------------------

starts = st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 31))


@settings(max_examples=200)
@given(starts, st.integers(min_value=0, max_value=120))
def test_calendar_due_is_the_first_working_day_from_start_plus_days(start: date, days: int) -> None:
    result = add_calendar_days(start, days, cal())
    plain_end = start + timedelta(days=days)
    assert result.due >= plain_end
    assert cal().has_year(result.due.year)
    assert not cal().is_rest_day(result.due)
    assert result.warnings == ()
    # nothing later than necessary: every day skipped was a rest day
    skipped = (result.due - plain_end).days
    assert all(cal().is_rest_day(plain_end + timedelta(n)) for n in range(skipped))
    assert skipped <= 10


@settings(max_examples=200)
@given(starts, st.integers(min_value=0, max_value=120))
def test_working_due_is_a_working_day_after_start(start: date, days: int) -> None:
    result = add_working_days(start, days, cal())
    assert cal().is_working_day(result.due)
    assert result.warnings == ()
    if days >= 1:
        assert result.due > start
        assert days_between_working(start, result.due, cal()) == days
        assert days_between_working(start, result.due - timedelta(days=1), cal()) == days - 1


# -- the holidays issue 4 names (Spring Festival and National Day of 2024–2026) ----------------


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        # 2024-01-27 + 15 = 02-11, inside 02-10…02-17 → 02-18, a Sunday worked for the holiday
        ("2024-01-27", 15, "2024-02-18"),
        # 2025-09-20 + 15 = 10-05, inside 10-01…10-08 → Thursday 10-09
        ("2025-09-20", 15, "2025-10-09"),
        # 2026-02-01 + 15 = 02-16, inside 02-15…02-23 → Tuesday 02-24
        ("2026-02-01", 15, "2026-02-24"),
        # 2026-09-20 + 15 = 10-05, inside 10-01…10-07 → Thursday 10-08
        ("2026-09-20", 15, "2026-10-08"),
        # 2026-08-26 + 30 = 09-25, 中秋 09-25…09-27 → Monday 09-28
        ("2026-08-26", 30, "2026-09-28"),
    ],
)
def test_periods_ending_in_spring_festival_and_national_day(start: str, days: int, due: str) -> None:
    assert add_calendar_days(D(start), days, cal()) == Due(D(due), ())


def test_objection_window_across_spring_festival_2024_counts_the_make_up_sunday() -> None:
    # received Thu 2024-02-08: 02-09 Fri (1); 02-10…02-17 rest; 02-18 Sun make-up day (2);
    # 02-19 (3), 02-20 (4), 02-21 (5)
    assert add_working_days(D("2024-02-08"), 5, cal()) == Due(D("2024-02-21"), ())


def test_objection_window_across_national_day_2025() -> None:
    # received Fri 2025-09-26: 09-27 Sat rest; 09-28 Sun make-up day (1); 09-29 (2); 09-30 (3);
    # 10-01…10-08 rest; 10-09 (4), 10-10 (5)
    assert add_working_days(D("2025-09-26"), 5, cal()).due == D("2025-10-10")
    assert days_between_working(D("2025-09-26"), D("2025-10-10"), cal()) == 5
