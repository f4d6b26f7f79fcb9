"""Higher-level counts: cases that came from 国家信访局, the province or the city, by level, channel
and 来源, with 同比; the county's 进京访/赴省访 and 中央督办件 figures; 复查复核 and 三级终结备案.

As-of rules: a case counts in the period of its registration date (the day it reached the county); it
is 化解 (resolved) when it closed (办结, 已结束, 已终结) by the period's end, read through as_of (a
lapsed 复查 window closes it on its last day) and never from the stored current state; 复查复核 and
终结备案 count the steps dated in the period. The level is read from the 上级件号
(domain/higher_level.py). Every query adds the acting user's case scope.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.higher_level import UpperLevel, level_of
from fazhi_desktop.domain.indicators import ReportPeriod, change, comparison_period
from fazhi_desktop.domain.vocab import UPPER_SOURCES, Channel, Source, StepKind
from fazhi_desktop.services.clock.as_of import closed_on_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.services.statistics.indicators import office_id_of
from fazhi_desktop.store.models import Case, Step

REVIEW_KINDS = (StepKind.REVIEW_REQUEST, StepKind.RECHECK_REQUEST)


@dataclass(frozen=True)
class Count:
    """A count of the period beside the same period a year earlier (同比)."""

    count: int
    previous: int

    @property
    def yoy(self) -> float | None:
        return change(self.count, self.previous)


@dataclass(frozen=True)
class Rated:
    """Cases of a kind in the period, those resolved (closed) by its end, and last year's count."""

    cases: int
    resolved: int
    previous: int

    @property
    def rate(self) -> float | None:
        return self.resolved / self.cases if self.cases else None

    @property
    def yoy(self) -> float | None:
        return change(self.cases, self.previous)


@dataclass(frozen=True)
class LevelCounts:
    """One level's cases: how many, resolved, by channel and by 来源, and last year's total."""

    level: UpperLevel
    cases: int
    resolved: int
    previous: int
    by_channel: dict[Channel, int] = field(default_factory=dict)
    by_source: dict[Source, int] = field(default_factory=dict)

    @property
    def yoy(self) -> float | None:
        return change(self.cases, self.previous)


@dataclass(frozen=True)
class HigherLevel:
    period: ReportPeriod
    previous_period: ReportPeriod
    by_level: dict[UpperLevel, LevelCounts]
    #: 进京访: visits (来访) 国家信访局 registered and sent down.
    beijing_visits: Count
    #: 赴省访: visits the province registered and sent down.
    province_visits: Count
    #: 中央督办件: 国家信访局's 督办 cases, and those resolved.
    central_supervised: Rated
    #: 省交办: the province's 交办 cases, and those resolved.
    province_assigned: Rated
    #: 复查 and 复核 requests received (matters), and together.
    reviews: Count
    rechecks: Count
    #: 三级终结备案 (matters filed).
    terminations_filed: Count

    @property
    def reviews_total(self) -> Count:
        return Count(self.reviews.count + self.rechecks.count, self.reviews.previous + self.rechecks.previous)


@dataclass(frozen=True)
class _Row:
    level: UpperLevel
    channel: Channel
    source: Source
    resolved: bool


def _rows(
    ctx: Context, session: Session, period: ReportPeriod, office_id: int | None, today: date
) -> list[_Row]:
    closed_on = closed_on_as_of(today)
    query = select(Case.upper_number, Case.channel, Case.source, closed_on).where(
        Case.registered_on.between(period.start, period.end),
        Case.source.in_([s.value for s in UPPER_SOURCES]),
        case_scope(ctx),
    )
    if office_id is not None:
        query = query.where(Case.office_id == office_id)
    # Read through the connection: tens of thousands of rows a year, without the ORM's row handling.
    return [
        _Row(level_of(upper), channel, source, done is not None and done <= period.end)
        for upper, channel, source, done in session.connection().execute(query)
    ]


def _steps(
    ctx: Context, session: Session, kinds: tuple[StepKind, ...], period: ReportPeriod, office_id: int | None
) -> Counter[StepKind]:
    """Matters with a step of these kinds dated in the period, by kind."""
    query = (
        select(Step.kind, func.count(func.distinct(Step.case_id)))
        .join(Case, Case.id == Step.case_id)
        .where(
            Step.kind.in_([k.value for k in kinds]),
            Step.occurred_on.between(period.start, period.end),
            case_scope(ctx),
        )
        .group_by(Step.kind)
    )
    if office_id is not None:
        query = query.where(Case.office_id == office_id)
    return Counter({StepKind(kind): n for kind, n in session.execute(query)})


def _count(now: list[_Row], before: list[_Row], level: UpperLevel, channel: Channel) -> Count:
    def n(rows: list[_Row]) -> int:
        return sum(1 for r in rows if r.level is level and r.channel is channel)

    return Count(n(now), n(before))


def _rated(now: list[_Row], before: list[_Row], level: UpperLevel, source: Source) -> Rated:
    mine = [r for r in now if r.level is level and r.source is source]
    previous = sum(1 for r in before if r.level is level and r.source is source)
    return Rated(len(mine), sum(1 for r in mine if r.resolved), previous)


def higher_level(
    ctx: Context, start: date | None = None, end: date | None = None, office: str | None = None
) -> HigherLevel:
    """The higher-level counts of a period (by default this year) beside the same period last year."""
    period = ReportPeriod.of(start, end)
    today = clock.today()
    previous = comparison_period(period, today)
    kinds = (*REVIEW_KINDS, StepKind.TERMINATION_FILING)
    with ctx.db.reading() as session:
        office_id = office_id_of(session, office)
        now = _rows(ctx, session, period, office_id, today)
        before = _rows(ctx, session, previous, office_id, today)
        steps_now = _steps(ctx, session, kinds, period, office_id)
        steps_before = _steps(ctx, session, kinds, previous, office_id)
    by_level = {}
    for level in UpperLevel:
        mine = [r for r in now if r.level is level]
        by_level[level] = LevelCounts(
            level=level,
            cases=len(mine),
            resolved=sum(1 for r in mine if r.resolved),
            previous=sum(1 for r in before if r.level is level),
            by_channel=dict(Counter(r.channel for r in mine)),
            by_source=dict(Counter(r.source for r in mine)),
        )

    def steps(kind: StepKind) -> Count:
        return Count(steps_now[kind], steps_before[kind])

    return HigherLevel(
        period=period,
        previous_period=previous,
        by_level=by_level,
        beijing_visits=_count(now, before, UpperLevel.NATIONAL, Channel.VISIT),
        province_visits=_count(now, before, UpperLevel.PROVINCE, Channel.VISIT),
        central_supervised=_rated(now, before, UpperLevel.NATIONAL, Source.UPPER_SUPERVISED),
        province_assigned=_rated(now, before, UpperLevel.PROVINCE, Source.UPPER_ASSIGNED),
        reviews=steps(StepKind.REVIEW_REQUEST),
        rechecks=steps(StepKind.RECHECK_REQUEST),
        terminations_filed=steps(StepKind.TERMINATION_FILING),
    )
