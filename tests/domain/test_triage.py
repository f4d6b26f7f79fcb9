"""红黄绿: the automatic tier and its reasons, the 研判 decision beside it, the deadline state."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_desktop.domain.triage import TriageFacts, TriageRules, deadline_state, triage
from fazhi_desktop.domain.vocab import DeadlineKind, DeadlineState, Tier

TODAY = date(2024, 11, 20)
RULES = TriageRules()


def facts(**fields: Any) -> TriageFacts:
    return TriageFacts(open=True, **fields)


def due_in(days: int) -> dict[str, Any]:
    return {"due": TODAY + timedelta(days=days), "due_kind": DeadlineKind.HANDLING}


def test_closed_matters_have_no_tier() -> None:
    result = triage(TriageFacts(open=False, urgent=True), RULES, TODAY)
    assert (result.tier, result.auto_tier, result.reasons) == (None, None, None)


def test_red_reads_its_reasons_aloud() -> None:
    result = triage(facts(**due_in(-3), collective_people=12), RULES, TODAY)
    assert result.tier is Tier.RED
    assert result.reasons == "红：已超期 3 天（办理期限 2024-11-17）；集体访 12 人"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"urgent": True}, "重大紧急"),
        ({"threat": True}, "扬言极端行为"),
        ({"collective_people": 5}, "集体访 5 人"),
        ({"cross_level": True}, "越级访"),
        ({"upper_visit": True}, "赴上级走访"),
        ({"after_recheck": True}, "复核终结后仍信访"),
    ],
)
def test_each_red_fact(fields: dict[str, Any], reason: str) -> None:
    result = triage(facts(**fields), RULES, TODAY)
    assert result.tier is Tier.RED and result.reasons == f"红：{reason}"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (due_in(5), "5 天后到期（办理期限 2024-11-25）"),
        (due_in(0), "今天到期（办理期限）"),
        ({"is_repeat": True}, "重复访"),
        ({"repeat_count": 2}, "重复访 2 次"),
        ({"three_cross": True}, "三跨三分离"),
        ({"leader": "县委副书记"}, "领导包案（县委副书记）"),
        ({"supervised": True}, "上级督办"),
    ],
)
def test_each_yellow_fact(fields: dict[str, Any], reason: str) -> None:
    result = triage(facts(**fields), RULES, TODAY)
    assert result.tier is Tier.YELLOW and result.reasons == f"黄：{reason}"


def test_green_says_how_long_is_left() -> None:
    assert triage(facts(**due_in(6)), RULES, TODAY).reasons == "绿：6 天后到期"
    assert triage(facts(), RULES, TODAY).reasons == "绿：无红黄因素"


def test_red_keeps_the_yellow_reasons_visible() -> None:
    result = triage(facts(urgent=True, repeat_count=1, **due_in(2)), RULES, TODAY)
    assert result.reasons == "红：重大紧急。黄：2 天后到期（办理期限 2024-11-22）；重复访 1 次"


def test_thresholds_are_settings() -> None:
    assert triage(facts(**due_in(6)), TriageRules(due_soon_days=7), TODAY).tier is Tier.YELLOW
    assert triage(facts(repeat_count=2), TriageRules(repeat_threshold=3), TODAY).tier is Tier.GREEN


def test_the_meeting_overrides_either_way_and_the_automatic_reasons_stay() -> None:
    down = triage(
        facts(
            collective_people=8,
            assessed_tier=Tier.YELLOW,
            assessed_reason="已达成和解意向",
            review_on=date(2024, 11, 27),
        ),
        RULES,
        TODAY,
    )
    assert (down.tier, down.auto_tier) == (Tier.YELLOW, Tier.RED)
    assert down.reasons == "红：集体访 8 人"
    assert down.note == "研判定为黄（自动为红）：已达成和解意向；下次研判 2024-11-27"
    up = triage(
        facts(assessed_tier=Tier.RED, assessed_reason="信访人情绪激动", review_on=TODAY), RULES, TODAY
    )
    assert (up.tier, up.auto_tier) == (Tier.RED, Tier.GREEN)
    assert up.note is not None and up.note.endswith("已到期，请重新研判")


def test_deadline_state_on_its_own() -> None:
    assert deadline_state(None, TODAY, 5) is DeadlineState.NONE
    assert deadline_state(TODAY - timedelta(days=1), TODAY, 5) is DeadlineState.OVERDUE
    assert deadline_state(TODAY, TODAY, 5) is DeadlineState.DUE_SOON  # ends at 24:00 today
    assert deadline_state(TODAY + timedelta(days=5), TODAY, 5) is DeadlineState.DUE_SOON
    assert deadline_state(TODAY + timedelta(days=6), TODAY, 5) is DeadlineState.ON_TIME


@given(
    days=st.integers(min_value=-400, max_value=400),
    flags=st.fixed_dictionaries(
        {k: st.booleans() for k in ("urgent", "threat", "three_cross", "supervised")}
    ),
)
def test_the_tier_follows_the_worst_reason(days: int, flags: dict[str, bool]) -> None:
    result = triage(facts(**due_in(days), **flags), RULES, TODAY)
    red = days < 0 or flags["urgent"] or flags["threat"]
    yellow = 0 <= days <= 5 or flags["three_cross"] or flags["supervised"]
    assert result.tier is (Tier.RED if red else Tier.YELLOW if yellow else Tier.GREEN)
    assert result.reasons is not None and result.reasons.startswith(result.tier.label + "：")
