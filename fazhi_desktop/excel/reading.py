"""Reading the table out of a ledger (台账) sheet as offices keep them, for every import.

A sheet is read whole with python-calamine (about ten times faster than openpyxl, PLATFORM.md),
falling back to openpyxl when calamine is missing; .xlsx, .xlsm and .xls, known by their content
whatever their name, and only once workbook_check.py has found them small enough to read. The table is found under whatever sits above it
(title rows, merged title cells, "填报单位：… 填报日期：…" lines): its header is the first row with at
least three known column names, compared after NFKC (full-width forms), without blanks or line
breaks and without a unit in brackets ("宣传单（份）" is 宣传单). A header of two rows (a group label
over its sub-columns, or names merged down over two rows) is read as one. Blank rows are passed over;
subtotal rows (合计/小计/总计), footnotes (注：…), signature lines (填表人：…) and repeated header rows are
skipped and listed with their reason. Row numbers are Excel's own (the first row is 1).

    table = read_table(path, {"held_on": ["日期", "活动日期"], "title": ["主题", "活动主题"], ...})
    for record in table.records:
        record.row, record.get("held_on")
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.input_rules import has_forbidden, strip_forbidden
from fazhi_desktop.excel.sheet_scan import damaged, password_protected
from fazhi_desktop.excel.sheet_slices import read_in_slices
from fazhi_desktop.excel.values import is_blank
from fazhi_desktop.excel.workbook_check import XLS, XLSX, file_kind, inspect_workbook

log = logging.getLogger(__name__)

#: Field name → the column names that mean it, as offices write them.
Columns = Mapping[str, Sequence[str]]

MIN_KNOWN = 3
#: How far down a header may sit under title rows.
SEARCH_ROWS = 50
SUBTOTAL_WORDS = ("合计", "小计", "总计", "共计", "累计", "总合计")
FOOTER_WORDS = (
    "填报单位",
    "填报日期",
    "填表人",
    "填表日期",
    "制表人",
    "制表日期",
    "审核人",
    "负责人",
    "统计人",
)
_UNIT_SUFFIX = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]$")
_SUFFIXES = {XLSX: (".xlsx", ".xlsm"), XLS: (".xls",)}
_FOOTNOTE = re.compile(r"^(?:\*|※)?(?:注|备注|说明)\s*\d*\s*[:：.、]")


@dataclass(frozen=True)
class RawSheet:
    """A sheet's cells as read: `rows[0]` is Excel row 1; each row a list of cell values."""

    name: str
    rows: list[list[Any]]
    #: Excel row numbers of the rows whose text held control characters, now removed.
    cleaned: tuple[int, ...] = ()


def _raw_sheet(name: str, rows: list[list[Any]]) -> RawSheet:
    """The sheet with every forbidden character (domain/input_rules.py) taken out of its text: an
    exported ledger could not hold them, and the database must not."""
    cleaned = []
    for index, row in enumerate(rows):
        if has_forbidden("\t".join(c for c in row if type(c) is str)):
            row[:] = [strip_forbidden(c) if type(c) is str else c for c in row]
            cleaned.append(index + 1)
    return RawSheet(name, rows, tuple(cleaned))


@dataclass(frozen=True)
class Record:
    """One data row of the table: its Excel row number and its cells by field."""

    row: int
    values: dict[str, Any]

    def get(self, name: str) -> Any:
        return self.values.get(name)


@dataclass
class Table:
    """The table found on a sheet."""

    sheet: str
    #: Excel row number of the (last) header row.
    header_row: int
    #: Field → 0-based column index.
    columns: dict[str, int]
    #: Field → the header as written in the sheet.
    headers: dict[str, str]
    #: Headers the sheet has that mean no known field (their cells are not read).
    unknown: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    #: (Excel row number, reason) of the rows passed over that were not blank.
    skipped: list[tuple[int, str]] = field(default_factory=list)


def normalise_header(text: object) -> str:
    """A header as it is compared: NFKC, no blanks or line breaks, no "*", no unit in brackets."""
    if is_blank(text):
        return ""
    cleaned = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).strip("*※:：")
    without_unit = _UNIT_SUFFIX.sub("", cleaned)
    return without_unit or cleaned


