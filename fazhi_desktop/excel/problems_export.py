"""The problems of an import as an .xlsx the clerk can work through: each problem row of the ledger
copied with its Excel row number and the reason, errors filled red and warnings yellow (the level is
also written in words: colour is never the only sign)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from fazhi_desktop.excel.reading import read_sheets
from fazhi_desktop.excel.report import ImportReport

ERROR_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
WARNING_FILL = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
LEVELS = {"error": "未导入", "warning": "提醒"}


def save_problems(report: ImportReport, source: str | Path | None, target: str | Path) -> Path:
    """Write the problems of `report`; with `source` (the ledger imported), each row's own cells too."""
    rows: list[list[object]] = []
    header: list[object] = []
    if source is not None:
        sheet = read_sheets(source, report.sheet or None)[0]
        rows = sheet.rows
        if 0 < report.header_row <= len(rows):
            header = list(rows[report.header_row - 1])
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "导入问题"
    ws.append([f"「{report.file}」导入问题：{report.summary()}"])
    ws.append(["行号", "级别", "说明", *(str(c or "") for c in header)])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for problem in report.problems:
        cells = rows[problem.row - 1] if 0 < problem.row <= len(rows) else []
        ws.append([problem.row, LEVELS[problem.level], problem.message, *(_plain(c) for c in cells)])
        fill = ERROR_FILL if problem.level == "error" else WARNING_FILL
        for cell in ws[ws.max_row]:
            cell.fill = fill
        ws.cell(ws.max_row, 3).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 60
    target = Path(target)
    book.save(target)
    return target


def _plain(value: object) -> object:
    return "" if value is None else value
