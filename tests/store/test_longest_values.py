"""A SQLite backup holding the longest values the rule allows restores into PostgreSQL (issue 16):
each field's limit (domain/input_rules.py) is the same on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fazhi_desktop.domain.input_rules import FIELDS
from fazhi_desktop.services import backup as backups
from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.store.models import Case, Petitioner


def _longest(name: str, char: str = "长") -> str:
    return char * FIELDS[name].max_chars


def test_the_longest_values_restore_from_sqlite_into_postgresql(
    ctx: Context, empty_db_url: str, tmp_path: Path
) -> None:
    if ctx.db.path is None or "://" not in empty_db_url:
        pytest.skip("from a SQLite file into a PostgreSQL server")
    data = CaseInput(
        channel="letter",
        source="upper_forwarded",
        summary=_longest("summary"),
        content=_longest("content", "访"),
        upper_number=_longest("upper_number", "9"),
        online_number=_longest("online_number", "8"),
        envelope_address=_longest("envelope_address"),
        accused=_longest("accused"),
        petitioners=[PetitionerInput(name=_longest("name", "王"), address=_longest("address", "址"))],
    )
    registered = register_case(ctx, data)
    info = backups.backup(ctx, tmp_path / "最长.db")
    backups.restore(empty_db_url, info.path, "tester")
    moved = open_context(empty_db_url, "tester")
    try:
        with moved.db.reading() as session:
            case = session.scalars(select(Case).where(Case.uuid == registered.uuid)).one()
            person = session.scalars(select(Petitioner)).one()
        assert case.content == data.content and case.accused == data.accused
        assert person.name == data.petitioners[0].name and person.address == data.petitioners[0].address
        assert backups.check(moved).ok
    finally:
        moved.close()
