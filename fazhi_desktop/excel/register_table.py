"""A register's progress table (台账进展情况表) as an Excel workbook: a title, the register's figures
under it (period, owner, 化解率 as of the day), a bold frozen header and one row per matter.

A pure writer: it takes a `domain.registers.ProgressTable` and writes the file; the service that
fills it and audits the export is services/registers/outputs.py.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from fazhi_desktop.domain.registers import ProgressLine, ProgressTable
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.excel.saving import written_beside
from fazhi_desktop.excel.styles import (
    BORDER,
    CENTER,
    DATE,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    TITLE_HEIGHT,
    WRAP,
    column_width,
    print_setup,
    text_width,
)

HEADERS = (
    "序号",
    "信访件编号",
    "信访人",
    "反映问题",
    "登记日期",
    "包案领导",
    "化解方案",
    "工作人员",
    "化解时限",
    "办理状态",
    "化解日期",
    "化解认定人",
    "进展情况",
)
HEADER_ROW = 4


def heading_words(table: ProgressTable) -> str:
    """The line under the title: the kind, period, owner, and the 化解率 as of the day."""
    parts = [f"类别：{table.kind.label}"]
    if table.period:
        parts.append(f"期间：{table.period}")
    if table.owner:
        parts.append(f"负责人：{table.owner}")
    if table.leader:
        parts.append(f"包案领导：{table.leader}")
    parts.append(
        f"截至{table.as_of}：共{table.cases}件，已化解{table.resolved}件，化解率{percent(table.rate)}"
    )
    return "　".join(parts)


def _values(n: int, line: ProgressLine) -> list[object]:
    return [
        n,
        line.number,
        line.principal,
        line.summary,
        line.registered_on,
        line.leader,
        line.plan,
        line.staff,
        line.due_on,
        line.state,
        line.resolved_on,
        line.resolved_by,
        "\n".join(line.notes),
    ]


def write_register_table(table: ProgressTable, target: Path) -> None:
    """Write the table to `target` (an .xlsx path; replaced only once written whole)."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "进展情况"[:31]
    ws.append([table.title])
    ws.append([heading_words(table)])
    ws.append([])
    ws.append(list(HEADERS))
    last = get_column_letter(len(HEADERS))
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = TITLE_HEIGHT
    ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
    for cell in ws[HEADER_ROW]:
        cell.font, cell.fill, cell.border, cell.alignment = HEADER_FONT, HEADER_FILL, BORDER, HEADER_ALIGNMENT
    widths = [text_width(h) for h in HEADERS]
    for n, line in enumerate(table.lines, 1):
        ws.append(_values(n, line))
        for i, cell in enumerate(ws[ws.max_row]):
            cell.border = BORDER
            if i in (4, 8, 10):
                cell.number_format = DATE
            elif isinstance(cell.value, str):
                cell.alignment = WRAP
            widths[i] = max(widths[i], text_width("2024-01-01" if i in (4, 8, 10) else cell.value))
    for n, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(n)].width = column_width(width, 36)
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    print_setup(ws, HEADER_ROW)
    with written_beside(target) as temporary:
        book.save(temporary)
