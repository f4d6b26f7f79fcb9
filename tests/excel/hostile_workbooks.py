"""Hostile workbooks, built byte by byte (openpyxl would refuse to write most of them)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HEADER = ["登记日期", "信访人", "信访形式", "反映问题"]
ROW = ["2024-03-05", "王某某", "来访", "拖欠工资三个月"]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_CLOSE = "</sheetData></worksheet>"


def column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def inline_row(row: int, values: Iterable[str]) -> str:
    cells = "".join(
        f'<c r="{column(i)}{row}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
        for i, v in enumerate(values, 1)
    )
    return f'<row r="{row}">{cells}</row>'


def ledger_rows(extra: str = "") -> str:
    """A header and one good row, then `extra` (more row elements)."""
    return inline_row(1, HEADER) + inline_row(2, ROW) + extra


def write_xlsx(
    path: Path,
    sheet_data: str | Iterator[str],
    *,
    shared: str | Iterator[str] = "",
    sheet_prolog: str = SHEET_OPEN,
    workbook: str = _WORKBOOK,
) -> Path:
    """A minimal .xlsx: one sheet 台账 with `sheet_data` (row elements, streamed into the zip), and
    `shared` as the <si> elements of the shared strings."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", workbook)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?>')
            f.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for part in [shared] if isinstance(shared, str) else shared:
                f.write(part.encode())
            f.write(b"</sst>")
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(sheet_prolog.encode())
            for part in [sheet_data] if isinstance(sheet_data, str) else sheet_data:
                f.write(part.encode())
            f.write(SHEET_CLOSE.encode())
    return path


def write_xls(path: Path, cells: Iterable[tuple[int, int, Any]] = (), *, header: bool = True) -> Path:
    """An old .xls written by xlwt (a test dependency): the ledger's header and one row when
    `header`, then `cells` as (row, column, value), 0-based."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    for r, values in enumerate([HEADER, ROW] if header else []):
        for c, value in enumerate(values):
            sheet.write(r, c, value)
    for r, c, value in cells:
        sheet.write(r, c, value)
    book.save(str(path))
    return path


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + "]>"
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
