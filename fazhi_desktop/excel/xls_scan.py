"""How much of each sheet of an .xls is really used, found before python-calamine reads it.

An .xls is no safer than an .xlsx for being old. calamine reads every sheet of an .xls when it opens
the file, lays each out from A1 to its last cell (a 5 KB file with cells at A1 and IV65536 costs a
gigabyte) and copies a shared string into each cell that uses it (one 30,000-character string in
60,000 cells: ten gigabytes from a 2 MB file). So the Workbook stream (ole_container.py) is walked
record by record (BIFF5 and BIFF8): the shared-string table gives each string's size, each sheet's
cell records give its last row and column and its text, and the limits of `sheet_scan` refuse what
the reader could not hold, with the same Chinese lines as for an .xlsx. The sheet's DIMENSIONS
record cannot widen what calamine lays out, but calamine reserves room for the cells it claims, so
its claim is held to the same limits.

Text is counted as UTF-8 bytes: three per character stored in two bytes, one per character stored
in one. A string that does not fit the records that should hold it is counted as far as it goes.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from fazhi_desktop.excel.ole_container import read_stream
from fazhi_desktop.excel.sheet_scan import (
    Limits,
    SheetSize,
    check_size,
    column_letters,
    damaged,
    password_protected,
    too_long,
)

_BOF = 0x0809
_EOF = 0x000A
_FILEPASS = 0x002F
_BOUNDSHEET = 0x0085
_SST = 0x00FC
_CONTINUE = 0x003C
_LABELSST = 0x00FD
_LABEL = 0x0204
_RSTRING = 0x00D6
_STRING = 0x0207
_MULRK = 0x00BD
_MULBLANK = 0x00BE
_DIMENSIONS = 0x0200
#: Records of one cell that begin with its row and column (FORMULA, NUMBER, RK, BLANK, BOOLERR).
_CELLS = frozenset({0x0006, 0x0203, 0x027E, 0x0201, 0x0205, _LABELSST, _LABEL, _RSTRING})
_BIFF8 = 0x0600
_HEAD = struct.Struct("<HH")
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")


def _records(data: bytes, at: int) -> Iterator[tuple[int, int, int]]:
    """(type, start of body, length) of each record from `at`, up to the end of the stream."""
    end = len(data)
    while at + 4 <= end:
        kind, length = _HEAD.unpack_from(data, at)
        body = at + 4
        at = body + length
        if at > end:
            return  # a record cut short: calamine reports the damage when it reads
        yield kind, body, length


def _string_bytes(count: int, flags: int) -> int:
    return count * (3 if flags & 1 else 1)


def _shared_strings(data: bytes, body: int, length: int, limits: Limits) -> list[int]:
    """The size of each string of the SST record at `body` and its CONTINUE records; a string longer
    than a cell may hold is marked by its length in characters, negated."""
    pieces = [(body, body + length)]
    for kind, more, more_length in _records(data, body + length):
        if kind != _CONTINUE:
            break
        pieces.append((more, more + more_length))
    blob = b"".join(data[a:b] for a, b in pieces)
    # Where each CONTINUE begins in `blob`: there a string's characters start again with a flags byte.
    starts = []
    total = 0
    for a, b in pieces:
        starts.append(total)
        total += b - a
    starts.append(total)
    unique = _U32.unpack_from(blob, 4)[0] if len(blob) >= 8 else 0
    sizes: list[int] = []
    at = 8
    piece = 0
    end = len(blob)
    while len(sizes) < unique and at + 3 <= end:
        count, flags = struct.unpack_from("<HB", blob, at)
        at += 3
        runs = extra = 0
        if flags & 8 and at + 2 <= end:
            runs = _U16.unpack_from(blob, at)[0]
            at += 2
        if flags & 4 and at + 4 <= end:
            extra = _U32.unpack_from(blob, at)[0]
            at += 4
        left, size = count, 0
        while left and at < end:
            while starts[piece + 1] <= at:
                piece += 1
            room = starts[piece + 1] - at
            width = 2 if flags & 1 else 1
            taken = min(left, room // width)
            size += _string_bytes(taken, flags)
            left -= taken
            at += taken * width
            if left and at < end:
                if taken == 0 and at != starts[piece + 1]:
                    at = starts[piece + 1]  # half a character before a CONTINUE: damaged, skip it
                    continue
                flags = blob[at]  # the characters go on in the next CONTINUE, with their own flags
                at += 1
        at += 4 * runs + extra
        sizes.append(-count if count > limits.cell_chars else size)
    return sizes


class _Sheet:
    """The extent and text of one sheet, refused as soon as they pass the limits."""

    def __init__(self, name: str, path: Path, limits: Limits) -> None:
        self.name = name
        self.path = path
        self.limits = limits
        self.rows = 0
        self.columns = 0
        self.text = 0

    def size(self) -> SheetSize:
        return SheetSize(self.name, self.rows, self.columns, self.text)

    def cell(self, row: int, column: int) -> None:
        if row >= self.rows or column >= self.columns:
            self.rows = max(self.rows, row + 1)
            self.columns = max(self.columns, column + 1)
            check_size(SheetSize(self.name, self.rows, self.columns, 0), self.path, self.limits)

    def reserve(self, area: tuple[int, int]) -> None:
        """What the sheet's DIMENSIONS record makes calamine reserve, bounded like its cells."""
        rows, columns = area
        check_size(SheetSize(self.name, rows, columns, 0), self.path, self.limits)

    def add_text(self, size: int, row: int, column: int) -> None:
        if size < 0:
            raise too_long(
                self.path, self.name, f"{column_letters(column + 1)}{row + 1}", -size, self.limits.cell_chars
            )
        self.text += size  # checked at the sheet's end, so the message gives the whole amount


