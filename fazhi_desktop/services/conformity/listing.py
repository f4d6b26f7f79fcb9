"""Reading the automatic 评查: a case's findings (the 规范性 panel) and the cases with findings (the list).

The list reads the stored results (kept current by keeping.py) with its filters in SQL: unit
(责任单位), township (问题属地, its villages too), handler (who recorded a step or the registration),
rule and period (registration date); every query adds `case_scope(ctx)`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select
from sqlalchemy.orm import aliased

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.conformity.rules import Finding, judge
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.clock.rules import clock_rules
from fazhi_desktop.services.conformity.keeping import ruleset_of
from fazhi_desktop.services.conformity.views import case_views
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, ConformityFinding, ConformityResult, Region, Step, Unit


@dataclass(frozen=True)
class FindingFilter:
    """The list's filters; None is any."""

    start: date | None = None
    end: date | None = None
    unit_id: int | None = None
    township_id: int | None = None
    handler: str | None = None
    rule_id: str | None = None


@dataclass(frozen=True)
class FlaggedCase:
    """One line of the list: a case with its stored findings."""

    id: int
    number: str
    registered_on: date
    summary: str
    region: str | None
    unit: str | None
    handler: str
    score: int
    computed_on: date
    rules_version: str
    findings: tuple[Finding, ...]


def case_findings(ctx: Context, case_id: int) -> tuple[Finding, ...]:
    """The findings of one case as of today, judged now (the 规范性 panel): what is missing, by which
    rule and article, and where to put it right."""
    cal = load_calendar(ctx)
    with ctx.db.reading() as session:
        allowed = session.scalar(select(Case.id).where(Case.id == case_id, case_scope(ctx)))
        if allowed is None:
            raise UserError("找不到这件信访件，或当前用户无权查看。")
        ruleset = ruleset_of(session)
        views = case_views(session, [case_id], clock_rules(session), cal, clock.today())
    return judge(views[0], ruleset) if views else ()


def _conditions(ctx: Context, f: FindingFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = [case_scope(ctx), ConformityResult.findings > 0]
    if f.start is not None:
        out.append(Case.registered_on >= f.start)
    if f.end is not None:
        out.append(Case.registered_on <= f.end)
    if f.unit_id is not None:
        out.append(Case.handling_unit_id == f.unit_id)
    if f.township_id is not None:
        village = select(Region.id).where(Region.parent_id == f.township_id)
        out.append(or_(Case.region_id == f.township_id, Case.region_id.in_(village)))
    if f.handler:
        acted = exists().where(Step.case_id == Case.id, Step.actor == f.handler)
        out.append(or_(Case.created_by == f.handler, acted))
    if f.rule_id:
        out.append(
            exists().where(ConformityFinding.case_id == Case.id, ConformityFinding.rule_id == f.rule_id)
        )
    return out


def _query(ctx: Context, f: FindingFilter) -> Select[int]:
    return (
        select(Case.id)
        .join(ConformityResult, ConformityResult.case_id == Case.id)
        .where(and_(*_conditions(ctx, f)))
        .order_by(ConformityResult.score, Case.registered_on.desc(), Case.id)
    )


def flagged_ids(ctx: Context, f: FindingFilter | None = None) -> list[int]:
    """The ids of the cases with findings under the filter, the lowest score first."""
    with ctx.db.reading() as session:
        return list(session.scalars(_query(ctx, f or FindingFilter())))


def flagged_rows(ctx: Context, ids: Sequence[int]) -> list[FlaggedCase]:
    """The lines of some cases of the list, in the order of `ids`."""
    if not ids:
        return []
    with ctx.db.reading() as session:
        ruleset = ruleset_of(session)
        township = aliased(Region)
        rows = session.execute(
            select(Case, ConformityResult, Region.name, Unit.name)
            .join(ConformityResult, ConformityResult.case_id == Case.id)
            .outerjoin(Region, Region.id == Case.region_id)
            .outerjoin(township, township.id == Region.parent_id)
            .outerjoin(Unit, Unit.id == Case.handling_unit_id)
            .where(Case.id.in_(list(ids)), case_scope(ctx))
        ).all()
        found: dict[int, list[Finding]] = defaultdict(list)
        for row in session.scalars(
            select(ConformityFinding)
            .where(ConformityFinding.case_id.in_(list(ids)))
            .order_by(ConformityFinding.id)
        ):
            rule = ruleset.get(row.rule_id)
            text, fix = (rule.text, rule.fix) if rule else (row.rule_id, "")
            found[row.case_id].append(Finding(row.rule_id, row.article, text, row.detail, fix, row.weight))
        by_id = {
            case.id: FlaggedCase(
                id=case.id,
                number=case.number,
                registered_on=case.registered_on,
                summary=case.summary,
                region=region,
                unit=unit,
                handler=case.created_by,
                score=result.score,
                computed_on=result.computed_on,
                rules_version=result.rules_version,
                findings=tuple(found.get(case.id, [])),
            )
            for case, result, region, unit in rows
        }
    return [by_id[i] for i in ids if i in by_id]
