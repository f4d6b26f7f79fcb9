"""The statistics of a period as an Excel workbook: the indicators, the totals, and one sheet per
breakdown (形式, 来源, 属地, 责任单位, 类别, 性质, 目的, 结果, 月份), formatted to be printed or pasted
into a report as they are: a title row, the period under it, a bold frozen header, widths that fit,
percentages as percentage cells, and a 合计 row.

The figures are `statistics.compute`'s; the export is audited (an export of data leaves the program).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from fazhi_desktop.domain.indicators import CHANGES, INDICATORS, LABELS, SIDES, change
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.domain.vocab import Channel, Satisfaction
from fazhi_desktop.excel.saving import written_beside, xlsx_target
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
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.services.statistics.breakdowns import BREAKDOWNS, TITLES
from fazhi_desktop.services.statistics.indicators import settings_words
from fazhi_desktop.store.writes import record_access

INDICATOR_SHEET = "指标"
TOTALS_SHEET = "总量"
#: The sheet of each breakdown.
SHEETS = {name: f"按{TITLES[name]}" for name in BREAKDOWNS}


@dataclass(frozen=True)
class StatsExport:
    """What was written."""

    path: Path
    sheets: tuple[str, ...]
    period: dict[str, str]


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


def _indicators(ws: Worksheet, figures: dict[str, Any], heading: tuple[str, str]) -> None:
    sheet = _Sheet(
        ws, *heading, ("指标", "数值", "分子", "分母", "分子：计入的信访件", "分母：考察的信访件", "口径设置")
    )
    for name in INDICATORS:
        figure = figures["fractions"][name]
        top, bottom = SIDES[name]
        fmt = CHANGE if name in CHANGES else PERCENT
        sheet.row(
            [
                LABELS[name],
                figure["value"],
                figure["numerator"],
                figure["denominator"],
                top,
                bottom,
                settings_words(figure["settings"], name),
            ],
            [None, fmt, COUNT, COUNT],
        )
    sheet.widths[4] = sheet.widths[5] = 30
    sheet.widths[6] = 40
    sheet.finish()


def _totals(ws: Worksheet, figures: dict[str, Any], heading: tuple[str, str]) -> None:
    before = figures["previous_period"]
    sheet = _Sheet(ws, *heading, ("项目", "本期", "去年同期", "同比"))
    lines = [
        ("信访总量（件次）", "cases"),
        ("信访总量（人次）", "people"),
        ("信访人（人）", "distinct_petitioners"),
        ("集体访（批次）", "collective_visits"),
        ("已办结（件）", "closed"),
    ]
    for label, key in lines:
        sheet.row(
            [label, figures[key], before[key], change(figures[key], before[key])],
            [None, COUNT, COUNT, CHANGE],
        )
    for code, n in figures["by_channel"].items():
        was = before["by_channel"][code]
        sheet.row([f"{Channel(code).label}（件次）", n, was, change(n, was)], [None, COUNT, COUNT, CHANGE])
    for code, n in figures["satisfaction"].items():
        was = before["satisfaction"][code]
        sheet.row(
            [f"评价：{Satisfaction(code).label}（件）", n, was, change(n, was)],
            [None, COUNT, COUNT, CHANGE],
        )
    sheet.finish()


_BREAKDOWN_KEYS = (
    "label",
    "cases",
    "share",
    "people",
    "previous_cases",
    "previous_people",
    "yoy_cases",
    "yoy_people",
)


def _breakdown_values(r: dict[str, Any]) -> list[Any]:
    return [r[k] for k in _BREAKDOWN_KEYS]


def _breakdown(ws: Worksheet, part: dict[str, Any], heading: tuple[str, str]) -> None:
    title = part["title"]
    sheet = _Sheet(
        ws, *heading, (title, "件次", "占比", "人次", "去年同期件次", "去年同期人次", "件次同比", "人次同比")
    )
    formats = [None, COUNT, PERCENT, COUNT, COUNT, COUNT, CHANGE, CHANGE]
    for r in part["rows"]:
        sheet.row(_breakdown_values(r), formats)
    sheet.row(_breakdown_values(part["total"]), formats, total=True)
    sheet.finish()


def export_stats(
    ctx: Context,
    path: str | Path,
    start: date | None = None,
    end: date | None = None,
    office: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> StatsExport:
    """Write the statistics of a period to an .xlsx file (one sheet per breakdown plus the indicators)."""
    target = xlsx_target(path)
    report(progress, 0, len(BREAKDOWNS) + 3)
    figures = statistics.compute(ctx, start, end, office)
    check(cancelled)
    period = figures["period"]
    name = office_name(ctx, office)
    span = f"统计时期：{period['from']} 至 {period['to']}（去年同期 {figures['previous_period']['period']['from']} 至 {figures['previous_period']['period']['to']}）"
    subtitle = f"{span}　计算日期：{figures['computed_on']}"
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = INDICATOR_SHEET
    _indicators(first, figures, (f"{name}信访工作指标", subtitle))
    _totals(book.create_sheet(TOTALS_SHEET), figures, (f"{name}信访总量", subtitle))
    for n, part in enumerate(BREAKDOWNS, 3):
        check(cancelled)
        section = figures["breakdowns"][part]
        _breakdown(
            book.create_sheet(SHEETS[part]), section, (f"{name}信访件按{section['title']}统计", subtitle)
        )
        report(progress, n, len(BREAKDOWNS) + 3)
    with written_beside(target) as temporary:
        book.save(temporary)
    record_access(
        ctx.db,
        ctx.user,
        "stats.export",
        f"导出统计报表：{period['from']} 至 {period['to']}（{target.name}）",
        file=str(target),
        period=period,
        office=office,
    )
    report(progress, len(BREAKDOWNS) + 3, len(BREAKDOWNS) + 3)
    return StatsExport(target, tuple(book.sheetnames), period)
