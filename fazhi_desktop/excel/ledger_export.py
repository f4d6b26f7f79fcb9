"""The ledger (信访事项台账) as a bureau hands it upward: a title row across the table, a frozen header
with filters, one row per registration, then a sheet of statistics by channel, township and category.

The file is written with openpyxl's write-only mode, row by row as the rows arrive, so a ledger of
a hundred thousand cases never sits in memory. Columns keep the widths set before the first row (a
write-only sheet cannot be measured afterwards), taken from a typical value of each column. Dates are
date cells; ID numbers and phones are text cells, because Excel would round an 18-digit number.
The headers are those the ledger import recognises, so an exported ledger imports back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from fazhi_desktop.domain.indicators import rate
from fazhi_desktop.excel.styles import (
    COUNT,
    DATE,
    HEADER_FONT,
    MIDDLE,
    PERCENT,
    TEXT,
    TITLE_HEIGHT,
    TOTAL_FILL,
    WRAP,
    column_width,
    header_cells,
    print_setup,
    styled,
    text_width,
    title_cell,
)

LEDGER_SHEET = "台账"
STATS_SHEET = "统计"
HEADER_ROW = 2


@dataclass(frozen=True)
class Column:
    """One column of the ledger: its header, the cell format, and a typical value for its width."""

    header: str
    sample: str
    number_format: str | None = None
    wrap: bool = False


#: The standard layout, in order (the import recognises every header).
COLUMNS: tuple[Column, ...] = (
    Column("序号", "100000"),
    Column("信访件编号", "431127-2024-000123"),
    Column("登记日期", "2024-01-01", DATE),
    Column("信访形式", "网上信访"),
    Column("来源", "12345转办"),
    Column("信访人", "欧阳建国"),
    Column("身份证号", "431127199001011234", TEXT),
    Column("联系电话", "13800000000", TEXT),
    Column("住址", "塔峰镇城东村三组十二号", wrap=True),
    Column("共同信访人", "李某某（431127199001011234）", wrap=True),
    Column("人数", "人数"),
    Column("问题属地", "塔峰镇"),
    Column("内容分类", "劳动和社会保障"),
    Column("信访目的", "检举控告"),
    Column("性质", "申诉求决类"),
    Column("主要诉求", "反映拖欠工资三个月未付反映拖欠工资三个月", wrap=True),
    Column("收信日期", "2024-01-01", DATE),
    Column("原信访件编号", "431127-2024-000123"),
    Column("转交方式", "转交方式"),
    Column("转交日期", "2024-01-01", DATE),
    Column("责任单位", "县人力资源和社会保障局"),
    Column("退回日期", "2024-01-01", DATE),
    Column("受理日期", "2024-01-01", DATE),
    Column("签收日期", "2024-01-01", DATE),
    Column("延期天数", "延期天数"),
    Column("答复日期", "2024-01-01", DATE),
    Column("办理结果", "导入法定途径：行政复议"),
    Column("送达日期", "2024-01-01", DATE),
    Column("满意度", "基本满意"),
    Column("复查申请日期", "2024-01-01", DATE),
    Column("复查意见日期", "2024-01-01", DATE),
    Column("复核申请日期", "2024-01-01", DATE),
    Column("包案日期", "2024-01-01", DATE),
    Column("办理状态", "已送达(复查)"),
    Column("办结日期", "2024-01-01", DATE),
    Column("备注", "重复访；集体访", wrap=True),
    # Added after the layout offices knew (issue 20), so that a ledger carries what the
    # higher-level counts need; at the end, where no column an office looks for moves.
    Column("上级件号", "湘信交〔2024〕1234号"),
    Column("终结备案日期", "2024-01-01", DATE),
)
HEADERS = tuple(c.header for c in COLUMNS)


@dataclass(frozen=True)
class LedgerRow:
    """One registration as the ledger shows it: labels, names and dates, personal data as shown."""

    number: str
    registered_on: date
    channel: str
    source: str
    petitioner: str
    id_number: str
    phone: str
    address: str
    #: 姓名（身份证号）、… of the co-petitioners (the number masked as the 主访人's is).
    co_petitioners: str
    head_count: int
    township: str
    category: str
    purpose: str
    nature: str
    summary: str
    received_on: date | None
    #: The number of the matter's first case, for a repeat registration.
    repeat_of: str
    #: 转送 or 交办 (the first routing), and its date.
    route_kind: str
    routed_on: date | None
    unit: str
    returned_on: date | None
    accepted_on: date | None
    signed_on: date | None
    extension_days: int | None
    answered_on: date | None
    result: str
    delivered_on: date | None
    satisfaction: str
    review_asked_on: date | None
    reviewed_on: date | None
    recheck_asked_on: date | None
    leader_on: date | None
    state: str
    closed_on: date | None
    notes: str
    #: The higher level's number (上级件号) of a case sent down, and its 三级终结备案.
    upper_number: str
    filed_on: date | None


@dataclass(frozen=True)
class Tally:
    """One table of the statistics sheet: a label and its 件次 and 人次 per line."""

    title: str
    lines: Sequence[tuple[str, int, int]]


#: LedgerRow's fields are in the order of the columns after 序号.
_ROW_FIELDS = tuple(f.name for f in fields(LedgerRow))


class _Rows:
    """Appends ledger rows through one reusable styled cell per column: openpyxl writes a write-only
    row out as soon as it is appended, so the cells can take the next row's values at once, which
    spares creating and styling two million cells for a large ledger."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.cells = [
            styled(
                ws,
                number_format=c.number_format,
                alignment=WRAP if c.wrap else MIDDLE,
            )
            for c in COLUMNS
        ]
        self.written = 0

    def append(self, row: LedgerRow) -> None:
        self.written += 1
        values = (self.written, *(getattr(row, name) for name in _ROW_FIELDS))
        for cell, value in zip(self.cells, values, strict=True):
            # An empty string would be written as an empty text cell; None leaves the cell blank.
            cell.value = value if value != "" else None
        self.ws.append(self.cells)


