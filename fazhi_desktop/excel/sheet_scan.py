"""How much of a worksheet's XML is really used: found in one streamed pass before a reader sees it.

Regular expressions over chunks of the part (C speed, no Python call per cell) collect the last row
and column that a cell names, the shared strings the cells use and the inline text they hold. Every
writer we know gives each row and cell its position (`r="B7"`); a sheet that leaves it out is read
once more with expat, which counts positions the way the format defines them. See workbook_check.py.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from xml.parsers import expat

from fazhi_desktop.domain.errors import UserError

MB = 1024 * 1024
#: Excel's own longest cell (characters).
EXCEL_CELL_CHARS = 32_767


@dataclass(frozen=True)
class Limits:
    """How much one import may read. The defaults hold a 200,000-row ledger of 40 columns: a county's
    years in the program's own export layout (36 columns) with room to spare."""

    file_bytes: int = 128 * MB
    unpacked_bytes: int = 640 * MB
    #: A part read whole to be checked (workbook.xml, its relations, shared strings).
    part_bytes: int = 96 * MB
    rows: int = 200_000
    columns: int = 256
    #: Rows × columns of a sheet as the reader lays it out (from A1 to the last cell used).
    cells: int = 8_000_000
    cell_chars: int = EXCEL_CELL_CHARS
    #: The text of a sheet's cells, a shared string counted once per cell that uses it.
    text_bytes: int = 96 * MB


LIMITS = Limits()


@dataclass(frozen=True)
class SheetSize:
    """The cells a sheet really uses: its last row and column (1-based) and their text."""

    name: str
    rows: int
    columns: int
    text_bytes: int


def damaged(path: Path, what: str) -> UserError:
    """The one line for a file that is not a readable workbook."""
    return UserError(
        f"文件「{path.name}」已损坏或格式不对，不是可以读取的 Excel 工作簿（{what}）。"
        "请在 Excel 或 WPS 中打开它，另存为 .xlsx 格式后重试。",
        field="file",
    )


def password_protected(path: Path) -> UserError:
    """The one line for a workbook that needs a password to open."""
    return UserError(
        f"工作簿「{path.name}」设置了打开密码。请在 Excel 中取消密码后另存，再导入。", field="file"
    )


def column_number(letters: bytes | str) -> int:
    """ "A" → 1, "XFD" → 16384."""
    number = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + ord(ch.upper()) - 64
    return number


