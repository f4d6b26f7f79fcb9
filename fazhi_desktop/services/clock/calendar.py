"""The holiday calendar in use: the shipped years (resources/holidays/cn.csv) and the years an
administrator entered, which are kept in the database and replace a shipped year as a whole.

`load_calendar` reads it once per context; importing a year invalidates that copy and recomputes the
deadlines and tiers of every open case in the same change, since deadlines move with the holidays.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fazhi_desktop import paths
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.deadlines import add_calendar_days, add_working_days
from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import DayKind, Entry, HolidayCalendar
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import HolidayDay
from fazhi_desktop.store.writes import change

_CACHE_KEY = "calendar"
MAX_DAYS = 3650
YEARS = (2000, 2100)


@functools.cache
def _shipped(path: Path) -> HolidayCalendar:
    return HolidayCalendar.from_csv_text(path.read_text(encoding="utf-8"))


def shipped_calendar() -> HolidayCalendar:
    """The years that ship with the program (the State Council's notices 2004–2026)."""
    return _shipped(paths.resource("holidays", "cn.csv"))


def read_calendar(session: Session) -> HolidayCalendar:
    """The shipped calendar with every entered year put in place of the shipped one."""
    rows = session.execute(select(HolidayDay.day, HolidayDay.kind, HolidayDay.name)).all()
    shipped = shipped_calendar()
    if not rows:
        return shipped
    entered: dict[date, Entry] = {day: (DayKind(kind), name) for day, kind, name in rows}
    years = {day.year for day in entered}
    kept = {day: entry for day, entry in shipped.entries.items() if day.year not in years}
    return HolidayCalendar({**kept, **entered})


def load_calendar(ctx: Context, session: Session | None = None) -> HolidayCalendar:
    """The calendar in use, read once per context (with `session` when inside a transaction)."""
    cached = ctx.cache.get(_CACHE_KEY)
    if isinstance(cached, HolidayCalendar):
        return cached
    if session is not None:
        cal = read_calendar(session)
    else:
        with ctx.db.reading() as reading:
            cal = read_calendar(reading)
    ctx.cache[_CACHE_KEY] = cal
    return cal


def invalidate(ctx: Context) -> None:
    ctx.cache.pop(_CACHE_KEY, None)


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
    from fazhi_desktop.services.clock import triage

    with change(ctx.db, ctx.user, "calendar.import") as current:
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
    ctx.cache[_CACHE_KEY] = cal
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
