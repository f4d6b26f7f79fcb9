"""The quarterly 评查 as a record: a team, a period, a sample, each case scored by the automatic checks
plus the team's own findings, an 整改 owner and deadline per finding, and 整改 done on a date.

A sample is drawn at random within each 责任单位 (the seed recorded, so the same draw can be made
again), or is every case of the period (of one 性质), or is the higher level's list of 不规范事项
imported from Excel. Every query over cases adds `case_scope(ctx)`.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.conformity.rules import judge, score
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import CaseState, Nature
from fazhi_desktop.excel.review_rows import UpperItem, read_upper_list
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.clock.rules import clock_rules
from fazhi_desktop.services.conformity.keeping import judge_session, ruleset_of
from fazhi_desktop.services.conformity.views import case_views
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, ConformityFinding, ReviewAudit, ReviewAuditCase, ReviewFinding
from fazhi_desktop.store.writes import change

#: Days the 整改 of a finding is given unless the 评查 says otherwise [assumed].
DEFAULT_FIX_DAYS = 30
UPPER_RULE = "upper"
TEAM_RULE = "team"
ORIGINS = {"auto": "自动检查", "team": "评查组", "upper": "上级交办"}


@dataclass(frozen=True)
class AuditInput:
    """A new 评查: exactly one of `sample` (cases a unit, at random), `everything` or `import_file`."""

    name: str
    start: date
    end: date
    team: Sequence[str] = ()
    sample: int | None = None
    everything: bool = False
    import_file: Path | None = None
    nature: Nature | None = None
    seed: int | None = None
    fix_days: int = DEFAULT_FIX_DAYS


@dataclass(frozen=True)
class AuditResult:
    id: int
    name: str
    cases: int
    findings: int
    seed: int | None
    skipped: tuple[tuple[int, str], ...] = ()
    changes: Changes = field(default=NO_CHANGES, compare=False)


def _check(data: AuditInput) -> None:
    if not data.name.strip():
        raise UserError("请填写评查的名称，例如「2024年第四季度评查」。")
    if data.end < data.start:
        raise UserError(f"评查期间的结束日期 {data.end} 早于开始日期 {data.start}。")
    ways = sum((data.sample is not None, data.everything, data.import_file is not None))
    if ways != 1:
        raise UserError(
            "请选择一种抽样方式：--sample N（每个单位随机抽 N 件）、--all（全部）或 --import 文件。"
        )
    if data.sample is not None and data.sample < 1:
        raise UserError("每个单位抽取的件数应为正整数。")


def _period_cases(ctx: Context, session: Session, data: AuditInput) -> list[tuple[int, int | None]]:
    query = select(Case.id, Case.handling_unit_id).where(
        case_scope(ctx),
        Case.registered_on >= data.start,
        Case.registered_on <= data.end,
        Case.state != CaseState.VOID.value,
    )
    if data.nature is not None:
        query = query.where(Case.nature == data.nature.value)
    return [(int(i), u) for i, u in session.execute(query.order_by(Case.id))]


def draw(cases: Sequence[tuple[int, int | None]], per_unit: int, seed: int) -> list[int]:
    """`per_unit` cases at random within each unit (cases not yet routed form one group), reproducible
    from the seed: the units in order of their id, each unit's cases in order of id."""
    groups: dict[int, list[int]] = defaultdict(list)
    for case_id, unit in cases:
        groups[unit or 0].append(case_id)
    rng = random.Random(seed)
    out: list[int] = []
    for unit in sorted(groups):
        members = sorted(groups[unit])
        out += sorted(rng.sample(members, min(per_unit, len(members))))
    return sorted(out)


def _find_case(ctx: Context, session: Session, ref: str) -> int | None:
    """A case by its number, the higher level's number, or its id."""
    named = or_(Case.number == ref, Case.upper_number == ref)
    if ref.isdigit():
        named = or_(named, Case.id == int(ref))
    return session.scalar(select(Case.id).where(named, case_scope(ctx)).order_by(Case.id).limit(1))


