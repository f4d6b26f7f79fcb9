"""Users of the program and the audit trail of everything they did."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code


class User(Keyed, Base):
    """A person who uses the program. Created on first use under the OS login name until passwords exist."""

    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[Role] = mapped_column(Code(Role, 20))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Who did what, when: one row per change, per full-record view, per export and per print."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    user_login: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_uuid: Mapped[uuid.UUID | None]
    summary: Mapped[str] = mapped_column(String(400))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
