"""工作台: the numbers a leader reads at a glance, each with the list of cases behind it.

Red, yellow and overdue open cases; cases due this week; today's and this month's registrations
against the same days a year earlier; cases from higher levels whose 办结报告 is due. Every number is
a count in SQL over an indexed column (the tier, the deadline, the registration date, the report
owed), and `dashboard_ids` lists the very cases it counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicators import ReportPeriod, change, comparison_period
from fazhi_desktop.domain.vocab import FINAL_STATES, CaseState
from fazhi_desktop.services.clock.as_of import open_as_of, overdue_as_of, tier_as_of
from fazhi_desktop.services.clock.rules import triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case

#: The numbers of the 工作台, in the order it shows them.
NUMBERS = (
    "red",
    "yellow",
    "overdue",
    "due_this_week",
    "registered_today",
    "registered_this_month",
    "same_days_last_year",
    "report_due",
)
#: What each number counts, in words (the title of its list).
TITLES = {
    "red": "红色预警的在办信访件",
    "yellow": "黄色预警的在办信访件",
    "overdue": "已超期的在办信访件",
    "due_this_week": "本周内到期的在办信访件",
    "registered_today": "今天登记的信访件",
    "registered_this_month": "本月登记的信访件",
    "same_days_last_year": "去年同期登记的信访件",
    "report_due": "待向上级报送办结报告的信访件",
}
#: Where a 办结报告 may be sent: the case has its answer (DOMAIN.md: 答复, 调解, 办结 …).
REPORT_READY = tuple(
    s.value
    for s in (CaseState.REPLIED, CaseState.DELIVERED, CaseState.REVIEW_DELIVERED, *FINAL_STATES)
    if s is not CaseState.VOID
)


@dataclass(frozen=True)
class Dashboard:
    """The 工作台's numbers as of `today`."""

    today: date
    week_end: date
    month_start: date
    counts: dict[str, int]

    @property
    def month_change(self) -> float | None:
        """This month so far against the same days a year earlier."""
        return change(self.counts["registered_this_month"], self.counts["same_days_last_year"])

    def __getitem__(self, key: str) -> int:
        return self.counts[key]


def month_comparison(today: date) -> ReportPeriod:
    """This month so far is compared as every 同比 is (the same days of last year's month)."""
    return comparison_period(ReportPeriod.month(today.year, today.month), today)


def week_end(today: date) -> date:
    """The Sunday that ends today's week."""
    return today + timedelta(days=6 - today.weekday())


def conditions(key: str, today: date, soon_days: int = 5) -> list[ColumnElement[bool]]:
    """The cases a number counts, as of today (services/clock/as_of.py), whenever re-tiering last ran."""
    month_start = today.replace(day=1)
    registered = Case.state != CaseState.VOID.value
    open_ = open_as_of(today)
    match key:
        case "red" | "yellow":
            return [open_, tier_as_of(today, soon_days) == key]
        case "overdue":
            return [overdue_as_of(today)]
        case "due_this_week":
            return [open_, Case.due_date >= today, Case.due_date <= week_end(today)]
        case "registered_today":
            return [registered, Case.registered_on == today]
        case "registered_this_month":
            return [registered, Case.registered_on >= month_start, Case.registered_on <= today]
        case "same_days_last_year":
            compared = month_comparison(today)
            return [registered, Case.registered_on >= compared.start, Case.registered_on <= compared.end]
        case "report_due":
            return [Case.report_owed.is_(True), Case.state.in_(REPORT_READY)]
    raise UserError(f"工作台没有这一项：{key}。")


def dashboard(ctx: Context) -> Dashboard:
    """Every number of the 工作台, as of today."""
    today = clock.today()
    scope = case_scope(ctx)
    with ctx.db.reading() as session:
        soon = triage_rules(session).due_soon_days
        counts = {
            key: int(
                session.scalar(
                    select(func.count()).select_from(Case).where(*conditions(key, today, soon), scope)
                )
                or 0
            )
            for key in NUMBERS
        }
    return Dashboard(today, week_end(today), today.replace(day=1), counts)


def dashboard_ids(ctx: Context, key: str) -> tuple[int, ...]:
    """The cases behind one number: the most urgent first (by deadline), else the newest first."""
    today = clock.today()
    by_deadline = key in ("red", "yellow", "overdue", "due_this_week")
    order = (
        [Case.due_date.is_(None), Case.due_date, Case.id]
        if by_deadline
        else [Case.registered_on.desc(), Case.id.desc()]
    )
    with ctx.db.reading() as session:
        where = conditions(key, today, triage_rules(session).due_soon_days)
        return tuple(
            int(i) for i in session.scalars(select(Case.id).where(*where, case_scope(ctx)).order_by(*order))
        )
