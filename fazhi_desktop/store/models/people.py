"""Users of the program and the audit trail of everything they did."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code
from fazhi_desktop.store.models.text_checks import checks


class User(Keyed, Base):
    """A person who logs in: login (stored in its one normal spelling), real name, role, and the state
    of the password rules (domain/passwords.py). The password is kept only as an argon2 hash."""

    __tablename__ = "users"
    __table_args__ = checks("users")

    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[Role] = mapped_column(Code(Role, 20))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    #: A 乡镇用户's township (a name in the 问题属地 directory); None for every other role.
    township: Mapped[str | None] = mapped_column(String(50))
    #: When the password was last set (the machine's clock); None: never, so it must be set now.
    password_changed_at: Mapped[datetime | None]
    #: Wrong passwords in a row since the last success or lock.
    failed_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    #: Set by an administrator's reset: the user chooses a new password at the next log-in.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    last_login_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who did what, when, where and with what outcome: one row per change, per full-record view, per
    export and per print (or per failed attempt). Rows are only ever added: each carries its place in a
    gap-free sequence and a SHA-256 link to the one before (store/audit_chain.py)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: 1, 2, 3, … with no gap: a missing number is a deleted entry.
    seq: Mapped[int] = mapped_column(unique=True)
    #: The machine's clock (never the fixed "today" of --today).
    at: Mapped[datetime] = mapped_column(index=True)
    user_login: Mapped[str] = mapped_column(String(64), index=True)
    #: The user's role when acting (None until users log in).
    role: Mapped[str | None] = mapped_column(String(20))
    #: The PC's host name (None for entries written before it was recorded).
    host: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    #: "ok", or "failed" for an attempt that was rolled back.
    outcome: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_uuid: Mapped[uuid.UUID | None]
    summary: Mapped[str] = mapped_column(String(400))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The hash of the entry before (64 zeros for the first) and of this one (audit_chain.link_hash).
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
