"""The ledger (信访事项台账) as a bureau hands it upward: a title row across the table, a frozen header
with filters, one row per registration, then a sheet of statistics by channel, township and category.

The file is written with XlsxWriter in its constant-memory mode, row by row as the rows arrive, so
a ledger of a million cases never sits in memory. It writes plain values in about 60 % of openpyxl's
write-only time, and a styled ledger of 100,000 cases in 22 s where openpyxl took 52 s
(benchmarks/RESULTS.md): the ledger is the largest file the program writes. Columns keep the
widths set before the first row, taken from a typical value of each column. Dates are date cells; ID
numbers and phones are text cells, because Excel would round an 18-digit number; every value is
written as what it is (text as text, never a formula or a link). The look is excel/styles.py's,
said in XlsxWriter's terms. The headers are those the ledger import recognises, so an exported
ledger imports back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from fazhi_desktop.domain.indicators import rate
from fazhi_desktop.excel.styles import (
    COUNT,
    DATE,
    HEADER_COLOUR,
    LINE_COLOUR,
    PERCENT,
    TEXT,
    TITLE_FONT_NAME,
    TITLE_FONT_SIZE,
    TITLE_HEIGHT,
    TOTAL_COLOUR,
    column_width,
    text_width,
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

# excel/styles.py's look, in XlsxWriter's words.
_BORDER = {"border": 1, "border_color": f"#{LINE_COLOUR}"}
_TITLE = {
    "font_name": TITLE_FONT_NAME,
    "font_size": TITLE_FONT_SIZE,
    "bold": True,
    "align": "center",
    "valign": "vcenter",
}
_HEADER = {
    **_BORDER,
    "bold": True,
    "bg_color": f"#{HEADER_COLOUR}",
    "align": "center",
    "valign": "vcenter",
    "text_wrap": True,
}
_TOTAL = {"bold": True, "bg_color": f"#{TOTAL_COLOUR}"}


class _Book:
    """The workbook and its formats (XlsxWriter makes each format once, for the whole book)."""

    def __init__(self, path: Path) -> None:
        # Text is written as text: no formula, link or number is ever made of a clerk's words.
        self.book = Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": str(path.parent),
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.title = self.book.add_format(_TITLE)
        self.header = self.book.add_format(_HEADER)

    def format(self, **look: Any) -> Format:
        return self.book.add_format({key: value for key, value in look.items() if value is not None})

    def discard(self) -> None:
        """After a cancel or a failure: close and delete the sheets' temporary row files (XlsxWriter
        would leave them), and write nothing."""
        for ws in self.book.worksheets():
            with contextlib.suppress(Exception):
                ws._opt_close()
            name = getattr(ws, "row_data_filename", None)
            if name:
                Path(name).unlink(missing_ok=True)


def _writer(ws: Worksheet, fmt: Format, kind: str | None) -> Callable[[int, int, Any], Any]:
    """How one column's values are written: by their type, each with the column's format."""
    if kind == TEXT:
        # ID numbers and phones: text even when all digits.
        return lambda row, col, value: ws.write_string(row, col, str(value), fmt)

    def write(row: int, col: int, value: Any) -> Any:
        if isinstance(value, str):
            return ws.write_string(row, col, value, fmt)
        if isinstance(value, date):
            return ws.write_datetime(row, col, value, fmt)
        return ws.write_number(row, col, value, fmt)

    return write


def _title_and_widths(book: _Book, ws: Worksheet, title: str, widths: list[int]) -> None:
    """The columns' widths, the title across them, and the page: landscape, one page wide."""
    for n, width in enumerate(widths):
        ws.set_column(n, n, column_width(width))
    ws.set_row(0, TITLE_HEIGHT)
    ws.merge_range(0, 0, 0, len(widths) - 1, title, book.title)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)  # one page wide, as long as it takes


def _ledger_sheet(book: _Book, title: str, rows: Iterable[LedgerRow]) -> int:
    ws = book.book.add_worksheet(LEDGER_SHEET)
    widths = [max(text_width(c.header), text_width(c.sample)) for c in COLUMNS]
    _title_and_widths(book, ws, title, widths)
    header = HEADER_ROW - 1
    ws.repeat_rows(header)
    ws.freeze_panes(HEADER_ROW, 2)  # the header, and 序号 and 编号 beside every column
    for col, text in enumerate(HEADERS):
        ws.write_string(header, col, text, book.header)
    writers = [
        _writer(
            ws,
            book.format(**_BORDER, valign="vcenter", text_wrap=c.wrap or None, num_format=c.number_format),
            c.number_format,
        )
        for c in COLUMNS
    ]
    written = 0
    for row in rows:
        at = HEADER_ROW + written
        written += 1
        values = (written, *(getattr(row, name) for name in _ROW_FIELDS))
        for col, (write, value) in enumerate(zip(writers, values, strict=True)):
            # None and an empty string leave the cell blank.
            if value is not None and value != "":
                write(at, col, value)
    ws.autofilter(header, 0, header + written, len(COLUMNS) - 1)
    return written


def _stats_sheet(book: _Book, title: str, tallies: Sequence[Tally]) -> None:
    ws = book.book.add_worksheet(STATS_SHEET)
    headers = ("件次", "人次", "占比")
    widths = [max(text_width(label) for t in tallies for label, _, _ in t.lines) if tallies else 8]
    widths[0] = max(widths[0], *(text_width(t.title) for t in tallies), 12)
    widths += [10, 10, 10]
    _title_and_widths(book, ws, title, widths)
    plain = [book.format(**_BORDER), book.format(**_BORDER, num_format=COUNT)]
    plain += [plain[1], book.format(**_BORDER, num_format=PERCENT)]
    total = [book.format(**_BORDER, **_TOTAL), book.format(**_BORDER, **_TOTAL, num_format=COUNT)]
    total += [total[1], book.format(**_BORDER, **_TOTAL, num_format=PERCENT)]
    at = 1
    for tally in tallies:
        for col, text in enumerate((tally.title, *headers)):
            ws.write_string(at, col, text, book.header)
        at += 1
        total_cases = sum(cases for _, cases, _ in tally.lines)
        total_people = sum(people for _, _, people in tally.lines)
        lines = [(label, cases, people, plain) for label, cases, people in tally.lines]
        for label, cases, people, look in [*lines, ("合计", total_cases, total_people, total)]:
            ws.write_string(at, 0, label, look[0])
            ws.write_number(at, 1, cases, look[1])
            ws.write_number(at, 2, people, look[2])
            share = rate(cases, total_cases)
            if share is None:
                ws.write_blank(at, 3, None, look[3])
            else:
                ws.write_number(at, 3, share, look[3])
            at += 1
        at += 1  # a blank row between the tables


def write_ledger(
    path: Path, title: str, stats_title: str, rows: Iterable[LedgerRow], tallies: Sequence[Tally]
) -> int:
    """Write the ledger and its statistics sheet to `path`; the number of ledger rows written.

    `rows` is consumed as it is written (a generator that reads the database a chunk at a time and
    may raise `Cancelled`)."""
    book = _Book(Path(path))
    try:
        written = _ledger_sheet(book, title, rows)
        _stats_sheet(book, stats_title, tallies)
        book.book.close()
    except BaseException:
        book.discard()
        raise
    return written
