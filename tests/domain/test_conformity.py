"""The 评查 rules over hand-made views of one case: each rule alone, the set as data, the score."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fazhi_desktop.domain.conformity.rules import RULES, RULES_VERSION, configure, judge, score
from fazhi_desktop.domain.conformity.view import CaseView, StepView
from fazhi_desktop.domain.procedure_states import Deadline
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import CaseState, DeadlineKind, Nature, StepKind

D = date.fromisoformat
K = StepKind

#: A 申诉求决 case handled by the book: accepted, replied, delivered with the receipt, evaluated.
GOOD = CaseView(
    id=1,
    number="431127-2024-000001",
    registered_on=D("2024-09-02"),
    today=D("2024-11-20"),
    state=CaseState.DELIVERED,
    nature=Nature.CLAIM,
    has_clock=True,
    principal_name="王建国",
    anonymous=False,
    summary="反映拖欠工资",
    content=None,
    region_id=3,
    accused=None,
    accused_unit_id=None,
    not_public=False,
    is_repeat=False,
    steps=(
        StepView(K.REGISTER, D("2024-09-02")),
        StepView(K.ACCEPT, D("2024-09-05")),
        StepView(K.REPLY, D("2024-10-20"), attachments=1),
        StepView(K.DELIVER, D("2024-10-22"), attachments=1),
        StepView(K.EVALUATE, D("2024-10-22")),
    ),
    route_due=D("2024-09-18"),
    handling_due=D("2024-11-04"),
    printed=frozenset({ReportKind.ACCEPT, ReportKind.REPLY}),
)
RULESET = configure(None)


def _rules(view: CaseView) -> list[str]:
    return [f.rule_id for f in judge(view, RULESET)]


def test_a_case_handled_by_the_book_has_no_finding() -> None:
    assert _rules(GOOD) == []


def test_each_rule_alone() -> None:
    no_eval = replace(GOOD, steps=GOOD.steps[:-1])
    assert _rules(no_eval) == ["evaluation.asked"]
    later = {K.REPLY: D("2024-11-06"), K.DELIVER: D("2024-11-07"), K.EVALUATE: D("2024-11-07")}
    late_reply = replace(
        GOOD, steps=tuple(replace(s, occurred_on=later.get(s.kind, s.occurred_on)) for s in GOOD.steps)
    )
    assert _rules(late_reply) == ["reply.timely"]
    bare = replace(
        GOOD, steps=tuple(replace(s, attachments=0) if s.kind is K.REPLY else s for s in GOOD.steps)
    )
    assert _rules(bare) == ["decision.attachments"]
    repeat = replace(GOOD, unlinked_earlier=("431127-2024-000001",))
    assert _rules(repeat) == ["repeat.linked"]
    reviewing = replace(
        GOOD,
        state=CaseState.REVIEWING,
        pending=(Deadline(DeadlineKind.REVIEW_DECISION, D("2024-11-15"), D("2024-10-16")),),
    )
    assert _rules(reviewing) == ["appeal.timely"]
    rejected = replace(
        GOOD,
        state=CaseState.ENDED,
        steps=(StepView(K.REGISTER, D("2024-09-02")), StepView(K.REJECT, D("2024-09-04"), attachments=1)),
        handling_due=None,
        printed=frozenset(),
    )
    assert _rules(rejected) == ["notice.printed"]


def test_an_unanswered_petition_past_its_handling_period() -> None:
    open_ = replace(
        GOOD,
        state=CaseState.HANDLING,
        steps=GOOD.steps[:2],
        pending=(Deadline(DeadlineKind.HANDLING, D("2024-11-04"), D("2024-09-05")),),
        printed=frozenset({ReportKind.ACCEPT}),
    )
    found = judge(open_, RULESET)
    assert [f.rule_id for f in found] == ["reply.timely"]
    assert "2024-11-04" in found[0].detail and found[0].article == "《信访工作条例》第三十四条"


def test_the_set_is_data_with_a_version() -> None:
    assert RULESET.version == RULES_VERSION
    assert len({r.id for r in RULES}) == len(RULES)
    off = configure({"evaluation.asked": {"enabled": False}, "decision.attachments": {"weight": 25}})
    assert off.version.startswith(RULES_VERSION + "+") and off.version != RULESET.version
    assert [f.rule_id for f in judge(replace(GOOD, steps=GOOD.steps[:-1]), off)] == []
    bare = replace(
        GOOD, steps=tuple(replace(s, attachments=0) if s.kind is K.REPLY else s for s in GOOD.steps)
    )
    assert [f.weight for f in judge(bare, off)] == [25]
    assert score([25, 15]) == 60 and score([60, 60]) == 0


def test_a_void_registration_is_not_judged() -> None:
    assert _rules(replace(GOOD, state=CaseState.VOID, principal_name=None, region_id=None)) == []
