"""The procedure as states (DOMAIN.md): which step may follow which, and what a case's steps add up to.

`derive` walks a case's steps in date order and returns its state, handling unit, pending deadlines,
closed date, latest evaluation and the problems found on the way. It never raises: steps that arrive
from another office are facts even when together they break a rule, so a step that breaks one is
still applied and reported as a `Problem` (the case is then flagged for a person to look at).
`check_step` is the gate for a step recorded here: it refuses, with a message citing the rule, any
step that would add a problem. `allowed_kinds` lists the steps a form should offer now.

Time matters: a reply's request window passing turns 已送达 into 已办结, so the walk moves the clock
forward to each step's date, and finally to today.

The parts: procedure_states (the table and the data), procedure_walk (the clock, each step's
effect, the pending deadlines), procedure_rules (what a step may break, in words); this module joins
them. Import the public names from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure_rules import violation
from fazhi_desktop.domain.procedure_states import (
    AUTOMATIC,
    STATE_STEPS,
    TARGET,
    Assessment,
    CaseFacts,
    Deadline,
    Derived,
    Problem,
    StepFact,
)
from fazhi_desktop.domain.procedure_walk import Walk
from fazhi_desktop.domain.vocab import FINAL_STATES, StepKind

__all__ = [
    "STATE_STEPS",
    "TARGET",
    "Assessment",
    "CaseFacts",
    "Deadline",
    "Derived",
    "Problem",
    "StepFact",
    "allowed_kinds",
    "check_step",
    "derive",
    "derived_of",
    "walk_of",
]

K = StepKind


def _apply_corrections(steps: Sequence[StepFact]) -> list[StepFact]:
    """Steps with the 更正 of earlier steps (by UUID) applied to them: a corrected date moves a step."""
    corrections = [s for s in steps if s.kind is K.CORRECT and s.details.get("step")]
    if not corrections:
        return steps if isinstance(steps, list) else list(steps)
    patched = {s.uid: s for s in steps}
    for fix in sorted(corrections, key=_order):
        target = patched.get(str(fix.details["step"]))
        name, new = str(fix.details.get("field") or ""), fix.details.get("new")
        if target is None or new is None:
            continue
        if name == "occurred_on":
            target = target._replace(occurred_on=date.fromisoformat(str(new)))
        else:
            target = target._replace(details={**target.details, name: new})
        patched[target.uid] = target
    return [patched.get(s.uid, s) for s in steps]


def _order(step: StepFact) -> tuple[date, int, datetime, str]:
    return (step.occurred_on, 0 if step.kind is K.REGISTER else 1, step.recorded_at or datetime.min, step.uid)


def _walk(
    facts: CaseFacts, steps: Iterable[StepFact], rules: ClockRules, cal: HolidayCalendar, check: bool = True
) -> tuple[Walk, list[Problem], list[StepFact]]:
    walk = Walk.start(facts, rules, cal)
    problems: list[Problem] = []
    ordered = sorted(_apply_corrections(list(steps)), key=_order)
    for index, step in enumerate(ordered):
        walk.advance(step.occurred_on)
        if step.kind is K.REGISTER:
            if index and check:
                problems.append(Problem(step.uid, step.kind, step.occurred_on, "同一信访件登记了两次。"))
            continue
        message = violation(walk, step.kind, step.occurred_on, step.details) if check else None
        if message is not None:
            problems.append(Problem(step.uid, step.kind, step.occurred_on, message))
        walk.apply(step)
    return walk, problems, ordered


def derive(
    facts: CaseFacts,
    steps: Iterable[StepFact],
    rules: ClockRules,
    cal: HolidayCalendar,
    today: date,
    *,
    check: bool = True,
) -> Derived:
    """The state of a case from its steps, as of `today`. Deterministic: the same steps in any order
    (as from two offices) give the same answer. `check=False` skips looking for problems (for steps
    known to follow the procedure, as the demo's); the answer is otherwise the same."""
    walk, problems, _ = _walk(facts, steps, rules, cal, check)
    return derived_of(walk, problems, today)


def walk_of(facts: CaseFacts, steps: Iterable[StepFact], rules: ClockRules, cal: HolidayCalendar) -> Walk:
    """The walk through a case's steps (without looking for problems), before time runs on to today:
    with `derived_of`, what `derive(..., check=False)` answers."""
    return _walk(facts, steps, rules, cal, check=False)[0]


def derived_of(walk: Walk, problems: Sequence[Problem], today: date) -> Derived:
    """What a walk through a case's steps adds up to on `today` (the walk is moved on to it)."""
    walk.advance(today)
    return Derived(
        state=walk.state,
        handling_unit_id=walk.unit_id,
        accepted_on=walk.accepted_on,
        replied_on=walk.replied_on,
        closed_on=walk.closed_on if walk.state in FINAL_STATES else None,
        satisfaction=walk.satisfaction,
        deadlines=tuple(walk.deadlines()),
        window_end=walk.window_end,
        extensions=walk.extensions,
        extension_days=walk.extension_days,
        report_owed=walk.report_owed,
        leader=walk.leader if walk.state not in FINAL_STATES else None,
        supervised=walk.supervised,
        assessment=walk.assessment,
        problems=tuple(problems),
    )


def check_step(
    facts: CaseFacts,
    steps: Sequence[StepFact],
    new: StepFact,
    rules: ClockRules,
    cal: HolidayCalendar,
) -> None:
    """Refuse (UserError, citing the rule) a new step that would break the procedure, here or for the
    steps after it when it is dated back."""
    _, before, _ = _walk(facts, steps, rules, cal)
    _, after, _ = _walk(facts, [*steps, new], rules, cal)
    known = {(p.uid, p.message) for p in before}
    fresh = [p for p in after if (p.uid, p.message) not in known]
    if not fresh:
        return
    own = next((p for p in fresh if p.uid == new.uid), None)
    if own is not None:
        raise UserError(own.message)
    other = fresh[0]
    raise UserError(
        f"记录这一步后，{other.occurred_on} 的「{other.kind.label}」将不再符合办理程序：{other.message}"
    )


def allowed_kinds(
    facts: CaseFacts, steps: Sequence[StepFact], rules: ClockRules, cal: HolidayCalendar, today: date
) -> list[StepKind]:
    """The steps that may be recorded today, in the order of the vocabulary."""
    walk, _, _ = _walk(facts, steps, rules, cal)
    walk.advance(today)
    return [kind for kind in StepKind if kind not in AUTOMATIC and violation(walk, kind, today, None) is None]
