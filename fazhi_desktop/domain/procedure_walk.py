"""A walk through a case's steps in date order: the clock, what each step does, the deadlines pending.

The rules a step may break are in procedure_rules; the public entry points in procedure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from operator import attrgetter
from typing import Any

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules, Period
from fazhi_desktop.domain.procedure_states import (
    ALLOWED,
    DEADLINE_ORDER,
    TARGET,
    Assessment,
    CaseFacts,
    Deadline,
    StepFact,
    detail_date,
    detail_int,
)
from fazhi_desktop.domain.vocab import (
    FINAL_STATES,
    CaseState,
    DeadlineKind,
    Satisfaction,
    Source,
    StepKind,
    Tier,
)

S = CaseState
K = StepKind

#: The steps whose effect counts a request window with the calendar; every other effect only records
#: the dates it is given, so a walk without them can be redated (`Walk.redated`).
WINDOW_KINDS = frozenset({K.DELIVER, K.REVIEW_DECISION})


@dataclass(slots=True)
class Walk:
    """The state of a case part-way through its steps (`Walk.start` makes the one before the first)."""

    facts: CaseFacts
    rules: ClockRules
    cal: HolidayCalendar
    #: The routing period runs from here: receipt or registration, or a 退回.
    route_from: date
    supervised: bool
    state: CaseState = S.REGISTERED
    unit_id: int | None = None
    unit_deadline: date | None = None
    routed_on: date | None = None
    unit_received: date | None = None
    accepted_on: date | None = None
    accepted_by_unit: bool = False
    informed: bool = False
    extensions: int = 0
    extension_days: int = 0
    hearing_days: int = 0
    replied_on: date | None = None
    delivered_on: date | None = None
    review_requested_on: date | None = None
    review_delivered_on: date | None = None
    review_delivery_recorded: bool = False
    recheck_requested_on: date | None = None
    window_end: date | None = None
    auto_closed_from: CaseState | None = None
    closed_on: date | None = None
    satisfaction: Satisfaction | None = None
    reported_up: bool = False
    filed: bool = False
    by_recheck: bool = False
    leader: str | None = None
    assessment: Assessment | None = None

    @classmethod
    def start(cls, facts: CaseFacts, rules: ClockRules, cal: HolidayCalendar) -> Walk:
        """The walk before the case's first step."""
        return cls(
            facts,
            rules,
            cal,
            route_from=facts.received_on or facts.registered_on,
            supervised=facts.source is Source.UPPER_SUPERVISED,
        )

    def redated(self, dates: Mapping[date, date]) -> Walk:
        """The walk the same steps give with each of their dates (the facts' and the details' too)
        replaced by `dates[d]`, a map that keeps their order. The walk orders steps by their dates and
        records the dates it is given; it counts on the calendar only the request windows of
        WINDOW_KINDS steps, so a walk through one of those cannot be redated."""
        if self.window_end is not None or self.auto_closed_from is not None:
            raise ValueError("a walk with a request window cannot be redated")
        # A copy made by the constructor from every field's value, in the fields' order, and then its
        # dates moved: a ledger import redates a walk for each case with a deadline pending, and this
        # costs less than `dataclasses.replace` (which looks up the fields on every call).
        redated = Walk(*_FIELD_VALUES(self))
        for name in _DATE_FIELDS:
            day = getattr(redated, name)
            if day is not None:
                setattr(redated, name, dates[day])
        facts = self.facts
        redated.facts = CaseFacts(
            **{
                **vars(facts),
                "registered_on": dates[facts.registered_on],
                "received_on": dates[facts.received_on] if facts.received_on else None,
                "upper_deadline": dates[facts.upper_deadline] if facts.upper_deadline else None,
            }
        )
        a = self.assessment
        if a is not None:
            redated.assessment = replace(
                a, review_on=dates[a.review_on] if a.review_on else None, decided_on=dates[a.decided_on]
            )
        return redated

    # -- the clock ----------------------------------------------------------------------------

    @property
    def has_clock(self) -> bool:
        return self.rules.has_clock(self.facts.nature)

    def handling_due(self) -> date | None:
        """The handling deadline: 60 days from acceptance, plus any extension from the original deadline."""
        if self.accepted_on is None or not self.has_clock:
            return None
        due = self.rules.handling.due(self.accepted_on, self.cal).due
        if self.extension_days:
            due = Period(self.extension_days, self.rules.handling.working).due(due, self.cal).due
        return due

    def advance(self, day: date) -> None:
        """Let time pass to `day`: a request window that has run out closes the matter (已办结)."""
        if self.state in (S.DELIVERED, S.REVIEW_DELIVERED) and self.window_end and day > self.window_end:
            self.auto_closed_from = self.state
            self.state = S.COMPLETED
            self.closed_on = self.window_end
            self.window_end = None

    def window(self, period: Period, start: date) -> date:
        """The last day of a request window that opens on `start`."""
        return period.due(start, self.cal).due

    # -- what is allowed -----------------------------------------------------------------------

    def allowed_here(self, kind: StepKind) -> bool:
        if kind in ALLOWED[self.state]:
            return True
        return self.state in FINAL_STATES and self.report_owed and kind in (K.ASSESS, K.SUPERVISE)

    @property
    def report_owed(self) -> bool:
        return self.facts.from_upper and not self.reported_up and self.state is not S.VOID

    # -- effects ------------------------------------------------------------------------------

    def apply(self, step: StepFact) -> None:
        """The effect of a step on the walk (applied even when it broke a rule: steps are facts)."""
        if self.state is S.VOID:
            return
        effect = EFFECTS.get(step.kind)
        target = effect(self, step.occurred_on, step.details) if effect is not None else None
        target = target or TARGET.get(step.kind)
        if target is not None and target is not self.state:
            self._enter(target, step.occurred_on)

    def _on_inform(self, day: date, details: Mapping[str, Any]) -> CaseState | None:
        self.informed = True
        return S.ENDED if self.state is S.REGISTERED else None  # 告知 as the way of handling it

    def _on_accept(self, day: date, details: Mapping[str, Any]) -> None:
        self.accepted_on, self.accepted_by_unit = day, False

    def _on_route(self, day: date, details: Mapping[str, Any]) -> None:
        self.unit_id = detail_int(details, "unit_id") or None
        self.unit_deadline = detail_date(details, "unit_deadline")
        self.routed_on = self.unit_received = day
        self.informed = False

    def _on_sign_for(self, day: date, details: Mapping[str, Any]) -> None:
        self.unit_received = day
        if self.accepted_on is None:
            self.accepted_on, self.accepted_by_unit = day, True

    def _on_return(self, day: date, details: Mapping[str, Any]) -> CaseState | None:
        self.unit_id = self.unit_deadline = self.unit_received = self.routed_on = None
        self.route_from = day
        if self.accepted_by_unit:
            self.accepted_on, self.accepted_by_unit = None, False
        # Accepted here before it was routed: back to 办理中 (待转交), else to 已登记.
        return S.HANDLING if self.accepted_on is not None else None

    def _on_extend(self, day: date, details: Mapping[str, Any]) -> None:
        if details.get("hearing"):
            self.hearing_days += detail_int(details, "days")
        else:
            self.extensions += 1
            self.extension_days += detail_int(details, "days")

    def _on_reply(self, day: date, details: Mapping[str, Any]) -> None:
        self.replied_on = day

    def _on_deliver(self, day: date, details: Mapping[str, Any]) -> None:
        self._delivered(day)

    def _on_evaluate(self, day: date, details: Mapping[str, Any]) -> None:
        value = details.get("unit") or details.get("bureau")
        if value:
            self.satisfaction = Satisfaction(value)

    def _on_review_request(self, day: date, details: Mapping[str, Any]) -> None:
        self.review_requested_on, self.window_end = day, None

    def _on_review_decision(self, day: date, details: Mapping[str, Any]) -> None:
        self.review_delivered_on = day
        self.window_end = self.window(self.rules.recheck_request, day)

    def _on_recheck_request(self, day: date, details: Mapping[str, Any]) -> None:
        self.recheck_requested_on, self.window_end, self.hearing_days = day, None, 0

    def _on_recheck_decision(self, day: date, details: Mapping[str, Any]) -> None:
        self.by_recheck = True

    def _on_report_up(self, day: date, details: Mapping[str, Any]) -> None:
        self.reported_up = True

    def _on_filing(self, day: date, details: Mapping[str, Any]) -> None:
        self.filed = True

    def _on_leader_own(self, day: date, details: Mapping[str, Any]) -> None:
        self.leader = str(details.get("leader") or "") or None

    def _on_supervise(self, day: date, details: Mapping[str, Any]) -> None:
        self.supervised = self.supervised or bool(details.get("by_upper"))

    def _on_assess(self, day: date, details: Mapping[str, Any]) -> None:
        tier = Tier(details.get("tier", Tier.YELLOW.value))
        self.assessment = Assessment(
            tier, str(details.get("reason") or ""), detail_date(details, "review_on"), day
        )

    def _delivered(self, day: date) -> None:
        if self.state is S.REVIEW_DELIVERED or self.review_requested_on is not None:
            self.review_delivered_on, self.review_delivery_recorded = day, True
            self.window_end = self.window(self.rules.recheck_request, day)
            return
        # Matters without the handling clock cannot ask for 复查, but close the same way: when the
        # window a 复查 request would have had has passed, or earlier by 「办结」.
        self.delivered_on = day
        self.window_end = self.window(self.rules.review_request, day)
        self._enter(S.DELIVERED, day)

    def _enter(self, state: CaseState, day: date) -> None:
        self.state = state
        self.auto_closed_from = None
        if state in FINAL_STATES and state is not S.VOID:
            self.closed_on = day
            self.window_end = None
        else:
            self.closed_on = None

    # -- deadlines ----------------------------------------------------------------------------

    def deadlines(self) -> list[Deadline]:
        """The obligations still pending in the current state, earliest first."""
        out: list[Deadline] = []

        def add(kind: DeadlineKind, period: Period | None, since: date, due: date | None = None) -> None:
            if period is not None:
                result = period.due(since, self.cal)
                out.append(Deadline(kind, result.due, since, result.warnings))
            elif due is not None:
                out.append(Deadline(kind, due, since))

        state, rules = self.state, self.rules
        if state is S.REGISTERED:
            add(DeadlineKind.ROUTE, rules.route, self.route_from)
        if state in (S.FORWARDED, S.HANDLING) and self.unit_received is not None:
            if self.has_clock and not self.informed:
                add(DeadlineKind.INFORM, rules.inform, self.unit_received)
            if self.unit_deadline is not None and self.routed_on is not None:
                add(DeadlineKind.UNIT, None, self.routed_on, self.unit_deadline)
        if state is S.HANDLING and self.accepted_on is not None and self.has_clock:
            add(DeadlineKind.HANDLING, None, self.accepted_on, self.handling_due())
        if state is S.REVIEWING and self.review_requested_on is not None:
            add(DeadlineKind.REVIEW_DECISION, rules.review_decision, self.review_requested_on)
        if state is S.RECHECKING and self.recheck_requested_on is not None:
            decision = rules.recheck_decision
            add(
                DeadlineKind.RECHECK_DECISION,
                replace(decision, days=decision.days + self.hearing_days),
                self.recheck_requested_on,
            )
        if self.report_owed and self.facts.upper_deadline is not None:
            add(DeadlineKind.UPPER, None, self.facts.registered_on, self.facts.upper_deadline)
        return sorted(out, key=lambda d: (d.due, DEADLINE_ORDER[d.kind]))


