"""红黄绿三色管理 (DOMAIN.md, "Red / yellow / green"): the tier of an open matter and its reasons in words.

The automatic tier comes from facts and deadlines. A 研判 decision sets the tier either way; the
automatic reasons stay beside it, so a leader sees both what the meeting decided and why the program
would have ranked it otherwise. Closed matters have no tier. The deadline state (overdue / due soon /
on time) is a separate answer, shown on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from fazhi_desktop.domain.vocab import DeadlineKind, DeadlineState, Tier

REASONS_MAX = 400


@dataclass(frozen=True)
class TriageRules:
    """The thresholds an administrator may change (settings)."""

    #: Yellow when the next deadline is this many days away or fewer.
    due_soon_days: int = 5
    #: Yellow for the root case of a matter registered again this many times or more.
    repeat_threshold: int = 1


@dataclass(frozen=True)
class TriageFacts:
    """What the tier of one case depends on."""

    open: bool
    due: date | None = None
    due_kind: DeadlineKind | None = None
    urgent: bool = False
    threat: bool = False
    collective_people: int | None = None
    cross_level: bool = False
    upper_visit: bool = False
    after_recheck: bool = False
    is_repeat: bool = False
    repeat_count: int = 0
    three_cross: bool = False
    leader: str | None = None
    supervised: bool = False
    assessed_tier: Tier | None = None
    assessed_reason: str | None = None
    review_on: date | None = None
    #: The deadline rests on a year without an official holiday table (domain/deadlines.py).
    due_warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TierResult:
    """The tier shown (a 研判 decision wins), the automatic one, its reasons, and the decision in words."""

    tier: Tier | None
    auto_tier: Tier | None = None
    reasons: str | None = None
    note: str | None = None
    #: The automatic tier from the facts alone (`fact_tier`), which the deadline can only raise.
    floor: Tier | None = None


def days_left(due: date, today: date) -> int:
    """Days until the deadline: 0 on the day itself, negative once overdue."""
    return (due - today).days


def deadline_state(due: date | None, today: date, soon_days: int) -> DeadlineState:
    """Overdue after the due day; due soon within `soon_days` days (the due day included); else on time."""
    if due is None:
        return DeadlineState.NONE
    left = days_left(due, today)
    if left < 0:
        return DeadlineState.OVERDUE
    if left <= soon_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME


def _deadline_words(facts: TriageFacts, today: date) -> str:
    assert facts.due is not None
    left = days_left(facts.due, today)
    what = facts.due_kind.label if facts.due_kind else "期限"
    if left < 0:
        return f"已超期 {-left} 天（{what} {facts.due}{_unofficial(facts)}）"
    if left == 0:
        return f"今天到期（{what}{_unofficial(facts)}）"
    return f"{left} 天后到期（{what} {facts.due}{_unofficial(facts)}）"


def _unofficial(facts: TriageFacts) -> str:
    """The calendar's warning beside the date it concerns: the day may sit inside an unknown holiday."""
    return "".join(f"，{w}，只按周末推算" for w in facts.due_warnings)


def _red(facts: TriageFacts, state: DeadlineState, today: date) -> list[str]:
    red = [_deadline_words(facts, today)] if state is DeadlineState.OVERDUE else []
    if facts.urgent:
        red.append("重大紧急")
    if facts.threat:
        red.append("扬言极端行为")
    if facts.collective_people:
        red.append(f"集体访 {facts.collective_people} 人")
    if facts.cross_level:
        red.append("越级访")
    elif facts.upper_visit:
        red.append("赴上级走访")
    if facts.after_recheck:
        red.append("复核终结后仍信访")
    return red


def _yellow(facts: TriageFacts, state: DeadlineState, rules: TriageRules, today: date) -> list[str]:
    yellow = [_deadline_words(facts, today)] if state is DeadlineState.DUE_SOON else []
    if facts.is_repeat:
        yellow.append("重复访")
    elif facts.repeat_count >= rules.repeat_threshold > 0:
        yellow.append(f"重复访 {facts.repeat_count} 次")
    if facts.three_cross:
        yellow.append("三跨三分离")
    if facts.leader:
        yellow.append(f"领导包案（{facts.leader}）")
    if facts.supervised:
        yellow.append("上级督办")
    return yellow


def automatic(facts: TriageFacts, rules: TriageRules, today: date) -> tuple[Tier, list[str], list[str]]:
    """The automatic tier with the red and the yellow reasons found."""
    state = deadline_state(facts.due, today, rules.due_soon_days)
    red, yellow = _red(facts, state, today), _yellow(facts, state, rules, today)
    tier = Tier.RED if red else Tier.YELLOW if yellow else Tier.GREEN
    return tier, red, yellow


def fact_tier(facts: TriageFacts, rules: TriageRules) -> Tier:
    """The automatic tier from the facts alone, the deadline aside: the floor under the deadline's tier.

    The deadline only ever raises a tier as the days pass (due soon → yellow, overdue → red), so the
    tier on any later day is the higher of this and the deadline's, which SQL reads from the row
    (services/clock/as_of.py) without waiting for a re-tiering.
    """
    tier, _, _ = automatic(replace(facts, due=None, due_kind=None), rules, date.min)
    return tier


def assessment_holds(review_on: date | None, today: date) -> bool:
    """A 研判 decision sets the tier until its 下次研判 date has passed; then the clock ranks it again."""
    return review_on is None or review_on >= today


def _reasons_text(red: list[str], yellow: list[str], facts: TriageFacts, today: date) -> str:
    parts = []
    if red:
        parts.append(f"红：{'；'.join(red)}")
    if yellow:
        parts.append(f"黄：{'；'.join(yellow)}")
    if not parts:
        detail = f"{days_left(facts.due, today)} 天后到期{_unofficial(facts)}" if facts.due else "无红黄因素"
        parts.append(f"绿：{detail}")
    text = "。".join(parts)
    return text if len(text) <= REASONS_MAX else text[: REASONS_MAX - 1] + "…"


def _note(facts: TriageFacts, auto: Tier, today: date) -> str:
    assert facts.assessed_tier is not None
    tier = facts.assessed_tier
    head = f"研判定为{tier.label}" + (f"（自动为{auto.label}）" if auto is not tier else "")
    text = f"{head}：{facts.assessed_reason or '未写理由'}"
    if facts.review_on is not None:
        due = (
            "，已过期，按自动色级，请重新研判"
            if not assessment_holds(facts.review_on, today)
            else "，已到期，请重新研判"
            if facts.review_on <= today
            else ""
        )
        text += f"；下次研判 {facts.review_on}{due}"
    return text if len(text) <= REASONS_MAX else text[: REASONS_MAX - 1] + "…"


def triage(facts: TriageFacts, rules: TriageRules, today: date) -> TierResult:
    """The tier of a case on `today`; closed matters have none."""
    if not facts.open:
        return TierResult(None)
    auto, red, yellow = automatic(facts, rules, today)
    reasons = _reasons_text(red, yellow, facts, today)
    floor = fact_tier(facts, rules)
    if facts.assessed_tier is None:
        return TierResult(auto, auto, reasons, floor=floor)
    shown = facts.assessed_tier if assessment_holds(facts.review_on, today) else auto
    return TierResult(shown, auto, reasons, _note(facts, auto, today), floor)
