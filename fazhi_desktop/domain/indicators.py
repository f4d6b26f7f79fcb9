"""The indicators every bureau reports (DOMAIN.md, "Indicators"): their names, their words, the periods
they are counted over, and the arithmetic of a rate.

The formulas themselves are SQL over the case row (services/statistics/indicators.py) and are
described, side by side, in docs/INDICATORS.md; what a case's steps contribute to them is
`indicator_facts`. Here are only the plain values every layer shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_numbers import percent

#: The indicators of `fazhi stats --json` (DESIGN.md), then the ones this program adds.
INDICATORS = (
    "timely_acceptance_rate",
    "on_time_completion_rate",
    "participation_rate",
    "satisfaction_rate",
    "first_time_resolution_rate",
    "accurate_forwarding_rate",
    "repeat_rate",
    "yoy_change",
    "yoy_change_people",
    "leader_resolution_rate",
)

#: What a report calls each indicator.
LABELS = {
    "timely_acceptance_rate": "及时受理率",
    "on_time_completion_rate": "按期办结率",
    "participation_rate": "参评率",
    "satisfaction_rate": "群众满意率",
    "first_time_resolution_rate": "初次信访事项一次性化解率",
    "accurate_forwarding_rate": "准确转送率",
    "repeat_rate": "重复信访率",
    "yoy_change": "信访总量同比（件次）",
    "yoy_change_people": "信访总量同比（人次）",
    "leader_resolution_rate": "领导包案化解率",
}

#: What each side of the fraction counts, in a reader's words (the precise rules: docs/INDICATORS.md).
SIDES = {
    "timely_acceptance_rate": (
        "期限内作出受理、转送、交办等处理决定的信访件",
        "受理转交期限落在本期（已到期或已处理）的信访件",
    ),
    "on_time_completion_rate": (
        "在办理期限（含延期）内答复或调解办结的信访件",
        "办理期限落在本期（已到期或已办结）的信访件",
    ),
    "participation_rate": ("已评价的信访件", "答复已送达、可以评价的信访件"),
    "satisfaction_rate": ("评价为满意（及计入满意的评价）的信访件", "已评价的信访件"),
    "first_time_resolution_rate": (
        "办结后观察期内没有重复信访的初次信访事项",
        "本期办结的初次信访事项",
    ),
    "accurate_forwarding_rate": ("未被责任单位退回的转送、交办件", "本期转送、交办的信访件"),
    "repeat_rate": ("本期登记的重复信访件", "本期登记的全部信访件"),
    "yoy_change": ("本期登记的信访件（件次）", "去年同期登记的信访件（件次）"),
    "yoy_change_people": ("本期登记信访件的人数（人次）", "去年同期登记信访件的人数（人次）"),
    "leader_resolution_rate": ("已化解（办结）的包案事项", "本期在领导包案名单上的事项"),
}

#: Indicators that compare two periods: the figure is numerator ÷ denominator − 1, and the two sides
#: are different cases (the others count a part of their denominator).
CHANGES = frozenset({"yoy_change", "yoy_change_people"})

#: Indicators whose period a setting may switch from the date of the event to the registration date.
DATED_BY_EVENT = (
    "timely_acceptance_rate",
    "on_time_completion_rate",
    "participation_rate",
    "satisfaction_rate",
    "first_time_resolution_rate",
    "accurate_forwarding_rate",
    "leader_resolution_rate",
)


#: The date that puts a case into a period, unless the setting counts the indicator by registration.
PERIOD_DATES = {
    "timely_acceptance_rate": "受理转交期限届满日",
    "on_time_completion_rate": "办理期限届满日",
    "participation_rate": "答复送达日",
    "satisfaction_rate": "答复送达日",
    "first_time_resolution_rate": "办结日",
    "accurate_forwarding_rate": "首次转送、交办日",
    "leader_resolution_rate": "包案期间",
    "repeat_rate": "登记日",
    "yoy_change": "登记日",
    "yoy_change_people": "登记日",
}


def rate(numerator: int, denominator: int) -> float | None:
    """A fraction between 0 and 1; None when there is nothing to divide by."""
    if denominator <= 0:
        return None
    return numerator / denominator


def change(current: int, previous: int) -> float | None:
    """(current − previous) ÷ previous; None when the previous period had nothing."""
    if previous <= 0:
        return None
    return (current - previous) / previous


def unjudged_words(count: int, missing: str) -> str:
    """What an indicator could not judge, as reports say it: "另有37件缺少受理日期，未计入" ("" for none)."""
    if count <= 0:
        return ""
    return f"另有{count}件缺少{missing or '所需信息'}，未计入"


def signed_percent(value: float | None, digits: int = 1) -> str:
    """A change as a report writes it: "+3.2%", "−2.4%", "0.0%", "—"."""
    if value is None:
        return "—"
    return ("+" if value > 0 else "−" if value < 0 else "") + percent(abs(value), digits)


def year_earlier(day: date) -> date:
    """The same day a year earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class ReportPeriod:
    """The dates a statistic covers, both days included."""

    start: date
    end: date

    @classmethod
    def of(cls, start: date | None, end: date | None) -> ReportPeriod:
        """The period asked for; by default the calendar year of today."""
        year = clock.today().year
        period = cls(start or date(year, 1, 1), end or date(year, 12, 31))
        if period.start > period.end:
            raise UserError(f"统计起始日期 {period.start} 晚于截止日期 {period.end}，请调换或改正。")
        return period

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        first = date(year, month, 1)
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return cls(first, following - timedelta(days=1))

    def year_earlier(self) -> ReportPeriod:
        """The same dates a year earlier, whole (see `comparison_period` for the 同比)."""
        return ReportPeriod(year_earlier(self.start), year_earlier(self.end))

    def runs_past(self, today: date) -> bool:
        """Whether the period is still going on today (it began and has not ended)."""
        return self.start <= today < self.end

    def months(self) -> list[str]:
        """The months the period touches, as YYYY-MM."""
        months, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def describe(self) -> str:
        """ "2024年", "2024年3月" or "2024-01-01 至 2024-06-30"."""
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31):
            return f"{self.start.year}年"
        if self == ReportPeriod.month(self.start.year, self.start.month):
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start} 至 {self.end}"

    def as_json(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def comparison_period(period: ReportPeriod, today: date) -> ReportPeriod:
    """同比: what a period is compared with, everywhere (screens, reports, 工作台, charts, CLI).

    The same dates one year earlier, cut at today when the period runs past today: this year so far
    (1 January – 3 December) is compared with 1 January – 3 December of last year, not with the whole
    of last year, so asking for "to 31 December" and "to 3 December" on 3 December gives one 同比. A
    period that has not begun yet is compared with nothing (an empty period: no 同比).
    """
    if period.runs_past(today):
        return ReportPeriod(year_earlier(period.start), year_earlier(today))
    if today < period.start:
        start = year_earlier(period.start)
        return ReportPeriod(start, start - timedelta(days=1))
    return period.year_earlier()


def comparison_cut(period: ReportPeriod, today: date) -> date | None:
    """The day the comparison stops at when it is cut at today (None when the whole period is)."""
    return today if period.runs_past(today) else None
