"""The statutory periods as values (DOMAIN.md, "The statutory clock"): how long, how counted, for whom.

Every number here is only a default: services build `ClockRules` from the settings an administrator
may change. Which periods count working days rather than calendar days is part of the rules too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fazhi_desktop.domain.deadlines import add_calendar_days, add_working_days, days_between_working
from fazhi_desktop.domain.due import Due
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.vocab import Nature

#: The periods by name, as the settings and messages call them.
PERIOD_NAMES = (
    "route",
    "inform",
    "objection",
    "handling",
    "review_request",
    "review_decision",
    "recheck_request",
    "recheck_decision",
)

PERIOD_LABELS = {
    "route": "登记后受理或转送、交办",
    "inform": "责任单位告知信访人",
    "objection": "责任单位提出异议",
    "handling": "办理并书面答复",
    "review_request": "请求复查",
    "review_decision": "提出复查意见",
    "recheck_request": "请求复核",
    "recheck_decision": "提出复核意见",
}


@dataclass(frozen=True)
class Period:
    """A period of `days` days (working days when `working`), the first day not counted."""

    days: int
    working: bool = False

    def due(self, start: date, cal: HolidayCalendar) -> Due:
        """The last day of the period that starts on `start`."""
        if self.working:
            return add_working_days(start, self.days, cal)
        return add_calendar_days(start, self.days, cal)

    def contains(self, start: date, day: date, cal: HolidayCalendar) -> bool:
        """Whether `day` is still inside the period that starts on `start`."""
        if self.working:
            return days_between_working(start, day, cal) <= self.days
        return day <= self.due(start, cal).due

    def unit(self) -> str:
        return "个工作日" if self.working else "日"

    def describe(self) -> str:
        """ "30 日" or "5 个工作日", for messages."""
        return f"{self.days} {self.unit()}"


def _clock_natures() -> frozenset[Nature]:
    return frozenset({Nature.CLAIM})


@dataclass(frozen=True)
class ClockRules:
    """The periods of 《信访工作条例》 with DOMAIN.md's defaults, and the 性质 the handling clock applies to."""

    route: Period = Period(15)
    inform: Period = Period(15)
    objection: Period = Period(5, working=True)
    handling: Period = Period(60)
    review_request: Period = Period(30)
    review_decision: Period = Period(30)
    recheck_request: Period = Period(30)
    recheck_decision: Period = Period(30)
    #: Extensions add at most this many days in all to the handling period, in at most this many steps.
    extension_max_days: int = 30
    extension_max_count: int = 1
    #: The 性质 answered with a 信访处理意见书 under the 60-day clock, 复查 and 复核.
    clock_natures: frozenset[Nature] = field(default_factory=_clock_natures)

    def has_clock(self, nature: Nature | None) -> bool:
        """Whether the handling clock applies. An unclassified matter is held to it (the safe side)."""
        return nature is None or nature in self.clock_natures

    def period(self, name: str) -> Period:
        value = getattr(self, name)
        assert isinstance(value, Period), name
        return value
