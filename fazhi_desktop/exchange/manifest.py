"""manifest.json: what a package says about itself, the part its sender signs."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fazhi_desktop.domain.errors import UserError

#: The format this program writes; a package of any other version is refused.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"


@dataclass(frozen=True)
class OfficeRef:
    """An office as a package names it: its code and its name."""

    code: str
    name: str


@dataclass(frozen=True)
class Manifest:
    """The header of a package. `members` maps each member's name to its SHA-256 (hex)."""

    package_uuid: uuid.UUID
    sequence: int  # 1, 2, 3 … from this sender to this receiver
    sender: OfficeRef
    receiver: OfficeRef
    sent_by: str  # the login of the user who made it
    created_at: datetime
    program_version: str
    signature_algorithm: str
    counts: dict[str, int] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        body = {
            "format_version": self.format_version,
            "package_uuid": str(self.package_uuid),
            "sequence": self.sequence,
            "sender": {"code": self.sender.code, "name": self.sender.name},
            "receiver": {"code": self.receiver.code, "name": self.receiver.name},
            "sent_by": self.sent_by,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "program_version": self.program_version,
            "signature_algorithm": self.signature_algorithm,
            "counts": dict(sorted(self.counts.items())),
            "members": dict(sorted(self.members.items())),
        }
        return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode()


def _refuse(what: str) -> UserError:
    return UserError(f"交换包的清单（manifest.json）不合规：{what}。请让发送单位重新导出。")


def _text(body: dict[str, Any], key: str, limit: int = 200) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise _refuse(f"{key} 缺失或不合规")
    return value


def _office(body: dict[str, Any], key: str) -> OfficeRef:
    value = body.get(key)
    if not isinstance(value, dict):
        raise _refuse(f"{key} 缺失")
    return OfficeRef(code=_text(value, "code", 20), name=_text(value, "name", 100))


def _str_map(body: dict[str, Any], key: str) -> dict[str, str]:
    value = body.get(key)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise _refuse(f"{key} 不合规")
    return {str(k): v for k, v in value.items()}


def _int_map(body: dict[str, Any], key: str) -> dict[str, int]:
    value = body.get(key)
    if not isinstance(value, dict) or not all(type(v) is int and v >= 0 for v in value.values()):
        raise _refuse(f"{key} 不合规")
    return {str(k): v for k, v in value.items()}


def parse_manifest(data: bytes) -> Manifest:
    """The manifest in these bytes, or a refusal that says which part is wrong."""
    try:
        body = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _refuse("不是 JSON") from None
    if not isinstance(body, dict):
        raise _refuse("不是一个对象")
    version = body.get("format_version")
    if version != FORMAT_VERSION:
        raise UserError(
            f"交换包的格式版本「{str(version)[:20]}」本程序不认识（本程序读第 {FORMAT_VERSION} 版）。"
            "请把两边的程序升级到同一版本后重新导出。"
        )
    sequence = body.get("sequence")
    if type(sequence) is not int or sequence < 1:
        raise _refuse("sequence 不合规")
    try:
        package_uuid = uuid.UUID(_text(body, "package_uuid", 40))
        created_at = datetime.fromisoformat(_text(body, "created_at", 40))
    except ValueError:
        raise _refuse("package_uuid 或 created_at 不合规") from None
    return Manifest(
        package_uuid=package_uuid,
        sequence=sequence,
        sender=_office(body, "sender"),
        receiver=_office(body, "receiver"),
        sent_by=_text(body, "sent_by", 64),
        created_at=created_at,
        program_version=_text(body, "program_version", 40),
        signature_algorithm=_text(body, "signature_algorithm", 40),
        counts=_int_map(body, "counts"),
        members=_str_map(body, "members"),
        format_version=version,
    )


def version_tuple(version: str) -> tuple[int, ...]:
    """'0.10.2' → (0, 10, 2); parts that are not numbers count as 0."""
    return tuple(int(p) if p.isdigit() else 0 for p in version.split(".")[:4])
