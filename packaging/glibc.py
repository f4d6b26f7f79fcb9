"""The oldest C library a Linux bundle runs on, read from the bundle's own binaries.

Every ELF file records, in its `.gnu.version_r` section, the symbol versions it needs from each
shared library (`GLIBC_2.34` from libc.so.6 …). The highest GLIBC_ version over all the files of the
bundle is the oldest glibc it can start on; the .deb declares it (`Depends: libc6 (>= 2.34)`), so a
统信UOS or 麒麟 PC with an older one refuses the package in words rather than crashing at start.
This reads the ELF headers itself (no binutils needed on the build machine); `readelf -V` shows the
same table.

    python packaging/glibc.py dist/fazhi-desktop      # the floor and the files that set it
"""

from __future__ import annotations

import logging
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

ELF_MAGIC = b"\x7fELF"
SHT_GNU_VERNEED = 0x6FFFFFFE
#: The libraries of Debian's libc6 package: a version needed from any of them is a libc6 version.
GLIBC_LIBRARIES = ("libc.so", "libm.so", "libpthread.so", "libdl.so", "librt.so", "libresolv.so", "ld-linux")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.removeprefix("GLIBC_").split(".") if part.isdigit())


def needed_versions(data: bytes) -> dict[str, set[str]]:
    """{library file name: the symbol versions this ELF image needs from it}; {} for no ELF or none."""
    if data[:4] != ELF_MAGIC or len(data) < 64:
        return {}
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    # e_shoff, then e_shentsize and e_shnum, where the two ELF classes keep them.
    shoff = struct.unpack_from(order + ("Q" if wide else "I"), data, 0x28 if wide else 0x20)[0]
    shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A if wide else 0x2E)
    # sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size, sh_link, sh_info, sh_addralign, sh_entsize
    section = order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII")
    headers = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    found: dict[str, set[str]] = {}
    for header in headers:
        if header[1] != SHT_GNU_VERNEED:
            continue
        # Elf_Verneed and Elf_Vernaux have the same layout in both classes; sh_info counts the entries,
        # sh_link is the string table their names are in.
        position, strings = header[4], headers[header[6]][4]
        for _ in range(header[7]):
            _version, aux_count, file_name, aux, following = struct.unpack_from(
                order + "HHIII", data, position
            )
            names = found.setdefault(_string(data, strings + file_name), set())
            aux_position = position + aux
            for _ in range(aux_count):
                _hash, _flags, _other, name, aux_next = struct.unpack_from(
                    order + "IHHII", data, aux_position
                )
                names.add(_string(data, strings + name))
                aux_position += aux_next
            if not following:
                break
            position += following
    return found


def _string(data: bytes, offset: int) -> str:
    return data[offset : data.index(b"\0", offset)].decode("ascii", "replace")


@dataclass
class Floor:
    """The highest GLIBC_ version the bundle needs, and the files that need it."""

    version: str | None = None
    files: list[str] = field(default_factory=list)
    scanned: int = 0


def glibc_floor(bundle: Path) -> Floor:
    """Scan every ELF file under `bundle` (links are skipped: their targets are scanned)."""
    floor = Floor()
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as f:
            if f.read(4) != ELF_MAGIC:
                continue
        floor.scanned += 1
        needed = needed_versions(path.read_bytes())
        versions = {
            v
            for library, names in needed.items()
            if library.startswith(GLIBC_LIBRARIES)
            for v in names
            if v.startswith("GLIBC_") and _version_key(v)
        }
        if not versions:
            continue
        top = max(versions, key=_version_key).removeprefix("GLIBC_")
        relative = str(path.relative_to(bundle))
        if floor.version is None or _version_key(top) > _version_key(floor.version):
            floor.version, floor.files = top, [relative]
        elif top == floor.version:
            floor.files.append(relative)
    return floor


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    floor = glibc_floor(Path(argv[0]))
    log.info(
        "glibc >= %s (%d ELF files; set by %s)", floor.version, floor.scanned, ", ".join(floor.files[:8])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
