"""The holiday calendar as a service: counting a period, entering a year, showing a year.

The calendar in use (the shipped years and those an administrator entered) is read by
`calendar_in_use`, below the clock, and named here too. Importing a year recomputes the deadlines
and tiers of every open case in the same change (`services.clock.triage`), since deadlines move with
the holidays; that is why this module sits above the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select

from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.deadlines import add_calendar_days, add_working_days
from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import DayKind, HolidayCalendar
from fazhi_desktop.services.clock import triage
from fazhi_desktop.services.clock.calendar_in_use import (
    CACHE_KEY,
    invalidate,
    load_calendar,
    read_calendar,
    shipped_calendar,
)
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import HolidayDay
from fazhi_desktop.store.writes import change

__all__ = [
    "MAX_DAYS",
    "YEARS",
    "CalendarImport",
    "YearCalendar",
    "due",
    "import_calendar",
    "invalidate",
    "load_calendar",
    "read_calendar",
    "shipped_calendar",
    "year_calendar",
]

MAX_DAYS = 3650
YEARS = (2000, 2100)


def due(ctx: Context, start: date, days: int, working_days: bool = False) -> Due:
    """The end of a period of `days` days from `start` (the first day not counted), with warnings
    for years whose arrangement has not been entered."""
    if not 0 <= days <= MAX_DAYS:
        raise UserError(f"天数应在 0 到 {MAX_DAYS} 之间。")
    cal = load_calendar(ctx)
    return add_working_days(start, days, cal) if working_days else add_calendar_days(start, days, cal)


@dataclass(frozen=True)
class CalendarImport:
    """What an import changed."""

    years: tuple[int, ...]
    days: int
    recomputed: int
    #: What the write touched (store.writes.change).
    changes: Changes = NO_CHANGES


def import_calendar(ctx: Context, csv_text: str) -> CalendarImport:
    """Enter the years listed in a CSV (`date,rest|work,name`), each replacing that year as a whole.
    A bad line is reported with its number and nothing is written."""
    parsed = HolidayCalendar.from_csv_text(csv_text)
    if not len(parsed):
        raise UserError("文件中没有日期。每行写一天：日期,rest 或 work,名称，例如 2027-10-01,rest,国庆节")
    years = tuple(sorted(parsed.known_years()))
    outside = [y for y in years if not YEARS[0] <= y <= YEARS[1]]
    if outside:
        raise UserError(f"年份 {outside[0]} 不对，请检查文件中的日期。")
    with change(ctx.db, ctx.actor, "calendar.import") as current:
        session = current.session
        for year in years:
            session.execute(
                delete(HolidayDay).where(
                    HolidayDay.day >= date(year, 1, 1), HolidayDay.day <= date(year, 12, 31)
                )
            )
        session.add_all(
            HolidayDay(day=day, kind=kind.value, name=name[:50])
            for day, (kind, name) in parsed.entries.items()
        )
        session.flush()
        cal = read_calendar(session)
        result = triage.retier_session(session, cal)
        names = "、".join(f"{y}年" for y in years)
        current.describe(
            f"录入节假日安排：{names}，共 {len(parsed)} 天；重新计算 {result.cases} 件在办信访件的期限",
            entity="calendar",
            years=list(years),
            days=len(parsed),
        )
    invalidate(ctx)
    ctx.cache[CACHE_KEY] = cal
    return CalendarImport(years, len(parsed), result.cases, current.changes)


@dataclass(frozen=True)
class YearCalendar:
    """One year's arrangement: its listed rest and make-up working days, and where it comes from."""

    year: int
    known: bool
    entered: bool
    days: tuple[tuple[date, DayKind, str], ...]
    warning: str | None


def year_calendar(ctx: Context, year: int) -> YearCalendar:
    cal = load_calendar(ctx)
    with ctx.db.reading() as session:
        entered = session.scalar(
            select(HolidayDay.day)
            .where(HolidayDay.day >= date(year, 1, 1), HolidayDay.day <= date(year, 12, 31))
            .limit(1)
        )
    days = tuple((day, kind, name) for day, (kind, name) in cal.entries_of_year(year).items())
    known = cal.has_year(year)
    return YearCalendar(
        year, known, entered is not None, days, None if known else cal.missing_year_warning(year)
    )