def _check_path(path: Path) -> None:
    if not path.exists():
        raise UserError(f"找不到文件「{path}」。请检查路径。", field="file")
    if path.is_dir():
        raise UserError(f"「{path}」是一个文件夹，不是 Excel 文件。", field="file")


def _calamine_workbook(path: Path) -> Any:
    import python_calamine

    if path.suffix.lower() in _SUFFIXES[file_kind(path)]:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    # Named for another format (an .xls saved as .xlsx): calamine then goes by the content.
    with path.open("rb") as f:
        return python_calamine.CalamineWorkbook.from_filelike(f)


def _panic_or_raise(exc: BaseException) -> BaseException:
    """`exc` when it is an error of the reader: an Exception, or a panic in calamine's Rust code
    (pyo3's PanicException derives from BaseException, so `except Exception` lets it through);
    anything else (KeyboardInterrupt, SystemExit) goes on its way."""
    if isinstance(exc, Exception) or type(exc).__name__ == "PanicException":
        return exc
    raise exc


@contextmanager
def _rust_stderr_to_log() -> Iterator[None]:
    """While calamine reads, what its Rust code prints on the process's standard error (a panic's
    message, printed before the panic reaches Python) goes to the log instead: the clerk sees one
    Chinese line. Where there is no standard error to redirect (a windowed build), nothing is done."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with tempfile.TemporaryFile() as caught:
        if sys.stderr is not None:
            sys.stderr.flush()
        os.dup2(caught.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            caught.seek(0)
            said = caught.read(2000).decode("utf-8", "replace").strip()
            if said:
                log.info("python-calamine wrote on stderr: %s", said)


def _password_or_damaged(path: Path, exc: BaseException) -> UserError:
    if "password" in str(exc).lower() or type(exc).__name__ == "PasswordError":
        return password_protected(path)
    log.info("cannot read %s: %s", path.name, type(exc).__name__)
    return damaged(path, "内容无法解析")


def sheet_names(path: str | Path) -> list[str]:
    """The names of a workbook's sheets, in order."""
    path = Path(path)
    _check_path(path)
    try:
        with _rust_stderr_to_log():
            return list(_calamine_workbook(path).sheet_names)
    except UserError:
        raise
    except ImportError:
        log.warning("python-calamine is not installed: reading %s with openpyxl (slower)", path)
    except BaseException as exc:
        raise _password_or_damaged(path, _panic_or_raise(exc)) from exc
    book = _openpyxl_workbook(path)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _openpyxl_workbook(path: Path) -> Any:
    import openpyxl

    try:
        # A file object, so that openpyxl goes by the content too, not by the name.
        with path.open("rb") as f:
            return openpyxl.load_workbook(f, data_only=True)
    except Exception as exc:  # openpyxl raises whatever its XML and zip readers raise
        raise _password_or_damaged(path, exc) from exc


def _missing_sheet(path: Path, sheet: str, names: Sequence[str]) -> UserError:
    return UserError(
        f"工作簿「{path.name}」中没有名为「{sheet}」的工作表。工作表有：{'、'.join(names)}。", field="sheet"
    )


def _read_calamine(path: Path, sheet: str | None, sliced: Mapping[str, str]) -> list[RawSheet]:
    book = _calamine_workbook(path)
    names = list(book.sheet_names)
    if sheet is not None and sheet not in names:
        raise _missing_sheet(path, sheet, names)
    chosen = [sheet] if sheet is not None else names
    sheets = []
    for name in chosen:
        if name in sliced:
            rows = _Rows()
            read_in_slices(path, sliced[name], name, rows.add_slice)
            sheets.append(_raw_sheet(name, rows.rows))
        else:
            sheets.append(_raw_sheet(name, _calamine_rows(book.get_sheet_by_name(name))))
    return sheets


