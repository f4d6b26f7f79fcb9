"""Records in, package bytes out: a zip of JSON-lines members, manifest.json and its signature."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from fazhi_desktop.exchange.manifest import MANIFEST, SIGNATURE, Manifest, OfficeRef
from fazhi_desktop.exchange.records import APPLY_ORDER, Record, RecordKind, member_bytes
from fazhi_desktop.exchange.signing import KeyPair, sign

#: The zip's comment: the SHA-256 of every byte before it, so a byte changed anywhere in transit,
#: even in a header no reader looks at, makes the whole file refused.
SEAL_PREFIX = b"fazhi-exchange sha256="
SEAL_LENGTH = len(SEAL_PREFIX) + 64

#: A fixed date for every member, so the bytes of a package depend on its content alone.
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Envelope:
    """Who sends a package to whom, and which of their packages it is."""

    sender: OfficeRef
    receiver: OfficeRef
    sequence: int
    sent_by: str
    created_at: datetime
    program_version: str
    package_uuid: uuid.UUID


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16  # a plain file, never a link
    # Level 1: a package of 10,000 cases is a fifth larger than at level 6 (6 MB, not 5) and is
    # deflated twice as fast; the reader takes any level.
    archive.writestr(info, data, compresslevel=1)


def write_package(
    envelope: Envelope,
    records: Mapping[RecordKind, Iterable[Record]],
    keys: KeyPair,
    encoded: Mapping[RecordKind, tuple[bytes, int]] | None = None,
) -> tuple[bytes, Manifest]:
    """The package (zip bytes) holding `records`, signed with the sender's `keys`, and its manifest.
    `encoded`: members already written as lines (bytes, how many records), such as a receipt's."""
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for kind in APPLY_ORDER:
        if encoded and kind in encoded:
            data, count = encoded[kind]
            if count:
                members[kind.member], counts[kind.value] = data, count
            continue
        rows = [r for r in records.get(kind, ()) if r.kind is kind]
        if rows:
            members[kind.member] = member_bytes(rows)
            counts[kind.value] = len(rows)
    manifest = Manifest(
        package_uuid=envelope.package_uuid,
        sequence=envelope.sequence,
        sender=envelope.sender,
        receiver=envelope.receiver,
        sent_by=envelope.sent_by,
        created_at=envelope.created_at,
        program_version=envelope.program_version,
        signature_algorithm=keys.algorithm,
        counts=counts,
        members={name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    )
    manifest_bytes = manifest.to_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, MANIFEST, manifest_bytes)
        _add(archive, SIGNATURE, sign(keys.algorithm, keys.private, manifest_bytes))
        for name, data in members.items():
            _add(archive, name, data)
        archive.comment = b"0" * SEAL_LENGTH
    unsealed = buffer.getvalue()[:-SEAL_LENGTH]
    return unsealed + SEAL_PREFIX + hashlib.sha256(unsealed).hexdigest().encode(), manifest