def _ledger_sheet(ws: WriteOnlyWorksheet, title: str, rows: Iterable[LedgerRow]) -> int:
    last = get_column_letter(len(COLUMNS))
    for n, column in enumerate(COLUMNS, 1):
        width = max(text_width(column.header), text_width(column.sample))
        ws.column_dimensions[get_column_letter(n)].width = column_width(width)
    ws.row_dimensions[1].height = TITLE_HEIGHT
    ws.merged_cells.add(f"A1:{last}1")
    ws.freeze_panes = f"C{HEADER_ROW + 1}"  # the header, and 序号 and 编号 beside every column
    print_setup(ws, HEADER_ROW)
    ws.append([title_cell(ws, title)])
    ws.append(header_cells(ws, HEADERS))
    writer = _Rows(ws)
    for row in rows:
        writer.append(row)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + writer.written}"
    return writer.written


def _stats_sheet(ws: WriteOnlyWorksheet, title: str, tallies: Sequence[Tally]) -> None:
    headers = ("件次", "人次", "占比")
    widths = [max(text_width(label) for t in tallies for label, _, _ in t.lines) if tallies else 8]
    widths[0] = max(widths[0], *(text_width(t.title) for t in tallies), 12)
    widths += [10, 10, 10]
    for n, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(n)].width = column_width(width)
    ws.row_dimensions[1].height = TITLE_HEIGHT
    ws.merged_cells.add(f"A1:{get_column_letter(len(widths))}1")
    print_setup(ws)
    ws.append([title_cell(ws, title)])
    for tally in tallies:
        ws.append(header_cells(ws, (tally.title, *headers)))
        total_cases = sum(cases for _, cases, _ in tally.lines)
        total_people = sum(people for _, _, people in tally.lines)
        for label, cases, people in tally.lines:
            ws.append(_stats_line(ws, label, cases, people, total_cases))
        ws.append(_stats_line(ws, "合计", total_cases, total_people, total_cases, bold=True))
        ws.append([])


def _stats_line(
    ws: WriteOnlyWorksheet, label: str, cases: int, people: int, total: int, *, bold: bool = False
) -> list[WriteOnlyCell]:
    font, fill = (HEADER_FONT, TOTAL_FILL) if bold else (None, None)
    return [
        styled(ws, value, font=font, fill=fill, number_format=fmt)
        for value, fmt in ((label, None), (cases, COUNT), (people, COUNT), (rate(cases, total), PERCENT))
    ]


def write_ledger(
    path: Path, title: str, stats_title: str, rows: Iterable[LedgerRow], tallies: Sequence[Tally]
) -> int:
    """Write the ledger and its statistics sheet to `path`; the number of ledger rows written.

    `rows` is consumed as it is written (a generator that reads the database a chunk at a time and
    may raise `Cancelled`)."""
    book = Workbook(write_only=True)
    try:
        written = _ledger_sheet(book.create_sheet(LEDGER_SHEET), title, rows)
        _stats_sheet(book.create_sheet(STATS_SHEET), stats_title, tallies)
        book.save(path)
    except BaseException:
        _discard(book)
        raise
    return written


def _discard(book: Workbook) -> None:
    """After a cancel or a failure: end openpyxl's half-written sheet files and delete them now (openpyxl
    would leave them in the temporary folder until the program exits)."""
    for ws in book.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            Path(writer.out).unlink(missing_ok=True)
