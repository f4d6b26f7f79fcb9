"""The holiday calendar in use: the shipped years (resources/holidays/cn.csv) and the years an
administrator entered, which are kept in the database and replace a shipped year as a whole.

`load_calendar` reads it once per context. A leaf of the clock: deadlines and tiers read it here,
while entering a year (`services.clock.calendar`) recomputes them and so sits above.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop import paths
from fazhi_desktop.domain.holidays import DayKind, Entry, HolidayCalendar
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import HolidayDay

#: Where a context keeps the calendar it read.
CACHE_KEY = "calendar"


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
    cached = ctx.cache.get(CACHE_KEY)
    if isinstance(cached, HolidayCalendar):
        return cached
    if session is not None:
        cal = read_calendar(session)
    else:
        with ctx.db.reading() as reading:
            cal = read_calendar(reading)
    ctx.cache[CACHE_KEY] = cal
    return cal


def invalidate(ctx: Context) -> None:
    ctx.cache.pop(CACHE_KEY, None)