def _dimensions(data: bytes, body: int, length: int) -> tuple[int, int]:
    """The rows and columns calamine reserves room for when it reads a DIMENSIONS record (it trusts
    the record: 32-bit rows, a reversed range wrapping round), or (0, 0) when it would not."""
    if length == 14:
        first, last, first_column, last_column = struct.unpack_from("<IIHH", data, body)
    elif length == 10:
        first, last, first_column, last_column = struct.unpack_from("<HHHH", data, body)
    else:
        return 0, 0
    if first_column > 0xFF or last_column < first_column:
        first_column = 0
    end_row, end_column = (
        (last - 1, last_column - 1) if last >= 1 and last_column >= 1 else (first, first_column)
    )
    return (end_row - first + 1) % 2**32, (end_column - first_column + 1) % 2**32


def _walk_sheet(data: bytes, at: int, sheet: _Sheet, shared: list[int], biff8: bool) -> int:
    """Walk a sheet's substream from its BOF at `at`; the position after its EOF."""
    depth = 0
    for kind, body, length in _records(data, at):
        if kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                return body + length
        elif kind in _CELLS and length >= 4:
            row, column = _HEAD.unpack_from(data, body)
            sheet.cell(row, column)
            if kind == _LABELSST and length >= 10:
                index = _U32.unpack_from(data, body + 6)[0]
                sheet.add_text(shared[index] if index < len(shared) else 0, row, column)
            elif kind in (_LABEL, _RSTRING) and length >= 8:
                count = _U16.unpack_from(data, body + 6)[0]
                flags = data[body + 8] if biff8 and length >= 9 else 0
                limit = sheet.limits.cell_chars
                sheet.add_text(-count if count > limit else _string_bytes(count, flags), row, column)
        elif kind == _DIMENSIONS:
            sheet.reserve(_dimensions(data, body, length))
        elif kind in (_MULRK, _MULBLANK) and length >= 6:
            row, first = _HEAD.unpack_from(data, body)
            last = _U16.unpack_from(data, body + length - 2)[0]
            sheet.cell(row, max(first, last))
        elif kind == _STRING and length >= 2:
            count = _U16.unpack_from(data, body)[0]
            flags = data[body + 2] if biff8 and length >= 3 else 0
            sheet.text += _string_bytes(count, flags)
    raise damaged(sheet.path, f"工作表「{sheet.name}」没有结尾")


def _sheet_name(data: bytes, body: int, length: int, biff8: bool) -> str:
    if length < 8:
        return "?"
    count = data[body + 6]
    if not biff8:
        return data[body + 7 : body + 7 + count].decode("gbk", "replace")
    wide = data[body + 7] & 1
    raw = data[body + 8 : body + 8 + count * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", "replace")


def scan_xls(path: Path, limits: Limits) -> list[SheetSize]:
    """The size of every sheet of the .xls at `path`; a `UserError` when one would be too large to read,
    or the file is damaged or has an opening password."""
    data = read_stream(path, ("Workbook", "Book"))
    records = _records(data, 0)
    first = next(records, None)
    if first is None or first[0] != _BOF or first[2] < 2:
        raise damaged(path, "工作簿数据的开头不对")
    biff8 = _U16.unpack_from(data, first[1])[0] >= _BIFF8
    sheets: list[tuple[str, int]] = []
    shared: list[int] = []
    for kind, body, length in records:
        if kind == _EOF:
            break
        if kind == _FILEPASS:
            raise password_protected(path)
        if kind == _BOUNDSHEET and length >= 6:
            sheets.append((_sheet_name(data, body, length, biff8), _U32.unpack_from(data, body)[0]))
        elif kind == _SST and biff8:
            shared = _shared_strings(data, body, length, limits)
    sizes = []
    walked = 0
    for name, at in sheets:
        if at + 4 > len(data) or _HEAD.unpack_from(data, at)[0] != _BOF:
            raise damaged(path, f"找不到工作表「{name}」的内容")
        sheet = _Sheet(name, path, limits)
        walked += _walk_sheet(data, at, sheet, shared, biff8) - at
        if walked > len(data):  # sheets that share their records would be walked again and again
            raise damaged(path, "工作表的位置互相重叠")
        check_size(sheet.size(), path, limits)
        sizes.append(sheet.size())
    return sizes
