"""Package bytes in, typed records out, or one Chinese line saying why the package is refused.

Nothing in a package is trusted before its signature is checked, and nothing is read unbounded:
the number of members, the size of each and of all, and how far each expands are limited before
a byte is inflated; member names that climb out (`..`), are absolute, are links or repeat are refused.
"""

from __future__ import annotations

import hashlib
import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.exchange.manifest import (
    MANIFEST,
    SIGNATURE,
    Manifest,
    parse_manifest,
    version_tuple,
)
from fazhi_desktop.exchange.package_writer import SEAL_LENGTH, SEAL_PREFIX
from fazhi_desktop.exchange.records import Record, RecordError, RecordKind, parse_member
from fazhi_desktop.exchange.signing import verify


@dataclass(frozen=True)
class Limits:
    """How large a package may be. The defaults hold a county's year with its scanned attachments."""

    package_bytes: int = 1 << 30
    members: int = 32
    total_bytes: int = 4 << 30
    manifest_bytes: int = 1 << 20
    #: How many times a member may expand (JSON lines of similar records reach about 20).
    ratio: int = 200


@dataclass(frozen=True)
class Package:
    """A package that passed every check: its manifest and its records by kind."""

    manifest: Manifest
    records: dict[RecordKind, list[Record]] = field(default_factory=dict)


class PackageRefused(UserError):
    """A package that is not taken; nothing of it has been written anywhere."""


#: What the reader is given to find a sender's public key: (office code) → (algorithm, key) or None.
KeyLookup = Callable[[str], tuple[str, bytes] | None]

_DAMAGED = "交换包已损坏或不完整（{}）。请让发送单位重新导出，并用新的文件导入。"


def _refuse(message: str) -> PackageRefused:
    return PackageRefused(message)


def _check_names(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.members:
        raise _refuse(
            f"交换包的成员太多（{len(infos)} 个，最多 {limits.members} 个），不是本程序导出的文件。"
        )
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts:
            raise _refuse(f"交换包含有越出目录的路径「{name[:60]}」，已拒收：这不是本程序导出的文件。")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir() or "/" in name or "\\" in name:
            raise _refuse(f"交换包含有链接或目录「{name[:60]}」，已拒收：这不是本程序导出的文件。")
        if name in seen:
            raise _refuse(f"交换包中「{name[:60]}」出现了两次，已拒收：这不是本程序导出的文件。")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise _refuse("交换包中有加密的成员，已拒收：这不是本程序导出的文件。")


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, limits: Limits) -> bytes:
    """A member's bytes, never more than `limit` and never expanding more than the ratio allows."""
    # A tiny member may expand to 64 KiB whatever its ratio; a larger one only `ratio` times.
    allowed = min(limit, max(info.compress_size * limits.ratio, 1 << 16))
    if info.file_size > allowed:
        raise _refuse(f"交换包成员「{info.filename[:60]}」展开后过大，已拒收（可能是压缩炸弹）。")
    with archive.open(info) as member:
        data = member.read(allowed + 1)
    if len(data) > allowed or len(data) != info.file_size:
        raise _refuse(f"交换包成员「{info.filename[:60]}」的大小与目录不符，已拒收。")
    return data


def _open(data: bytes, limits: Limits) -> zipfile.ZipFile:
    if len(data) > limits.package_bytes:
        raise _refuse(
            f"交换包太大（{len(data) // (1 << 20)} MB），超过 {limits.package_bytes >> 20} MB 的上限。"
        )
    if not data.startswith(b"PK"):
        raise _refuse("这不是交换包（不是 zip 文件）。请选择“fazhi exchange export”导出的文件。")
    seal = data[-SEAL_LENGTH:]
    if not seal.startswith(SEAL_PREFIX):
        raise _refuse(_DAMAGED.format("文件末尾的校验值缺失"))
    if hashlib.sha256(data[:-SEAL_LENGTH]).hexdigest().encode() != seal[len(SEAL_PREFIX) :]:
        raise _refuse("交换包的整体校验值（SHA-256）不对：文件在途中被改动或损坏。请让发送单位重新导出。")
    archive = zipfile.ZipFile(io.BytesIO(data))
    if archive.comment != seal:
        raise _refuse(_DAMAGED.format("文件末尾有多余内容"))
    return archive


