"""Export: a signed package of what the receiver has not yet confirmed (or of everything)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.progress import collector_paused
from fazhi_desktop.exchange.package_writer import Envelope, write_package
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.exchange import keys
from fazhi_desktop.services.exchange.others_out import collect_others
from fazhi_desktop.services.exchange.records_out import case_ids_for, collect, withheld_for
from fazhi_desktop.services.exchange.streams import (
    PROGRAM_VERSION,
    SENT,
    check_exchange_user,
    next_sequence,
    office_by_code,
    ref,
)
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.bulk import insert_rows
from fazhi_desktop.store.models import Base, ExchangePackage, ExchangeSent, Office
from fazhi_desktop.store.writes import change

#: The kinds whose records the sender tracks until the receiver confirms them.
TRACKED = (
    RecordKind.PETITIONERS,
    RecordKind.MATTERS,
    RecordKind.CASES,
    RecordKind.STEPS,
    RecordKind.ATTACHMENTS,
    RecordKind.OUTREACH,
    RecordKind.STUDY,
    RecordKind.ADVICE,
    RecordKind.RECEPTION,
)


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    package_uuid: uuid.UUID
    sequence: int
    receiver_code: str
    receiver_name: str
    counts: dict[str, int]
    changes: Changes = NO_CHANGES


def _peer(session: Session, local: Office, to_code: str | None) -> Office:
    if to_code:
        return office_by_code(session, to_code)
    if local.parent_id is None:
        raise UserError("本单位没有上级单位。请用 --to 指定接收单位的代码。")
    parent = session.get(Office, local.parent_id)
    assert parent is not None  # a foreign key
    return parent


def _digests(records: dict[RecordKind, list[Record]]) -> dict[uuid.UUID, str]:
    """What each tracked record's content is, worked out once (the filter and the outbox both ask).
    The hash of `Record.content()`, which is `codec.digest` of its fields: the JSON the package's
    line is made of, encoded once for both."""
    return {
        r.uuid: hashlib.sha256(r.content()).hexdigest() for kind in TRACKED for r in records.get(kind, [])
    }


def _unconfirmed(
    session: Session, peer: Office, records: dict[RecordKind, list[Record]], digests: dict[uuid.UUID, str]
) -> None:
    """Leave out what `peer` confirmed in the same version (a record changed since goes again)."""
    confirmed = dict(
        session.execute(
            select(ExchangeSent.record_uuid, ExchangeSent.digest).where(
                ExchangeSent.peer_office_id == peer.id, ExchangeSent.confirmed.is_(True)
            )
        ).all()
    )
    for kind in TRACKED:
        records[kind] = [r for r in records.get(kind, []) if confirmed.get(r.uuid) != digests[r.uuid]]


def _remember(
    session: Session,
    peer: Office,
    package_uuid: uuid.UUID,
    records: dict[RecordKind, list[Record]],
    digests: dict[uuid.UUID, str],
) -> None:
    """Note every tracked record as sent in this package and not yet confirmed (a few statements)."""
    rows = [
        {
            "peer_office_id": peer.id,
            "record_uuid": record.uuid,
            "kind": kind.value,
            "digest": digests[record.uuid],
            "package_uuid": package_uuid,
            "confirmed": False,
        }
        for kind in TRACKED
        for record in records.get(kind, [])
    ]
    keys = [row["record_uuid"] for row in rows]
    known = session.scalar(
        select(ExchangeSent.record_uuid).where(ExchangeSent.peer_office_id == peer.id).limit(1)
    )
    for start in range(0, len(keys) if known is not None else 0, 500):  # a first package replaces nothing
        session.execute(
            delete(ExchangeSent).where(
                ExchangeSent.peer_office_id == peer.id,
                ExchangeSent.record_uuid.in_(keys[start : start + 500]),
            )
        )
    insert_rows(session.connection(), Base.metadata.tables["exchange_sent"], rows)


@collector_paused()  # a package's records are tens of thousands of objects (domain/progress.py)
def export_package(ctx: Context, to_code: str | None = None, *, everything: bool = False) -> ExportResult:
    """The package for `to_code` (default: the office above), recorded as sent and awaiting its receipt.

    Who may send what is `check_exchange_user`'s (services/exchange/streams.py); a 乡镇用户's package
    holds its township's cases alone (`case_scope`)."""
    with change(ctx.db, ctx.actor, "exchange.export") as current:
        session = current.session
        local = local_office(session)
        peer = _peer(session, local, to_code)
        if peer.id == local.id:
            raise UserError("不能给本单位自己导出交换包。")
        check_exchange_user(ctx, local, peer)
        if keys.key_of(session, peer) is None:
            raise UserError(f"单位「{peer.name}」（{peer.code}）没有登记公钥。请先为它生成或导入密钥文件。")
        own = keys.own_keys(session, local)
        chosen = case_ids_for(session, local, peer, case_scope(ctx))
        up = peer.parent_id != local.id  # activities go to any peer but an office below
        township = ctx.actor.scoped_township
        records = collect(
            session,
            chosen,
            peer.id,
            withheld_for(session, local, peer),
            lambda directory, case_uuid: collect_others(session, directory, peer, township, case_uuid, up),
        )
        digests = _digests(records)
        if not everything:
            _unconfirmed(session, peer, records, digests)
            if not any(records.get(kind) for kind in TRACKED):
                records = {}  # the directory entries alone are news to nobody
        package_uuid, sequence = uuid7(), next_sequence(session, peer)
        envelope = Envelope(
            ref(local), ref(peer), sequence, ctx.user, clock.now(), PROGRAM_VERSION, package_uuid
        )
        data, manifest = write_package(envelope, records, own)
        session.add(
            ExchangePackage(
                uuid=package_uuid,
                direction=SENT,
                peer_office_id=peer.id,
                sequence=sequence,
                created_at=envelope.created_at,
                user_login=ctx.user,
                counts=manifest.counts,
            )
        )
        _remember(session, peer, package_uuid, records, digests)
        peer_code, peer_name = peer.code, peer.name
        current.describe(
            f"导出交换包：第 {sequence} 号，发往{peer.name}",
            entity="exchange_package",
            entity_uuid=package_uuid,
            counts=manifest.counts,
            everything=everything,
        )
    return ExportResult(
        data, package_uuid, sequence, peer_code, peer_name, dict(manifest.counts), current.changes
    )
