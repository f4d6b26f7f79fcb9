"""Packages made for the format's tests: a small signed one and ways to spoil it."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from datetime import datetime

from fazhi_desktop.exchange.manifest import OfficeRef
from fazhi_desktop.exchange.package_writer import SEAL_LENGTH, SEAL_PREFIX, Envelope, write_package
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.exchange.signing import KeyPair, new_key_pair, sign

TOWNSHIP = OfficeRef("431127101", "塔峰镇信访办")
COUNTY = OfficeRef("431127", "蓝山县信访局")
KEYS: KeyPair = new_key_pair()


def lookup(code: str) -> tuple[str, bytes] | None:
    return (KEYS.algorithm, KEYS.public) if code == TOWNSHIP.code else None


def envelope(sequence: int = 1, version: str = "0.1.0") -> Envelope:
    return Envelope(
        sender=TOWNSHIP,
        receiver=COUNTY,
        sequence=sequence,
        sent_by="clerk",
        created_at=datetime(2024, 11, 20, 9, 30),
        program_version=version,
        package_uuid=uuid.uuid4(),
    )


def sample_records() -> dict[RecordKind, list[Record]]:
    case = uuid.uuid4()
    return {
        RecordKind.CASES: [Record(RecordKind.CASES, case, {"summary": "拖欠工资三个月", "head_count": 6})],
        RecordKind.STEPS: [
            Record(RecordKind.STEPS, uuid.uuid4(), {"case": str(case), "kind": "register"}),
            Record(RecordKind.STEPS, uuid.uuid4(), {"case": str(case), "kind": "accept"}),
        ],
    }


def sample_package(keys: KeyPair = KEYS, version: str = "0.1.0") -> bytes:
    return write_package(envelope(version=version), sample_records(), keys)[0]


def rezip(
    data: bytes,
    extra: tuple[tuple[str, bytes], ...] = (),
    replace: dict[str, bytes] | None = None,
    resign: bool = False,
    links: tuple[zipfile.ZipInfo, ...] = (),
) -> bytes:
    """The same package's members written again (some replaced, more added), sealed as the writer
    seals, and its manifest signed again with KEYS when `resign`: what a forger with the key makes."""
    out = io.BytesIO()
    replace = dict(replace or {})
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = [(info.filename, replace.get(info.filename, src.read(info))) for info in src.infolist()]
    if resign:
        manifest = dict(members)["manifest.json"]
        members = [
            (n, sign(KEYS.algorithm, KEYS.private, manifest) if n == "manifest.sig" else d)
            for n, d in members
        ]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, payload in [*members, *extra]:
            dst.writestr(name, payload)
        for link in links:
            dst.writestr(link, "/etc/passwd")
        dst.comment = b"0" * SEAL_LENGTH
    unsealed = out.getvalue()[:-SEAL_LENGTH]
    return unsealed + SEAL_PREFIX + hashlib.sha256(unsealed).hexdigest().encode()