def read_package(data: bytes, keys: KeyLookup, program_version: str, limits: Limits | None = None) -> Package:
    """The records of a package after every check, else PackageRefused with one line saying which."""
    limits = limits or Limits()
    try:
        return _read_package(data, keys, program_version, limits)
    except PackageRefused:
        raise
    except UserError as exc:
        raise PackageRefused(exc.message) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        KeyError,
        OverflowError,
        struct.error,
        IndexError,
    ) as exc:
        raise _refuse(_DAMAGED.format(type(exc).__name__)) from None


def _read_package(data: bytes, keys: KeyLookup, program_version: str, limits: Limits) -> Package:
    archive = _open(data, limits)
    infos = archive.infolist()
    _check_names(infos, limits)
    by_name = {info.filename: info for info in infos}
    if MANIFEST not in by_name or SIGNATURE not in by_name:
        raise _refuse("交换包缺少清单或签名（manifest.json / manifest.sig），已拒收。")
    manifest_bytes = _read(archive, by_name[MANIFEST], limits.manifest_bytes, limits)
    signature = _read(archive, by_name[SIGNATURE], 1024, limits)
    manifest = parse_manifest(manifest_bytes)
    sender = manifest.sender
    key = keys(sender.code)
    if key is None:
        raise _refuse(
            f"发送单位「{sender.name}」（{sender.code}）未在本单位登记，已拒收。"
            "请先登记该单位并导入它的公钥，再导入此包。"
        )
    algorithm, public = key
    if manifest.signature_algorithm != algorithm or not verify(algorithm, public, manifest_bytes, signature):
        raise _refuse(
            f"交换包的签名不对：它不是「{sender.name}」用登记的密钥签发的，或在途中被改动过。已拒收。"
        )
    if version_tuple(manifest.program_version) > version_tuple(program_version):
        raise _refuse(
            f"交换包由较新的程序（{manifest.program_version}）导出，本程序是 {program_version}。"
            "请先升级本程序，再导入此包。"
        )
    return Package(manifest, _members(archive, by_name, manifest, limits))


def _members(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], manifest: Manifest, limits: Limits
) -> dict[RecordKind, list[Record]]:
    kinds = {kind.member: kind for kind in RecordKind}
    present = set(by_name) - {MANIFEST, SIGNATURE}
    for name in sorted(present - set(manifest.members)):
        raise _refuse(f"交换包中的「{name[:60]}」不在清单中，已拒收：文件可能被改动过。")
    for name in sorted(set(manifest.members) - present):
        raise _refuse(f"交换包缺少清单列出的「{name[:60]}」，文件不完整。请让发送单位重新导出。")
    records: dict[RecordKind, list[Record]] = {}
    total = 0
    for name, digest in manifest.members.items():
        kind = kinds.get(name)
        if kind is None:
            raise _refuse(f"交换包中的「{name[:60]}」本程序不认识，请先升级本程序。")
        payload = _read(archive, by_name[name], limits.total_bytes - total, limits)
        total += len(payload)
        if hashlib.sha256(payload).hexdigest() != digest:
            raise _refuse(f"交换包成员「{name}」的校验值（SHA-256）不对：文件在途中被改动或损坏。已拒收。")
        try:
            rows = parse_member(kind, payload)
        except RecordError as exc:
            raise _refuse(f"交换包成员「{name}」有一行不是记录（{exc}），已拒收。") from None
        if manifest.counts.get(kind.value, 0) != len(rows):
            raise _refuse(f"交换包成员「{name}」的记录数与清单不符，已拒收。")
        records[kind] = rows
    return records
