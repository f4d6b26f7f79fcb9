"""The higher level's list of 不规范事项 (e.g. the central joint conference's 受理办理不规范事项) as typed
rows, read from an .xlsx: the header row is found under any title rows, columns by their usual names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.reading import normalise_header, read_sheets

#: Field → the headers it goes by.
HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("信访件编号", "件号", "信访事项编号", "编号", "上级件号", "登记编号"),
    "problem": ("不规范问题", "不规范事项", "问题", "存在问题", "评查意见", "问题描述"),
    "owner": ("整改责任人", "责任人", "整改责任单位", "责任单位"),
    "due": ("整改期限", "整改时限", "期限"),
}
#: How far down a sheet the header row is looked for.
HEADER_SEARCH_ROWS = 15


@dataclass(frozen=True)
class UpperItem:
    """One 不规范事项 of the higher level's list: its Excel row, the case number it names, the problem."""

    row: int
    number: str
    problem: str
    owner: str = ""
    due: date | None = None


def _field(header: object) -> str | None:
    text = normalise_header(header)
    for name, names in HEADERS.items():
        if text in names:
            return name
    return None


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip().replace("/", "-").replace(".", "-")
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _header(rows: list[list[Any]]) -> tuple[int, dict[str, int]]:
    """The header row's index and the column of each field it names."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = {f: i for i, cell in enumerate(row) if (f := _field(cell)) is not None}
        if "number" in columns and "problem" in columns:
            return index, columns
    raise UserError("表中找不到「信访件编号」和「不规范问题」两列。请检查表头后再导入。")


def read_upper_list(path: str | Path) -> tuple[list[UpperItem], list[tuple[int, str]]]:
    """The items of the first sheet, and (row, reason) for each non-blank row that could not be read."""
    rows = read_sheets(path)[0].rows
    index, columns = _header(rows)
    items: list[UpperItem] = []
    skipped: list[tuple[int, str]] = []

    def cell(row: list[Any], name: str) -> Any:
        i = columns.get(name)
        return row[i] if i is not None and i < len(row) else None

    for n, row in enumerate(rows[index + 1 :], start=index + 2):
        number = str(cell(row, "number") or "").strip()
        problem = str(cell(row, "problem") or "").strip()
        if not number and not problem:
            continue
        if not number or not problem:
            skipped.append((n, "缺少信访件编号" if not number else "缺少不规范问题的说明"))
            continue
        items.append(
            UpperItem(
                n, number, problem[:400], str(cell(row, "owner") or "").strip()[:64], _date(cell(row, "due"))
            )
        )
    return items, skipped
