"""The rules of docs/INDICATORS.md, "What an imported ledger row becomes", one row at a time: the
steps a row's columns state, and the facts it leaves unknown."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from fazhi_desktop.domain.indicator_facts import UNKNOWN_KEY
from fazhi_desktop.domain.vocab import CaseState, Channel, Satisfaction, Source
from fazhi_desktop.excel.ledger_handling import Handling
from fazhi_desktop.excel.ledger_outcomes import outcome_of, route_of, state_of
from fazhi_desktop.excel.ledger_rows import LedgerCase
from fazhi_desktop.services.ledger.steps import ledger_steps

D = date.fromisoformat


def _row(accepted: str = "", closed: str = "", **handling: Any) -> LedgerCase:
    case = LedgerCase(
        row=3, registered_on=D("2024-03-04"), channel=Channel.VISIT, source=Source.LOCAL, summary="诉求",
        content=None, name="甲",
    )  # fmt: skip
    case.accepted_on = D(accepted) if accepted else None
    case.closed_on = D(closed) if closed else None
    case.handling = Handling(accepted_on=case.accepted_on, closed_on=case.closed_on, **handling)
    return case


def _steps(case: LedgerCase) -> tuple[list[tuple[str, str]], list[str]]:
    made = ledger_steps(case, {"ledger": "台账.xlsx"})
    return [(k.value, d.isoformat()) for k, d, _ in made], list(made[0][2].get(UNKNOWN_KEY, ()))


def test_closed_and_evaluated_without_a_decision_date() -> None:
    steps, unknown = _steps(_row(closed="2024-04-01", satisfaction=Satisfaction.SATISFIED))
    assert steps == [
        ("register", "2024-03-04"),
        ("deliver", "2024-04-01"),
        ("evaluate", "2024-04-01"),
        ("complete", "2024-04-01"),
    ]
    assert unknown == ["handling_due", "route_due"]


def test_an_answer_with_its_dates() -> None:
    case = _row("2024-03-05", "2024-05-10", outcome=outcome_of("答复：不予支持"), answered_on=D("2024-04-01"))
    case.handling.delivered_on = D("2024-04-03")
    steps, unknown = _steps(case)
    assert steps == [
        ("register", "2024-03-04"),
        ("accept", "2024-03-05"),
        ("reply", "2024-04-01"),
        ("deliver", "2024-04-03"),
        ("complete", "2024-05-10"),
    ]
    assert unknown == []


def test_an_ending_named_without_any_date_is_not_judged() -> None:
    steps, unknown = _steps(_row(outcome=outcome_of("导入法定途径：仲裁")))
    assert steps == [("register", "2024-03-04")]
    assert unknown == ["handling_due", "route_due"]


def test_told_after_acceptance_is_no_answer() -> None:
    steps, unknown = _steps(_row("2024-03-05", "2024-03-20", outcome=outcome_of("告知")))
    assert [k for k, _ in steps] == ["register", "accept", "inform", "complete"]
    assert unknown == ["handling_due"]


def test_nothing_after_registration_is_an_open_case() -> None:
    assert _steps(_row()) == ([("register", "2024-03-04")], [])


def test_a_state_alone_puts_the_review_on_the_last_day() -> None:
    case = _row("2024-03-05", outcome=outcome_of("已答复"), answered_on=D("2024-04-01"))
    case.handling.state = CaseState.REVIEWING
    steps, _unknown = _steps(case)
    assert steps[-1] == ("review_request", "2024-04-01")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("答复：不予支持", "reply:reject"),
        ("调解不成，已答复", "reply:explain"),
        ("予以支持", "reply:support"),
        ("导入法定途径：行政复议", "divert:admin_reconsideration"),
        ("达成调解协议", "mediate:"),
        ("申请撤回", "withdraw:"),
        ("不予受理", "reject:"),
        ("复核终结", "terminate:"),
        ("已办结", "complete:"),
        ("办理中", None),
        ("已督促企业支付工资", None),
    ],
)
def test_result_words(text: str, code: str | None) -> None:
    found = outcome_of(text)
    assert (f"{found.kind.value}:{found.detail[1] if found.detail else ''}" if found else None) == code


def test_state_and_route_words() -> None:
    assert state_of("已送达（复查）") is CaseState.REVIEW_DELIVERED
    assert state_of("复核中") is CaseState.RECHECKING and state_of("不知道") is None
    assert route_of("交办") == (True, route_of("上级交办")[1]) and route_of("直接办理") == (True, None)
    assert route_of("其他")[0] is False