def add_audit(ctx: Context, data: AuditInput) -> AuditResult:
    """Record a 评查 with its sample, each case's automatic findings (judged today) and the imported ones."""
    require_write(ctx, "新建评查")
    _check(data)
    items: list[UpperItem] = []
    skipped: list[tuple[int, str]] = []
    if data.import_file is not None:
        items, skipped = read_upper_list(data.import_file)
    today = clock.today()
    cal = load_calendar(ctx)
    seed = data.seed if data.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    with change(ctx.db, ctx.actor, "conformity.audit.add") as current:
        session = current.session
        if session.scalar(select(ReviewAudit.id).where(ReviewAudit.name == data.name.strip())):
            raise UserError(f"已有名为「{data.name.strip()}」的评查，请换一个名称。")
        upper: dict[int, list[UpperItem]] = defaultdict(list)
        if data.import_file is not None:
            for item in items:
                case_id = _find_case(ctx, session, item.number)
                if case_id is None:
                    skipped.append((item.row, f"找不到信访件 {item.number}"))
                else:
                    upper[case_id].append(item)
            ids = sorted(upper)
        elif data.everything:
            ids = [i for i, _ in _period_cases(ctx, session, data)]
        else:
            ids = draw(_period_cases(ctx, session, data), data.sample or 0, seed)
        if not ids:
            raise UserError("这次评查没有抽到任何信访件：请检查评查期间和抽样方式。")
        ruleset = ruleset_of(session)
        judge_session(session, ids, cal, today, ruleset)
        audit = ReviewAudit(
            name=data.name.strip(),
            period_from=data.start,
            period_to=data.end,
            team={"members": [m.strip() for m in data.team if m.strip()]},
            sample_kind="upper" if data.import_file else "all" if data.everything else "random",
            sample_size=data.sample,
            seed=seed if data.sample is not None else None,
            source_file=data.import_file.name if data.import_file else None,
            rules_version=ruleset.version,
            created_by=ctx.user,
            created_at=clock.now(),
        )
        session.add(audit)
        session.flush()
        due = today + timedelta(days=data.fix_days)
        owners = {
            int(i): str(u)
            for i, u in session.execute(select(Case.id, Case.created_by).where(Case.id.in_(ids)))
        }
        found = session.execute(
            select(ConformityFinding).where(ConformityFinding.case_id.in_(ids)).order_by(ConformityFinding.id)
        ).scalars()
        rows: list[ReviewFinding] = [
            ReviewFinding(
                audit_id=audit.id,
                case_id=f.case_id,
                rule_id=f.rule_id,
                article=f.article,
                detail=f.detail,
                weight=f.weight,
                origin="auto",
                owner=owners.get(f.case_id),
                due_on=due,
            )
            for f in found
        ]
        for case_id, listed in upper.items():
            rows += [
                ReviewFinding(
                    audit_id=audit.id,
                    case_id=case_id,
                    rule_id=UPPER_RULE,
                    article="上级交办不规范事项",
                    detail=item.problem,
                    weight=10,
                    origin="upper",
                    owner=item.owner or owners.get(case_id),
                    due_on=item.due or due,
                )
                for item in listed
            ]
        session.add_all(rows)
        weights: dict[int, list[int]] = defaultdict(list)
        for r in rows:
            weights[r.case_id].append(r.weight)
        session.add_all(ReviewAuditCase(audit_id=audit.id, case_id=i, score=score(weights[i])) for i in ids)
        current.describe(
            f"新建评查「{audit.name}」：{len(ids)} 件，{len(rows)} 个问题",
            entity="review_audit",
            entity_uuid=audit.uuid,
            cases=len(ids),
            findings=len(rows),
            seed=audit.seed,
            sample=audit.sample_kind,
        )
        result = AuditResult(audit.id, audit.name, len(ids), len(rows), audit.seed, tuple(skipped))
    return replace(result, changes=current.changes)