def column_letters(number: int) -> str:
    """16384 → "XFD"."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


#: Every row tag, with its number when it gives one (b"" when not).
_ROW = re.compile(rb'<(?:\w+:)?row(?=[\s/>])(?:[^>]*?\sr="(\d{1,9})")?')
#: Every cell tag, with its column and row when it gives them ((b"", b"") when not).
_CELL = re.compile(rb'<(?:\w+:)?c(?=[\s/>])(?:[^>]*?\sr="([A-Za-z]{1,5})(\d{1,9})")?')
_UNPOSITIONED = (b"", b"")
_SHARED_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\st="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d{1,12})\s*<')
_INLINE = re.compile(rb"<(?:\w+:)?is>(.*?)</(?:\w+:)?is>", re.S)
#: Where a chunk may be cut: after the end of a cell or a row ("/> closes an empty one; text cannot
#: hold "</", which it must write "&lt;/").
_CELL_ENDS = (b"</c>", b":c>", b"</row>", b":row>", b'"/>')
_MAX_CARRY = 16 * 1024 * 1024


class _Counts:
    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self.text = 0
        self.row_tags = 0
        self.row_numbers = 0
        self.cell_tags = 0
        self.cell_columns = 0


def _where(buffer: bytes, at: int) -> str:
    """The cell (B7) that the text at `at` belongs to, as far as the buffer shows it."""
    last = None
    for match in _CELL.finditer(buffer, max(0, at - 400_000), at):
        last = match
    return (last.group(1) + last.group(2)).decode() if last is not None and last.group(1) else "某个"


def too_long(path: Path, sheet: str, cell: str, chars: int, limit: int) -> UserError:
    return UserError(
        f"文件「{path.name}」工作表「{sheet}」的 {cell} 单元格有 {chars} 个字，超过一个单元格的上限 {limit} 个字。"
        "请检查这个单元格的内容后另存，再导入。",
        field="file",
    )


def _scan_buffer(
    buffer: bytes, counts: _Counts, shared: Sequence[int], path: Path, sheet: str, limits: Limits
) -> None:
    if b"<!DOCTYPE" in buffer or b"<!ENTITY" in buffer:
        raise damaged(path, f"工作表「{sheet}」含有文档类型声明")
    # One pass per kind of tag, each row and cell taken with its position when it gives one; the
    # distinct columns and rows are gathered without a Python step per cell (a sheet has millions).
    numbers = _ROW.findall(buffer)
    counts.row_tags += len(numbers)
    counts.row_numbers += len(numbers) - numbers.count(b"")
    rows = set(numbers)
    cells = _CELL.findall(buffer)
    counts.cell_tags += len(cells)
    counts.cell_columns += len(cells) - cells.count(_UNPOSITIONED)
    letters = set(map(itemgetter(0), cells))
    letters.discard(b"")
    rows.update(map(itemgetter(1), cells))
    rows.discard(b"")
    if rows:
        counts.rows = max(counts.rows, *map(int, rows))
    if letters:
        counts.columns = max(counts.columns, *map(column_number, letters))
    # A sheet without shared strings (as our own export writes) has no reference to check.
    for index in map(int, _SHARED_REF.findall(buffer) if shared else ()):
        size = shared[index] if index < len(shared) else 0
        if size < 0:
            match = _SHARED_REF.search(buffer)
            while match is not None and int(match.group(1)) != index:
                match = _SHARED_REF.search(buffer, match.end())
            raise too_long(path, sheet, _where(buffer, match.end() if match else 0), -size, limits.cell_chars)
        counts.text += size
    counts.text += sum(map(len, _INLINE.findall(buffer)))
    for match in re.finditer(rb">([^<]{%d,})<" % (limits.cell_chars + 1), buffer):
        chars = len(html.unescape(match.group(1).decode("utf-8", "replace")))
        if chars > limits.cell_chars:
            raise too_long(path, sheet, _where(buffer, match.start()), chars, limits.cell_chars)


def check_size(size: SheetSize, path: Path, limits: Limits) -> None:
    where = f"文件「{path.name}」的工作表「{size.name}」"
    if size.rows > limits.rows:
        raise UserError(
            f"{where}用到第 {size.rows} 行，超过一次导入的上限 {limits.rows} 行。"
            "请删除表格下方多余的内容，或把台账分成几个文件分别导入。",
            field="file",
        )
    if size.columns > limits.columns:
        raise UserError(
            f"{where}用到第 {column_letters(size.columns)} 列（第 {size.columns} 列），超过上限 {limits.columns} 列。"
            "请删除表格右侧多余的内容后另存，再导入。",
            field="file",
        )
    if size.rows * size.columns > limits.cells:
        raise UserError(
            f"{where}从 A1 到最后一个单元格共有 {size.rows} 行 × {size.columns} 列，超过上限 {limits.cells} 个单元格。"
            "请删除表格下方和右侧多余的内容后另存，再导入。",
            field="file",
        )
    if size.text_bytes > limits.text_bytes:
        raise UserError(
            f"{where}的文字共约 {-(-size.text_bytes // MB)} MB，超过一次导入的上限 "
            f"{limits.text_bytes // MB} MB。请把台账分成几个文件分别导入。",
            field="file",
        )


def scan_sheet(
    chunks: Iterable[bytes], shared: Sequence[int], path: Path, sheet: str, limits: Limits
) -> tuple[SheetSize, bool]:
    """The size of a sheet and whether every row and cell gave its position; refused when too large."""
    counts = _Counts()
    carry = b""
    for chunk in chunks:
        buffer = carry + chunk
        cut = max(buffer.rfind(end) + len(end) if buffer.rfind(end) >= 0 else 0 for end in _CELL_ENDS)
        if cut == 0 and len(buffer) > _MAX_CARRY:
            raise damaged(path, f"工作表「{sheet}」的内容无法分辨")
        _scan_buffer(buffer[:cut], counts, shared, path, sheet, limits)
        carry = buffer[cut:]
        size = SheetSize(sheet, counts.rows, counts.columns, counts.text)
        check_size(size, path, limits)
    _scan_buffer(carry, counts, shared, path, sheet, limits)
    size = SheetSize(sheet, counts.rows, counts.columns, counts.text)
    check_size(size, path, limits)
    positioned = counts.row_tags == counts.row_numbers and counts.cell_tags == counts.cell_columns
    return size, positioned


def scan_positions(chunks: Iterable[bytes], path: Path, sheet: str, limits: Limits, text: int) -> SheetSize:
    """The last row and column of a sheet whose rows or cells leave out their position (expat)."""
    state = {"row": 0, "column": 0, "rows": 0, "columns": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(":", 1)[-1]
        if local == "row":
            state["row"] = int(attrs["r"]) if attrs.get("r", "").isdigit() else state["row"] + 1
            state["column"] = 0
            state["rows"] = max(state["rows"], state["row"])
        elif local == "c":
            ref = re.match(r"([A-Za-z]{1,5})(\d{1,9})$", attrs.get("r", ""))
            state["column"] = column_number(ref.group(1)) if ref else state["column"] + 1
            state["columns"] = max(state["columns"], state["column"])
            if state["columns"] > limits.columns or state["rows"] > limits.rows:
                check_size(SheetSize(sheet, state["rows"], state["columns"], text), path, limits)

    def refuse(*_args: object) -> None:
        raise damaged(path, f"工作表「{sheet}」含有文档类型声明")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise damaged(path, f"工作表「{sheet}」不是完好的 XML") from exc
    size = SheetSize(sheet, state["rows"], state["columns"], text)
    check_size(size, path, limits)
    return size
