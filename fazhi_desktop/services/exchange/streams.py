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
    """Refuse a user who may not send or receive packages between `office` and `peer` (issue #17).

    A package carries full ID numbers and phones by design (the receiving office merges people by
    them and may see everything of its own and its townships' cases), so it is a write that only a
    role that registers or handles cases makes: 只读 and 审计员 are refused. A 乡镇用户 exchanges with
    the office above alone (the county), and its packages hold its township's cases alone (the
    export adds `case_scope`). Called inside the package's change, so a refusal is recorded in the
    audit trail as failed."""
    actor = ctx.actor
    if not actor.may_write:
        raise UserError(
            f"你的账号（{actor.role.label}）不能导出或导入交换包：交换包含有完整的个人信息。"
            "请用有登记或办理权限的账号操作。"
        )
    if actor.scoped_township is not None and office.parent_id != peer.id:
        raise UserError(f"乡镇用户只能与上级单位交换数据，不能与「{peer.name}」交换。请联系县信访局。")


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
