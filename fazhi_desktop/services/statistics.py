"""The figures of a period (DESIGN.md, `fazhi stats --json`), counted in SQL, never case by case in Python."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, distinct, extract, func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import (
    CLOSED_STATES,
    REPORTED_CHANNEL,
    VISIT_CHANNELS,
    CaseState,
    Channel,
    Satisfaction,
)
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Case, CasePetitioner, Office

INDICATORS = (
    "timely_acceptance_rate",
    "on_time_completion_rate",
    "participation_rate",
    "satisfaction_rate",
    "first_time_resolution_rate",
    "accurate_forwarding_rate",
    "repeat_rate",
    "yoy_change",
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def of(cls, start: date | None, end: date | None) -> Period:
        """The period asked for; by default the calendar year of today."""
        year = clock.today().year
        period = cls(start or date(year, 1, 1), end or date(year, 12, 31))
        if period.start > period.end:
            raise UserError(f"统计起始日期 {period.start} 晚于截止日期 {period.end}，请调换或改正。")
        return period

    def months(self) -> list[str]:
        months, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def _office_id(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    office_id = session.scalar(select(Office.id).where(Office.code == code.strip()))
    if office_id is None:
        raise UserError(f"单位代码 {code} 不存在。用 fazhi office list 查看已登记的单位。")
    return office_id


def _in_period(period: Period, office_id: int | None) -> list[ColumnElement[bool]]:
    conditions = [
        Case.registered_on >= period.start,
        Case.registered_on <= period.end,
        Case.state != CaseState.VOID.value,
    ]
    if office_id is not None:
        conditions.append(Case.office_id == office_id)
    return conditions


def compute(
    ctx: Context, start: date | None = None, end: date | None = None, office: str | None = None
) -> dict[str, Any]:
    """Counts, breakdowns and indicators of the cases registered in the period."""
    period = Period.of(start, end)
    with ctx.db.reading() as session:
        office_id = _office_id(session, office)
        where = _in_period(period, office_id)
        visits = [c.value for c in VISIT_CHANNELS]
        totals = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(Case.head_count), 0),
                func.coalesce(
                    func.sum(case((Case.state.in_([s.value for s in CLOSED_STATES]), 1), else_=0)), 0
                ),
                func.coalesce(func.sum(case((Case.is_collective & Case.channel.in_(visits), 1), else_=0)), 0),
            ).where(*where)
        ).one()
        distinct_people = session.scalar(
            select(func.count(distinct(CasePetitioner.petitioner_id)))
            .join(Case, Case.id == CasePetitioner.case_id)
            .where(*where)
        )
        by_channel = {c.value: 0 for c in (Channel.VISIT, Channel.LETTER, Channel.ONLINE, Channel.PHONE)}
        for channel, count in session.execute(
            select(Case.channel, func.count()).where(*where).group_by(Case.channel)
        ):
            by_channel[REPORTED_CHANNEL[Channel(channel)].value] += count
        by_month = dict.fromkeys(period.months(), 0)
        year, month = extract("year", Case.registered_on), extract("month", Case.registered_on)
        for y, m, count in session.execute(
            select(year, month, func.count()).where(*where).group_by(year, month)
        ):
            by_month[f"{int(y):04d}-{int(m):02d}"] = count
        satisfaction = {s.value: 0 for s in Satisfaction}
        for value, count in session.execute(
            select(Case.satisfaction, func.count()).where(*where).group_by(Case.satisfaction)
        ):
            satisfaction[value or Satisfaction.NOT_EVALUATED.value] += count

    cases, people, closed, collective = (int(v) for v in totals)
    return {
        "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
        "office": office,
        "cases": cases,
        "people": people,
        "closed": closed,
        "collective_visits": collective,
        "distinct_petitioners": int(distinct_people or 0),
        "by_channel": by_channel,
        "by_month": by_month,
        "satisfaction": satisfaction,
        # The rates need the statutory clock (steps with their deadlines); until then: nothing to divide.
        "indicators": dict.fromkeys(INDICATORS),
        "outreach": {"events": 0, "materials": 0, "people_reached": 0},
    }
