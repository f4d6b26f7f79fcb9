"""规范化评查: the automatic findings of every case, and the quarterly 评查 with its sample and 整改."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.store.models.base import Base, Keyed


class ConformityResult(Base):
    """A case's automatic 评查 as of a day, by a version of the rules (kept current like the tiers)."""

    __tablename__ = "conformity_results"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    computed_on: Mapped[date]
    rules_version: Mapped[str] = mapped_column(String(40))
    score: Mapped[int]
    findings: Mapped[int] = mapped_column(index=True)


class ConformityFinding(Base):
    """One irregularity the rules found in a case (replaced whenever the case is judged again)."""

    __tablename__ = "conformity_findings"
    __table_args__ = (Index("ix_conformity_findings_rule_case", "rule_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    rule_id: Mapped[str] = mapped_column(String(40))
    article: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(String(400))
    weight: Mapped[int]


class ReviewAudit(Keyed, Base):
    """A 评查 (usually quarterly): its name, team, period, how the sample was drawn, by which rules."""

    __tablename__ = "review_audits"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    period_from: Mapped[date]
    period_to: Mapped[date]
    #: The team: [{"login": ..., "name": ...}].
    team: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: random (by unit, with `seed`), all, or upper (the higher level's list imported from Excel).
    sample_kind: Mapped[str] = mapped_column(String(20))
    sample_size: Mapped[int | None]
    seed: Mapped[int | None]
    source_file: Mapped[str | None] = mapped_column(String(255))
    rules_version: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class ReviewAuditCase(Base):
    """A case of a 评查's sample, with the score it was given when the sample was drawn."""

    __tablename__ = "review_audit_cases"

    audit_id: Mapped[int] = mapped_column(ForeignKey("review_audits.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
    score: Mapped[int]


class ReviewFinding(Keyed, Base):
    """A finding of a 评查 on one case (the rules', the team's own, or the higher level's), with its
    整改: who puts it right by when, and the day it was put right."""

    __tablename__ = "review_findings"

    audit_id: Mapped[int] = mapped_column(ForeignKey("review_audits.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    rule_id: Mapped[str] = mapped_column(String(40))
    article: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(String(400))
    weight: Mapped[int]
    #: auto (the rules), team (the team's own), upper (the higher level's list).
    origin: Mapped[str] = mapped_column(String(10))
    owner: Mapped[str | None] = mapped_column(String(64))
    due_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    closed_by: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(400))
