"""What a case's steps contribute to the indicators, as a handful of dates and codes kept on the case row.

The indicators are counted in SQL over a million cases, so the facts they need from the timeline are
worked out once, when a step is written (services/clock/case_state.py), not per query: when the first
decision on the case was taken and by which step, the 受理转交期限 it had to meet, when it was first
routed and whether a unit sent it back, the 办理期限 with any extension, when and how the handling
ended (答复 by kind, 调解, 导入 by procedure, 撤回, 不予受理, 告知, 办结), when the reply was delivered
and when a leader took it on (包案). docs/INDICATORS.md says which indicator reads which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import (
    CaseFacts,
    Derived,
    StepFact,
    _apply_corrections,  # the same corrected timeline the procedure walks
    _order,
)
from fazhi_desktop.domain.procedure_walk import Walk
from fazhi_desktop.domain.vocab import CaseState, LegalProcedure, ReplyOutcome, StepKind

K = StepKind

#: The steps that decide what becomes of a new registration (the 15-day 受理/转交 decision).
INTAKE_KINDS = frozenset({K.ACCEPT, K.REJECT, K.FORWARD, K.ASSIGN, K.DIVERT, K.INFORM, K.WITHDRAW, K.VOID})
#: The steps that end the handling of a case, and the outcome code each gives.
ENDING_KINDS = frozenset({K.REPLY, K.MEDIATE, K.WITHDRAW, K.DIVERT, K.REJECT, K.COMPLETE, K.VOID})

#: How a case ended (the 结果 breakdown), by code.
OUTCOME_LABELS: dict[str, str] = {
    **{f"reply_{o.value}": f"答复：{o.label}" for o in ReplyOutcome},
    "mediate": "调解协议成功",
    **{f"divert_{p.value}": f"导入法定途径：{p.label}" for p in LegalProcedure},
    "withdraw": "撤回",
    "reject": "不予受理",
    "inform": "告知",
    "complete": "办结",
    "void": "作废",
}
#: Outcomes that answer the petitioner within the handling clock (答复 of any kind, 调解协议).
ANSWER_PREFIXES = ("reply_", "mediate")
#: Outcomes that end the handling obligation without an answer (撤回, 导入法定途径).
LAPSE_PREFIXES = ("withdraw", "divert_")
NO_OUTCOME_LABEL = "尚未办结"
#: In a 登记 step's details: the indicator columns whose fact the record does not state (a ledger
#: row that says a case ended but not when it was decided): they stay None, so the case is counted
#: neither late nor on time (docs/INDICATORS.md, "What an imported ledger row becomes").
UNKNOWN_KEY = "unknown"


@dataclass(frozen=True)
class IndicatorFacts:
    """The dates and codes of a case that the indicators count."""

    #: 受理转交期限: 15 days (a setting) from receipt, the first obligation of every registration.
    route_due: date | None = None
    #: The first decision on the registration (受理, 不予受理, 转送, 交办, 导入, 告知, 撤回, 作废) and its kind.
    intake_on: date | None = None
    intake_kind: str | None = None
    #: The first 转送 or 交办, and whether a unit sent the case back (退回) after it.
    routed_on: date | None = None
    returned: bool = False
    #: 办理期限: 60 days from acceptance plus any extension (only for 性质 under the handling clock).
    handling_due: date | None = None
    #: When and how the handling ended (OUTCOME_LABELS); None while it goes on.
    answered_on: date | None = None
    outcome: str | None = None
    #: The first 送达 (of the reply).
    delivered_on: date | None = None
    #: The first 领导包案.
    leader_on: date | None = None

    def columns(self) -> dict[str, Any]:
        """The values of the case row's indicator columns (INDICATOR_COLUMNS)."""
        return {name: getattr(self, name) for name in INDICATOR_COLUMNS}


INDICATOR_COLUMNS = (
    "route_due",
    "intake_on",
    "intake_kind",
    "routed_on",
    "returned",
    "handling_due",
    "answered_on",
    "outcome",
    "delivered_on",
    "leader_on",
)


def _ending(step: StepFact) -> str:
    kind = step.kind
    if kind is K.REPLY:
        return f"reply_{step.details.get('outcome') or ReplyOutcome.EXPLAIN.value}"
    if kind is K.DIVERT:
        return f"divert_{step.details.get('procedure') or LegalProcedure.OTHER.value}"
    return kind.value


#: The indicator columns counted on the calendar (the others are dates of steps, or codes).
CALENDAR_COLUMNS = frozenset({"route_due", "handling_due"})


def route_due(facts: CaseFacts, rules: ClockRules, cal: HolidayCalendar) -> date:
    """The 受理转交期限: the route period from receipt (else registration)."""
    return rules.route.due(facts.received_on or facts.registered_on, cal).due


def handling_due(facts: CaseFacts, derived: Derived, rules: ClockRules, cal: HolidayCalendar) -> date | None:
    """The 办理期限 with the extension granted, as the procedure counts it."""
    if derived.accepted_on is None:
        return None
    walk = Walk.start(facts, rules, cal)
    walk.accepted_on, walk.extension_days = derived.accepted_on, derived.extension_days
    return walk.handling_due()


def indicator_facts(
    facts: CaseFacts,
    steps: Sequence[StepFact],
    derived: Derived,
    rules: ClockRules,
    cal: HolidayCalendar,
) -> IndicatorFacts:
    """The facts of a case from its steps (corrections applied) and what they add up to (`derived`)."""
    intake: StepFact | None = None
    ending: StepFact | None = None
    routed: date | None = None
    returned = False
    delivered: date | None = None
    leader: date | None = None
    for step in sorted(_apply_corrections(list(steps)), key=_order):
        kind = step.kind
        if intake is None and kind in INTAKE_KINDS:
            intake = step
        if ending is None and kind in ENDING_KINDS:
            ending = step
        if kind in (K.FORWARD, K.ASSIGN) and routed is None:
            routed = step.occurred_on
        elif kind is K.RETURN and routed is not None:
            returned = True
        elif kind is K.DELIVER and delivered is None:
            delivered = step.occurred_on
        elif kind is K.LEADER_OWN and leader is None:
            leader = step.occurred_on
    unknown: frozenset[str] = frozenset()
    for step in steps:
        if step.kind is K.REGISTER and step.details.get(UNKNOWN_KEY):
            unknown = frozenset(step.details[UNKNOWN_KEY])
    answered_on, outcome = (ending.occurred_on, _ending(ending)) if ending is not None else (None, None)
    if ending is None and derived.state is CaseState.ENDED:
        # Ended neither by 不予受理 nor by 撤回: the petitioner was told (告知) and that was the handling.
        answered_on, outcome = derived.closed_on, K.INFORM.value
    return IndicatorFacts(
        route_due=None if "route_due" in unknown else route_due(facts, rules, cal),
        intake_on=intake.occurred_on if intake is not None else None,
        intake_kind=intake.kind.value if intake is not None else None,
        routed_on=None if "routed_on" in unknown else routed,
        returned=returned,
        handling_due=None if "handling_due" in unknown else handling_due(facts, derived, rules, cal),
        answered_on=answered_on,
        outcome=outcome,
        delivered_on=delivered,
        leader_on=leader,
    )


def outcome_label(code: str | None) -> str:
    if code is None:
        return NO_OUTCOME_LABEL
    return OUTCOME_LABELS.get(code, code)
