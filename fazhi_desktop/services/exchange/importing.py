"""Import: check a package whole, then apply it in one transaction and answer with a signed receipt.

Everything that can refuse a package (its seal, signature, checksums, format and program version,
an unregistered sender, a package addressed to another office) is checked before anything is
written. A cancel (or any failure) rolls the one transaction back; `dry_run` rolls it back on purpose.
A receipt (a package of `receipts` records) marks what the peer confirmed and clears its outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock, kill_points
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.progress import Progress, collector_paused
from fazhi_desktop.exchange.package_reader import Package, PackageRefused, read_package
from fazhi_desktop.exchange.package_writer import Envelope, write_package
from fazhi_desktop.exchange.records import Record, RecordKind, receipt_member
from fazhi_desktop.services import auto_backup
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.exchange import keys
from fazhi_desktop.services.exchange.others_in import OtherRecords
from fazhi_desktop.services.exchange.records_in import Applier, ImportCancelled, Outcome, apply_records
from fazhi_desktop.services.exchange.streams import (
    PROGRAM_VERSION,
    RECEIPT_IN,
    RECEIPT_OUT,
    RECEIVED,
    SENT,
    check_exchange_user,
    gap_text,
    gaps,
    next_sequence,
    office_by_code,
    package_row,
    received_sequences,
    ref,
)
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.store.models import ExchangePackage, ExchangeSent, Office
from fazhi_desktop.store.writes import change

#: Outcomes that confirm a record arrived (the sender stops sending it until it changes).
CONFIRMING = frozenset({Outcome.IMPORTED.value, Outcome.UPDATED.value, Outcome.DUPLICATE.value})


@dataclass(frozen=True)
class ImportResult:
    package_uuid: uuid.UUID
    sequence: int
    sender_code: str
    sender_name: str
    is_receipt: bool
    already_imported: bool
    dry_run: bool
    #: kind → outcome → how many records
    counts: dict[str, dict[str, int]]
    conflicts: list[str]
    gaps: list[str]
    receipt: bytes | None = None
    confirmed: int = 0
    changes: Changes = NO_CHANGES
    held: list[str] = field(default_factory=list)


def read_checked(ctx: Context, data: bytes) -> Package:
    """The package after every check that needs no write (refused with one Chinese line otherwise)."""
    with ctx.db.reading() as session:
        local = local_office(session)
        package = read_package(data, lambda code: keys.public_key(session, code), PROGRAM_VERSION)
        receiver = package.manifest.receiver
        if receiver.code != local.code:
            raise PackageRefused(
                f"这个交换包是发给「{receiver.name}」（{receiver.code}）的，不是本单位（{local.code}）。已拒收。"
            )
    return package


@collector_paused()  # a package's records are tens of thousands of objects (domain/progress.py)
def import_package(
    ctx: Context,
    data: bytes,
    *,
    dry_run: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> ImportResult:
    package = read_checked(ctx, data)
    if dry_run:
        with ctx.db.reading() as session:  # never commits: every write is rolled back on close
            return _import(ctx, session, package, dry_run=True, cancelled=cancelled, progress=progress)
    copy = auto_backup.before(ctx, "exchange")
    with change(ctx.db, ctx.actor, "exchange.import") as current:
        current.details["backup"] = str(copy) if copy else None
        result = _import(ctx, current.session, package, dry_run=False, cancelled=cancelled, progress=progress)
        kill_points.reached("exchange-applied")  # derived and receipt made, not yet committed
        manifest = package.manifest
        current.describe(
            f"导入交换包：{manifest.sender.name} 第 {manifest.sequence} 号",
            entity="exchange_package",
            entity_uuid=manifest.package_uuid,
            counts=result.counts,
            conflicts=len(result.conflicts),
        )
    return replace(result, changes=current.changes)


def _import(
    ctx: Context,
    session: Session,
    package: Package,
    *,
    dry_run: bool,
    cancelled: Callable[[], bool],
    progress: Progress | None,
) -> ImportResult:
    manifest = package.manifest
    local = local_office(session)
    sender = office_by_code(session, manifest.sender.code)
    check_exchange_user(ctx, local, sender)
    already = package_row(session, manifest.package_uuid) is not None
    is_receipt = set(package.records) == {RecordKind.RECEIPTS}
    counts: dict[str, dict[str, int]] = {}
    conflicts: list[str] = []
    confirmed = 0
    receipt: bytes | None = None
    if is_receipt:
        confirmed = _take_receipt(session, sender, package.records[RecordKind.RECEIPTS])
        counts = {"receipts": {"confirmed": confirmed}}
    else:
        if cancelled():
            raise ImportCancelled("已取消导入，数据库未作任何改动。")
        applier = Applier(session, manifest.package_uuid, sender, load_calendar(ctx, session))
        others = OtherRecords(applier)
        applied = apply_records(applier, package.records, clock.today(), cancelled, progress, others.apply)
        counts = {kind: dict(c) for kind, c in applied.counts.items()}
        conflicts = applied.conflicts
        if not dry_run:
            receipt = _receipt(ctx, session, local, sender, manifest.package_uuid, package, applied.outcomes)
    if not already:
        session.add(
            ExchangePackage(
                uuid=manifest.package_uuid,
                direction=RECEIPT_IN if is_receipt else RECEIVED,
                peer_office_id=sender.id,
                sequence=manifest.sequence,
                created_at=manifest.created_at,
                user_login=manifest.sent_by,
                counts=dict(manifest.counts),
                acknowledged_at=clock.now(),
            )
        )
        session.flush()
    missing = gap_text(gaps(received_sequences(session, sender)))
    return ImportResult(
        package_uuid=manifest.package_uuid,
        sequence=manifest.sequence,
        sender_code=sender.code,
        sender_name=sender.name,
        is_receipt=is_receipt,
        already_imported=already,
        dry_run=dry_run,
        counts=counts,
        conflicts=conflicts,
        gaps=missing,
        receipt=receipt,
        confirmed=confirmed,
    )


def _receipt(
    ctx: Context,
    session: Session,
    local: Office,
    sender: Office,
    package_uuid: uuid.UUID,
    package: Package,
    outcomes: dict[uuid.UUID, Outcome],
) -> bytes:
    """The signed answer to a package: per record, what became of it."""
    kinds = {r.uuid: kind.value for kind, rows in package.records.items() for r in rows}
    member = receipt_member(
        package_uuid, ((key, kinds.get(key, ""), outcome.value) for key, outcome in outcomes.items())
    )
    sequence, receipt_uuid = next_sequence(session, sender, RECEIPT_OUT), uuid7()
    envelope = Envelope(
        ref(local), ref(sender), sequence, ctx.user, clock.now(), PROGRAM_VERSION, receipt_uuid
    )
    data, manifest = write_package(
        envelope, {}, keys.own_keys(session, local), {RecordKind.RECEIPTS: (member, len(outcomes))}
    )
    # A receipt is not itself acknowledged: a lost one is made again by importing the package again.
    session.add(
        ExchangePackage(
            uuid=receipt_uuid,
            direction=RECEIPT_OUT,
            peer_office_id=sender.id,
            sequence=sequence,
            created_at=envelope.created_at,
            user_login=ctx.user,
            counts=dict(manifest.counts),
            acknowledged_at=envelope.created_at,
        )
    )
    return data


def _take_receipt(session: Session, peer: Office, records: list[Record]) -> int:
    """Mark what `peer` confirmed (only the copy it confirmed: a record changed since is sent again)."""
    confirmed = 0
    packages: set[str] = set()
    for record in records:
        packages.add(str(record.fields.get("package")))
        if record.fields.get("outcome") not in CONFIRMING:
            continue
        row = session.get(ExchangeSent, (peer.id, record.uuid))
        if row is not None and str(row.package_uuid) == record.fields.get("package") and not row.confirmed:
            row.confirmed = True
            confirmed += 1
    for sent in session.scalars(select(ExchangePackage).where(ExchangePackage.direction == SENT)):
        if str(sent.uuid) in packages and sent.acknowledged_at is None:
            sent.acknowledged_at = clock.now()
    return confirmed
