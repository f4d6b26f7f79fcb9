"""The numbered streams of packages between this office and each peer, and who may use them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fazhi_desktop import __version__
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.exchange.manifest import OfficeRef
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import ExchangePackage, Office

SENT, RECEIVED = "sent", "received"
#: Receipts run in streams of their own, so a receipt lost or made twice never shows as a missing package.
RECEIPT_OUT, RECEIPT_IN = "receipt_out", "receipt_in"
PROGRAM_VERSION = __version__


def check_exchange_user(ctx: Context, office: Office, peer: Office) -> None:
    """The hook where users and roles (#17) will check that `ctx`'s user may send or receive packages
    for `office` and that `peer` lies in the user's township scope. Until users exist, the acting login
    may (it is named in the manifest and in the audit trail)."""
    del ctx, office, peer


def ref(office: Office) -> OfficeRef:
    return OfficeRef(office.code, office.name)


def office_by_code(session: Session, code: str) -> Office:
    office = session.scalar(select(Office).where(Office.code == code.strip()))
    if office is None:
        raise UserError(f"单位 {code} 未登记。请先用 fazhi office add 登记它。")
    return office


def next_sequence(session: Session, peer: Office, direction: str = SENT) -> int:
    last = session.scalar(
        select(func.max(ExchangePackage.sequence)).where(
            ExchangePackage.direction == direction, ExchangePackage.peer_office_id == peer.id
        )
    )
    return int(last or 0) + 1


def received_sequences(session: Session, peer: Office) -> list[int]:
    return list(
        session.scalars(
            select(ExchangePackage.sequence)
            .where(ExchangePackage.direction == RECEIVED, ExchangePackage.peer_office_id == peer.id)
            .order_by(ExchangePackage.sequence)
        )
    )


def gaps(sequences: Sequence[int]) -> list[int]:
    """The numbers missing below the highest received: packages lost on the way."""
    have = set(sequences)
    return [n for n in range(1, max(have, default=0)) if n not in have]


def gap_text(numbers: Sequence[int]) -> list[str]:
    return [f"第 {n} 号包未收到" for n in numbers]


def package_row(session: Session, package_uuid: uuid.UUID) -> ExchangePackage | None:
    return session.scalar(select(ExchangePackage).where(ExchangePackage.uuid == package_uuid))
