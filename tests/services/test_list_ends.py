"""A list's first and last screens read with a LIMIT (issue #21) are exactly the start and the end of
its whole ordered ids, for every sort the list offers, both ways, with a filter or none, on SQLite and
PostgreSQL: empty values, ties and 按紧急程度's two-part first screen included."""

from __future__ import annotations

import pytest

from fazhi_desktop.services.cases.reading import SORT_COLUMNS, URGENCY, CaseFilter, case_ids, list_cases
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo

SORTS = [*SORT_COLUMNS, "state", "tier", URGENCY]
SCREEN = 25


@pytest.fixture
def demo_ctx(ctx: Context) -> Context:
    demo.generate(ctx, 120, seed=11)  # open and closed cases, with and without a deadline or a name
    return ctx


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_and_last_screens_are_the_ends_of_the_ids(demo_ctx: Context, descending: bool) -> None:
    for f in (CaseFilter(), CaseFilter(nature="claim")):
        for sort in SORTS:
            ids = list(case_ids(demo_ctx, f, sort=sort, descending=descending))
            assert len(ids) > 2 * SCREEN
            first = list_cases(demo_ctx, f, sort=sort, descending=descending, limit=SCREEN)
            last = list_cases(demo_ctx, f, sort=sort, descending=descending, limit=SCREEN, from_end=True)
            assert [row.id for row in first] == ids[:SCREEN], (sort, f)
            assert [row.id for row in last] == ids[-SCREEN:], (sort, f)


def test_the_most_urgent_first_spans_cases_with_and_without_a_deadline(demo_ctx: Context) -> None:
    ids = list(case_ids(demo_ctx, CaseFilter(), sort=URGENCY, descending=False))
    every = list_cases(demo_ctx, CaseFilter(), sort=URGENCY, descending=False, limit=len(ids))
    dated = [row.due_date is not None for row in every]
    assert any(dated) and not all(dated) and dated == sorted(dated, reverse=True)
    assert [row.id for row in every] == ids
