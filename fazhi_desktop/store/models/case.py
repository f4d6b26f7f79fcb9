"""Cases (信访件), matters (信访事项), petitioners, the timeline of steps, attachments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.vocab import (
    CaseState,
    Channel,
    DeadlineKind,
    Nature,
    PetitionerRole,
    Satisfaction,
    Sex,
    Source,
    StepKind,
    Tier,
)
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code
from fazhi_desktop.store.models.text_checks import checks


class Petitioner(Keyed, Base):
    """信访人. One row per person: registrations find them by ID number, else by name and phone."""

    __tablename__ = "petitioners"
    __table_args__ = (Index("ix_petitioners_name_phone", "name", "phone"), *checks("petitioners"))

    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    sex: Mapped[Sex | None] = mapped_column(Code(Sex, 10))
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    address: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Matter(Keyed, Base):
    """信访事项: a first registration (初件) and the repeat registrations linked to it."""

    __tablename__ = "matters"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    # Set right after the root case is written; the cycle cases ↔ matters is deliberate.
    root_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", use_alter=True, name="fk_matters_root_case_id_cases"), unique=True
    )
    opened_on: Mapped[date]


#: The columns of the statistics' covering index (ix_cases_statistics), the registration date first.
STATISTICS_COLUMNS = (
    "registered_on",
    "state",
    "office_id",
    "channel",
    "source",
    "nature",
    "purpose_id",
    "category_id",
    "region_id",
    "handling_unit_id",
    "outcome",
    "head_count",
    "is_collective",
    "is_repeat",
    "satisfaction",
    # What a period's totals read besides (closed as of today, 受理): migration 0020.
    "window_end",
    "intake_kind",
    "accepted",
)


#: The columns of the tier index: the tier and deadline first (the open-case index), then what
#: services/clock/as_of.py reads to rank a case on any day.
TIER_AS_OF_COLUMNS = (
    "tier",
    "due_date",
    "fact_tier",
    "assessed_tier",
    "review_on",
    "state",
    "window_end",
    "report_owed",
)


class Case(Keyed, Base):
    """信访件: one registration of a petition (a visit, a letter, an online petition, a call)."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("office_id", "number", name="uq_cases_office_number"),
        Index("ix_cases_registered_on", "registered_on"),
        Index("ix_cases_number", "number"),
        Index("ix_cases_office_registered_on", "office_id", "registered_on"),
        Index("ix_cases_registered_on_category", "registered_on", "category_id"),
        Index("ix_cases_state_due", "state", "due_date"),
        # The open cases by tier and deadline, with every column the tier as of today reads
        # (services/clock/as_of.py), so the 工作台 and the board count from the index alone.
        Index("ix_cases_tier_as_of", *TIER_AS_OF_COLUMNS),
        # The indicators count by the date each obligation fell due or each event happened.
        Index("ix_cases_route_due", "route_due"),
        Index("ix_cases_handling_due", "handling_due"),
        Index("ix_cases_routed_on", "routed_on"),
        Index("ix_cases_delivered_on", "delivered_on"),
        Index("ix_cases_closed_on", "closed_on"),
        Index("ix_cases_leader_on", "leader_on"),
        # The 工作台's cases owing a higher level a 办结报告 (a few in a hundred).
        Index("ix_cases_report_owed_state", "report_owed", "state"),
        # Covers every column the counts and breakdowns of a period read, so they scan this index
        # alone (about twice as fast over a year of a million cases as reading the rows).
        Index("ix_cases_statistics", *STATISTICS_COLUMNS),
        *checks("cases"),
        # The case list (issue #21): a 性质 filter counts and shows its newest from the index alone;
        # 按紧急程度 reads the cases that have a deadline in its order.
        Index("ix_cases_nature_registered_on", "nature", "registered_on"),
        Index("ix_cases_due_date", "due_date"),
    )

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    number: Mapped[str] = mapped_column(String(60))
    year: Mapped[int]
    seq: Mapped[int | None]
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id"), index=True)
    is_repeat: Mapped[bool] = mapped_column(default=False)

    channel: Mapped[Channel] = mapped_column(Code(Channel, 20))
    source: Mapped[Source] = mapped_column(Code(Source, 30))
    upper_number: Mapped[str | None] = mapped_column(String(60), index=True)
    upper_deadline: Mapped[date | None]
    online_number: Mapped[str | None] = mapped_column(String(60), index=True)
    registered_on: Mapped[date]
    registered_at: Mapped[datetime]
    postmarked_on: Mapped[date | None]
    received_on: Mapped[date | None]
    envelope_address: Mapped[str | None] = mapped_column(String(200))

    nature: Mapped[Nature | None] = mapped_column(Code(Nature, 20))
    purpose_id: Mapped[int | None] = mapped_column(ForeignKey("purposes.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    head_count: Mapped[int] = mapped_column(default=1)
    is_collective: Mapped[bool] = mapped_column(default=False)
    accused: Mapped[str | None] = mapped_column(String(200))
    accused_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    summary: Mapped[str] = mapped_column(String(200))
    # The 主访人's name, kept on the row so the list sorts and filters by it without a join.
    principal_name: Mapped[str | None] = mapped_column(String(50), index=True)
    content: Mapped[str | None] = mapped_column(Text)

    # 越级, 重大紧急, 扬言, 三跨三分离, 匿名, 同意公开, 不宜公开
    cross_level: Mapped[bool] = mapped_column(default=False)
    urgent: Mapped[bool] = mapped_column(default=False)
    threat: Mapped[bool] = mapped_column(default=False)
    three_cross: Mapped[bool] = mapped_column(default=False)
    anonymous: Mapped[bool] = mapped_column(default=False)
    consent_public: Mapped[bool] = mapped_column(default=False)
    not_public: Mapped[bool] = mapped_column(default=False)

    # Derived from the steps in the same transaction that writes them (never edited by hand).
    state: Mapped[CaseState] = mapped_column(Code(CaseState, 20))
    handling_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    closed_on: Mapped[date | None]
    satisfaction: Mapped[Satisfaction | None] = mapped_column(Code(Satisfaction, 30))
    due_date: Mapped[date | None]
    tier: Mapped[Tier | None] = mapped_column(Code(Tier, 10))
    tier_reasons: Mapped[str | None] = mapped_column(String(400))
    needs_attention: Mapped[bool] = mapped_column(default=False)
    # Which deadline due_date is (DeadlineKind), and when the petitioner's 复查/复核 window closes.
    deadline_kind: Mapped[DeadlineKind | None] = mapped_column(Code(DeadlineKind, 20))
    window_end: Mapped[date | None]
    # 红黄绿: the automatic tier beside `tier` (which a 研判 decision may override), the decision in
    # words and its next review date; 包案领导, a higher level's 督办, a 办结报告 still owed upwards.
    auto_tier: Mapped[Tier | None] = mapped_column(Code(Tier, 10))
    assessed_tier: Mapped[Tier | None] = mapped_column(Code(Tier, 10))
    # The automatic tier from the facts alone, the deadline aside (domain.triage.fact_tier): with
    # due_date it gives the tier on any day in SQL (services/clock/as_of.py); None when closed.
    fact_tier: Mapped[Tier | None] = mapped_column(Code(Tier, 10))
    tier_note: Mapped[str | None] = mapped_column(String(400))
    review_on: Mapped[date | None]
    leader: Mapped[str | None] = mapped_column(String(50))
    supervised: Mapped[bool] = mapped_column(default=False, server_default=false())
    report_owed: Mapped[bool] = mapped_column(default=False, server_default=false())
    # What the steps contribute to the indicators (domain/indicator_facts.py, docs/INDICATORS.md):
    # the 受理转交期限 and the first decision on the case, the first 转送/交办 and any 退回, the
    # 办理期限 with its extension, when and how the handling ended, the first 送达 and 包案.
    route_due: Mapped[date | None]
    intake_on: Mapped[date | None]
    intake_kind: Mapped[StepKind | None] = mapped_column(Code(StepKind, 20))
    routed_on: Mapped[date | None]
    returned: Mapped[bool] = mapped_column(default=False, server_default=false())
    handling_due: Mapped[date | None]
    answered_on: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(String(40))
    delivered_on: Mapped[date | None]
    leader_on: Mapped[date | None]
    #: 受理 here or 签收 by the unit it was routed to, at any time (services/clock/case_state.py).
    accepted: Mapped[bool] = mapped_column(default=False, server_default=false())

    # A case imported from a ledger row without a case number: office, date, petitioner and content
    # hashed (excel/ledger_rows.py), so that importing the same ledger again adds nothing.
    import_fingerprint: Mapped[str | None] = mapped_column(String(32), index=True)

    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    #: Raised by every change a person makes (services/clock/procedure.py): a step recorded from the
    #: case as it was opened is refused when someone has changed it since. A local counter, never
    #: carried in exchange packages.
    version: Mapped[int] = mapped_column(server_default="1")  # no Python default: bulk inserts omit it


class CasePetitioner(Base):
    """Who petitioned in a case: the 主访人 first, then co-petitioners."""

    __tablename__ = "case_petitioners"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    petitioner_id: Mapped[int] = mapped_column(ForeignKey("petitioners.id"), primary_key=True, index=True)
    role: Mapped[PetitionerRole] = mapped_column(Code(PetitionerRole, 20))
    position: Mapped[int] = mapped_column(default=0)


class CaseCounter(Base):
    """The last number given out per office and year (信访件编号 431127-2024-000123)."""

    __tablename__ = "case_counters"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(default=0)


class Step(Keyed, Base):
    """One entry of a case's timeline. Append-only: a mistake is corrected by a 更正 step."""

    __tablename__ = "steps"
    __table_args__ = (
        Index("ix_steps_case_occurred", "case_id", "occurred_on"),
        # Steps of a kind dated in a period (复查/复核 requests, 终结备案, 督办), without a scan of all.
        Index("ix_steps_kind_occurred", "kind", "occurred_on", "case_id"),
        *checks("steps"),
    )

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[StepKind] = mapped_column(Code(StepKind, 30))
    occurred_on: Mapped[date]
    recorded_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note: Mapped[str | None] = mapped_column(Text)


class Attachment(Keyed, Base):
    """A file kept with a case or a step (a scanned letter, a signed 送达回证), stored in the database."""

    __tablename__ = "attachments"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
