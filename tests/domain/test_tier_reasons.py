"""The tier's stored reasons read back into their codes: every text `triage` writes comes apart into
templates and values that write it again, so a screen can say each part in its own language."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.tier_reasons import (
    GROUP,
    GROUP_JOIN,
    NOTE,
    REASON_JOIN,
    REASONS,
    TEXT,
    UNOFFICIAL,
    UNOFFICIAL_YEAR,
    Decision,
    Reason,
    ReasonGroup,
    parse_note,
    parse_reasons,
)
from fazhi_desktop.domain.triage import TriageFacts, TriageRules, triage
from fazhi_desktop.domain.vocab import DeadlineKind, Tier

TODAY = date(2024, 11, 20)
#: What a deadline on a year without a holiday table carries (`Due.warnings`).
WARNING = HolidayCalendar().missing_year_warning(2027)


def _facts(**fields: Any) -> TriageFacts:
    return TriageFacts(open=True, **fields)


#: Facts that between them write every reason and every part of a decision (the UI test reuses them).
SAMPLES: list[TriageFacts] = [
    _facts(due=TODAY - timedelta(days=3), due_kind=DeadlineKind.HANDLING, collective_people=12),
    _facts(due=TODAY - timedelta(days=1), due_kind=DeadlineKind.ROUTE, repeat_count=1),
    _facts(due=TODAY + timedelta(days=1), due_kind=DeadlineKind.HANDLING),
    _facts(due=TODAY, due_kind=DeadlineKind.ROUTE, urgent=True, threat=True, cross_level=True),
    _facts(due=TODAY + timedelta(days=2), due_kind=DeadlineKind.UPPER, upper_visit=True, after_recheck=True),
    _facts(due=TODAY + timedelta(days=4), is_repeat=True, three_cross=True, leader="王局长", supervised=True),
    _facts(repeat_count=3),
    _facts(due=TODAY + timedelta(days=30), due_kind=DeadlineKind.HANDLING),
    _facts(),
    _facts(
        due=TODAY + timedelta(days=3),
        due_kind=DeadlineKind.HANDLING,
        due_warnings=(WARNING,),
        urgent=True,
    ),
    _facts(due=TODAY + timedelta(days=40), due_warnings=(WARNING,)),
    _facts(urgent=True, assessed_tier=Tier.YELLOW, assessed_reason="已化解，降为黄色", review_on=TODAY),
    _facts(assessed_tier=Tier.RED, review_on=TODAY - timedelta(days=1)),
    _facts(urgent=True, assessed_tier=Tier.RED, assessed_reason="维持", review_on=TODAY + timedelta(days=9)),
    _facts(assessed_tier=Tier.GREEN),
]


def _written(groups: tuple[ReasonGroup, ...]) -> str:
    def one(reason: Reason) -> str:
        warnings = "".join(
            UNOFFICIAL.format(warning=UNOFFICIAL_YEAR.format(year=y)) for y in reason.unofficial_years
        )
        return REASONS[reason.code].format(**reason.values, warnings=warnings)

    return GROUP_JOIN.join(
        GROUP.format(tier=g.tier.label, reasons=REASON_JOIN.join(one(r) for r in g.reasons)) for g in groups
    )


def _note_written(d: Decision) -> str:
    text = NOTE["decided"].format(tier=d.tier.label)
    text += NOTE["automatic"].format(auto=d.automatic.label) if d.automatic else ""
    text += NOTE["reason"].format(reason=d.reason if d.reason is not None else NOTE["no_reason"])
    if d.next_review:
        text += NOTE["next_review"].format(date=d.next_review) + (NOTE[d.review] if d.review else "")
    return text


def test_every_sample_reads_back_into_codes_that_write_it_again() -> None:
    codes: set[str] = set()
    for facts in SAMPLES:
        result = triage(facts, TriageRules(), TODAY)
        groups = parse_reasons(result.reasons)
        assert groups is not None, result.reasons
        assert all(r.code != TEXT for g in groups for r in g.reasons), result.reasons
        assert _written(groups) == result.reasons
        codes |= {r.code for g in groups for r in g.reasons}
        if result.note is not None:
            decision = parse_note(result.note)
            assert decision is not None, result.note
            assert _note_written(decision) == result.note
    assert codes == set(REASONS), "a reason no sample writes: " + ", ".join(set(REASONS) - codes)


def test_a_deadline_on_a_year_without_holidays_keeps_its_year() -> None:
    groups = parse_reasons(triage(SAMPLES[9], TriageRules(), TODAY).reasons)
    assert groups is not None
    yellow = groups[1].reasons[0]
    assert yellow == Reason("due_in", {"days": "3", "what": "办理期限", "due": "2024-11-23"}, (2027,))


def test_the_calendars_warning_is_the_one_the_template_reads() -> None:
    assert UNOFFICIAL_YEAR.format(year=2027) == WARNING


def test_words_it_does_not_know_come_back_as_stored() -> None:
    assert parse_reasons("随便写的") is None
    assert parse_reasons(None) is None
    groups = parse_reasons("红：重大紧急；某种新理由")
    assert groups == (ReasonGroup(Tier.RED, (Reason("urgent", {}), Reason(TEXT, {"text": "某种新理由"}))),)
    assert parse_note("研判定为紫：x") is None


@given(
    days=st.integers(-400, 400),
    people=st.integers(0, 500),
    repeats=st.integers(0, 20),
    leader=st.text(alphabet="王李张局长（）；", min_size=1, max_size=6),
)
def test_any_facts_read_back(days: int, people: int, repeats: int, leader: str) -> None:
    facts = _facts(
        due=TODAY + timedelta(days=days),
        due_kind=DeadlineKind.HANDLING,
        collective_people=people or None,
        repeat_count=repeats,
        leader=leader if "；" not in leader else None,
    )
    text = triage(facts, TriageRules(), TODAY).reasons
    groups = parse_reasons(text)
    assert groups is not None and _written(groups) == text
