"""A year's 档案索引 as a workbook: one row per filed matter, with the folder its PDFs were written to.

A pure writer over `domain.archive.IndexLine`; services/archive/export.py fills it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from fazhi_desktop.domain.archive import IndexLine
from fazhi_desktop.excel.saving import written_beside
from fazhi_desktop.excel.styles import (
    BORDER,
    DATE,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    column_width,
    print_setup,
    text_width,
)

HEADER = (
    "档号",
    "信访件编号",
    "信访人",
    "事由",
    "登记日期",
    "办结日期",
    "归档日期",
    "文书（份）",
    "办理过程（条）",
    "附件（个）",
    "文件夹",
)


def write_index_workbook(title: str, lines: Sequence[IndexLine], target: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "档案索引"
    ws.append([title])
    ws["A1"].font = TITLE_FONT
    ws.append(list(HEADER))
    for cell in ws[2]:
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT, BORDER
    ws.freeze_panes = "A3"
    print_setup(ws, 2)
    for i in lines:
        ws.append(
            [
                i.archive_number,
                i.number,
                i.petitioner,
                i.summary,
                i.registered_on,
                i.closed_on,
                i.filed_on,
                i.documents,
                i.steps,
                i.attachments,
                i.folder,
            ]
        )
        for column in (5, 6, 7):
            ws.cell(row=ws.max_row, column=column).number_format = DATE
    for n, name in enumerate(HEADER, 1):
        width = max(
            [
                text_width(name),
                *(text_width(ws.cell(row=r, column=n).value) for r in range(3, ws.max_row + 1)),
            ]
        )
        ws.column_dimensions[get_column_letter(n)].width = column_width(width)
    with written_beside(target) as temporary:
        book.save(temporary)