#: Every field's value of a walk, in the order the constructor takes them.
_FIELD_VALUES = attrgetter(*(f.name for f in fields(Walk)))
#: The fields of a walk that hold a date of a step (or one it names), which `redated` moves.
_DATE_FIELDS = (
    "route_from",
    "unit_deadline",
    "routed_on",
    "unit_received",
    "accepted_on",
    "replied_on",
    "delivered_on",
    "review_requested_on",
    "review_delivered_on",
    "recheck_requested_on",
    "closed_on",
)

_Effect = Callable[[Walk, date, Mapping[str, Any]], "CaseState | None"]
#: What each kind of step does to the walk besides moving to its TARGET state.
EFFECTS: dict[StepKind, _Effect] = {
    K.INFORM: Walk._on_inform,
    K.ACCEPT: Walk._on_accept,
    K.FORWARD: Walk._on_route,
    K.ASSIGN: Walk._on_route,
    K.SIGN_FOR: Walk._on_sign_for,
    K.RETURN: Walk._on_return,
    K.EXTEND: Walk._on_extend,
    K.REPLY: Walk._on_reply,
    K.DELIVER: Walk._on_deliver,
    K.EVALUATE: Walk._on_evaluate,
    K.REVIEW_REQUEST: Walk._on_review_request,
    K.REVIEW_DECISION: Walk._on_review_decision,
    K.RECHECK_REQUEST: Walk._on_recheck_request,
    K.RECHECK_DECISION: Walk._on_recheck_decision,
    K.REPORT_UP: Walk._on_report_up,
    K.TERMINATION_FILING: Walk._on_filing,
    K.LEADER_OWN: Walk._on_leader_own,
    K.SUPERVISE: Walk._on_supervise,
    K.ASSESS: Walk._on_assess,
}
