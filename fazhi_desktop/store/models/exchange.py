"""What an office keeps about exchange packages: keys, the packages sent and received, what each
receiver has confirmed, and what an import could not apply yet (pending) or at all (quarantine)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.store.models.base import Base, Keyed


class OfficeKey(Keyed, Base):
    """An office's signing key: the public half for every office we trade with, the private half
    only for this database's own office (and, on a county, until it is handed to the township)."""

    __tablename__ = "office_keys"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), unique=True)
    algorithm: Mapped[str] = mapped_column(String(20))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class ExchangePackage(Keyed, Base):
    """A package this office sent (`sent`) or received (`received`), with its number in the stream
    between the two offices. A sent one is acknowledged when its receipt comes back."""

    __tablename__ = "exchange_packages"
    __table_args__ = (
        UniqueConstraint("direction", "peer_office_id", "sequence", name="uq_exchange_packages_stream"),
    )

    direction: Mapped[str] = mapped_column(String(16))  # receipt_out, receipt_in, sent, received
    peer_office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    sequence: Mapped[int]
    created_at: Mapped[datetime]
    user_login: Mapped[str] = mapped_column(String(64))
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    acknowledged_at: Mapped[datetime | None]
    #: For a received package: the outcome of each of its records, what its receipt says.
    outcomes: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ExchangeSent(Base):
    """A record sent to a peer in a package, and the content it had (its digest); `confirmed` once
    the peer's receipt says it arrived. A record changed since its last confirmed copy is sent again."""

    __tablename__ = "exchange_sent"
    __table_args__ = (Index("ix_exchange_sent_package", "package_uuid"),)

    peer_office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    record_uuid: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    digest: Mapped[str] = mapped_column(String(64))
    package_uuid: Mapped[uuid.UUID]
    confirmed: Mapped[bool] = mapped_column(default=False)


class ExchangeHeld(Keyed, Base):
    """A record an import could not apply: `pending` (a step whose case has not arrived; applied when
    it does) or `quarantine` (same UUID, different content: shown to a person, never dropped)."""

    __tablename__ = "exchange_held"
    __table_args__ = (Index("ix_exchange_held_state_waiting", "state", "waiting_for"),)

    state: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(20))
    record_uuid: Mapped[uuid.UUID]
    waiting_for: Mapped[uuid.UUID | None]
    package_uuid: Mapped[uuid.UUID]
    sender_office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime]
