"""An exported ledger imports back to the same cases (issue 5): exported unmasked, imported into a fresh
database of the same kind, the cases compared field by field; importing it again adds nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import aliased

from fazhi_desktop.cli.stats_json import stats_json
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.ledger.export import export_ledger
from fazhi_desktop.services.office.directories import add_entry, list_entries
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.store.models import Case, CasePetitioner, Category, Petitioner, Purpose, Region, Unit
from tests.excel.ledger_cases import UNIT, Built, build
from tests.test_cli import run_json

ledger_import = pytest.importorskip("fazhi_desktop.services.ledger.importing")


@pytest.fixture
def fresh(
    ctx: Context, tmp_path: Path, request: pytest.FixtureRequest, _templates: dict[str, str]
) -> Iterator[Context]:
    """Another office's empty database, of the same kind as `ctx`'s, with the same directories."""
    if ctx.db.engine.dialect.name == "sqlite":
        url = str(tmp_path / "fresh.db")
        shutil.copy(_templates["sqlite"], url)
        drop = None
    else:
        databases = request.getfixturevalue("pg_databases")
        url = databases.create(template=make_url(_templates["postgresql"]).database)
        drop = databases.drop
    other = open_context(url, "tester")
    add_entry(other, "unit", UNIT)
    for township in ("塔峰镇", "新圩镇"):
        add_entry(other, "township", township)
    yield other
    other.close()
    if drop is not None:
        drop(url)


def _cases(ctx: Context) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Every case as the comparison sees it, keyed by registration date and 主访人."""
    place, township = aliased(Region), aliased(Region)
    query = (
        select(
            Case.registered_on,
            Case.principal_name,
            Case.channel,
            Case.source,
            Case.nature,
            Petitioner.id_number,
            Petitioner.phone,
            place.name,
            township.name,
            place.kind,
            Category.name,
            Purpose.name,
            Case.summary,
            Unit.name,
            Case.closed_on,
            Case.satisfaction,
        )
        .outerjoin(CasePetitioner, (CasePetitioner.case_id == Case.id) & (CasePetitioner.position == 0))
        .outerjoin(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .outerjoin(place, place.id == Case.region_id)
        .outerjoin(township, township.id == place.parent_id)
        .outerjoin(Category, Category.id == Case.category_id)
        .outerjoin(Purpose, Purpose.id == Case.purpose_id)
        .outerjoin(Unit, Unit.id == Case.handling_unit_id)
        .where(Case.state != "void")
    )
    with ctx.db.reading() as session:
        out = {}
        for row in session.execute(query):
            on, name, *rest = row
            region, parent, kind = rest[5:8]
            town = parent if kind == "village" else region
            out[(on, name)] = (*rest[:5], town, *rest[8:])
        return out


def test_an_exported_ledger_imports_back_to_the_same_cases(
    ctx: Context, fresh: Context, tmp_path: Path
) -> None:
    built: Built = build(ctx)
    done = export_ledger(ctx, tmp_path / "台账.xlsx", unmasked=True)
    assert done.rows == 4 and built.voided

    report = ledger_import.import_ledger(fresh, done.path)
    assert (report.imported, report.duplicates, report.rejected) == (4, 0, 0), report.problems
    assert _cases(fresh) == _cases(ctx)

    again = ledger_import.import_ledger(fresh, done.path)
    assert (again.imported, again.duplicates, again.rejected) == (0, 4, 0)
    home = ledger_import.import_ledger(ctx, done.path)  # the office that exported it has them all
    assert (home.imported, home.duplicates, home.rejected) == (0, 4, 0)
    assert len(_cases(ctx)) == len(_cases(fresh)) == 4


def test_demo_cases_of_every_kind_come_back(ctx: Context, fresh: Context, tmp_path: Path) -> None:
    """Every channel, 来源, village, outcome and evaluation the demo makes."""
    demo.generate(ctx, 300, seed=5)
    with ctx.db.reading() as session:
        townships = session.scalars(select(Region.name).where(Region.kind == "township")).all()
        units = session.scalars(select(Unit.name)).all()
    have = {e.name for kind in ("township", "unit") for e in list_entries(fresh, kind)}
    for kind, names in (("township", townships), ("unit", units)):
        for name in set(names) - have:
            add_entry(fresh, kind, name)
    done = export_ledger(ctx, tmp_path / "台账.xlsx", unmasked=True)
    report = ledger_import.import_ledger(fresh, done.path)
    assert (report.imported, report.rejected) == (done.rows, 0), report.problems[:5]
    before, after = _cases(ctx), _cases(fresh)
    assert len(after) == len(before)
    differing = {key: (before[key], after.get(key)) for key in before if before[key] != after.get(key)}
    assert differing == {}


def _figures(ctx: Context, year: int) -> dict[str, Any]:
    """`fazhi stats --json` of a year, with what names a database rather than the cases left out:
    the directories' ids (breakdown rows are compared by their labels)."""
    figures = stats_json(statistics.compute(ctx, date(year, 1, 1), date(year, 12, 31)))
    for part in figures["breakdowns"].values():
        part["rows"] = {row.pop("label"): row for row in part["rows"] if row.pop("key", None) or True}
    return figures


def _differences(before: Any, after: Any, where: str = "") -> list[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        return [
            line
            for key in sorted(set(before) | set(after), key=str)
            for line in _differences(before.get(key), after.get(key), f"{where}.{key}")
        ]
    return [] if before == after else [f"{where}: {before!r} → {after!r}"]


def _cli_figures(capsys: pytest.CaptureFixture[str], ctx: Context, year: int) -> dict[str, Any]:
    """`fazhi stats --json` as the command prints it, breakdown rows by label (ids name a database)."""
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    figures = run_json(capsys, "--db", url, "stats", "--from", f"{year}-01-01", "--to", f"{year}-12-31")
    for part in figures["breakdowns"].values():
        part["rows"] = {row.pop("label"): row for row in part["rows"] if row.pop("key", None) or True}
    return figures


def test_demo_data_exported_and_imported_gives_the_same_figures(
    ctx: Context, fresh: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: every indicator and every breakdown of `fazhi stats --json`, not only the counts,
    is the same in a fresh database that imported the exported ledger."""
    demo.generate(ctx, 300, seed=5)
    with ctx.db.reading() as session:
        townships = session.scalars(select(Region.name).where(Region.kind == "township")).all()
        units = session.scalars(select(Unit.name)).all()
        years = sorted({d.year for d in session.scalars(select(Case.registered_on))})
    have = {e.name for kind in ("township", "unit") for e in list_entries(fresh, kind)}
    for kind, names in (("township", townships), ("unit", units)):
        for name in set(names) - have:
            add_entry(fresh, kind, name)
    done = export_ledger(ctx, tmp_path / "台账.xlsx", unmasked=True)
    report = ledger_import.import_ledger(fresh, done.path)
    assert (report.imported, report.rejected) == (done.rows, 0), report.problems[:5]
    assert len(years) >= 2
    for year in years:
        before, after = _figures(ctx, year), _figures(fresh, year)
        assert before["cases"] > 0
        assert _differences(before, after) == [], year
    last = years[-1]
    assert _differences(_cli_figures(capsys, ctx, last), _cli_figures(capsys, fresh, last)) == []
