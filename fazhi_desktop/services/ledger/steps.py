"""What an imported ledger row becomes: the steps its columns state, and the indicator facts it leaves
unknown. The rules in words are docs/INDICATORS.md, "What an imported ledger row becomes"; this is
them, in the same order.

A ledger records what happened; it does not ask to do it, so the steps are written as facts (the
procedure walks them without its checks, as for steps from another office). A date the ledger does
not give is never made up from another column when an indicator would judge by it: the fact is left
unknown instead, named in the 登记 step's details (`unknown`), and domain/indicator_facts.py keeps
that indicator column NULL, so the case is counted neither late nor on time, now and whenever the
case is derived again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fazhi_desktop.domain.indicator_facts import UNKNOWN_KEY
from fazhi_desktop.domain.vocab import CaseState, Satisfaction, StepKind
from fazhi_desktop.excel.ledger_rows import LedgerCase

K = StepKind
Made = list[tuple[StepKind, date, dict[str, Any]]]
#: Steps that say the handling went on to an end, and those that say how it ended.
_PROGRESSED = frozenset({K.COMPLETE, K.TERMINATE, K.DELIVER, K.EVALUATE, K.REVIEW_REQUEST, K.REVIEW_DECISION})
_ANSWERED = frozenset({K.REPLY, K.MEDIATE, K.WITHDRAW, K.DIVERT, K.REJECT, K.INFORM})
#: The endings that close the case at once.
_FINAL = _ANSWERED - {K.REPLY}
#: 办理状态 words that say a 复查 or 复核 is under way or was decided.
_REVIEW_STEPS: dict[CaseState, tuple[StepKind, ...]] = {
    CaseState.REVIEWING: (K.REVIEW_REQUEST,),
    CaseState.REVIEW_DELIVERED: (K.REVIEW_REQUEST, K.REVIEW_DECISION),
    CaseState.RECHECKING: (K.REVIEW_REQUEST, K.REVIEW_DECISION, K.RECHECK_REQUEST),
}


def ledger_steps(case: LedgerCase, register: dict[str, Any]) -> Made:
    """The steps of one row, the 登记 first with `register` as its details (plus what is unknown)."""
    h = case.handling
    made: Made = [(K.REGISTER, case.registered_on, register)]
    unknown: list[str] = []
    accepted = case.accepted_on
    if accepted:
        made.append((K.ACCEPT, accepted, {}))
    # 转交方式 says whether it was routed; without it a named 责任单位 means it was, as ledgers use it.
    route = h.route_kind if h.route_known else (K.ASSIGN if accepted else K.FORWARD)
    routed = route is not None and (case.unit_id is not None or h.route_known or bool(h.routed_on))
    if route is not None and routed:
        unit = {"unit_id": case.unit_id, "unit": case.unit_name} if case.unit_id else {}
        routed_on = h.routed_on or accepted
        if routed_on is None:
            unknown.append("routed_on")
        made.append((route, routed_on or case.registered_on, unit))
        if h.returned_on:
            # Sent back by a unit and routed again (to the unit the ledger names now).
            made.append((K.RETURN, h.returned_on, {}))
            made.append((K.FORWARD, h.returned_on, unit))
        if h.signed_on:
            made.append((K.SIGN_FOR, h.signed_on, {}))
    if h.extension_days:
        since = max(d for d in (accepted, h.signed_on, case.registered_on) if d)
        made.append((K.EXTEND, since, {"days": h.extension_days}))
    if h.leader_on:
        made.append((K.LEADER_OWN, h.leader_on, {}))
    ended = _ending(case, made, unknown)
    final = made.pop() if made[-1][0] in _FINAL else None
    _delivery(case, made, ended)
    if final is not None:
        # After a 送达 and 评价 of the same day: the ending (调解, 撤回 …) closes the case.
        made.append(final)
    _closing(case, made, ended)
    _filing(case, made)
    kinds = {k for k, _, _ in made}
    # 告知 after the case was taken up tells the petitioner how it stands: it answers nothing.
    answered = kinds & (_ANSWERED - {K.INFORM} if kinds & {K.ACCEPT, K.FORWARD, K.ASSIGN} else _ANSWERED)
    if kinds & _PROGRESSED and not answered:
        # It ended or was delivered, but the ledger does not say how it was answered: whether the
        # answer came in time cannot be told.
        unknown.append("handling_due")
    # The first decision on the registration: without one dated, whether it came in time is unknown
    # (unless nothing happened yet, which the clock judges as it does any open case).
    decided = any(k in (K.ACCEPT, K.FORWARD, K.ASSIGN) for k, _, _ in made[1:]) and "routed_on" not in unknown
    decided = decided or any(k in (K.REJECT, K.DIVERT, K.INFORM, K.WITHDRAW) for k, _, _ in made)
    if not decided and (
        len(made) > 1 or h.outcome is not None or h.state not in (None, CaseState.REGISTERED)
    ):
        unknown.append("route_due")
    if unknown:
        made[0] = (K.REGISTER, case.registered_on, {**register, UNKNOWN_KEY: sorted(set(unknown))})
    return made


def _ending(case: LedgerCase, made: Made, unknown: list[str]) -> date | None:
    """The step of the 办理结果 on 答复日期 (else 办结日期); the day it ended, when known."""
    h = case.handling
    outcome = h.outcome
    day = h.answered_on or case.closed_on
    if outcome is None or outcome.kind in (K.COMPLETE, K.TERMINATE):
        return day
    if day is None:
        unknown.append("handling_due")  # stated, but not when
        return None
    made.append((outcome.kind, day, outcome.details))
    return day


def _delivery(case: LedgerCase, made: Made, ended: date | None) -> None:
    """送达 on 送达日期 (an evaluation means the reply was delivered: else on the day it ended), then
    评价 with the 满意度; a 复查 or 复核 the 办理状态 names follows the delivery."""
    h = case.handling
    rating = h.satisfaction
    day = h.delivered_on or (ended if rating is not None else None)
    if day is not None:
        made.append((K.DELIVER, day, {}))
    if rating is not None and rating is not Satisfaction.NOT_EVALUATED:
        when = day or ended or max(d for _, d, _ in made)
        made.append((K.EVALUATE, when, {"unit": rating.value, "bureau": rating.value}))
    reviews = ((K.REVIEW_REQUEST, h.review_asked_on), (K.REVIEW_DECISION, h.reviewed_on))
    dated = [(kind, on) for kind, on in (*reviews, (K.RECHECK_REQUEST, h.recheck_asked_on)) if on]
    if dated:
        made.extend((kind, on, {}) for kind, on in dated)
        return
    # Only the 办理状态 says a 复查 or 复核 came: on the last day the row gives.
    for kind in _REVIEW_STEPS.get(h.state or CaseState.REGISTERED, ()):
        made.append((kind, max(d for _, d, _ in made), {}))


def _filing(case: LedgerCase, made: Made) -> None:
    """三级终结备案 on its date, the last step of a closed matter."""
    if case.handling.filed_on is not None:
        made.append((K.TERMINATION_FILING, case.handling.filed_on, {}))


def _closing(case: LedgerCase, made: Made, ended: date | None) -> None:
    """终结 or 办结 on 办结日期, unless the ending step closed the case already."""
    h = case.handling
    closed = case.closed_on
    terminated = h.state is CaseState.TERMINATED or (h.outcome is not None and h.outcome.kind is K.TERMINATE)
    if terminated:
        made.append((K.TERMINATE, closed or ended or max(d for _, d, _ in made), {}))
        return
    taken = any(k in (K.ACCEPT, K.FORWARD, K.ASSIGN) for k, _, _ in made)
    # 告知 ends a case only as the way of handling it, before it was taken up.
    closes = h.outcome is not None and h.outcome.kind in _FINAL
    if closes and not (h.outcome is not None and h.outcome.kind is K.INFORM and taken):
        return
    vague = h.outcome is not None and h.outcome.kind is K.COMPLETE
    if vague or h.state in (CaseState.COMPLETED, CaseState.ENDED) or closed is not None:
        day = closed or ended
        if day is not None:
            made.append((K.COMPLETE, day, {"summary": case.result or "台账记载已办结"}))