def audit_id(ctx: Context, name: str) -> int:
    with ctx.db.reading() as session:
        found = session.scalar(select(ReviewAudit.id).where(ReviewAudit.name == name.strip()))
    if found is None:
        raise UserError(f"找不到名为「{name}」的评查。用 fazhi review audit list 查看已有的评查。")
    return int(found)


def add_team_finding(
    ctx: Context,
    audit: int,
    case_id: int,
    detail: str,
    *,
    weight: int = 10,
    owner: str = "",
    due_on: date | None = None,
) -> Changes:
    """The team's own finding on a case of the sample."""
    require_write(ctx, "记录评查问题")
    if not detail.strip():
        raise UserError("请写明评查组发现的问题。")
    with change(ctx.db, ctx.actor, "conformity.finding.add") as current:
        session = current.session
        member = session.get(ReviewAuditCase, (audit, case_id))
        if member is None:
            raise UserError("这件信访件不在本次评查的样本中。")
        session.add(
            ReviewFinding(
                audit_id=audit,
                case_id=case_id,
                rule_id=TEAM_RULE,
                article="评查组意见",
                detail=detail.strip()[:400],
                weight=weight,
                origin="team",
                owner=owner.strip() or None,
                due_on=due_on or clock.today() + timedelta(days=DEFAULT_FIX_DAYS),
            )
        )
        session.flush()
        _rescore(session, audit, case_id)
        current.describe(f"评查组问题：{detail.strip()[:60]}", entity="review_audit", case_id=case_id)
    return current.changes


def _rescore(session: Session, audit: int, case_id: int) -> None:
    weights = session.scalars(
        select(ReviewFinding.weight).where(
            ReviewFinding.audit_id == audit,
            ReviewFinding.case_id == case_id,
            ReviewFinding.closed_on.is_(None),
        )
    )
    member = session.get(ReviewAuditCase, (audit, case_id))
    if member is not None:
        member.score = score(list(weights))


def close_findings(ctx: Context, case_ref: str, rule_id: str, day: date, note: str = "") -> int:
    """整改 done on `day`: close the open findings of `rule_id` on the case (in every 评查). An automatic
    rule is checked again first: a finding the case still breaks cannot be closed."""
    require_write(ctx, "记录整改")
    if day > clock.today():
        raise UserError(f"整改日期 {day} 晚于今天，不能记录尚未发生的整改。")
    with ctx.db.reading() as session:
        case_id = _find_case(ctx, session, case_ref.strip())
        if case_id is None:
            raise UserError(f"找不到信访件 {case_ref}，或当前用户无权查看。")
        ruleset = ruleset_of(session)
        if ruleset.get(rule_id) is not None:
            views = case_views(session, [case_id], clock_rules(session), load_calendar(ctx), clock.today())
            still = [f for f in judge(views[0], ruleset) if f.rule_id == rule_id] if views else []
            if still:
                raise UserError(f"问题仍然存在：{still[0].detail}。请先{still[0].fix}，再记录整改完成。")
    with change(ctx.db, ctx.actor, "conformity.finding.close") as current:
        session = current.session
        rows = list(
            session.scalars(
                select(ReviewFinding).where(
                    ReviewFinding.case_id == case_id,
                    ReviewFinding.rule_id == rule_id,
                    ReviewFinding.closed_on.is_(None),
                )
            )
        )
        if not rows:
            raise UserError(f"信访件 {case_ref} 没有「{rule_id}」的未整改问题。")
        for row in rows:
            row.closed_on, row.closed_by, row.note = day, ctx.user, note.strip()[:400] or None
        session.flush()
        for audit in {r.audit_id for r in rows}:
            _rescore(session, audit, case_id)
        current.describe(
            f"整改完成：{case_ref} {rule_id}（{day}）", entity="case", case_id=case_id, rule=rule_id, on=day
        )
    return len(rows)
