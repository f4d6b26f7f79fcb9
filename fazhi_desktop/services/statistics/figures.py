"""The figures of a period as `compute` answers them: typed values that the report, the Excel export,
the screens and the command line read by attribute. Only the command line turns them into JSON
(cli/stats_json.py, in the shape DESIGN.md documents for `fazhi stats --json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fazhi_desktop.domain.indicators import DATED_BY_EVENT, LABELS, ReportPeriod
from fazhi_desktop.domain.vocab import Channel, Satisfaction
from fazhi_desktop.services.statistics.breakdowns import Breakdown
from fazhi_desktop.services.statistics.indicators import Figure, IndicatorSettings


@dataclass(frozen=True)
class PeriodCounts:
    """The counts of one period's registrations (件次), voided ones left out (DESIGN.md's keys before
    `indicators`)."""

    period: ReportPeriod
    cases: int
    #: 人次: the sum of the head counts.
    people: int
    #: Those of the period's cases closed (办结, 已结束 or 已终结) by today.
    closed: int
    #: Visits of 5 or more people (集体访).
    collective_visits: int
    distinct_petitioners: int
    #: By the channel reports use (来访, 来信, 网上信访, 来电), every one listed.
    by_channel: dict[Channel, int]
    #: By month of registration ("2024-01"), every month the period touches.
    by_month: dict[str, int]
    #: By the latest evaluation, every answer listed (未评价 for none).
    satisfaction: dict[Satisfaction, int]
    #: 受理: those accepted (受理 here, or 签收 by the unit it was routed to) — not every 登记 is one.
    accepted: int = 0
    #: 申诉求决类 registrations, and those of them routed into a legal procedure (依法分类处理).
    claims: int = 0
    claims_diverted: int = 0

    @property
    def claims_petition(self) -> int:
        """申诉求决类 handled in the petition procedure (not routed into a legal one)."""
        return self.claims - self.claims_diverted


@dataclass(frozen=True)
class OutreachFigures:
    """The 宣传 events of the period: how many, the materials handed out and the people reached."""

    events: int
    materials: int
    people_reached: int


@dataclass(frozen=True)
class Statistics:
    """Everything `fazhi stats` says of a period, as of `computed_on`."""

    #: The office counted (its code), None for the whole database.
    office: str | None
    computed_on: date
    counts: PeriodCounts
    #: The same counts for the period it is compared with (同比: domain.indicators.comparison_period,
    #: the same dates a year earlier, cut at `computed_on` when the period runs past it).
    previous: PeriodCounts
    #: Every indicator by its name, in the order of domain.indicators.INDICATORS.
    indicators: dict[str, Figure]
    #: Every breakdown by its name, in the order of breakdowns.BREAKDOWNS.
    breakdowns: dict[str, Breakdown]
    #: The indicator settings in force.
    settings: IndicatorSettings
    outreach: OutreachFigures
    #: The day the comparison was cut at (today, while the period runs past it), else None.
    compared_until: date | None = None

    @property
    def period(self) -> ReportPeriod:
        return self.counts.period

    def basis_words(self) -> str:
        """Which date puts a case into the period, as every report prints it: registrations by their
        registration date; each indicator by its own date unless a setting counts it by registration."""
        by_registration = [name for name in DATED_BY_EVENT if name in self.settings.by_registration]
        words = "信访量及分类统计按登记日期统计"
        if not by_registration:
            return words + "；各项指标按期限届满或事件发生日期归入统计期"
        if len(by_registration) == len(DATED_BY_EVENT):
            return words + "；各项指标按登记日期归入统计期"
        named = "、".join(LABELS[name] for name in by_registration)
        return words + f"；{named}按登记日期，其余指标按期限届满或事件发生日期归入统计期"
