"""红黄绿三色管理 (DOMAIN.md, "Red / yellow / green"): the tier of an open matter and its reasons in words.

The automatic tier comes from facts and deadlines. A 研判 decision sets the tier either way; the
automatic reasons stay beside it, so a leader sees both what the meeting decided and why the program
would have ranked it otherwise. Closed matters have no tier. The deadline state (overdue / due soon /
on time) is a separate answer, shown on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from fazhi_desktop.domain.tier_reasons import (
    ANY_DEADLINE,
    GROUP,
    GROUP_JOIN,
    NOTE,
    REASON_JOIN,
    REASONS,
    UNOFFICIAL,
)
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
    what = facts.due_kind.label if facts.due_kind else ANY_DEADLINE
    code = "overdue" if left < 0 else "due_today" if left == 0 else "due_in"
    return REASONS[code].format(days=abs(left), what=what, due=facts.due, warnings=_unofficial(facts))


def _unofficial(facts: TriageFacts) -> str:
    """The calendar's warning beside the date it concerns: the day may sit inside an unknown holiday."""
    return "".join(UNOFFICIAL.format(warning=w) for w in facts.due_warnings)


def _red(facts: TriageFacts, state: DeadlineState, today: date) -> list[str]:
    red = [_deadline_words(facts, today)] if state is DeadlineState.OVERDUE else []
    if facts.urgent:
        red.append(REASONS["urgent"])
    if facts.threat:
        red.append(REASONS["threat"])
    if facts.collective_people:
        red.append(REASONS["collective"].format(people=facts.collective_people))
    if facts.cross_level:
        red.append(REASONS["cross_level"])
    elif facts.upper_visit:
        red.append(REASONS["upper_visit"])
    if facts.after_recheck:
        red.append(REASONS["after_recheck"])
    return red


def _yellow(facts: TriageFacts, state: DeadlineState, rules: TriageRules, today: date) -> list[str]:
    yellow = [_deadline_words(facts, today)] if state is DeadlineState.DUE_SOON else []
    if facts.is_repeat:
        yellow.append(REASONS["repeat"])
    elif facts.repeat_count >= rules.repeat_threshold > 0:
        yellow.append(REASONS["repeat_count"].format(count=facts.repeat_count))
    if facts.three_cross:
        yellow.append(REASONS["three_cross"])
    if facts.leader:
        yellow.append(REASONS["leader"].format(leader=facts.leader))
    if facts.supervised:
        yellow.append(REASONS["supervised"])
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
        parts.append(GROUP.format(tier=Tier.RED.label, reasons=REASON_JOIN.join(red)))
    if yellow:
        parts.append(GROUP.format(tier=Tier.YELLOW.label, reasons=REASON_JOIN.join(yellow)))
    if not parts:
        detail = (
            REASONS["green_due"].format(days=days_left(facts.due, today), warnings=_unofficial(facts))
            if facts.due
            else REASONS["nothing"]
        )
        parts.append(GROUP.format(tier=Tier.GREEN.label, reasons=detail))
    text = GROUP_JOIN.join(parts)
    return text if len(text) <= REASONS_MAX else text[: REASONS_MAX - 1] + "…"


def _note(facts: TriageFacts, auto: Tier, today: date) -> str:
    assert facts.assessed_tier is not None
    tier = facts.assessed_tier
    head = NOTE["decided"].format(tier=tier.label)
    head += NOTE["automatic"].format(auto=auto.label) if auto is not tier else ""
    text = head + NOTE["reason"].format(reason=facts.assessed_reason or NOTE["no_reason"])
    if facts.review_on is not None:
        due = (
            NOTE["lapsed"]
            if not assessment_holds(facts.review_on, today)
            else NOTE["review_due"]
            if facts.review_on <= today
            else ""
        )
        text += NOTE["next_review"].format(date=facts.review_on) + due
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
