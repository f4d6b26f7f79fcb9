"""The handling columns of a ledger row read into dated facts: 收信日期, 转交方式 and 转交日期, 退回日期,
受理日期, 签收日期, 延期天数, 答复日期, 办理结果, 送达日期, 满意度, 复查 and 复核 dates, 包案日期, 办理状态, 办结日期 and the
number of the first case of a repeat petition. Each is taken as written or left out with a warning;
what the facts then become (which steps, which facts stay unknown) is services/ledger/steps.py's
work, by the rules of docs/INDICATORS.md. Pure: no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from fazhi_desktop.domain.vocab import CaseState, Satisfaction, StepKind
from fazhi_desktop.excel.ledger_outcomes import Outcome, outcome_of, route_of, state_of
from fazhi_desktop.excel.ledger_words import satisfaction_of
from fazhi_desktop.excel.report import ImportReport
from fazhi_desktop.excel.values import BadValue, clean_text, parse_count, shown

#: The longest extension the rules allow is far below this: more is a typing slip.
MAX_EXTENSION_DAYS = 365
Cells = Callable[[str], list[Any]]


@dataclass(slots=True)
class Handling:
    """What a ledger row says happened after registration (None: the ledger does not say)."""

    received_on: date | None = None
    repeat_of: str | None = None
    #: The 转交方式 column: (the column said something, 转送/交办 or None for 直接办理).
    route_known: bool = False
    route_kind: StepKind | None = None
    routed_on: date | None = None
    returned_on: date | None = None
    accepted_on: date | None = None
    signed_on: date | None = None
    extension_days: int = 0
    answered_on: date | None = None
    outcome: Outcome | None = None
    delivered_on: date | None = None
    satisfaction: Satisfaction | None = None
    review_asked_on: date | None = None
    reviewed_on: date | None = None
    recheck_asked_on: date | None = None
    leader_on: date | None = None
    state: CaseState | None = None
    closed_on: date | None = None
    #: 三级终结备案 (a step after the case closed).
    filed_on: date | None = None


class HandlingReader:
    """Reads the handling columns of the rows taken; doubtful values go to `report` as warnings."""

    def __init__(self, report: ImportReport, today: date, dates: Callable[[Any], date | str | None]) -> None:
        self.report, self.today, self.dates = report, today, dates

    def read(self, rows: list[int], registered: list[date], cells: Cells) -> list[Handling]:
        out = [Handling() for _ in rows]
        self._dated(out, rows, registered, cells)
        self._words(out, rows, cells)
        return out

    def _dated(self, out: list[Handling], rows: list[int], registered: list[date], cells: Cells) -> None:
        later = (
            ("routed_on", "转交日期"),
            ("returned_on", "退回日期"),
            ("accepted_on", "受理日期"),
            ("signed_on", "签收日期"),
            ("answered_on", "答复日期"),
            ("delivered_on", "送达日期"),
            ("review_asked_on", "复查申请日期"),
            ("reviewed_on", "复查意见日期"),
            ("recheck_asked_on", "复核申请日期"),
            ("leader_on", "包案日期"),
            ("closed_on", "办结日期"),
            ("filed_on", "终结备案日期"),
        )
        for name, what in later:
            for handling, row, day, value in zip(out, rows, registered, cells(name), strict=True):
                setattr(handling, name, self._later(row, day, self.dates(value), what))
        for handling, row, day, value in zip(out, rows, registered, cells("received_on"), strict=True):
            received = self.dates(value)
            if isinstance(received, str):
                self.report.warn(row, f"收信日期：{received}已留空。")
            elif received is not None and received > day:
                self.report.warn(row, f"收信日期 {received} 晚于登记日期，已留空。请核对。")
            else:
                handling.received_on = received

    def _later(self, row: int, registered: date, value: date | str | None, what: str) -> date | None:
        if value is None:
            return None
        if isinstance(value, str):
            self.report.warn(row, f"{what}：{value}已留空。")
            return None
        if value < registered or value > self.today:
            self.report.warn(row, f"{what} {value} 早于登记日期或晚于今天，已留空。请核对。")
            return None
        return value

    def _words(self, out: list[Handling], rows: list[int], cells: Cells) -> None:
        ratings: dict[str, Satisfaction | None] = {}
        for handling, row, repeat, route, days, result, rating, state in zip(
            out,
            rows,
            cells("repeat_of"),
            cells("route_kind"),
            cells("extension_days"),
            cells("result"),
            cells("satisfaction"),
            cells("state"),
            strict=True,
        ):
            handling.repeat_of = clean_text(repeat)[:60] or None
            if clean_text(route):
                handling.route_known, handling.route_kind = route_of(clean_text(route))
                if not handling.route_known:
                    self.report.warn(row, f"转交方式「{shown(route)}」无法识别，按责任单位记为转送。")
            handling.extension_days = self._days(row, days)
            text = clean_text(result)
            handling.outcome = outcome_of(text) if text else None
            if clean_text(rating):
                word = clean_text(rating)
                if word not in ratings:
                    ratings[word] = satisfaction_of(word)
                handling.satisfaction = ratings[word]
                if handling.satisfaction is None:
                    self.report.warn(row, f"满意度「{shown(rating)}」无法识别，已留空。")
            if clean_text(state):
                handling.state = state_of(clean_text(state))
                if handling.state is None:
                    self.report.warn(row, f"办理状态「{shown(state)}」无法识别，按其他各列判断。")

    def _days(self, row: int, value: Any) -> int:
        if value is None or not clean_text(value):
            return 0
        try:
            days = parse_count(value, what="延期天数")
        except BadValue as exc:
            self.report.warn(row, f"{exc.message}未记延期。")
            return 0
        if not 0 <= days <= MAX_EXTENSION_DAYS:
            self.report.warn(
                row, f"延期天数「{shown(value)}」不在 0 到 {MAX_EXTENSION_DAYS} 之间，未记延期。"
            )
            return 0
        return days
