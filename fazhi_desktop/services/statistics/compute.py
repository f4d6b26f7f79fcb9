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

from sqlalchemy import ColumnElement, and_, case, distinct, exists, extract, func, or_, select
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
from fazhi_desktop.services.statistics.breakdowns import BREAKDOWNS, breakdowns
from fazhi_desktop.services.statistics.explain import explain
from fazhi_desktop.services.statistics.figures import OutreachFigures, PeriodCounts, Statistics
from fazhi_desktop.services.statistics.indicators import (
    IndicatorSettings,
    base_conditions,
    figures,
    office_id_of,
)
from fazhi_desktop.store.models import Case, CasePetitioner, Step

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
) -> PeriodCounts:
    """The counts of the registrations of a period (closed ones as of today) among `scope`'s cases."""
    is_closed = closed_as_of(today or clock.today())
    where = _in_period(period, office_id, scope)
    visits = [c.value for c in VISIT_CHANNELS]
    totals = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Case.head_count), 0),
            func.coalesce(func.sum(case((is_closed, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Case.is_collective & Case.channel.in_(visits), 1), else_=0)), 0),
        ).where(*where)
    ).one()
    distinct_people = session.scalar(
        select(func.count(distinct(CasePetitioner.petitioner_id)))
        .join(Case, Case.id == CasePetitioner.case_id)
        .where(*where)
    )
    by_channel = dict.fromkeys((Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE), 0)
    for channel, n in session.execute(
        select(Case.channel, func.count()).where(*where).group_by(Case.channel)
    ):
        by_channel[REPORTED_CHANNEL[channel]] += n
    by_month = dict.fromkeys(period.months(), 0)
    year, month = extract("year", Case.registered_on), extract("month", Case.registered_on)
    for y, m, n in session.execute(select(year, month, func.count()).where(*where).group_by(year, month)):
        by_month[f"{int(y):04d}-{int(m):02d}"] = n
    satisfaction = dict.fromkeys(Satisfaction, 0)
    for value, n in session.execute(
        select(Case.satisfaction, func.count()).where(*where).group_by(Case.satisfaction)
    ):
        satisfaction[Satisfaction(value) if value else Satisfaction.NOT_EVALUATED] += n
    cases, people, closed, collective = (int(v) for v in totals)
    return PeriodCounts(
        **_procedure_counts(session, where),
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


def _procedure_counts(session: Session, where: list[ColumnElement[bool]]) -> dict[str, int]:
    """受理 (by the bureau, or 签收 by the unit a case was routed to) apart from 登记, and the 申诉求决类
    split between the petition procedure and 依法分类处理 (routed into a legal procedure)."""
    accepted_step = exists().where(
        Step.case_id == Case.id, Step.kind.in_([StepKind.ACCEPT.value, StepKind.SIGN_FOR.value])
    )
    claim = Case.nature == Nature.CLAIM.value
    diverted = or_(Case.intake_kind == StepKind.DIVERT.value, Case.outcome.startswith("divert_"))
    accepted, claims, claims_diverted = session.execute(
        select(
            # The first decision says it for most cases; the steps are read only for the others.
            func.coalesce(
                func.sum(case((or_(Case.intake_kind == StepKind.ACCEPT.value, accepted_step), 1), else_=0)), 0
            ),
            func.coalesce(func.sum(case((claim, 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(claim, diverted), 1), else_=0)), 0),
        ).where(*where)
    ).one()
    return {"accepted": int(accepted), "claims": int(claims), "claims_diverted": int(claims_diverted)}


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
        now = counts(session, period, office_id, today, scope=scope)
        before = counts(session, previous, office_id, today, scope=scope)
        indicator_settings = IndicatorSettings.read(session)
        figured = figures(session, indicator_settings, period, office_id, today, scope)
        parts = breakdowns(session, period, office_id, previous, scope=scope)
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
