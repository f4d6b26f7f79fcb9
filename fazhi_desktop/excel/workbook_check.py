"""What a workbook file is and how much reading it would take, found before any reader touches it.

A reader that trusts a workbook can be made to allocate without bound: python-calamine sizes its
buffer from the corner of the used range (one cell at XFD1048576 asks for 512 GB and aborts the
process), keeps every shared string, and copies a shared string into each cell that uses it. So
before reading, `inspect_workbook`:

- recognises the format by its first bytes (a zip is .xlsx/.xlsm, an OLE container is .xls), never
  by the file's name; an .xls is walked record by record instead (xls_scan.py), for the same limits;
- refuses a zip whose parts would unpack to more than `Limits.unpacked_bytes`, and any part with a
  document type declaration (billion laughs, external entities: no entity is ever resolved);
- scans each sheet to be read (streamed, in C-speed regular expressions) for the rows and columns
  its cells really use, the text its cells hold (a shared string counted once for every cell that
  uses it) and its longest cell; each limit broken is one Chinese line that says what to do.

The sizes are bytes of UTF-8 text, which is what the reader holds in memory.
"""

from __future__ import annotations

import html
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO
from xml.parsers import expat

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.sheet_scan import LIMITS, MB, Limits, damaged, scan_positions, scan_sheet
from fazhi_desktop.excel.sheet_slices import SLICE_BYTES
from fazhi_desktop.excel.xls_scan import scan_xls

log = logging.getLogger(__name__)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
XLSX = "xlsx"
XLS = "xls"
_CHUNK = 4 * MB
#: What Python's zipfile raises for a damaged or unsupported archive (an unknown version or method,
#: encryption, a bad CRC, data that does not inflate, a header that points past the end).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)
_SHARED_STRING = re.compile(rb"<(?:\w+:)?si\b.*?</(?:\w+:)?si>|<(?:\w+:)?si/>", re.S)
#: Markup and phonetic runs, which are no part of a shared string's text.
_TAGS = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>|<[^>]*>", re.S)


def file_kind(path: Path, limits: Limits = LIMITS) -> str:
    """XLSX or XLS by the file's first bytes; a clear message for anything else or a file too large."""
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise UserError(
            f"文件「{path.name}」有 {size // MB} MB，超过一次导入的上限 {limits.file_bytes // MB} MB。"
            "请把台账分成几个文件分别导入。",
            field="file",
        )
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(ZIP_MAGIC):
        return XLSX
    if head == OLE_MAGIC:
        return XLS
    raise UserError(
        f"文件「{path.name}」不是可以读取的 Excel 工作簿（.xlsx 或 .xls）。"
        "请在 Excel 或 WPS 中打开它，另存为 .xlsx 格式后重试。",
        field="file",
    )


def _refuse_doctype(*_args: object) -> None:
    raise ValueError("document type declaration")


def _parse_strict(data: bytes) -> None:
    """Well-formed XML without a document type (so no entity can be declared, let alone expanded)."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    parser.Parse(data, True)


def _attrs(tag: bytes) -> dict[str, str]:
    return {k.decode(): v.decode("utf-8", "replace") for k, v in re.findall(rb'([\w:]+)="([^"]*)"', tag)}


def _sheet_parts(book: zipfile.ZipFile, path: Path, limits: Limits) -> dict[str, str]:
    """Sheet name → the zip member holding it, from workbook.xml and its relations."""
    workbook = _read_part(book, "xl/workbook.xml", path, limits)
    rels = _read_part(book, "xl/_rels/workbook.xml.rels", path, limits)
    targets = {}
    for tag in re.findall(rb"<(?:\w+:)?Relationship\s[^>]*>", rels):
        a = _attrs(tag)
        target = a.get("Target", "")
        member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        targets[a.get("Id", "")] = member
    parts = {}
    for tag in re.findall(rb"<(?:\w+:)?sheet\s[^>]*>", workbook):
        a = _attrs(tag)
        rid = next((v for k, v in a.items() if k.endswith(":id")), "")
        if rid in targets:
            parts[a.get("name", "")] = targets[rid]
    return parts


def _read_part(book: zipfile.ZipFile, member: str, path: Path, limits: Limits) -> bytes:
    try:
        info = book.getinfo(member)
    except KeyError:
        raise damaged(path, f"缺少 {member}") from None
    if info.file_size > limits.part_bytes:
        raise UserError(
            f"文件「{path.name}」中的 {member} 解压后有 {info.file_size // MB} MB，"
            f"超过上限 {limits.part_bytes // MB} MB。请删除多余的内容后另存，再导入。",
            field="file",
        )
    data = _read_bounded(book, info, path)
    try:
        _parse_strict(data)
    except (expat.ExpatError, ValueError) as exc:
        raise damaged(path, f"{member} 不是完好的 XML") from exc
    return data


def _read_bounded(book: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    try:
        with book.open(info) as f:
            return b"".join(_chunks(f, info.file_size, path))
    except _ZIP_ERRORS as exc:
        raise damaged(path, f"{info.filename} 无法解压") from exc


def _chunks(f: IO[bytes], declared: int, path: Path) -> Iterator[bytes]:
    """A member's bytes, never more than it declares (a lying header cannot make us read more)."""
    read = 0
    while True:
        try:
            chunk = f.read(_CHUNK)
        except _ZIP_ERRORS as exc:
            raise damaged(path, "压缩的内容无法解开") from exc
        if not chunk:
            return
        read += len(chunk)
        if read > declared:
            raise damaged(path, "压缩包内文件的大小与记录不符")
        yield chunk