class _Rows:
    """A sheet's rows gathered slice by slice (sheet_slices.py), each repeated text or date kept
    once across the slices, as `_calamine_rows` keeps them."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self._texts: dict[str, str] = {}
        self._days: dict[Any, Any] = {}

    def add_slice(self, sheet: Any) -> None:
        if sheet.start is None:
            return  # a slice of empty rows
        first, column = sheet.start
        lead = [""] * column
        texts, days = self._texts, self._days
        for index, row in enumerate(sheet.to_python(skip_empty_area=True), first):
            cells = [
                *lead,
                *(
                    texts.setdefault(v, v)
                    if type(v) is str
                    else days.setdefault(v, v)
                    if isinstance(v, date)
                    else v
                    for v in row
                ),
            ]
            if index >= len(self.rows):
                self.rows.extend([] for _ in range(index - len(self.rows)))
                self.rows.append(cells)
            else:  # rows out of order (the format forbids it; Excel repairs it): cells land where they belong
                known = self.rows[index]
                known.extend([""] * (len(cells) - len(known)))
                for i, value in enumerate(cells):
                    if not is_blank(value):
                        known[i] = value


def _calamine_rows(sheet: Any) -> list[list[Any]]:
    """The sheet's rows from A1, so that rows keep Excel's numbers (inspect_workbook has bounded the
    area). Read row by row, each repeated text or date kept once: a ledger repeats its 信访形式,
    units and dates down every row, and one Python object per cell was most of an import's memory."""
    start, end = sheet.start or (0, 0), sheet.end or (-1, -1)
    width = end[1] + 1
    lead = [""] * start[1]
    texts: dict[str, str] = {}
    days: dict[Any, Any] = {}
    rows: list[list[Any]] = []
    for row in sheet.iter_rows():
        rows.append(
            [
                *lead,
                *(
                    texts.setdefault(v, v)
                    if type(v) is str
                    else days.setdefault(v, v)
                    if isinstance(v, date)
                    else v
                    for v in row
                ),
            ]
        )
    # python-calamine yields the empty rows above the first used one; say so if a release does not.
    missing = end[0] + 1 - len(rows)
    if missing > 0:
        rows[:0] = [[""] * width for _ in range(missing)]
    return rows


def _read_openpyxl(path: Path, sheet: str | None) -> list[RawSheet]:
    book = _openpyxl_workbook(path)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise _missing_sheet(path, sheet, book.sheetnames)
        chosen = [sheet] if sheet is not None else list(book.sheetnames)
        sheets = []
        for name in chosen:
            ws = book[name]
            rows = [list(r) for r in ws.iter_rows(min_row=1, max_row=ws.max_row, values_only=True)]
            sheets.append(_raw_sheet(name, rows))
        return sheets
    finally:
        book.close()


def read_sheets(path: str | Path, sheet: str | None = None) -> list[RawSheet]:
    """The named sheet, or every sheet, with all its cells; one clear line for a file that is no
    workbook, is damaged, is larger than an import may read (excel/workbook_check.py), has a
    password, or lacks the sheet."""
    path = Path(path)
    _check_path(path)
    checked = inspect_workbook(path, sheet)
    try:
        with _rust_stderr_to_log():
            return _read_calamine(path, sheet, checked.sliced)
    except UserError:
        raise
    except ImportError:
        log.warning("python-calamine is not installed: reading %s with openpyxl (slower)", path)
    except BaseException as exc:
        raise _password_or_damaged(path, _panic_or_raise(exc)) from exc
    return _read_openpyxl(path, sheet)


def _known(columns: Columns) -> dict[str, str]:
    """Normalised column name → field."""
    known: dict[str, str] = {}
    for name, aliases in columns.items():
        for alias in aliases:
            known.setdefault(normalise_header(alias), name)
    return known


def _fields_of(row: Sequence[Any], known: Mapping[str, str]) -> dict[int, str]:
    """Column index → field, for the cells of a row that are known column names."""
    return {i: known[h] for i, cell in enumerate(row) if (h := normalise_header(cell)) in known}


def _first_text(row: Sequence[Any]) -> str:
    return next((normalise_header(c) for c in row if not is_blank(c)), "")


