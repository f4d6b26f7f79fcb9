"""How the workbooks the program writes look: one title font, one header style, thin grey borders,
the number formats, column widths that count a Chinese character as two, and a page set up to print
landscape on one page's width. The ledger and the statistics export share them, so a bureau's files
look like one set.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

#: The look's own values, for openpyxl's objects below and for the ledger's XlsxWriter formats.
TITLE_FONT_NAME, TITLE_FONT_SIZE = "黑体", 16
HEADER_COLOUR, TOTAL_COLOUR, LINE_COLOUR = "DCE6F1", "F2F2F2", "9BA7B5"

TITLE_FONT = Font(name=TITLE_FONT_NAME, size=TITLE_FONT_SIZE, bold=True)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor=HEADER_COLOUR)
TOTAL_FILL = PatternFill("solid", fgColor=TOTAL_COLOUR)
_THIN = Side(style="thin", color=LINE_COLOUR)
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center")
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
MIDDLE = Alignment(vertical="center")

#: Dates as real date cells shown the way offices write them.
DATE = "yyyy-mm-dd"
#: Text that looks like a number (ID numbers, phones) stays text when a clerk edits the cell.
TEXT = "@"
COUNT = "#,##0"
PERCENT = "0.0%"
CHANGE = "+0.0%;-0.0%;0.0%"
TITLE_HEIGHT = 30
#: A column never gets wider than this (long text wraps instead).
MAX_WIDTH = 48


def text_width(value: Any) -> int:
    """Excel's column width for a value: a Chinese character is about two Latin ones."""
    if value is None:
        return 4
    text = value if isinstance(value, str) else f"{value:,}" if isinstance(value, int) else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def column_width(width: int, max_width: int = MAX_WIDTH) -> int:
    """The width to set for content `width` characters wide: a little air, never too wide."""
    return min(width + 2, max_width)


def print_setup(ws: Worksheet | WriteOnlyWorksheet, header_row: int | None = None) -> None:
    """Landscape, one page wide, the header (if one) repeated on every printed page."""
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    page_setup = ws.page_setup
    page_setup.orientation = "landscape"
    page_setup.fitToWidth = 1
    page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def styled(
    ws: WriteOnlyWorksheet,
    value: Any = None,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    border: Border | None = BORDER,
    alignment: Alignment | None = None,
    number_format: str | None = None,
) -> WriteOnlyCell:
    """A cell for a write-only sheet, with the given look."""
    cell = WriteOnlyCell(ws, value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    return cell


def title_cell(ws: WriteOnlyWorksheet, title: str) -> WriteOnlyCell:
    return styled(ws, title, font=TITLE_FONT, border=None, alignment=CENTER)


def header_cells(ws: WriteOnlyWorksheet, headers: tuple[str, ...] | list[str]) -> list[WriteOnlyCell]:
    return [styled(ws, h, font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT) for h in headers]
