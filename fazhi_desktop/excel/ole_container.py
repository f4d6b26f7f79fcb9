"""One stream out of an OLE compound file (the container of an .xls), read without trusting it.

An .xls is a small file system (Microsoft's Compound File Binary format): a header, a table of
sector chains (the FAT, found through the DIFAT), a directory of named streams, and a mini stream
for streams under 4 KB. `read_stream` follows the chains of the one stream it is asked for and
refuses, as `damaged`, anything that points outside the file, loops, or is shorter than it says.
Every count it reads is bounded by the file's own size, so a lying header cannot make it read or
allocate more than the file holds.
"""

from __future__ import annotations

import struct
from array import array
from pathlib import Path

from fazhi_desktop.excel.sheet_scan import damaged

MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_HEADER = struct.Struct("<8s16xHHHHH6xIIIIIIIII")
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_LAST_REGULAR = 0xFFFFFFFA
_HEADER_DIFAT = 109
_ENTRY = 128
_STREAM = 2
_ROOT = 5
#: 256 MB of 4-byte entries: far above any file a writer makes (a few hundred thousand).
_RESERVE_ENTRIES = 1 << 26


class _Container:
    def __init__(self, data: bytes, path: Path) -> None:
        self.data = data
        self.path = path
        if len(data) < 512:
            raise self.broken("文件头不完整")
        (
            magic,
            _minor,
            major,
            order,
            shift,
            mini_shift,
            _dir_sectors,
            fat_sectors,
            self.first_dir,
            _transaction,
            self.cutoff,
            self.first_minifat,
            _minifat_sectors,
            first_difat,
            difat_sectors,
        ) = _HEADER.unpack_from(data)
        if magic != MAGIC or order != 0xFFFE or (major, shift) not in ((3, 9), (4, 12)) or mini_shift != 6:
            raise self.broken("文件头不对")
        self.major = major
        self.sector = 1 << shift
        self.mini = 1 << mini_shift
        # Sector n starts at (n + 1) × sector size: the header takes the first sector's room.
        self.sectors = max(0, len(data) // self.sector - 1)
        if fat_sectors > self.sectors or difat_sectors > self.sectors:
            raise self.broken("扇区表的大小与文件不符")
        # calamine reserves room for as many DIFAT entries as bytes 62–65 say (the mini FAT's fields,
        # read from the wrong offset): a file could make it ask for 16 GB and abort on a small PC.
        if struct.unpack_from("<I", data, 62)[0] > _RESERVE_ENTRIES:
            raise self.broken("的小数据扇区表过大")
        self.fat = self._fat(fat_sectors, first_difat, difat_sectors)

    def broken(self, what: str) -> Exception:
        return damaged(self.path, f"容器{what}")

    def _at(self, sector: int) -> bytes:
        start = (sector + 1) * self.sector
        return self.data[start : start + self.sector]

    def _fat(self, count: int, first_difat: int, difat_sectors: int) -> array[int]:
        ids = list(array("I", self.data[76 : 76 + 4 * _HEADER_DIFAT]))
        sector = first_difat
        for _ in range(difat_sectors):
            if sector > _LAST_REGULAR or sector >= self.sectors:
                raise self.broken("的扇区表索引指向文件之外")
            block = array("I", self._at(sector))
            ids += block[:-1]
            sector = block[-1]
        fat: array[int] = array("I")
        for sector in ids[:count]:
            if sector >= self.sectors:
                raise self.broken("的扇区表指向文件之外")
            fat.frombytes(self._at(sector))
        return fat

    def chain(self, start: int, table: array[int], limit: int) -> list[int]:
        """The sectors of a chain from `start`; `limit` is how many sectors there can be at most."""
        sectors: list[int] = []
        sector = start
        while sector != _END_OF_CHAIN:
            if sector >= len(table) or sector >= limit or len(sectors) >= limit:
                raise self.broken("的扇区链断开或成环")
            sectors.append(sector)
            sector = table[sector]
        return sectors

    def read(self, start: int, size: int) -> bytes:
        sectors = self.chain(start, self.fat, self.sectors)
        if len(sectors) * self.sector < size:
            raise self.broken("中的数据比记录的短")
        first = sectors[0] if sectors else 0
        if sectors == list(range(first, first + len(sectors))):
            begin = (first + 1) * self.sector
            return self.data[begin : begin + size]  # one slice: files are mostly written in order
        return b"".join(self._at(s) for s in sectors)[:size]

    def entries(self) -> list[tuple[str, int, int, int]]:
        """(name, type, first sector, size) of every directory entry."""
        directory = self.read(
            self.first_dir, len(self.chain(self.first_dir, self.fat, self.sectors)) * self.sector
        )
        found = []
        for at in range(0, len(directory) - _ENTRY + 1, _ENTRY):
            length, kind = struct.unpack_from("<HB", directory, at + 64)
            start, size = struct.unpack_from("<IQ", directory, at + 116)
            if self.major == 3:
                size &= 0xFFFFFFFF  # version 3 leaves the high half undefined
            name = directory[at : at + min(length, 64)].decode("utf-16-le", "replace").rstrip("\x00")
            found.append((name, kind, start, size))
        return found

    def mini_read(self, root_start: int, root_size: int, start: int, size: int) -> bytes:
        """A stream under the cutoff, kept in 64-byte sectors inside the root entry's stream."""
        if root_size > len(self.data):
            raise self.broken("的小数据区比文件还大")
        mini_stream = self.read(root_start, root_size)
        table_sectors = self.chain(self.first_minifat, self.fat, self.sectors)
        table = array("I", b"".join(self._at(s) for s in table_sectors))
        sectors = self.chain(start, table, root_size // self.mini)
        if len(sectors) * self.mini < size:
            raise self.broken("中的数据比记录的短")
        return b"".join(mini_stream[s * self.mini : (s + 1) * self.mini] for s in sectors)[:size]


def read_stream(path: Path, names: tuple[str, ...]) -> bytes:
    """The first of `names` (compared without case) found in the compound file at `path`."""
    container = _Container(path.read_bytes(), path)
    entries = container.entries()
    if not entries or entries[0][1] != _ROOT:
        raise container.broken("的目录不完整")
    by_name = {name.lower(): (kind, start, size) for name, kind, start, size in entries if kind == _STREAM}
    for wanted in names:
        if wanted.lower() not in by_name:
            continue
        _kind, start, size = by_name[wanted.lower()]
        if size > len(container.data):
            raise container.broken("中的数据比文件还大")
        if size < container.cutoff:
            _name, _root, root_start, root_size = entries[0]
            return container.mini_read(root_start, root_size, start, size)
        return container.read(start, size)
    raise damaged(path, "其中没有工作簿数据")
