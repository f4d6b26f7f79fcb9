"""Walk.redated: the walk of the same steps on other days, without walking them again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, StepFact, walk_of
from fazhi_desktop.domain.procedure_walk import Walk
from fazhi_desktop.domain.vocab import Nature, Source, StepKind

K = StepKind
RULES = ClockRules()
CAL = HolidayCalendar()
START = date(2024, 3, 1)
# Steps that count no request window (a ledger row's, and a 退回, a 延期 and a 研判 besides).
KINDS = (K.ACCEPT, K.ASSIGN, K.FORWARD, K.SIGN_FOR, K.RETURN, K.EXTEND, K.REPLY, K.ASSESS)


def _details(kind: StepKind, day: date) -> dict[str, object]:
    # Dates in the details are days of steps here, so that one map of days moves them all.
    if kind in (K.ASSIGN, K.FORWARD):
        return {"unit_id": 7, "unit_deadline": day.isoformat()}
    if kind is K.EXTEND:
        return {"days": 30}
    if kind is K.ASSESS:
        return {"tier": "red", "reason": "扬言", "review_on": day.isoformat()}
    return {}


def _walk(gaps: list[int], kinds: list[StepKind]) -> tuple[Walk, list[date]]:
    days = [START]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    facts = CaseFacts(
        days[0],
        received_on=days[0],
        nature=Nature.CLAIM,
        source=Source.UPPER_SUPERVISED,
        upper_deadline=days[-1],
    )
    steps = [StepFact(K.REGISTER, days[0])]
    steps += [StepFact(kind, day, _details(kind, day)) for kind, day in zip(kinds, days[1:], strict=True)]
    return walk_of(facts, steps, RULES, CAL), days


@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=6
    )
)
def test_a_redated_walk_is_the_walk_of_the_same_steps_on_the_new_days(
    steps: list[tuple[StepKind, int, int]],
) -> None:
    kinds = [kind for kind, _, _ in steps]
    # The same order of days (a gap of 0 days stays 0), other days.
    old_gaps = [old for _, old, _ in steps]
    new_gaps = [(new + 1) * bool(old) for _, old, new in steps]
    walk, days = _walk(old_gaps, kinds)
    expected, new_days = _walk(new_gaps, kinds)
    assert walk.redated(dict(zip(days, new_days, strict=True))) == expected


def test_a_walk_with_a_request_window_is_not_redated() -> None:
    facts = CaseFacts(START, nature=Nature.CLAIM)
    steps = [StepFact(kind, START) for kind in (K.REGISTER, K.ACCEPT, K.REPLY, K.DELIVER)]
    with pytest.raises(ValueError):
        walk_of(facts, steps, RULES, CAL).redated({})
