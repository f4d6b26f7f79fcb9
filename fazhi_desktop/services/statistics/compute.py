"""The figures of a period (DESIGN.md, `fazhi stats`), counted in SQL, never case by case in Python.

`compute` answers with a `Statistics` (figures.py): the counts of the period and of the same period a
year earlier, every indicator with both sides of its fraction and the settings it used, the
breakdowns (by channel, 来源, township, 责任单位, category, 性质, 信访目的, outcome and month, 件次 and
人次 beside a year earlier: breakdowns.py), the settings in force and the outreach figures. The
indicators are defined in indicators.py, explained case by case in explain.py, and described in
docs/INDICATORS.md; cli/stats_json.py writes the result as DESIGN.md's JSON.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import INDICATORS, ReportPeriod, comparison_cut, comparison_period
from fazhi_desktop.domain.vocab import (
    REPORTED_CHANNEL,
    VISIT_CHANNELS,
    Channel,
    Nature,
    Satisfaction,
    StepKind,
)
from fazhi_desktop.services.clock.as_of import closed_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach.stats import period_total
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.services.statistics.breakdowns import BREAKDOWNS, Tallies, breakdowns, tallies
from fazhi_desktop.services.statistics.explain import explain
from fazhi_desktop.services.statistics.figures import OutreachFigures, PeriodCounts, Statistics
from fazhi_desktop.services.statistics.indicators import (
    IndicatorSettings,
    base_conditions,
    figures,
    office_id_of,
)
from fazhi_desktop.store.models import Case, CasePetitioner

__all__ = ["BREAKDOWNS", "INDICATORS", "Period", "Statistics", "compute", "counts", "explain"]

#: The period of a statistic (kept under its old name).
Period = ReportPeriod


def _in_period(
    period: ReportPeriod, office_id: int | None, scope: ColumnElement[bool]
) -> list[ColumnElement[bool]]:
    return [
        *base_conditions(office_id, scope),
        Case.registered_on >= period.start,
        Case.registered_on <= period.end,
    ]


def counts(
    session: Session,
    period: ReportPeriod,
    office_id: int | None,
    today: date | None = None,
    *,
    scope: ColumnElement[bool],
    tallied: Tallies | None = None,
) -> PeriodCounts:
    """The counts of the registrations of a period (closed ones as of today) among `scope`'s cases;
    by channel, month and satisfaction from the period's tallies (breakdowns.tallies) when given."""
    is_closed = closed_as_of(today or clock.today())
    where = _in_period(period, office_id, scope)
    if tallied is None:
        tallied = tallies(session, where)
    visits = [c.value for c in VISIT_CHANNELS]
    claim = Case.nature == Nature.CLAIM.value
    diverted = or_(Case.intake_kind == StepKind.DIVERT.value, Case.outcome.startswith("divert_"))

    def number(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    # One scan of the covering index over the period for every total. 受理 (by the bureau, or 签收 by
    # the unit a case was routed to) apart from 登记: the case row keeps it from the steps
    # (`accepted`). The 申诉求决类 split between the petition procedure and 依法分类处理.
    totals = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Case.head_count), 0),
            number(is_closed),
            number(Case.is_collective & Case.channel.in_(visits)),
            number(or_(Case.intake_kind == StepKind.ACCEPT.value, Case.accepted.is_(True))),
            number(claim),
            number(and_(claim, diverted)),
        ).where(*where)
    ).one()
    distinct_people = session.scalar(
        select(func.count(distinct(CasePetitioner.petitioner_id)))
        .join(Case, Case.id == CasePetitioner.case_id)
        .where(*where)
    )
    by_channel = dict.fromkeys((Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE), 0)
    for channel, (n, _) in tallied["channel"].items():
        by_channel[REPORTED_CHANNEL[channel]] += n
    by_month = dict.fromkeys(period.months(), 0)
    for month, (n, _) in tallied["month"].items():
        by_month[month] = n
    satisfaction = dict.fromkeys(Satisfaction, 0)
    for value, (n, _) in tallied["satisfaction"].items():
        satisfaction[Satisfaction(value) if value else Satisfaction.NOT_EVALUATED] += n
    cases, people, closed, collective, accepted, claims, claims_diverted = (int(v) for v in totals)
    return PeriodCounts(
        accepted=accepted,
        claims=claims,
        claims_diverted=claims_diverted,
        period=period,
        cases=cases,
        people=people,
        closed=closed,
        collective_visits=collective,
        distinct_petitioners=int(distinct_people or 0),
        by_channel=by_channel,
        by_month=by_month,
        satisfaction=satisfaction,
    )


def compute(
    ctx: Context, start: date | None = None, end: date | None = None, office: str | None = None
) -> Statistics:
    """Counts, indicators and breakdowns of the cases registered in the period (by default this year),
    for the whole database or one office, as of today."""
    period = ReportPeriod.of(start, end)
    today = clock.today()
    previous = comparison_period(period, today)
    scope = case_scope(ctx)  # a 乡镇用户 counts its own township's cases alone
    with ctx.db.reading() as session:
        office_id = office_id_of(session, office)
        # Each period's registrations are counted by every key once, for the counts and the breakdowns.
        tallied = (
            tallies(session, _in_period(period, office_id, scope)),
            tallies(session, _in_period(previous, office_id, scope)),
        )
        now = counts(session, period, office_id, today, scope=scope, tallied=tallied[0])
        before = counts(session, previous, office_id, today, scope=scope, tallied=tallied[1])
        indicator_settings = IndicatorSettings.read(session)
        figured = figures(session, indicator_settings, period, office_id, today, scope)
        parts = breakdowns(session, period, office_id, previous, scope=scope, tallied=tallied)
    outreach = period_total(ctx, period.start, period.end, office)
    return Statistics(
        office=office,
        computed_on=today,
        counts=now,
        previous=before,
        compared_until=comparison_cut(period, today),
        indicators=figured,
        breakdowns=parts,
        settings=indicator_settings,
        outreach=OutreachFigures(outreach.events, outreach.materials, outreach.people_reached),
    )
