"""The import writes a package's rows in bulk and derives its cases in bulk: the result must be what
deriving each case on its own (the path of a step entered by hand) gives, and what the sender holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.clock.case_state import DERIVED_COLUMNS, clock_row, compute, load_steps
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import open_context
from fazhi_desktop.store.models import Case, CasePetitioner, Matter, Petitioner, Step
from tests.exchange.offices import fazhi, make_offices


def _derived_alone(db: str) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Per case number: the stored derived columns, and those `compute` gives for the case alone."""
    ctx = open_context(db, "t")
    try:
        cal = load_calendar(ctx)
        with ctx.db.reading() as session:
            rules, ranks = clock_rules(session), triage_rules(session)
            stored, alone = {}, {}
            for case in session.scalars(select(Case)):
                stored[case.number] = {name: getattr(case, name) for name in DERIVED_COLUMNS}
                _, values = compute(
                    clock_row(session, case), load_steps(session, case.id), rules, ranks, cal, clock.today()
                )
                alone[case.number] = values
        return stored, alone
    finally:
        ctx.close()


def _content(db: str) -> dict[str, Any]:
    """What a package carries, by UUID (local keys differ between offices)."""
    ctx = open_context(db, "t")
    try:
        with ctx.db.reading() as session:
            return {
                "people": sorted(
                    session.execute(select(Petitioner.uuid, Petitioner.name, Petitioner.id_number))
                ),
                "links": sorted(
                    session.execute(
                        select(Case.uuid, Petitioner.uuid, CasePetitioner.position)
                        .join(CasePetitioner, CasePetitioner.case_id == Case.id)
                        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
                    )
                ),
                "roots": sorted(
                    session.execute(select(Matter.uuid, Case.uuid).join(Case, Case.id == Matter.root_case_id))
                ),
                "steps": sorted(
                    (str(u), str(c), k, d)
                    for u, c, k, d in session.execute(
                        select(Step.uuid, Case.uuid, Step.kind, Step.occurred_on).join(
                            Case, Case.id == Step.case_id
                        )
                    )
                ),
            }
    finally:
        ctx.close()


def test_a_bulk_import_derives_every_case_as_it_would_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=30)
    township = offices.townships[0]
    package = tmp_path / "a1.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(package))
    got = fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    assert got["counts"]["cases"]["imported"] == 30  # type: ignore[index]
    stored, alone = _derived_alone(offices.county)
    assert len(stored) == 30
    assert any(values["state"] != "registered" for values in stored.values())  # derived, not left as queued
    assert stored == alone
    # The rows arrive as the township holds them: people, who petitioned in which case, roots, steps.
    sent = _content(township)
    assert _content(offices.county) == sent
    assert sent["roots"] and sent["links"] and sent["steps"]
