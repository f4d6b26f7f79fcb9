"""Reading the 评查 records: the list of 评查, one 评查's cases with their findings and 整改."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, ReviewAudit, ReviewAuditCase, ReviewFinding


@dataclass(frozen=True)
class AuditRow:
    id: int
    name: str
    start: date
    end: date
    team: tuple[str, ...]
    sample: str
    seed: int | None
    rules_version: str
    cases: int
    findings: int
    open_findings: int


@dataclass(frozen=True)
class AuditFinding:
    id: int
    case_id: int
    number: str
    rule_id: str
    article: str
    detail: str
    origin: str
    owner: str | None
    due_on: date | None
    closed_on: date | None
    score: int


def audits(ctx: Context) -> list[AuditRow]:
    """Every 评查, the newest first, with its counts."""
    with ctx.db.reading() as session:
        cases = dict(
            session.execute(
                select(ReviewAuditCase.audit_id, func.count())
                .join(Case, Case.id == ReviewAuditCase.case_id)
                .where(case_scope(ctx))
                .group_by(ReviewAuditCase.audit_id)
            ).all()
        )
        found: dict[int, tuple[int, int]] = {}
        for audit_id, closed, n in session.execute(
            select(ReviewFinding.audit_id, ReviewFinding.closed_on.is_(None), func.count())
            .join(Case, Case.id == ReviewFinding.case_id)
            .where(case_scope(ctx))
            .group_by(ReviewFinding.audit_id, ReviewFinding.closed_on.is_(None))
        ):
            total, open_ = found.get(audit_id, (0, 0))
            found[audit_id] = (total + n, open_ + (n if closed else 0))
        rows = session.scalars(
            select(ReviewAudit).order_by(ReviewAudit.period_to.desc(), ReviewAudit.id.desc())
        )
        return [
            AuditRow(
                a.id,
                a.name,
                a.period_from,
                a.period_to,
                tuple(a.team.get("members", [])),
                a.sample_kind,
                a.seed,
                a.rules_version,
                int(cases.get(a.id, 0)),
                found.get(a.id, (0, 0))[0],
                found.get(a.id, (0, 0))[1],
            )
            for a in rows
        ]


def audit_findings(ctx: Context, audit_id: int) -> list[AuditFinding]:
    """The findings of one 评查, by case."""
    with ctx.db.reading() as session:
        rows = session.execute(
            select(ReviewFinding, Case.number, ReviewAuditCase.score)
            .join(Case, Case.id == ReviewFinding.case_id)
            .join(
                ReviewAuditCase,
                (ReviewAuditCase.case_id == ReviewFinding.case_id) & (ReviewAuditCase.audit_id == audit_id),
            )
            .where(ReviewFinding.audit_id == audit_id, case_scope(ctx))
            .order_by(Case.number, ReviewFinding.id)
        )
        return [
            AuditFinding(
                f.id,
                f.case_id,
                number,
                f.rule_id,
                f.article,
                f.detail,
                f.origin,
                f.owner,
                f.due_on,
                f.closed_on,
                score,
            )
            for f, number, score in rows
        ]
