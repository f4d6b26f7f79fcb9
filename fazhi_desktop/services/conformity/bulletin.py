"""The 评查通报 of one 评查 (PDF and Excel): its 案件办理规范率, the units ranked, every finding."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.conformity.bulletin import FindingLine, ReviewBulletin, UnitLine
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.review_export import write_bulletin_xlsx
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.pdf.review_bulletin import write_bulletin_pdf
from fazhi_desktop.services.conformity.audits import ORIGINS
from fazhi_desktop.services.conformity.keeping import ruleset_of
from fazhi_desktop.services.conformity.rate import case_sample
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.store.models import Case, ReviewAudit, ReviewAuditCase, ReviewFinding, Unit
from fazhi_desktop.store.writes import record_access

NOT_ROUTED = "本级（未转交）"
SAMPLES = {"random": "各单位随机抽取", "all": "期间内全部案件", "upper": "上级交办不规范事项清单"}


def bulletin(ctx: Context, name: str) -> ReviewBulletin:
    """What the 通报 of the 评查 `name` says."""
    with ctx.db.reading() as session:
        audit = session.scalar(select(ReviewAudit).where(ReviewAudit.name == name.strip()))
        if audit is None:
            raise UserError(f"找不到名为「{name}」的评查。用 fazhi review audit list 查看已有的评查。")
        ruleset = ruleset_of(session)
        reviewed, open_ = case_sample(session, ctx, [audit.id])
        cases = {
            cid: (number, unit or NOT_ROUTED, score)
            for cid, number, unit, score in session.execute(
                select(Case.id, Case.number, Unit.name, ReviewAuditCase.score)
                .join(ReviewAuditCase, ReviewAuditCase.case_id == Case.id)
                .outerjoin(Unit, Unit.id == Case.handling_unit_id)
                .where(ReviewAuditCase.audit_id == audit.id, Case.id.in_(reviewed))
            )
        }
        findings = list(
            session.scalars(
                select(ReviewFinding)
                .where(ReviewFinding.audit_id == audit.id, ReviewFinding.case_id.in_(reviewed))
                .order_by(ReviewFinding.case_id, ReviewFinding.id)
            )
        )
        team = tuple(audit.team.get("members", []))
        header = (audit.name, audit.period_from, audit.period_to, audit.sample_kind, audit.rules_version)
    per_unit: dict[str, list[int]] = defaultdict(list)
    for cid, (_, unit, _) in cases.items():
        per_unit[unit].append(cid)
    counted: dict[int, int] = defaultdict(int)
    for f in findings:
        counted[f.case_id] += 1
    lines = []
    for unit, ids in per_unit.items():
        regular = sum(1 for i in ids if i not in open_)
        lines.append(
            (
                regular / len(ids),
                sum(cases[i][2] for i in ids) / len(ids),
                unit,
                len(ids),
                regular,
                sum(counted[i] for i in ids),
            )
        )
    lines.sort(key=lambda x: (-x[0], -x[1], x[2]))
    units = tuple(
        UnitLine(n, unit, total, regular, found, rate, round(avg, 1))
        for n, (rate, avg, unit, total, regular, found) in enumerate(lines, 1)
    )

    def rule_text(rule_id: str) -> str:
        rule = ruleset.get(rule_id)
        return rule.text if rule else ORIGINS.get(rule_id, rule_id)

    return ReviewBulletin(
        title=f"关于{header[0]}情况的通报",
        office=office_name(ctx),
        audit=header[0],
        period=(header[1], header[2]),
        team=team,
        sample=SAMPLES.get(header[3], header[3]),
        rules_version=header[4],
        reviewed=len(reviewed),
        regular=sum(1 for i in reviewed if i not in open_),
        rate=(sum(1 for i in reviewed if i not in open_) / len(reviewed)) if reviewed else None,
        units=units,
        findings=tuple(
            FindingLine(
                number=cases[f.case_id][0],
                unit=cases[f.case_id][1],
                rule=rule_text(f.rule_id),
                article=f.article,
                detail=f.detail,
                origin=ORIGINS.get(f.origin, f.origin),
                owner=f.owner or "",
                due_on=f.due_on,
                closed_on=f.closed_on,
            )
            for f in findings
        ),
        dated=clock.today(),
    )


def write_bulletin(ctx: Context, name: str, target: Path) -> tuple[Path, int]:
    """Print the 通报 as PDF (or as .xlsx when `target` ends so); the file and its pages (0 for Excel)."""
    b = bulletin(ctx, name)
    if target.suffix.lower() == ".xlsx":
        write_bulletin_xlsx(b, target)
        pages = 0
    else:
        pages = write_bulletin_pdf(b, target, font_set())
    record_access(
        ctx.db, ctx.actor, "report.print", f"打印评查通报：{b.audit}", entity="review_audit", file=str(target)
    )
    return target, pages