def _shared_string_sizes(book: zipfile.ZipFile, path: Path, limits: Limits) -> list[int]:
    """The size in bytes of each shared string (its markup included: an upper bound on its text)."""
    member = next((n for n in book.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if member is None:
        return []
    data = _read_part(book, member, path, limits)
    sizes = []
    for match in _SHARED_STRING.finditer(data):
        size = match.end() - match.start()
        if size > limits.cell_chars:
            chars = len(html.unescape(_TAGS.sub(b"", match.group(0)).decode("utf-8", "replace")))
            if chars > limits.cell_chars:
                size = -chars  # marked: a cell that uses it is refused by the sheet scan
        sizes.append(size)
    return sizes


@dataclass(frozen=True)
class Checked:
    """A workbook found safe to read: its kind, and the sheets large enough to be read in slices
    (sheet_slices.py), by name → zip member (only those whose rows all give their number)."""

    kind: str
    sliced: dict[str, str] = field(default_factory=dict)


def inspect_workbook(path: Path, sheet: str | None, limits: Limits = LIMITS) -> Checked:
    """The kind of the workbook (XLSX or XLS) once its sheets are known to be safe to read.

    Raises `UserError` with one Chinese line for a file that is damaged, not a workbook, or larger
    than `limits` allow. `sheet` None checks every sheet (all of them will be read)."""
    kind = file_kind(path, limits)
    if kind == XLS:
        for size in scan_xls(path, limits):  # every sheet: calamine reads them all on opening
            log.info(
                "sheet %s of %s: %d rows × %d columns, %d bytes of text",
                size.name,
                path.name,
                size.rows,
                size.columns,
                size.text_bytes,
            )
        return Checked(kind)
    try:
        book = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise damaged(path, "压缩包结构不完整") from exc
    with book:
        try:
            return Checked(kind, _inspect_zip(book, path, sheet, limits))
        except _ZIP_ERRORS as exc:
            raise damaged(path, "压缩的内容无法解开") from exc


def _inspect_zip(book: zipfile.ZipFile, path: Path, sheet: str | None, limits: Limits) -> dict[str, str]:
    """Every check of an .xlsx (a zip): its unpacked size, its parts, the sheets to be read; the
    sheets to read in slices."""
    infos = book.infolist()
    unpacked = sum(i.file_size for i in infos)
    if unpacked > limits.unpacked_bytes:
        raise UserError(
            f"文件「{path.name}」解压后有 {unpacked // MB} MB，超过一次导入的上限 "
            f"{limits.unpacked_bytes // MB} MB。请删除多余的内容或分成几个文件，再导入。",
            field="file",
        )
    parts = _sheet_parts(book, path, limits)
    sliced: dict[str, str] = {}
    if sheet is not None and sheet not in parts:
        return sliced  # the reader names the sheets that are there
    shared = _shared_string_sizes(book, path, limits)
    for name, member in parts.items():
        if sheet is not None and name != sheet:
            continue
        try:
            info = book.getinfo(member)
        except KeyError:
            raise damaged(path, f"缺少工作表「{name}」的内容") from None
        with book.open(info) as f:
            size, positioned = scan_sheet(_chunks(f, info.file_size, path), shared, path, name, limits)
        if not positioned:
            with book.open(info) as f:
                size = scan_positions(_chunks(f, info.file_size, path), path, name, limits, size.text_bytes)
        elif info.file_size > SLICE_BYTES:
            sliced[name] = member
        log.info(
            "sheet %s of %s: %d rows × %d columns, %d bytes of text",
            name,
            path.name,
            size.rows,
            size.columns,
            size.text_bytes,
        )
    return sliced
