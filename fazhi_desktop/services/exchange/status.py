"""What `fazhi exchange status` and the 交换 page list: per peer, what was sent, acknowledged,
missing and waiting, and the records held back (pending or in quarantine)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.exchange.records_in import PENDING, QUARANTINE
from fazhi_desktop.services.exchange.streams import RECEIVED, SENT, gap_text, gaps
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.store.models import ExchangeHeld, ExchangePackage, ExchangeSent, Office


@dataclass(frozen=True)
class SentPackage:
    sequence: int
    created_at: datetime
    counts: dict[str, int]
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class PeerStatus:
    code: str
    name: str
    sent: list[SentPackage] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)  # sent packages whose receipt has not come back
    unconfirmed_records: int = 0
    received: list[int] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # "第 17 号包未收到"


@dataclass(frozen=True)
class HeldRecord:
    state: str
    kind: str
    record_uuid: str
    reason: str
    sender_code: str


@dataclass(frozen=True)
class ExchangeStatus:
    office_code: str
    peers: list[PeerStatus]
    held: list[HeldRecord]


def exchange_status(ctx: Context) -> ExchangeStatus:
    with ctx.db.reading() as session:
        local = local_office(session)
        peer_ids = set(session.scalars(select(ExchangePackage.peer_office_id)))
        peer_ids.update(session.scalars(select(Office.id).where(Office.parent_id == local.id)))
        if local.parent_id is not None:
            peer_ids.add(local.parent_id)
        peers: list[PeerStatus] = []
        for office in session.scalars(select(Office).where(Office.id.in_(peer_ids)).order_by(Office.code)):
            rows = session.scalars(
                select(ExchangePackage)
                .where(ExchangePackage.peer_office_id == office.id)
                .order_by(ExchangePackage.sequence)
            ).all()
            sent = [
                SentPackage(r.sequence, r.created_at, dict(r.counts), r.acknowledged_at)
                for r in rows
                if r.direction == SENT
            ]
            received = [r.sequence for r in rows if r.direction == RECEIVED]
            unconfirmed = session.scalar(
                select(func.count())
                .select_from(ExchangeSent)
                .where(ExchangeSent.peer_office_id == office.id, ExchangeSent.confirmed.is_(False))
            )
            peers.append(
                PeerStatus(
                    code=office.code,
                    name=office.name,
                    sent=sent,
                    waiting=[p.sequence for p in sent if p.acknowledged_at is None],
                    unconfirmed_records=int(unconfirmed or 0),
                    received=received,
                    missing=gap_text(gaps(received)),
                )
            )
        held = [
            HeldRecord(h.state, h.kind, str(h.record_uuid), h.reason, code)
            for h, code in session.execute(
                select(ExchangeHeld, Office.code)
                .join(Office, Office.id == ExchangeHeld.sender_office_id)
                .where(ExchangeHeld.state.in_([PENDING, QUARANTINE]))
                .order_by(ExchangeHeld.id)
            )
        ]
        return ExchangeStatus(local.code, peers, held)
