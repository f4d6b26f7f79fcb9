"""What a case's steps contribute to the indicators, pure: first decision, deadlines, outcome, 送达, 包案."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from fazhi_desktop.domain.indicator_facts import IndicatorFacts, indicator_facts, outcome_label
from fazhi_desktop.domain.indicators import ReportPeriod, change, rate, signed_percent, year_earlier
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, StepFact, derive
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.domain.vocab import Nature, StepKind
from tests.domain.test_procedure import cal

K = StepKind
D = date.fromisoformat
RULES = ClockRules()
_uids = itertools.count(1)


def step(kind: StepKind, day: str, **details: Any) -> StepFact:
    return StepFact(kind, D(day), details, uid=f"f{next(_uids):08d}")


def facts_of(case: CaseFacts, *steps: StepFact) -> IndicatorFacts:
    timeline = [step(K.REGISTER, case.registered_on.isoformat()), *steps]
    derived = derive(case, timeline, RULES, cal(), D("2024-11-20"))
    return indicator_facts(case, timeline, derived, RULES, cal())


def claim(day: str = "2024-03-04", **fields: Any) -> CaseFacts:
    return CaseFacts(registered_on=D(day), nature=Nature.CLAIM, **fields)


def test_a_case_just_registered_has_only_its_deadline() -> None:
    assert facts_of(claim()) == IndicatorFacts(route_due=D("2024-03-19"))
    letter = claim("2024-03-01", received_on=D("2024-02-26"))
    assert facts_of(letter).route_due == D("2024-03-12")  # counted from receipt
    assert facts_of(claim("2024-09-02")).route_due == D("2024-09-18")  # 09-17 is 中秋


def test_routed_returned_and_replied() -> None:
    got = facts_of(
        claim(),
        step(K.FORWARD, "2024-03-05", unit_id=7),
        step(K.RETURN, "2024-03-06", reason="不属本单位"),
        step(K.ASSIGN, "2024-03-07", unit_id=8, unit_deadline="2024-04-30"),
        step(K.SIGN_FOR, "2024-03-08"),
        step(K.LEADER_OWN, "2024-03-10", leader="李副县长"),
        step(K.EXTEND, "2024-05-01", days=20, approver="局长", reason="复杂"),
        step(K.REPLY, "2024-05-20", outcome="support"),
        step(K.DELIVER, "2024-05-22"),
        step(K.DELIVER, "2024-06-30"),
    )
    assert (got.intake_on, got.intake_kind, got.routed_on, got.returned) == (
        D("2024-03-05"),
        "forward",
        D("2024-03-05"),
        True,
    )
    # Accepted by the unit's 签收 on 03-08: 60 days → 05-07, 20 more → 05-27.
    assert got.handling_due == D("2024-05-27")
    assert (got.answered_on, got.outcome, got.delivered_on, got.leader_on) == (
        D("2024-05-20"),
        "reply_support",
        D("2024-05-22"),
        D("2024-03-10"),
    )


def test_other_ways_a_case_ends() -> None:
    assert (
        facts_of(claim(), step(K.DIVERT, "2024-03-05", procedure="arbitration")).outcome
        == "divert_arbitration"
    )
    mediated = facts_of(
        claim(), step(K.ACCEPT, "2024-03-05"), step(K.MEDIATE, "2024-04-01", agreement="协议")
    )
    assert (mediated.outcome, mediated.answered_on, mediated.intake_kind) == (
        "mediate",
        D("2024-04-01"),
        "accept",
    )
    told = facts_of(claim(), step(K.INFORM, "2024-03-06", content="向法院起诉"))
    assert (told.intake_kind, told.outcome, told.answered_on) == ("inform", "inform", D("2024-03-06"))
    withdrawn = facts_of(claim(), step(K.WITHDRAW, "2024-03-06", reason="已解决"))
    assert (withdrawn.intake_kind, withdrawn.outcome) == ("withdraw", "withdraw")
    suggestion = CaseFacts(registered_on=D("2024-03-04"), nature=Nature.SUGGESTION)
    done = facts_of(
        suggestion, step(K.ACCEPT, "2024-03-05"), step(K.COMPLETE, "2024-03-20", summary="已采纳")
    )
    assert (done.handling_due, done.outcome) == (None, "complete")  # no handling clock


def test_corrections_are_applied_first() -> None:
    reply = step(K.REPLY, "2024-04-01", outcome="explain")
    accept = step(K.ACCEPT, "2024-03-25")
    got = facts_of(
        claim(),
        accept,
        reply,
        step(K.CORRECT, "2024-04-02", step=reply.uid, field="outcome", new="reject"),
        step(K.CORRECT, "2024-04-02", step=accept.uid, field="occurred_on", new="2024-03-15"),
    )
    assert (got.outcome, got.intake_on) == ("reply_reject", D("2024-03-15"))


def test_the_words_and_the_arithmetic() -> None:
    assert outcome_label("divert_litigation") == "导入法定途径：诉讼"
    assert outcome_label("reply_support") == "答复：予以支持"
    assert outcome_label(None) == "尚未办结"
    assert (rate(1, 4), rate(0, 0), change(3, 2), change(3, 0)) == (0.25, None, 0.5, None)
    assert (percent(0.986), percent(None), signed_percent(-0.024), signed_percent(0.032)) == (
        "98.6%",
        "—",
        "−2.4%",
        "+3.2%",
    )
    assert year_earlier(D("2024-02-29")) == D("2023-02-28")
    period = ReportPeriod(D("2023-11-15"), D("2024-02-10"))
    assert period.months() == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert period.year_earlier() == ReportPeriod(D("2022-11-15"), D("2023-02-10"))
    assert ReportPeriod.year(2024).describe() == "2024年"
    assert ReportPeriod.month(2024, 2) == ReportPeriod(D("2024-02-01"), D("2024-02-29"))
    assert ReportPeriod.month(2024, 2).describe() == "2024年2月"
