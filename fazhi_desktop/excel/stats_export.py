"""The statistics of a period as an Excel workbook: the indicators, the totals, and one sheet per
breakdown (形式, 来源, 属地, 责任单位, 类别, 性质, 目的, 结果, 月份), formatted to be printed or pasted
into a report as they are: a title row, the period under it, a bold frozen header, widths that fit,
percentages as percentage cells, and a 合计 row.

A pure writer: it takes a `StatsWorkbook` of typed lines and writes the file. The service that counts
the figures, fills these lines and audits the export is services/statistics/export.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from fazhi_desktop.domain.indicators import change
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.excel.saving import written_beside
from fazhi_desktop.excel.styles import (
    BORDER,
    CENTER,
    CHANGE,
    COUNT,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    PERCENT,
    TITLE_FONT,
    TITLE_HEIGHT,
    TOTAL_FILL,
    WRAP,
    column_width,
    print_setup,
    text_width,
)

INDICATOR_SHEET = "指标"
TOTALS_SHEET = "总量"


@dataclass(frozen=True)
class IndicatorLine:
    """One line of the 指标 sheet."""

    label: str
    value: float | None
    numerator: int
    denominator: int
    #: What each side counts, in words.
    numerator_counts: str
    denominator_counts: str
    #: The settings the figure used, in words.
    settings: str
    #: A change between two periods (a signed percentage) rather than a share.
    is_change: bool = False


@dataclass(frozen=True)
class TotalLine:
    """One line of the 总量 sheet: this period and the same period a year earlier (the 同比 is worked
    out here)."""

    label: str
    now: int
    before: int


@dataclass(frozen=True)
class BreakdownLine:
    """One line of a breakdown sheet, or its 合计."""

    label: str
    cases: int
    share: float | None
    people: int
    previous_cases: int
    previous_people: int
    yoy_cases: float | None
    yoy_people: float | None


@dataclass(frozen=True)
class BreakdownSheet:
    """A breakdown's sheet: its name (按信访形式), what it breaks down by (信访形式), lines and 合计."""

    sheet: str
    title: str
    lines: tuple[BreakdownLine, ...]
    total: BreakdownLine


@dataclass(frozen=True)
class StatsWorkbook:
    """Everything the workbook shows."""

    #: The office the figures are of, as headings name it (蓝山县信访局).
    office: str
    #: The line under every heading (the period, the year before, the day counted).
    subtitle: str
    indicators: tuple[IndicatorLine, ...]
    totals: tuple[TotalLine, ...]
    breakdowns: tuple[BreakdownSheet, ...]


class _Sheet:
    """One formatted sheet: title, subtitle, header (frozen) and rows with column formats."""

    def __init__(self, ws: Worksheet, title: str, subtitle: str, headers: Sequence[str]) -> None:
        self.ws = ws
        self.columns = len(headers)
        self.widths = [text_width(h) for h in headers]
        ws.append([title])
        ws.append([subtitle])
        ws.append([])
        ws.append(list(headers))
        last = get_column_letter(self.columns)
        ws.merge_cells(f"A1:{last}1")
        ws.merge_cells(f"A2:{last}2")
        ws["A1"].font = TITLE_FONT
        ws["A1"].alignment = CENTER
        ws.row_dimensions[1].height = TITLE_HEIGHT
        ws["A2"].alignment = Alignment(horizontal="center")
        for cell in ws[4]:
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.border = BORDER
            cell.alignment = HEADER_ALIGNMENT
        ws.freeze_panes = "B5"
        print_setup(ws, 4)

    def row(self, values: Sequence[Any], formats: Sequence[str | None], *, total: bool = False) -> None:
        self.ws.append(list(values))
        for n, cell in enumerate(self.ws[self.ws.max_row]):
            cell.border = BORDER
            fmt = formats[n] if n < len(formats) else None
            if fmt:
                cell.number_format = fmt
            if isinstance(cell.value, str) and n > 0:
                cell.alignment = WRAP
            if total:
                cell.font = HEADER_FONT
                cell.fill = TOTAL_FILL
            shown = "100.0%" if fmt in (PERCENT, CHANGE) else cell.value
            self.widths[n] = max(self.widths[n], text_width(shown))

    def finish(self) -> None:
        for n, width in enumerate(self.widths, 1):
            self.ws.column_dimensions[get_column_letter(n)].width = column_width(width)


def _indicators(ws: Worksheet, lines: Sequence[IndicatorLine], heading: tuple[str, str]) -> None:
    sheet = _Sheet(
        ws, *heading, ("指标", "数值", "分子", "分母", "分子：计入的信访件", "分母：考察的信访件", "口径设置")
    )
    for line in lines:
        fmt = CHANGE if line.is_change else PERCENT
        sheet.row(
            [
                line.label,
                line.value,
                line.numerator,
                line.denominator,
                line.numerator_counts,
                line.denominator_counts,
                line.settings,
            ],
            [None, fmt, COUNT, COUNT],
        )
    sheet.widths[4] = sheet.widths[5] = 30
    sheet.widths[6] = 40
    sheet.finish()


def _totals(ws: Worksheet, lines: Sequence[TotalLine], heading: tuple[str, str]) -> None:
    sheet = _Sheet(ws, *heading, ("项目", "本期", "去年同期", "同比"))
    for line in lines:
        sheet.row(
            [line.label, line.now, line.before, change(line.now, line.before)],
            [None, COUNT, COUNT, CHANGE],
        )
    sheet.finish()


def _breakdown_values(line: BreakdownLine) -> list[Any]:
    return [
        line.label,
        line.cases,
        line.share,
        line.people,
        line.previous_cases,
        line.previous_people,
        line.yoy_cases,
        line.yoy_people,
    ]


def _breakdown(ws: Worksheet, part: BreakdownSheet, heading: tuple[str, str]) -> None:
    sheet = _Sheet(
        ws,
        *heading,
        (part.title, "件次", "占比", "人次", "去年同期件次", "去年同期人次", "件次同比", "人次同比"),
    )
    formats = [None, COUNT, PERCENT, COUNT, COUNT, COUNT, CHANGE, CHANGE]
    for line in part.lines:
        sheet.row(_breakdown_values(line), formats)
    sheet.row(_breakdown_values(part.total), formats, total=True)
    sheet.finish()


def write_stats(
    workbook: StatsWorkbook,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[str, ...]:
    """Write the workbook to `target` (an .xlsx path; replaced only once written whole); its sheets.
    Progress counts the indicators and totals as three steps, then one per breakdown."""
    steps = len(workbook.breakdowns) + 3
    name, subtitle = workbook.office, workbook.subtitle
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = INDICATOR_SHEET
    _indicators(first, workbook.indicators, (f"{name}信访工作指标", subtitle))
    _totals(book.create_sheet(TOTALS_SHEET), workbook.totals, (f"{name}信访总量", subtitle))
    for n, part in enumerate(workbook.breakdowns, 3):
        check(cancelled)
        _breakdown(book.create_sheet(part.sheet), part, (f"{name}信访件按{part.title}统计", subtitle))
        report(progress, n, steps)
    with written_beside(target) as temporary:
        book.save(temporary)
    return tuple(book.sheetnames)
