"""The figures of a period as the statistics report and the annual report print them.

Plain values (services/reports/stats.py makes them from `statistics.compute`, whatever indicators and
breakdowns it has) and the way numbers are written: counts as they are, rates as "97.1%", changes as
"+3.2%" / "−2.4%", nothing to divide as "—".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fazhi_desktop.domain.indicators import signed_percent
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.pdf.minutes import DecisionLine


def count_text(value: int | None) -> str:
    return "—" if value is None else str(value)


def rate_text(value: float | None) -> str:
    """A rate as reports print it (domain.report_numbers.percent): "18.0%", "99.9%", "—"."""
    return percent(value)


def change_text(value: float | None) -> str:
    """A change between periods: "+3.2%", "−2.4%", "0.0%", "—"."""
    return signed_percent(value)


@dataclass(frozen=True)
class Total:
    key: str
    label: str
    value: int
    previous: int | None = None

    @property
    def change(self) -> float | None:
        if self.previous is None or self.previous <= 0:
            return None
        return (self.value - self.previous) / self.previous


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    value: float | None
    numerator: int | None = None
    denominator: int | None = None
    #: The settings the figure was counted with, in words.
    basis: str = ""
    #: A comparison of two periods (printed with its sign) rather than a share.
    is_change: bool = False
    #: The cases it could not judge, in words ("另有37件缺少受理日期，未计入"), or "".
    unjudged: str = ""

    @property
    def text(self) -> str:
        return change_text(self.value) if self.is_change else rate_text(self.value)


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    cases: int
    people: int | None = None
    share: float | None = None
    previous: int | None = None
    change: float | None = None


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    rows: tuple[BreakdownRow, ...]

    @property
    def has_people(self) -> bool:
        return any(r.people is not None for r in self.rows)

    @property
    def has_previous(self) -> bool:
        return any(r.previous is not None for r in self.rows)


@dataclass(frozen=True)
class ListedCase:
    """A case on a list of the report or the agenda."""

    number: str
    registered_on: date
    name: str
    region: str
    summary: str
    reasons: str
    due: date | None
    days_left: int | None
    owner: str
    state: str
    tier: str = ""
    head_count: int = 1
    source: str = ""
    upper_number: str = ""
    upper_deadline: date | None = None
    note: str = ""


@dataclass(frozen=True)
class StatsView:
    """Everything a statistics report prints of one period."""

    period_from: date
    period_to: date
    computed_on: date
    totals: tuple[Total, ...]
    indicators: tuple[Indicator, ...]
    breakdowns: tuple[Breakdown, ...]
    settings: tuple[tuple[str, str], ...] = ()
    outreach: tuple[Total, ...] = ()
    previous_from: date | None = None
    previous_to: date | None = None
    #: The comparison stops at this day (today, while the period runs past it): 同比 of the same days.
    compared_until: date | None = None
    #: Which date puts a case into the period (登记日期 or the indicator's own date), in words.
    basis: str = ""
    #: The period the 同比 compares with, in words.
    compared: str = ""

    def total(self, key: str) -> Total | None:
        return next((t for t in self.totals if t.key == key), None)

    def indicator(self, key: str) -> Indicator | None:
        return next((i for i in self.indicators if i.key == key), None)

    def breakdown(self, key: str) -> Breakdown | None:
        return next((b for b in self.breakdowns if b.key == key), None)


@dataclass(frozen=True)
class SummaryReport:
    """统计报表: the view of the period, the red list, for whom."""

    title: str
    office: str
    scope: str
    view: StatsView
    red_list: tuple[ListedCase, ...] = ()
    red_total: int = 0
    made_by: str = ""


@dataclass(frozen=True)
class AgendaReport:
    """研判议程: the meeting's lists."""

    title: str
    office: str
    day: date
    since: date
    red: tuple[ListedCase, ...] = ()
    yellow: tuple[ListedCase, ...] = ()
    collective: tuple[ListedCase, ...] = ()
    upper: tuple[ListedCase, ...] = ()
    overdue: tuple[ListedCase, ...] = ()
    #: The last meeting's decisions still open on the day (pdf/minutes.py), and that meeting's date.
    decisions: tuple[DecisionLine, ...] = ()
    last_meeting: date | None = None


@dataclass(frozen=True)
class AnnualReport:
    """The data section of the year's 法治政府建设工作报告."""

    title: str
    office: str
    year: int
    dated: date
    sections: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