def skip_reason(row: Sequence[Any], known: Mapping[str, str]) -> str | None:
    """Why a non-blank row below the header is not data, or None when it is data."""
    texts = [normalise_header(c) for c in row if isinstance(c, str) and c.strip()]
    if any(t.startswith(SUBTOTAL_WORDS) for t in texts[:2]):
        return "合计行"
    first = _first_text(row)
    if _FOOTNOTE.match(first):
        return "注释行"
    if first.startswith(FOOTER_WORDS):
        return "填报信息行"
    if len(_fields_of(row, known)) >= MIN_KNOWN:
        return "重复的表头行"
    return None


def _header(
    rows: list[list[Any]], known: Mapping[str, str], min_known: int
) -> tuple[int, dict[int, str]] | None:
    """The 0-based index of the last header row and its columns, or None."""
    for index, row in enumerate(rows[:SEARCH_ROWS]):
        found = _fields_of(row, known)
        if len(set(found.values())) < min_known:
            continue
        last = index
        # Names merged down over two rows: the row above names the columns this one leaves blank.
        if index > 0:
            for i, name in _fields_of(rows[index - 1], known).items():
                if i >= len(row) or is_blank(row[i]):
                    found.setdefault(i, name)
        # A group label over sub-columns ("发放资料" over 宣传单 | 宣传手册): the row below names them.
        if index + 1 < len(rows):
            below = _fields_of(rows[index + 1], known)
            if len(below) >= 2 and any(found.get(i) != name for i, name in below.items()):
                found.update(below)
                last = index + 1
        return last, found
    return None


def find_table(sheet: RawSheet, columns: Columns, *, min_known: int = MIN_KNOWN) -> Table | None:
    """The table of a sheet, or None when no row of its top has `min_known` known column names."""
    known = _known(columns)
    found = _header(sheet.rows, known, min_known)
    if found is None:
        return None
    last, by_index = found
    fields: dict[str, int] = {}
    for i in sorted(by_index):
        fields.setdefault(by_index[i], i)  # the first column of a name wins
    header_cells = sheet.rows[last]
    table = Table(
        sheet=sheet.name,
        header_row=last + 1,
        columns=fields,
        headers={
            f: str(header_cells[i] if i < len(header_cells) and not is_blank(header_cells[i]) else f)
            for f, i in fields.items()
        },
        unknown=[
            str(c).strip()
            for i, c in enumerate(header_cells)
            if not is_blank(c) and (i not in by_index or fields.get(by_index[i]) != i)
        ],
    )
    for index in range(last + 1, len(sheet.rows)):
        row = sheet.rows[index]
        if all(is_blank(c) for c in row):
            continue
        reason = skip_reason(row, known)
        if reason is not None:
            table.skipped.append((index + 1, reason))
            continue
        values = {f: row[i] if i < len(row) else None for f, i in fields.items()}
        if all(is_blank(v) for v in values.values()):
            table.skipped.append((index + 1, "只有未识别列的内容"))
            continue
        table.records.append(Record(row=index + 1, values=values))
    return table


def read_table(
    path: str | Path, columns: Columns, sheet: str | None = None, *, min_known: int = MIN_KNOWN
) -> Table:
    """The table of the named sheet, or of the first sheet that has one."""
    sheets = read_sheets(path, sheet)
    for raw in sheets:
        table = find_table(raw, columns, min_known=min_known)
        if table is not None:
            return table
    examples = "、".join(dict.fromkeys(aliases[0] for aliases in columns.values() if aliases))
    where = f"工作表「{sheet}」" if sheet else f"工作簿「{Path(path).name}」的各个工作表"
    if all(not raw.rows or all(all(is_blank(c) for c in r) for r in raw.rows) for raw in sheets):
        raise UserError(f"{where}是空的，没有可以导入的内容。", field="file")
    raise UserError(
        f"在{where}的前 {SEARCH_ROWS} 行中找不到表头：表头行至少要有 {min_known} 个可识别的列名，"
        f"例如 {examples}。请检查列名，或用 --sheet 指定工作表。",
        field="file",
    )
