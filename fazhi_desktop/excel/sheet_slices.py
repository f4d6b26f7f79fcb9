"""A large worksheet read a slice of rows at a time, so that python-calamine never holds more than
one slice.

While it parses a sheet, calamine keeps every cell as a Rust value of about 100 bytes (its position,
its value and a copy of its text), all at once: 274 MB for a sheet of 125,000 × 20 short cells,
before one Python object is made (benchmarks/RESULTS.md). Here the sheet's XML is cut at row
boundaries into pieces of about `SLICE_BYTES`; each piece becomes a whole worksheet in a small
workbook of its own (the original's styles, shared strings and workbook parts, stored uncompressed
in a private temporary folder), which calamine reads and frees before the next. Rows keep their
numbers (`r="…"`), so each slice's cells land where Excel has them. A sheet whose rows leave out
their numbers is read whole (workbook_check.py has bounded it; no writer we know does that).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

#: Bytes of worksheet XML per slice: at least about 17 bytes a cell, so at most some 250,000 cells.
SLICE_BYTES = 4 * 1024 * 1024
_ROOT = re.compile(rb"<((?:\w+:)?worksheet)\b")
_DATA_START = re.compile(rb"<((?:\w+:)?sheetData)\b[^>]*?(/?)>")
_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")
_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")
_READ = 1024 * 1024


def split_sheet(chunks: Iterable[bytes], slice_bytes: int = SLICE_BYTES) -> Iterator[bytes]:
    """The worksheet XML read from `chunks` as whole worksheets of whole rows, each about
    `slice_bytes` long (a row longer than that is a slice of its own)."""
    stream = iter(chunks)
    head = b""
    for chunk in stream:
        head += chunk
        start = _DATA_START.search(head)
        if start is not None:
            break
    else:
        return
    root = _ROOT.search(head, 0, start.start())
    if root is None or start.group(2):
        return  # not a worksheet, or an empty <sheetData/>: nothing to read
    prefix = head[: start.end()]
    suffix = b"</" + start.group(1) + b"></" + root.group(1) + b">"
    pending = [head[start.end() :]]
    size = len(pending[0])
    done = False
    while not done:
        more = next(stream, None)
        if more is None:
            done = True
        else:
            pending.append(more)
            size += len(more)
        if size < slice_bytes and not done:
            continue
        buffer = b"".join(pending)
        end = _DATA_END.search(buffer)
        if end is not None:
            buffer, done = buffer[: end.start()], True
        last = _last_row_end(buffer)
        if last:
            yield prefix + buffer[:last] + suffix
        pending = [buffer[last:]]
        size = len(pending[0])


def _last_row_end(buffer: bytes) -> int:
    """Where the last whole row of `buffer` ends (0: none), looked for from the end."""
    window = 64 * 1024
    while True:
        low = max(0, len(buffer) - window)
        last = 0
        for match in _ROW_END.finditer(buffer, low):
            last = match.end()
        if last or low == 0:
            return last
        window *= 8


def read_in_slices(path: Path, member: str, sheet: str, add: Callable[[Any], None]) -> None:
    """Read sheet `sheet` (zip member `member`) of the workbook at `path` slice by slice; `add`
    receives each slice as calamine's sheet (its `start` and `to_python`)."""
    import python_calamine

    with tempfile.TemporaryDirectory(prefix="fazhi-slices-") as folder:
        base = Path(folder) / "base.xlsx"
        with zipfile.ZipFile(path) as book:
            _write_base(book, member, base)
            with book.open(member) as f:
                pieces = split_sheet(iter(lambda: f.read(_READ), b""))
                for number, piece in enumerate(pieces):
                    part = Path(folder) / f"slice{number % 2}.xlsx"
                    shutil.copyfile(base, part)
                    with zipfile.ZipFile(part, "a", zipfile.ZIP_STORED) as out:
                        out.writestr(member, piece)
                    del piece
                    workbook = python_calamine.CalamineWorkbook.from_path(str(part))
                    try:
                        add(workbook.get_sheet_by_name(sheet))
                    finally:
                        workbook.close()


def _write_base(book: zipfile.ZipFile, member: str, target: Path) -> None:
    """Every part of `book` but the sheet `member`, uncompressed (a slice is added to a copy)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for info in book.infolist():
            if info.filename == member or info.is_dir():
                continue
            with book.open(info) as source, out.open(info.filename, "w") as sink:
                shutil.copyfileobj(source, sink, _READ)
