"""The figures of a period (DESIGN.md, `fazhi stats --json`), counted in SQL, never case by case in Python.

`compute` answers with every key DESIGN.md lists (counts, by channel, by month, satisfaction, the
indicators, outreach) and adds:
- `fractions`: each indicator's numerator, denominator and the settings it used;
- `breakdowns`: by channel, 来源, township, 责任单位, category, 性质, 信访目的, outcome and month, 件次 and
  人次 with the same period a year earlier (statistics_breakdowns.py);
- `settings`: the indicator settings in force; `previous_period`: the counts a year earlier.
The indicators are defined in statistics_indicators.py, explained case by case in
statistics_explain.py, and described in docs/INDICATORS.md.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, distinct, extract, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import INDICATORS, ReportPeriod
from fazhi_desktop.domain.vocab import (
    CLOSED_STATES,
    REPORTED_CHANNEL,
    VISIT_CHANNELS,
    Channel,
    Satisfaction,
)
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach.stats import outreach_totals
from fazhi_desktop.services.statistics.breakdowns import BREAKDOWNS, breakdowns
from fazhi_desktop.services.statistics.explain import explain
from fazhi_desktop.services.statistics.indicators import (
    IndicatorSettings,
    base_conditions,
    figures,
    office_id_of,
)
from fazhi_desktop.store.models import Case, CasePetitioner

__all__ = ["BREAKDOWNS", "INDICATORS", "Period", "compute", "counts", "explain"]

#: The period of a statistic (kept under its old name).
Period = ReportPeriod


def _in_period(period: ReportPeriod, office_id: int | None) -> list[ColumnElement[bool]]:
    return [*base_conditions(office_id), Case.registered_on >= period.start, Case.registered_on <= period.end]


def counts(session: Session, period: ReportPeriod, office_id: int | None) -> dict[str, Any]:
    """The counts of the registrations of a period (DESIGN.md's keys before `indicators`)."""
    where = _in_period(period, office_id)
    visits = [c.value for c in VISIT_CHANNELS]
    totals = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Case.head_count), 0),
            func.coalesce(func.sum(case((Case.state.in_([s.value for s in CLOSED_STATES]), 1), else_=0)), 0),
            func.coalesce(func.sum(case((Case.is_collective & Case.channel.in_(visits), 1), else_=0)), 0),
        ).where(*where)
    ).one()
    distinct_people = session.scalar(
        select(func.count(distinct(CasePetitioner.petitioner_id)))
        .join(Case, Case.id == CasePetitioner.case_id)
        .where(*where)
    )
    by_channel = {c.value: 0 for c in (Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE)}
    for channel, n in session.execute(
        select(Case.channel, func.count()).where(*where).group_by(Case.channel)
    ):
        by_channel[REPORTED_CHANNEL[channel].value] += n
    by_month = dict.fromkeys(period.months(), 0)
    year, month = extract("year", Case.registered_on), extract("month", Case.registered_on)
    for y, m, n in session.execute(select(year, month, func.count()).where(*where).group_by(year, month)):
        by_month[f"{int(y):04d}-{int(m):02d}"] = n
    satisfaction = {s.value: 0 for s in Satisfaction}
    for value, n in session.execute(
        select(Case.satisfaction, func.count()).where(*where).group_by(Case.satisfaction)
    ):
        satisfaction[value or Satisfaction.NOT_EVALUATED.value] += n
    cases, people, closed, collective = (int(v) for v in totals)
    return {
        "cases": cases,
        "people": people,
        "closed": closed,
        "collective_visits": collective,
        "distinct_petitioners": int(distinct_people or 0),
        "by_channel": by_channel,
        "by_month": by_month,
        "satisfaction": satisfaction,
    }


def compute(
    ctx: Context, start: date | None = None, end: date | None = None, office: str | None = None
) -> dict[str, Any]:
    """Counts, indicators and breakdowns of the cases registered in the period (by default this year),
    for the whole database or one office, as of today."""
    period = ReportPeriod.of(start, end)
    previous = period.year_earlier()
    today = clock.today()
    with ctx.db.reading() as session:
        office_id = office_id_of(session, office)
        now = counts(session, period, office_id)
        before = counts(session, previous, office_id)
        indicator_settings = IndicatorSettings.read(session)
        figured = figures(session, indicator_settings, period, office_id, today)
        parts = breakdowns(session, period, office_id)
    return {
        "period": period.as_json(),
        "office": office,
        **now,
        "indicators": {name: figure.value for name, figure in figured.items()},
        "fractions": {name: figure.as_json() for name, figure in figured.items()},
        "breakdowns": {name: part.as_json() for name, part in parts.items()},
        "settings": indicator_settings.as_json(),
        "previous_period": {"period": previous.as_json(), **before},
        "computed_on": today.isoformat(),
        "outreach": outreach_totals(ctx, period.start, period.end, office),
    }
