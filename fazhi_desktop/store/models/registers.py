"""Registers (台账): named lists of matters — 领导包案, 积案, 专项/攻坚 — their entries and progress notes.

An entry holds a matter (a case number names it; the case given is kept to show it), the 四定四包
plan, and the 化解 decision with its date and who made it. Notes are append-only like steps.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.registers import RegisterKind
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code


class Register(Keyed, Base):
    """台账: a named list of matters with its kind, period, owner and (for 包案) leader."""

    __tablename__ = "registers"

    kind: Mapped[RegisterKind] = mapped_column(Code(RegisterKind, 20))
    name: Mapped[str] = mapped_column(String(100), unique=True)
    owner: Mapped[str | None] = mapped_column(String(64))
    leader: Mapped[str | None] = mapped_column(String(50))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class RegisterEntry(Keyed, Base):
    """One matter on a register: when it joined, its 四定四包 plan, and its 化解 decision."""

    __tablename__ = "register_entries"
    __table_args__ = (UniqueConstraint("register_id", "matter_id", name="uq_register_entries_matter"),)

    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"), index=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id"), index=True)
    #: The case the entry was added by (its number is what the lists print).
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    added_on: Mapped[date]
    added_by: Mapped[str] = mapped_column(String(64))
    #: How a higher level's list names the matter (an imported 专项 row's 名称/事项), if it did.
    listed_as: Mapped[str | None] = mapped_column(String(200))
    # 四定四包: 定领导、定方案、定人员、定时限.
    leader: Mapped[str | None] = mapped_column(String(50))
    plan: Mapped[str | None] = mapped_column(Text)
    staff: Mapped[str | None] = mapped_column(String(500))
    due_on: Mapped[date | None]
    # 化解: an explicit, dated decision and who made it (login, and the name printed).
    resolved_on: Mapped[date | None]
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_by_name: Mapped[str | None] = mapped_column(String(50))


class RegisterNote(Keyed, Base):
    """A dated progress note (进展情况) on an entry; never edited."""

    __tablename__ = "register_notes"

    entry_id: Mapped[int] = mapped_column(ForeignKey("register_entries.id"), index=True)
    noted_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
