"""The holiday calendar: the State Council's yearly arrangement of public holidays and make-up days.

Entries list only the exceptions: a REST day is a weekday off (or a weekend day inside a holiday
span), a WORK day is a weekend day worked instead (调休). Every other day is a working day from
Monday to Friday and a rest day on Saturday and Sunday. A year with no entry at all is unknown:
counting still works (weekends only) but callers warn with `missing_year_warning`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.errors import UserError

CSV_HEADER = ("date", "kind", "name")


class DayKind(StrEnum):
    """What the notice says of a day: a day off, or a make-up working day."""

    REST = "rest"
    WORK = "work"


_KIND_WORDS = {
    "rest": DayKind.REST,
    "休": DayKind.REST,
    "休息": DayKind.REST,
    "放假": DayKind.REST,
    "work": DayKind.WORK,
    "班": DayKind.WORK,
    "上班": DayKind.WORK,
}
_HEADER_WORDS = frozenset({"date", "日期"})
# Spreadsheet programs re-save dates as 2024/10/1; accept any of - / . as the separator.
_DATE_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")

Entry = tuple[DayKind, str]


def _parse_csv_date(text: str) -> date | None:
    match = _DATE_RE.fullmatch(text)
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class HolidayCalendar:
    """An immutable set of listed rest and make-up working days, with the rules of counting them."""

    __slots__ = ("_entries", "_years", "counted")

    def __init__(self, entries: Mapping[date, Entry] | None = None) -> None:
        self._entries: dict[date, Entry] = {
            day: (DayKind(kind), name) for day, (kind, name) in (entries or {}).items()
        }
        self._years = frozenset(day.year for day in self._entries)
        #: Periods counted on this calendar, (start, days, working days) → Due (domain/deadlines.py).
        self.counted: dict[tuple[date, int, bool], Due] = {}

    # -- questions ---------------------------------------------------------------------------

    @property
    def entries(self) -> Mapping[date, Entry]:
        """The listed days (read-only)."""
        return MappingProxyType(self._entries)

    def entries_of_year(self, year: int) -> dict[date, Entry]:
        """The listed days of one year, in date order."""
        return {day: self._entries[day] for day in sorted(self._entries) if day.year == year}

    def is_rest_day(self, d: date) -> bool:
        """A weekend or a listed rest day, unless the day is listed as a make-up working day."""
        entry = self._entries.get(d)
        if entry is not None:
            return entry[0] is DayKind.REST
        return d.weekday() >= 5

    def is_working_day(self, d: date) -> bool:
        """Not a rest day."""
        return not self.is_rest_day(d)

    def known_years(self) -> set[int]:
        """The years with at least one listed day."""
        return set(self._years)

    def has_year(self, year: int) -> bool:
        """Whether the arrangement of `year` has been entered."""
        return year in self._years

    def missing_year_warning(self, year: int) -> str:
        """The warning shown when a deadline relies on a year that has not been entered."""
        return f"{year}年节假日安排未录入"

    def name_of(self, d: date) -> str | None:
        """The holiday a listed day belongs to; None for an ordinary day (or an unnamed entry)."""
        entry = self._entries.get(d)
        if entry is None or not entry[1]:
            return None
        return entry[1]

    # -- new calendars -----------------------------------------------------------------------

    def merged(self, other: HolidayCalendar) -> HolidayCalendar:
        """This calendar with `other`'s entries added; where both list a day, `other` wins."""
        return HolidayCalendar({**self._entries, **other._entries})

    def replace_year(self, year: int, entries: Mapping[date, Entry]) -> HolidayCalendar:
        """A new calendar whose `year` is exactly `entries` (an administrator's correction)."""
        stray = sorted(day for day in entries if day.year != year)
        if stray:
            raise UserError(f"{stray[0].isoformat()} 不属于 {year} 年，请只录入 {year} 年的日期")
        kept = {day: entry for day, entry in self._entries.items() if day.year != year}
        return HolidayCalendar({**kept, **entries})

    # -- CSV ---------------------------------------------------------------------------------

    @classmethod
    def from_csv_text(cls, text: str) -> HolidayCalendar:
        """Read `date,kind,name` lines (header optional; 休/班 accepted; # comments ignored)."""
        entries: dict[date, Entry] = {}
        first_line_of: dict[date, int] = {}
        seen_data = False
        # A BOM comes with files saved by Excel or Notepad.
        lines = text.removeprefix("\ufeff").splitlines()
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            cells = [cell.strip() for cell in next(csv.reader([stripped]))]
            if not seen_data and cells[0].lower() in _HEADER_WORDS:
                seen_data = True
                continue
            seen_data = True
            day, entry = _parse_csv_row(number, cells)
            if day in first_line_of:
                raise UserError(
                    f"第 {number} 行：日期 {day.isoformat()} 与第 {first_line_of[day]} 行重复，请删去其中一行"
                )
            first_line_of[day] = number
            entries[day] = entry
        return cls(entries)

    def to_csv_text(self) -> str:
        """The calendar as CSV with the header `date,kind,name`, in date order."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for day in sorted(self._entries):
            kind, name = self._entries[day]
            writer.writerow((day.isoformat(), kind.value, name))
        return out.getvalue()

    # -- value semantics ---------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HolidayCalendar):
            return NotImplemented
        return self._entries == other._entries

    __hash__ = None  # type: ignore[assignment]  # equal by content, so not hashable

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        years = sorted(self._years)
        span = f"{years[0]}–{years[-1]}" if years else "no years"
        return f"<HolidayCalendar {len(self._entries)} entries, {span}>"


def _parse_csv_row(number: int, cells: list[str]) -> tuple[date, Entry]:
    """One data line of the CSV; the error names the line and what to write instead."""
    if len(cells) < 2 or len(cells) > 3:
        raise UserError(
            f"第 {number} 行：应有 3 列（日期,rest 或 work,名称），用英文逗号分隔，现有 {len(cells)} 列"
        )
    day = _parse_csv_date(cells[0])
    if day is None:
        raise UserError(f"第 {number} 行：日期无法识别（{cells[0]}），应为 YYYY-MM-DD")
    kind = _KIND_WORDS.get(cells[1].lower())
    if kind is None:
        raise UserError(f"第 {number} 行：类型无法识别（{cells[1]}），应为 rest（休）或 work（班）")
    name = cells[2] if len(cells) == 3 else ""
    return day, (kind, name)
