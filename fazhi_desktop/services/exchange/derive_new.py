"""Deriving the cases an import brings new, from the rows it is about to write (no read-back).

A case new here whose matter is new too has all its steps in the package (or released from the
pending list), and all its matter's cases beside it: its ClockRow, its root's state and its
repeat count are known in memory. Such cases are derived with the same `compute` a step entered by
hand runs (roots before their repeats, as `triage.rederive_cases` does) and written with their
derived columns already filled, so the import neither reads their steps back nor updates the rows.
Every other touched case (one that was here before, or whose matter was) is left to
`rederive_cases`, which reads what the database holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.procedure import StepFact
from fazhi_desktop.services.clock.case_state import ROW_COLUMNS, ClockRow, compute, step_fact
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules

_ROW_KEYS = tuple(column.key for column in ROW_COLUMNS)


def derive_queued(
    session: Session,
    cases: list[dict[str, Any]],
    steps: list[dict[str, Any]],
    new_matters: set[int],
    roots: Mapping[int, int | None],
    cal: HolidayCalendar,
    today: date,
) -> set[int]:
    """Fill the derived columns of the queued new `cases` whose matter is in `new_matters`
    (`roots`: such a matter's root case id, or None); returns the ids of the cases derived."""
    by_id = {row["id"]: row for row in cases if row["matter_id"] in new_matters}
    if not by_id:
        return set()
    # A new matter's root must be one of its new cases; otherwise the database knows more.
    by_id = {
        case_id: row
        for case_id, row in by_id.items()
        if roots.get(row["matter_id"]) is None or roots[row["matter_id"]] in by_id
    }
    facts: dict[int, list[StepFact]] = defaultdict(list)
    for step in steps:
        if step["case_id"] in by_id:
            facts[step["case_id"]].append(
                step_fact(
                    step["kind"], step["occurred_on"], step["details"], step["recorded_at"], step["uuid"]
                )
            )
    repeats: dict[int, int] = defaultdict(int)
    for row in by_id.values():
        if row["is_repeat"]:
            repeats[row["matter_id"]] += 1
    rules, ranks = clock_rules(session), triage_rules(session)
    for repeat in (False, True):  # a repeat reads its root's state: roots first
        for case_id, row in by_id.items():
            if bool(row["is_repeat"]) is not repeat:
                continue
            root_id = roots.get(row["matter_id"])
            root_state = by_id[root_id]["state"] if root_id is not None else None
            clock_row = ClockRow.of([row[key] for key in _ROW_KEYS], root_state, repeats[row["matter_id"]])
            _, values = compute(clock_row, facts.get(case_id, []), rules, ranks, cal, today)
            row.update(values)
    return set(by_id)
