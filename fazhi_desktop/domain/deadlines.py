"""Deadline arithmetic of the statutory clock (DOMAIN.md, "Counting"; 民法典 arts. 200-204).

The first day is not counted. A period of calendar days that ends on a rest day ends on the next
working day instead (a make-up working day 调休 counts as working). A period of working days counts
working days only. Years missing from the calendar are counted with weekends only, and the answer
carries a warning for each such year instead of failing.
"""

from __future__ import annotations

from datetime import date, timedelta

from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.holidays import HolidayCalendar

_ONE_DAY = timedelta(days=1)


def _check_days(days: int) -> None:
    if days < 0:
        raise ValueError(f"a period cannot be negative: {days} days")


def _warnings(start: date, due: date, cal: HolidayCalendar) -> tuple[str, ...]:
    """One warning per year between start and due whose arrangement the calendar lacks."""
    first, last = sorted((start.year, due.year))
    return tuple(cal.missing_year_warning(y) for y in range(first, last + 1) if not cal.has_year(y))


#: What `calendar_warning` adds to the calendar's warning (screens read it back: ui/tier_reason_text.py).
CHECK_WORDS = "，期限只按周末推算，请核对"


def calendar_warning(day: date | None, cal: HolidayCalendar) -> str | None:
    """Whether `day` rests on a year without an official holiday arrangement, in words; else None.

    The one answer every reader of a deadline gives (case detail, lists, the tier reason, PDFs):
    such a date was counted with weekends only and may fall inside a holiday not yet announced.
    """
    if day is None or cal.has_year(day.year):
        return None
    return cal.missing_year_warning(day.year) + CHECK_WORDS


def _next_working_day(d: date, cal: HolidayCalendar) -> date:
    """`d` itself when it is a working day, else the first working day after it."""
    while cal.is_rest_day(d):
        d += _ONE_DAY
    return d


def add_calendar_days(start: date, days: int, cal: HolidayCalendar) -> Due:
    """The end of a period of `days` calendar days from `start`, moved off a rest day if need be."""
    # The same periods are counted from the same days over and over (every case of a day, every
    # re-tiering), and a calendar never changes once made: it keeps the answers.
    key = (start, days, False)
    found = cal.counted.get(key)
    if found is not None:
        return found
    _check_days(days)
    due = _next_working_day(start + timedelta(days=days), cal)
    found = cal.counted[key] = Due(due, _warnings(start, due, cal))
    return found


def add_working_days(start: date, days: int, cal: HolidayCalendar) -> Due:
    """The `days`-th working day after `start` (start itself is not counted).

    With days=0 that is `start`, or the next working day when `start` is a rest day, as for a
    period of calendar days.
    """
    key = (start, days, True)
    found = cal.counted.get(key)
    if found is not None:
        return found
    _check_days(days)
    due = start
    counted = 0
    while counted < days:
        due += _ONE_DAY
        if cal.is_working_day(due):
            counted += 1
    due = _next_working_day(due, cal)
    found = cal.counted[key] = Due(due, _warnings(start, due, cal))
    return found


def days_between_working(a: date, b: date, cal: HolidayCalendar) -> int:
    """The working days after `a` up to and including `b`; 0 when `b` is not after `a`.

    "Within 5 working days of receipt" is `days_between_working(received, acted) <= 5`.
    """
    count = 0
    d = a + _ONE_DAY
    while d <= b:
        if cal.is_working_day(d):
            count += 1
        d += _ONE_DAY
    return count


def is_overdue(due: date, on: date) -> bool:
    """Whether a period ending on `due` (at 24:00) has passed on the day `on`."""
    return on > due
