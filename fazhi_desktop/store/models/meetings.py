"""研判会 and their decisions, the archive (归档) of closed matters, and 律师/心理咨询师 sessions at receptions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.meetings import CounselKind
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code


class Meeting(Keyed, Base):
    """研判会: one meeting of an office on one day, with who attended."""

    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("office_id", "held_on", name="uq_meetings_office_held_on"),)

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    held_on: Mapped[date] = mapped_column(index=True)
    #: 参会人员, separated by 、 (domain.outreach.split_names reads what people type).
    attendees: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class MeetingDecision(Keyed, Base):
    """The meeting's decision on one case: tier, owner, next review date and measures.

    The tier is also recorded on the case as a 研判 step (`step_id`), the way the board's own
    assessment records it, so the case's clock and tier follow from its steps as always.
    """

    __tablename__ = "meeting_decisions"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id", name="uq_meeting_decisions_meeting_case"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    tier: Mapped[Tier] = mapped_column(Code(Tier, 10))
    owner: Mapped[str | None] = mapped_column(String(100))
    review_on: Mapped[date | None]
    measures: Mapped[str | None] = mapped_column(Text)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id"))
    decided_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class ArchiveFiling(Keyed, Base):
    """归档: a closed case filed under an archive number; a 撤销归档 keeps the row and dates its end."""

    __tablename__ = "archive_filings"
    __table_args__ = (Index("ix_archive_filings_case_revoked", "case_id", "revoked_on"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    archive_number: Mapped[str] = mapped_column(String(60), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    filed_on: Mapped[date] = mapped_column(index=True)
    filed_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    revoked_on: Mapped[date | None]
    revoked_by: Mapped[str | None] = mapped_column(String(64))
    revoke_reason: Mapped[str | None] = mapped_column(String(500))


class CounselSession(Keyed, Base):
    """律师参与接访 (or a psychologist's session): the consultations given and the cases reviewed."""

    __tablename__ = "counsel_sessions"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    held_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[CounselKind] = mapped_column(Code(CounselKind, 20))
    counsellor: Mapped[str] = mapped_column(String(100))
    reception_id: Mapped[int | None] = mapped_column(ForeignKey("reception_events.id"))
    consultations: Mapped[int] = mapped_column(default=0)
    cases_reviewed: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
