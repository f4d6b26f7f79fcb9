"""Hand-made .xls files, byte by byte, for what a writer such as xlwt never produces: a Workbook
stream small enough for the mini stream, a sector chain that loops, a password, a lying string.

`biff_workbook` lays out the BIFF8 records of a workbook (globals, then one substream per sheet);
`compound_file` wraps a stream in a version 3 compound file with 512-byte sectors.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Sequence

END = 0xFFFFFFFE
FREE = 0xFFFFFFFF
_FAT_SECTOR = 0xFFFFFFFD
_SECTOR = 512
_MINI = 64


def record(kind: int, body: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def bof(sheet: bool) -> bytes:
    return record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010 if sheet else 0x0005, 0, 0, 0, 0))


def number(row: int, column: int, value: float = 1.0) -> bytes:
    return record(0x0203, struct.pack("<HHHd", row, column, 0, value))


def label(row: int, column: int, text: str, count: int | None = None) -> bytes:
    """A LABEL cell (BIFF8, two bytes a character); `count` lies about its length."""
    chars = text.encode("utf-16-le")
    return record(
        0x0204, struct.pack("<HHHHB", row, column, 0, len(text) if count is None else count, 1) + chars
    )


def label_sst(row: int, column: int, index: int) -> bytes:
    return record(0x00FD, struct.pack("<HHHI", row, column, 0, index))


def biff_workbook(
    sheets: dict[str, list[bytes]],
    shared: Sequence[str | tuple[str, int]] = (),
    globals_extra: bytes = b"",
) -> bytes:
    """The Workbook stream: BOUNDSHEET records pointing at each sheet's BOF; an SST when `shared`
    (a string, or a string and the length its header claims)."""
    sst = b""
    if shared:
        body = struct.pack("<II", len(shared), len(shared))
        for item in shared:
            text, count = item if isinstance(item, tuple) else (item, len(item))
            body += struct.pack("<HB", count, 1) + text.encode("utf-16-le")
        sst = record(0x00FC, body)  # one record: the tests keep it under BIFF's 8,224 bytes
    names = [name.encode("utf-16-le") for name in sheets]
    head = bof(False) + globals_extra + sst
    bounds_size = sum(4 + 8 + len(n) for n in names)
    at = len(head) + bounds_size + 4
    bounds = b""
    bodies = b""
    for (name, cells), encoded in zip(sheets.items(), names, strict=True):
        bounds += record(0x0085, struct.pack("<IBBBB", at, 0, 0, len(name), 1) + encoded)
        substream = bof(True) + b"".join(cells) + record(0x000A)
        bodies += substream
        at += len(substream)
    return head + bounds + record(0x000A) + bodies


def _entry(name: str, kind: int, start: int, size: int, child: int = FREE) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0" if name else b""
    return (
        raw.ljust(64, b"\0")
        + struct.pack("<HBB", len(raw), kind, 1)
        + struct.pack("<III", FREE, FREE, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def compound_file(stream: bytes, name: str = "Workbook", *, loop: bool = False) -> bytes:
    """`stream` in a compound file: in the mini stream when under 4,096 bytes, as the format says.
    `loop` points the stream's first sector back at itself."""
    sectors: list[bytes] = [b""]  # sector 0 holds the FAT, written last
    fat = [_FAT_SECTOR]

    def chain(data: bytes) -> int:
        start = len(sectors)
        pieces = [data[i : i + _SECTOR].ljust(_SECTOR, b"\0") for i in range(0, len(data), _SECTOR)]
        for i, piece in enumerate(pieces):
            sectors.append(piece)
            fat.append(start + i + 1 if i + 1 < len(pieces) else END)
        return start if pieces else END

    mini = len(stream) < 4096
    if mini:
        padded = stream.ljust(-(-len(stream) // _MINI) * _MINI, b"\0")
        count = len(padded) // _MINI
        root_start, root_size = chain(padded), len(padded)
        minifat_start = chain(array("I", [*range(1, count), END]).tobytes())
        stream_start = 0
    else:
        root_start, root_size, minifat_start = END, 0, END
        stream_start = chain(stream)
        if loop:
            fat[stream_start] = stream_start
    directory = (
        _entry("Root Entry", 5, root_start, root_size, child=1)
        + _entry(name, 2, stream_start, len(stream))
        + _entry("", 0, END, 0) * 2
    )
    dir_start = chain(directory)
    assert len(fat) <= _SECTOR // 4, "the tests' files fit one FAT sector"
    sectors[0] = array("I", fat + [FREE] * (_SECTOR // 4 - len(fat))).tobytes()
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, dir_start, 0, 4096, minifat_start, 1 if mini else 0, END, 0)
        + array("I", [0] + [FREE] * 108).tobytes()
    )
    return header.ljust(_SECTOR, b"\0") + b"".join(sectors)
