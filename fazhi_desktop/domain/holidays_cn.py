"""The holiday calendar taken from the `chinese_calendar` package (build time only).

The program itself loads resources/holidays/cn.csv, written from here by scripts/make_holidays.py,
so that an administrator can add a new year without a new release of the program.
"""

from __future__ import annotations

import logging
from datetime import date

from fazhi_desktop.domain.holidays import DayKind, Entry, HolidayCalendar

log = logging.getLogger(__name__)


def _chinese_name(english: str) -> str:
    """The Chinese name of a chinese_calendar Holiday value such as "Spring Festival" (春节)."""
    from chinese_calendar.constants import Holiday

    try:
        return str(Holiday(english).chinese)
    except ValueError:
        # A holiday the enum does not know: keep the English rather than lose the day.
        log.warning("chinese_calendar has no Chinese name for %r", english)
        return english


def from_chinese_calendar() -> HolidayCalendar:
    """Every year the installed chinese_calendar covers: its holidays as REST, its workdays as WORK.

    Its holidays include the weekend days inside a holiday span; they stay listed as rest days.
    """
    from chinese_calendar import constants

    rest: dict[date, str] = dict(constants.holidays)
    work: dict[date, str] = dict(constants.workdays)
    both = rest.keys() & work.keys()
    if both:
        # Never seen in 1.11.0; should a release list a day as both, the make-up day is the later
        # correction, so it wins.
        log.warning("chinese_calendar lists %d day(s) as both holiday and workday", len(both))
    entries: dict[date, Entry] = {day: (DayKind.REST, _chinese_name(name)) for day, name in rest.items()}
    entries.update({day: (DayKind.WORK, _chinese_name(name)) for day, name in work.items()})
    return HolidayCalendar(entries)
