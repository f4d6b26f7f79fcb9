"""月度通报 as a workbook: the two rankings (责任单位, 乡镇), the 指标说明, and 明细 — every case the
通报 counts with the figures it counts in, so each number of the rankings can be checked by filtering.

A pure writer over `domain.bulletin.BulletinReport`; services/reports/bulletin.py fills and audits it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from fazhi_desktop.domain.bulletin import RANK_HEADER, RATE_COLUMNS, BulletinReport, BulletinRow
from fazhi_desktop.excel.saving import written_beside
from fazhi_desktop.excel.styles import (
    BORDER,
    CENTER,
    COUNT,
    DATE,
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

CASE_HEADER = (
    "信访件编号",
    "登记日期",
    "责任单位",
    "乡镇（街道）",
    "反映问题",
    "到期应办结",
    "按期办结",
    "逾期未办",
    "已评价",
    "满意",
    "本月登记",
    "重复信访",
    "本月督办",
)
SHEETS = ("责任单位排名", "乡镇排名", "指标说明", "明细")


def _title(ws: Worksheet, title: str, subtitle: str, width: int) -> None:
    ws.append([title])
    ws.append([subtitle])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = TITLE_HEIGHT


def _header(ws: Worksheet, header: Sequence[str]) -> None:
    ws.append(list(header))
    for cell in ws[ws.max_row]:
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT, BORDER
    ws.freeze_panes = ws.cell(row=ws.max_row + 1, column=1)
    print_setup(ws, ws.max_row)


def _fit(ws: Worksheet) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            widths[cell.column] = max(widths.get(cell.column, 0), text_width(cell.value))
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = column_width(width)


def _ranking(
    ws: Worksheet, rows: Sequence[BulletinRow], totals: BulletinRow, report: BulletinReport, what: str
) -> None:
    _title(ws, f"{report.title}（{what}排名）", f"统计期 {report.start} 至 {report.end}", len(RANK_HEADER))
    _header(ws, (RANK_HEADER[0], what, *RANK_HEADER[2:]))
    for row in [*rows, totals]:
        ws.append([row.rank or None, row.name, *row.figures()])
        for cell in ws[ws.max_row]:
            cell.border = BORDER
            if cell.column - 3 in RATE_COLUMNS:  # the two rates (after 名次 and 名称)
                cell.number_format = PERCENT
            elif cell.column > 2:
                cell.number_format = COUNT
            if row is totals:
                cell.fill = TOTAL_FILL
    _fit(ws)


def write_bulletin_workbook(report: BulletinReport, target: Path) -> tuple[str, ...]:
    """Write the workbook to `target` (replaced only once it is complete); its sheet names."""
    book = Workbook()
    units = book.active
    assert units is not None
    units.title = SHEETS[0]
    _ranking(units, report.units, report.totals, report, "责任单位")
    _ranking(book.create_sheet(SHEETS[1]), report.townships, report.totals, report, "乡镇（街道）")
    notes = book.create_sheet(SHEETS[2])
    _title(notes, f"{report.title}（指标说明）", "排名依次比较按期办结率、逾期未办、群众满意率、重复信访", 3)
    _header(notes, ("指标", "计算方法", "口径"))
    for line in report.explanations:
        notes.append(list(line))
        for cell in notes[notes.max_row]:
            cell.alignment, cell.border = WRAP, BORDER
    _fit(notes)
    cases = book.create_sheet(SHEETS[3])
    _title(cases, f"{report.title}（明细）", "每件信访件计入的数字：1 为计入", len(CASE_HEADER))
    _header(cases, CASE_HEADER)
    for c in report.cases:
        flags = (c.due, c.on_time, c.overdue, c.evaluated, c.satisfied, c.registered, c.repeat, c.supervised)
        cases.append([c.number, c.registered_on, c.unit, c.township, c.summary, *(int(f) for f in flags)])
        cases.cell(row=cases.max_row, column=2).number_format = DATE
    _fit(cases)
    with written_beside(target) as temporary:
        book.save(temporary)
    return tuple(book.sheetnames)
