"""Fuzzing the ledger reader over mutated workbooks (issue 16): whatever the bytes, an import either
takes the file or refuses it with a UserError (one Chinese line); no other exception escapes, and a
refused import writes nothing."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.store.models import Case
from tests.excel.hostile_workbooks import inline_row, ledger_rows, write_xls, write_xlsx

FUZZ = settings(
    max_examples=int(
        os.environ.get("FAZHI_FUZZ_EXAMPLES", "25")
    ),  # more when hunting: FAZHI_FUZZ_EXAMPLES=500
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CELL_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from("<>&\"'_x0001_\x00\x01\r\n"),
    max_size=40,
)


def _cases(ctx: Context) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def _import(ctx: Context, path: Path) -> None:
    before = _cases(ctx)
    try:
        report = import_ledger(ctx, path)
    except UserError as exc:
        assert exc.message and "\n" not in exc.message and "内部错误" not in exc.message
        assert _cases(ctx) == before
        return
    assert _cases(ctx) == before + report.imported


@pytest.fixture
def sqlite_ctx(ctx: Context) -> Context:
    if ctx.db.path is None:
        pytest.skip("the reader is the same whatever the database; SQLite is quicker")
    return ctx


@FUZZ
@given(cells=st.lists(st.lists(CELL_TEXT, min_size=1, max_size=6), max_size=6), cut=st.integers(0, 4000))
def test_mutated_sheet_xml(
    sqlite_ctx: Context, tmp_path_factory: pytest.TempPathFactory, cells: list[list[str]], cut: int
) -> None:
    from xml.sax.saxutils import escape

    rows = "".join(
        inline_row(r, [escape(c) for c in row]).replace("&amp;", "&") for r, row in enumerate(cells, 3)
    )
    xml = ledger_rows(rows)
    if cut and cut < len(xml):
        xml = xml[:cut]  # a sheet cut off mid-way
    path = write_xlsx(tmp_path_factory.mktemp("fuzz") / "台账.xlsx", xml)
    _import(sqlite_ctx, path)


@FUZZ
@example(flips=[(1705, 64)])  # a central directory asking for zip version 6.4: NotImplementedError
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8))
def test_mutated_bytes(
    sqlite_ctx: Context, tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    good = write_xlsx(
        folder / "好.xlsx",
        ledger_rows(inline_row(3, ["2024-03-06", "李某", "来信", "物业"])),
    )
    data = bytearray(good.read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    path = folder / "台账.xlsx"
    path.write_bytes(bytes(data))
    _import(sqlite_ctx, path)


@FUZZ
@given(
    member=st.sampled_from(
        ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "[Content_Types].xml"]
    ),
    junk=st.binary(max_size=200),
)
def test_replaced_parts(
    sqlite_ctx: Context, tmp_path_factory: pytest.TempPathFactory, member: str, junk: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    good = write_xlsx(folder / "好.xlsx", ledger_rows())
    path = folder / "台账.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, junk if info.filename == member else source.read(info))
    _import(sqlite_ctx, path)


@FUZZ
@example(flips=[(1520, 0)])  # a record length calamine trusts: a Rust panic, not an Exception
@given(flips=st.lists(st.tuples(st.integers(0, 10**5), st.integers(0, 255)), min_size=1, max_size=6))
def test_mutated_xls(
    sqlite_ctx: Context, tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]]
) -> None:
    pytest.importorskip("xlwt")
    folder = tmp_path_factory.mktemp("fuzz")
    data = bytearray(write_xls(folder / "好.xls").read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    path = folder / "台账.xls"
    path.write_bytes(bytes(data))
    _import(sqlite_ctx, path)
