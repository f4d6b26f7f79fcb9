"""宣传活动 and their photos, 学法 activities, the 法律顾问's service, and 接访 activities with their cases."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind, TrainingMode
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code
from fazhi_desktop.store.models.text_checks import checks


class OutreachKind(Keyed, Base):
    """宣传活动的类别: a code table an administrator edits (集中宣传, 宪法宣传日/周, 进乡村 …)."""

    __tablename__ = "outreach_kinds"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class OutreachEvent(Keyed, Base):
    """宣传活动: one event of outreach, with what was handed out and how many people it reached."""

    __tablename__ = "outreach_events"
    __table_args__ = (
        UniqueConstraint("office_id", "fingerprint", name="uq_outreach_events_office_fingerprint"),
        Index("ix_outreach_events_held_on_kind", "held_on", "kind_id"),
        *checks("outreach_events"),
    )

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    held_on: Mapped[date]
    title: Mapped[str] = mapped_column(String(200))
    kind_id: Mapped[int] = mapped_column(ForeignKey("outreach_kinds.id"))
    place: Mapped[str | None] = mapped_column(String(200))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    organisers: Mapped[str | None] = mapped_column(String(200))
    partner_count: Mapped[int] = mapped_column(default=0)
    partner_names: Mapped[str | None] = mapped_column(Text)
    leaflets: Mapped[int] = mapped_column(default=0)
    brochures: Mapped[int] = mapped_column(default=0)
    other_materials: Mapped[int] = mapped_column(default=0)
    boards: Mapped[int] = mapped_column(default=0)
    banners: Mapped[int] = mapped_column(default=0)
    consultations: Mapped[int] = mapped_column(default=0)
    people_reached: Mapped[int] = mapped_column(default=0)
    media_count: Mapped[int] = mapped_column(default=0)
    media_note: Mapped[str | None] = mapped_column(String(400))
    notes: Mapped[str | None] = mapped_column(Text)
    #: The day, theme and place as one key (domain.outreach.fingerprint): an import finds events again by it.
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime | None]


class OutreachFile(Keyed, Base):
    """A photo or other file of an event, kept in the database with its hash and size."""

    __tablename__ = "outreach_files"

    event_id: Mapped[int] = mapped_column(ForeignKey("outreach_events.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    is_photo: Mapped[bool] = mapped_column(default=False)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


class StudyActivity(Keyed, Base):
    """学法: a study session (集中学法, 专题讲座, 中心组学习), an exam or a training."""

    __tablename__ = "study_activities"
    __table_args__ = (Index("ix_study_activities_held_on_kind", "held_on", "kind"),)

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    held_on: Mapped[date]
    kind: Mapped[StudyKind] = mapped_column(Code(StudyKind, 20))
    title: Mapped[str] = mapped_column(String(200))
    participants: Mapped[int] = mapped_column(default=0)
    #: Exams only: how many passed.
    passed: Mapped[int | None]
    #: Trainings only: online or offline.
    mode: Mapped[TrainingMode | None] = mapped_column(Code(TrainingMode, 20))
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class LegalAdvice(Keyed, Base):
    """法律顾问's service over a period: consultations given and cases reviewed."""

    __tablename__ = "legal_advice"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    period_start: Mapped[date] = mapped_column(index=True)
    period_end: Mapped[date]
    adviser: Mapped[str | None] = mapped_column(String(100))
    consultations: Mapped[int] = mapped_column(default=0)
    cases_reviewed: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class ReceptionEvent(Keyed, Base):
    """接访: a 领导接访日, 下访, 约访 or 联合接访, with the leader, the place and the cases received."""

    __tablename__ = "reception_events"
    __table_args__ = (Index("ix_reception_events_held_on_kind", "held_on", "kind"),)

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    held_on: Mapped[date]
    kind: Mapped[ReceptionKind] = mapped_column(Code(ReceptionKind, 20))
    leader: Mapped[str] = mapped_column(String(50))
    place: Mapped[str | None] = mapped_column(String(200))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    partner_names: Mapped[str | None] = mapped_column(String(400))
    #: 接待批次 / 人次, as counted on the day (cases linked below may be fewer: not every visitor petitions).
    batches: Mapped[int] = mapped_column(default=0)
    people: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class ReceptionCase(Base):
    """A case received at a reception activity (the case detail finds its reception by `case_id`)."""

    __tablename__ = "reception_cases"

    reception_id: Mapped[int] = mapped_column(ForeignKey("reception_events.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
