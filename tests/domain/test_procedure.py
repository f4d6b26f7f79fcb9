"""The procedure as states (DOMAIN.md), pure: the state table, the rules a step may break, the deadlines."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import (
    CaseFacts,
    Derived,
    StepFact,
    allowed_kinds,
    check_step,
    derive,
)
from fazhi_desktop.domain.step_details import (
    DETAILS_BY_KIND,
    Assess,
    Correct,
    Evaluate,
    Extend,
    Forward,
    LeaderOwn,
    Reject,
    Return,
    StepDetails,
    Terminate,
    Void,
)
from fazhi_desktop.domain.vocab import (
    CaseState,
    Channel,
    DeadlineKind,
    Nature,
    Satisfaction,
    Source,
    StepKind,
    Tier,
)

K, S = StepKind, CaseState
D = date.fromisoformat
CN_CSV = Path(__file__).resolve().parents[2] / "resources" / "holidays" / "cn.csv"
RULES = ClockRules()
TODAY = D("2024-11-20")


@cache
def cal() -> HolidayCalendar:
    return HolidayCalendar.from_csv_text(CN_CSV.read_text(encoding="utf-8"))


_uids = itertools.count(1)


def step(kind: StepKind, day: str | date, **details: Any) -> StepFact:
    on = D(day) if isinstance(day, str) else day
    return StepFact(kind, on, details, uid=f"s{next(_uids):08d}")


def claim(registered: str = "2024-03-01", **fields: Any) -> CaseFacts:
    return CaseFacts(registered_on=D(registered), nature=Nature.CLAIM, **fields)


def run(facts: CaseFacts, *steps: StepFact, today: date = TODAY, rules: ClockRules = RULES) -> Derived:
    return derive(facts, [step(K.REGISTER, facts.registered_on), *steps], rules, cal(), today)


def refuse(facts: CaseFacts, history: list[StepFact], new: StepFact, match: str) -> None:
    with pytest.raises(UserError, match=match):
        check_step(facts, [step(K.REGISTER, facts.registered_on), *history], new, RULES, cal())


def allow(facts: CaseFacts, history: list[StepFact], new: StepFact) -> None:
    check_step(facts, [step(K.REGISTER, facts.registered_on), *history], new, RULES, cal())


def allowed(facts: CaseFacts, *history: StepFact, today: date = TODAY) -> set[StepKind]:
    return set(allowed_kinds(facts, [step(K.REGISTER, facts.registered_on), *history], RULES, cal(), today))


ALWAYS = {K.SUPERVISE, K.ASSESS, K.LEADER_OWN, K.CORRECT}
ROUTED = [step(K.FORWARD, "2024-03-04", unit_id=7), step(K.SIGN_FOR, "2024-03-05")]
REPLIED = [*ROUTED, step(K.REPLY, "2024-04-01", outcome="explain")]
DELIVERED = [*REPLIED, step(K.DELIVER, "2024-04-03", method="post", signed=True)]


# -- the state table -----------------------------------------------------------------------------


def test_a_new_registration_offers_the_intake_steps() -> None:
    assert (
        allowed(claim("2024-11-18"))
        == {
            K.ACCEPT,
            K.REJECT,
            K.FORWARD,
            K.ASSIGN,
            K.DIVERT,
            K.VOID,
            K.INFORM,
            K.WITHDRAW,
        }
        | ALWAYS
    )


def test_the_states_of_a_claim_from_registration_to_recheck() -> None:
    facts = claim()
    history: list[StepFact] = []
    expected = [
        (step(K.FORWARD, "2024-03-04", unit_id=7), S.FORWARDED, {K.SIGN_FOR, K.RETURN, K.INFORM, K.WITHDRAW}),
        (
            step(K.SIGN_FOR, "2024-03-05"),
            S.HANDLING,
            {K.INFORM, K.EXTEND, K.MEDIATE, K.REPLY, K.WITHDRAW, K.DIVERT, K.RETURN},
        ),
        (step(K.REPLY, "2024-04-01", outcome="explain"), S.REPLIED, {K.DELIVER}),
        (step(K.DELIVER, "2024-04-03"), S.DELIVERED, {K.EVALUATE, K.REVIEW_REQUEST, K.TERMINATE}),
        (step(K.REVIEW_REQUEST, "2024-04-20"), S.REVIEWING, {K.REVIEW_DECISION}),
        (
            step(K.REVIEW_DECISION, "2024-05-10"),
            S.REVIEW_DELIVERED,
            {K.DELIVER, K.EVALUATE, K.RECHECK_REQUEST, K.TERMINATE},
        ),
        (step(K.RECHECK_REQUEST, "2024-05-20"), S.RECHECKING, {K.RECHECK_DECISION, K.EXTEND}),
        (step(K.RECHECK_DECISION, "2024-06-10"), S.TERMINATED, {K.CORRECT, K.TERMINATION_FILING}),
    ]
    for new, state, offered in expected:
        history.append(new)
        day = new.occurred_on
        assert run(facts, *history, today=day).state is state, new.kind
        extra = ALWAYS if state is not S.TERMINATED else set()
        assert allowed(facts, *history, today=day) == offered | extra, state


def test_each_closing_step_leads_to_its_final_state() -> None:
    facts = claim()
    accepted = [step(K.ACCEPT, "2024-03-02")]
    assert run(facts, step(K.REJECT, "2024-03-02", reason="越级")).state is S.ENDED
    assert run(facts, step(K.DIVERT, "2024-03-02", procedure="litigation")).state is S.DIVERTED
    assert run(facts, step(K.VOID, "2024-03-02", reason="录错")).state is S.VOID
    assert run(facts, *accepted, step(K.MEDIATE, "2024-03-20")).state is S.COMPLETED
    assert run(facts, *accepted, step(K.WITHDRAW, "2024-03-20")).state is S.ENDED
    assert run(facts, step(K.INFORM, "2024-03-02", content="告知向法院起诉")).state is S.ENDED


def test_a_final_state_allows_only_corrections() -> None:
    facts = claim()
    withdrawn = [step(K.ACCEPT, "2024-03-02"), step(K.WITHDRAW, "2024-03-20")]
    assert allowed(facts, *withdrawn) == {K.CORRECT}
    refuse(facts, withdrawn, step(K.REPLY, "2024-03-25"), "已结束，此后只能「更正」")


def test_nothing_after_void() -> None:
    facts = claim()
    voided = [step(K.VOID, "2024-03-02", reason="重复登记")]
    assert allowed(facts, *voided) == set()
    refuse(facts, voided, step(K.CORRECT, "2024-03-03", field="summary", new="x"), "已作废")


# -- rules a step may break ----------------------------------------------------------------------


def test_a_reply_before_acceptance_is_refused_citing_the_rule() -> None:
    refuse(claim(), [], step(K.REPLY, "2024-03-05"), r"尚未受理，不能答复（《信访工作条例》")
    refuse(claim(), ROUTED[:1], step(K.REPLY, "2024-03-05"), "尚未受理")


def test_a_second_reply_and_a_delivery_before_reply_are_refused() -> None:
    refuse(claim(), REPLIED, step(K.REPLY, "2024-04-02"), "已经答复过")
    refuse(claim(), ROUTED, step(K.DELIVER, "2024-03-20"), "尚未答复")


def test_an_extension_within_the_limit_moves_the_deadline_from_the_original_one() -> None:
    facts = claim("2024-08-01")
    accepted = [step(K.ACCEPT, "2024-08-05")]
    # 2024-08-05 + 60 = 2024-10-04 (National Day) → 2024-10-08
    assert run(facts, *accepted, today=D("2024-08-10")).due.due == D("2024-10-08")  # type: ignore[union-attr]
    extended = run(facts, *accepted, step(K.EXTEND, "2024-09-30", days=30), today=D("2024-10-01"))
    # The stricter reading (the default): from the original last day 2024-10-04, before the shift:
    # 2024-10-04 + 30 = 2024-11-03 (Sun) → 2024-11-04 (Mon).
    assert extended.due is not None and extended.due.due == D("2024-11-04")
    assert (extended.extensions, extended.extension_days) == (1, 30)
    # With the setting off, from the shifted deadline 2024-10-08 + 30 = 2024-11-07 (Thu).
    lenient = replace(RULES, extension_from_original_day=False)
    steps = [step(K.REGISTER, "2024-08-01"), *accepted, step(K.EXTEND, "2024-09-30", days=30)]
    later = derive(facts, steps, lenient, cal(), D("2024-10-01"))
    assert later.due is not None and later.due.due == D("2024-11-07")


def test_an_extension_past_the_limit_a_second_one_or_a_late_one_is_refused() -> None:
    facts = claim("2024-08-01")
    accepted = [step(K.ACCEPT, "2024-08-05")]
    refuse(facts, accepted, step(K.EXTEND, "2024-09-30", days=31), r"延期不得超过 30 日（《信访工作条例》")
    once = [*accepted, step(K.EXTEND, "2024-09-30", days=10)]
    refuse(facts, once, step(K.EXTEND, "2024-10-10", days=10), "不能再次延期")
    refuse(facts, accepted, step(K.EXTEND, "2024-10-09", days=10), "办理期限已于 2024-10-08 届满")
    allow(facts, accepted, step(K.EXTEND, "2024-10-08", days=30))


def test_two_extensions_within_the_limit_when_the_setting_allows_two() -> None:
    rules = replace(RULES, extension_max_count=2)
    facts = claim("2024-08-01")
    history = [
        step(K.REGISTER, "2024-08-01"),
        step(K.ACCEPT, "2024-08-05"),
        step(K.EXTEND, "2024-09-30", days=10),
    ]
    check_step(facts, history, step(K.EXTEND, "2024-10-10", days=20), rules, cal())
    with pytest.raises(UserError, match="本次最多还能延期 20 日"):
        check_step(facts, history, step(K.EXTEND, "2024-10-10", days=21), rules, cal())


def test_an_objection_within_five_working_days_across_national_day() -> None:
    facts = claim("2024-09-20")
    forwarded = [step(K.FORWARD, "2024-09-27", unit_id=7)]
    # the 5th working day after Fri 2024-09-27 is Thu 2024-10-10 (09-29 is a make-up Sunday)
    allow(facts, forwarded, step(K.RETURN, "2024-10-10", reason="不属本单位职责"))
    refuse(
        facts,
        forwarded,
        step(K.RETURN, "2024-10-11", reason="不属本单位职责"),
        r"5 个工作日内提出（《信访工作条例》",
    )
    back = run(facts, *forwarded, step(K.RETURN, "2024-10-10", reason="x"), today=D("2024-10-10"))
    assert back.state is S.REGISTERED and back.handling_unit_id is None
    # the bureau routes it again within 15 days of the return
    assert back.due is not None and (back.due.kind, back.due.due) == (DeadlineKind.ROUTE, D("2024-10-25"))


def test_the_objection_window_counts_from_the_units_signature() -> None:
    facts = claim("2024-03-01")
    signed = [step(K.FORWARD, "2024-03-04", unit_id=7), step(K.SIGN_FOR, "2024-03-08")]
    allow(facts, signed, step(K.RETURN, "2024-03-15", reason="x"))  # Fri 03-08 → Fri 03-15 is the 5th
    refuse(facts, signed, step(K.RETURN, "2024-03-18", reason="x"), "异议已超过期限")


def test_a_review_request_inside_and_after_its_window() -> None:
    facts = claim()
    # delivered Wed 2024-04-03 + 30 = Fri 2024-05-03, inside the May Day holiday (05-01…05-05) → 05-06
    allow(facts, DELIVERED, step(K.REVIEW_REQUEST, "2024-05-06"))
    refuse(
        facts,
        DELIVERED,
        step(K.REVIEW_REQUEST, "2024-05-07"),
        r"复查请求已超过期限（送达 2024-04-03，期限至 2024-05-06）",
    )
    closed = run(facts, *DELIVERED, today=D("2024-05-07"))
    assert (closed.state, closed.closed_on) == (S.COMPLETED, D("2024-05-06"))
    assert run(facts, *DELIVERED, today=D("2024-05-06")).state is S.DELIVERED


def test_a_recheck_request_after_its_window_is_refused() -> None:
    facts = claim()
    reviewed = [*DELIVERED, step(K.REVIEW_REQUEST, "2024-04-20"), step(K.REVIEW_DECISION, "2024-05-10")]
    # the 复查意见 delivered Fri 05-10 + 30 = Sun 06-09 → Tue 06-11 (端午 06-10)
    allow(facts, reviewed, step(K.RECHECK_REQUEST, "2024-06-11"))
    refuse(facts, reviewed, step(K.RECHECK_REQUEST, "2024-06-12"), "复核请求已超过期限")


def test_review_and_recheck_apply_only_to_claims() -> None:
    for nature in (Nature.SUGGESTION, Nature.ACCUSATION):
        facts = CaseFacts(registered_on=D("2024-03-01"), nature=nature)
        refuse(facts, DELIVERED, step(K.REVIEW_REQUEST, "2024-04-10"), "复查、复核只适用于申诉求决类事项")


def test_after_recheck_the_same_facts_are_not_accepted_again() -> None:
    facts = claim("2024-09-01", matter_terminated=True)
    refuse(facts, [], step(K.ACCEPT, "2024-09-02"), r"不再受理（《信访工作条例》第三十六条）")
    refuse(facts, [], step(K.FORWARD, "2024-09-02", unit_id=7), "不再受理")
    allow(facts, [], step(K.REJECT, "2024-09-02", reason="复核后同一事实和理由", no_more=True))


def test_a_cross_level_claim_visit_is_not_accepted() -> None:
    facts = claim(cross_level=True, channel=Channel.VISIT)
    refuse(facts, [], step(K.ACCEPT, "2024-03-02"), "越级走访的申诉求决类事项不予受理")
    allow(facts, [], step(K.REJECT, "2024-03-02", reason="越级走访"))
    allow(claim(cross_level=True, channel=Channel.LETTER), [], step(K.ACCEPT, "2024-03-02"))


def test_an_accusation_gets_no_rejection_notice_and_no_handling_clock() -> None:
    facts = CaseFacts(registered_on=D("2024-03-01"), nature=Nature.ACCUSATION)
    refuse(facts, [], step(K.REJECT, "2024-03-02", reason="x"), "检举控告类事项应转送纪检监察机关")
    handling = run(facts, *ROUTED, today=D("2024-03-10"))
    assert handling.state is S.HANDLING and handling.deadlines == ()
    refuse(facts, ROUTED, step(K.EXTEND, "2024-03-10", days=10), "不适用 60 日办理期限")
    assert run(facts, *ROUTED, step(K.COMPLETE, "2024-04-01")).state is S.COMPLETED


def test_a_claim_is_not_closed_by_hand_but_by_reply_and_delivery() -> None:
    refuse(claim(), ROUTED, step(K.COMPLETE, "2024-03-20"), "须书面答复并送达")


def test_which_natures_run_the_handling_clock_is_a_setting() -> None:
    facts = CaseFacts(registered_on=D("2024-03-01"), nature=Nature.SUGGESTION)
    assert run(facts, step(K.ACCEPT, "2024-03-04"), today=D("2024-03-10")).deadlines == ()
    rules = replace(RULES, clock_natures=frozenset({Nature.CLAIM, Nature.SUGGESTION}))
    due = run(facts, step(K.ACCEPT, "2024-03-04"), today=D("2024-03-10"), rules=rules).due
    assert due is not None and (due.kind, due.due) == (
        DeadlineKind.HANDLING,
        D("2024-05-06"),
    )  # 05-03 → after 五一


def test_a_step_dated_before_registration_is_refused() -> None:
    refuse(claim(), [], step(K.ACCEPT, "2024-02-28"), "早于登记日期")


def test_a_backdated_step_that_would_break_a_later_one_is_refused() -> None:
    facts = claim("2024-08-01")
    history = [step(K.ACCEPT, "2024-08-05"), step(K.EXTEND, "2024-09-30", days=20)]
    refuse(facts, history, step(K.EXTEND, "2024-09-01", days=10), "不能再次延期")


# -- deadlines ----------------------------------------------------------------------------------


def test_routing_is_due_15_days_from_receipt_of_a_letter() -> None:
    facts = claim("2024-03-06", received_on=D("2024-03-04"), channel=Channel.LETTER)
    due = run(facts, today=D("2024-03-06")).due
    assert due is not None and (due.kind, due.due, due.since) == (
        DeadlineKind.ROUTE,
        D("2024-03-19"),
        D("2024-03-04"),
    )


def test_the_unit_informs_within_15_days_and_the_clock_runs_from_its_signature() -> None:
    facts = claim()
    assigned = [
        step(K.ASSIGN, "2024-03-04", unit_id=7, unit_deadline="2024-04-15"),
        step(K.SIGN_FOR, "2024-03-05"),
    ]
    handling = run(facts, *assigned, today=D("2024-03-06"))
    kinds = [(d.kind, d.due) for d in handling.deadlines]
    assert kinds == [
        (DeadlineKind.INFORM, D("2024-03-20")),
        (DeadlineKind.UNIT, D("2024-04-15")),
        (DeadlineKind.HANDLING, D("2024-05-06")),  # 03-05 + 60 = 05-04 (a make-up Saturday? no: 五一) → 05-06
    ]
    informed = run(facts, *assigned, step(K.INFORM, "2024-03-10"), today=D("2024-03-11"))
    assert [d.kind for d in informed.deadlines] == [DeadlineKind.UNIT, DeadlineKind.HANDLING]


def test_a_case_from_above_is_warned_by_the_earlier_deadline_and_owes_a_report() -> None:
    facts = claim(source=Source.UPPER_ASSIGNED, upper_deadline=D("2024-03-31"))
    handling = run(facts, step(K.ACCEPT, "2024-03-04"), today=D("2024-03-10"))
    assert handling.due is not None and (handling.due.kind, handling.due.due) == (
        DeadlineKind.UPPER,
        D("2024-03-31"),
    )
    assert handling.report_owed
    done = [step(K.ACCEPT, "2024-03-04"), step(K.MEDIATE, "2024-03-20")]
    closed = run(facts, *done, today=D("2024-03-25"))
    assert closed.state is S.COMPLETED and closed.report_owed and closed.is_open
    assert allowed(facts, *done, today=D("2024-03-25")) == {K.CORRECT, K.REPORT_UP, K.ASSESS, K.SUPERVISE}
    reported = run(facts, *done, step(K.REPORT_UP, "2024-03-22"), today=D("2024-03-25"))
    assert not reported.report_owed and not reported.is_open and reported.deadlines == ()


def test_a_report_up_is_refused_for_local_cases_and_before_an_answer() -> None:
    refuse(claim(), REPLIED, step(K.REPORT_UP, "2024-04-02"), "无需向上级报送")
    upper = claim(source=Source.UPPER_FORWARDED, upper_deadline=D("2024-04-30"))
    refuse(upper, ROUTED, step(K.REPORT_UP, "2024-03-20"), "尚未办结或答复")
    allow(upper, REPLIED, step(K.REPORT_UP, "2024-04-02"))


def test_review_and_recheck_decisions_are_due_in_30_days() -> None:
    reviewing = run(claim(), *DELIVERED, step(K.REVIEW_REQUEST, "2024-04-20"), today=D("2024-04-21"))
    assert reviewing.due is not None and (reviewing.due.kind, reviewing.due.due) == (
        DeadlineKind.REVIEW_DECISION,
        D("2024-05-20"),
    )


def test_a_hearing_is_not_counted_in_the_recheck_period() -> None:
    history = [
        *DELIVERED,
        step(K.REVIEW_REQUEST, "2024-04-20"),
        step(K.REVIEW_DECISION, "2024-05-10"),
        step(K.RECHECK_REQUEST, "2024-05-20"),
    ]
    plain = run(claim(), *history, today=D("2024-05-21"))
    heard = run(claim(), *history, step(K.EXTEND, "2024-06-01", days=10, hearing=True), today=D("2024-06-02"))
    assert plain.due is not None and plain.due.due == D("2024-06-19")
    assert heard.due is not None and heard.due.due == D("2024-06-29") + timedelta(
        days=2
    )  # Sat 06-29 → Mon 07-01


# -- what the steps add up to -------------------------------------------------------------------


def test_the_latest_evaluation_of_the_unit_is_the_cases_satisfaction() -> None:
    result = run(
        claim(),
        *DELIVERED,
        step(K.EVALUATE, "2024-04-05", bureau="satisfied", unit="dissatisfied"),
        step(K.EVALUATE, "2024-04-08", bureau="satisfied", unit="basically_satisfied"),
    )
    assert result.satisfaction is Satisfaction.BASICALLY_SATISFIED


def test_leader_supervision_and_assessment_are_collected() -> None:
    result = run(
        claim(),
        step(K.ACCEPT, "2024-03-02"),
        step(K.LEADER_OWN, "2024-03-03", leader="县委副书记"),
        step(K.SUPERVISE, "2024-03-04", by_upper=True, by="市信访局"),
        step(K.ASSESS, "2024-03-05", tier="red", reason="人数多", review_on="2024-03-12"),
        today=D("2024-03-06"),
    )
    assert result.leader == "县委副书记" and result.supervised
    assert result.assessment is not None and result.assessment.tier is Tier.RED


def test_steps_from_two_offices_that_break_a_rule_are_kept_and_flagged() -> None:
    result = run(claim(), *REPLIED, step(K.REPLY, "2024-04-01", outcome="support"), today=D("2024-04-02"))
    assert result.state is S.REPLIED
    assert result.needs_attention and "已经答复过" in result.problems[0].message


def test_a_corrected_delivery_date_moves_the_review_window() -> None:
    deliver = step(K.DELIVER, "2024-04-03")
    history = [
        *REPLIED,
        deliver,
        step(K.CORRECT, "2024-04-10", step=deliver.uid, field="occurred_on", new="2024-04-08"),
    ]
    # delivered (corrected) Mon 04-08 + 30 = Wed 05-08
    assert run(claim(), *history, today=D("2024-05-08")).window_end == D("2024-05-08")
    allow(claim(), history, step(K.REVIEW_REQUEST, "2024-05-08"))


# -- properties ---------------------------------------------------------------------------------


def _sample_details(kind: StepKind, day: date) -> dict[str, Any]:
    """Valid details for a step of `kind` recorded on `day` (the least a form would send)."""
    examples: dict[StepKind, StepDetails] = {
        K.REJECT: Reject(reason="x"),
        K.FORWARD: Forward(unit_id=3),
        K.ASSIGN: Forward(unit_id=3, unit_deadline=day + timedelta(days=30)),
        K.RETURN: Return(reason="x"),
        K.EXTEND: Extend(days=5, approver="局长", reason="x"),
        K.VOID: Void(reason="x"),
        K.EVALUATE: Evaluate(unit=Satisfaction.SATISFIED),
        K.ASSESS: Assess(tier=Tier.RED, reason="x", review_on=day + timedelta(days=7)),
        K.LEADER_OWN: LeaderOwn(leader="县长"),
        K.TERMINATE: Terminate(reason="x"),
        K.CORRECT: Correct(field="summary", new="y"),
    }
    return (examples.get(kind) or DETAILS_BY_KIND[kind]()).to_details()


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    nature=st.sampled_from([Nature.CLAIM, Nature.SUGGESTION, Nature.ACCUSATION]),
    source=st.sampled_from([Source.LOCAL, Source.UPPER_ASSIGNED]),
)
def test_a_walk_of_allowed_steps_never_breaks_the_procedure(
    seed: int, nature: Nature, source: Source
) -> None:
    """Whatever the form offers, recording it is accepted, and the steps in any order derive the same."""
    rng = random.Random(seed)
    facts = CaseFacts(D("2024-01-02"), nature=nature, source=source, upper_deadline=D("2024-03-01"))
    history = [step(K.REGISTER, "2024-01-02")]
    day = facts.registered_on
    for _ in range(rng.randint(1, 14)):
        day += timedelta(days=rng.choice((0, 1, 3, 10, 25)))
        offered = allowed_kinds(facts, history, RULES, cal(), day)
        if not offered:
            break
        kind = rng.choice(offered)
        new = step(kind, day, **_sample_details(kind, day))
        check_step(facts, history, new, RULES, cal())
        history.append(new)
    result = derive(facts, history, RULES, cal(), day)
    assert result.problems == ()
    assert derive(facts, list(reversed(history)), RULES, cal(), day) == result
    assert all(d.due >= d.since for d in result.deadlines)
