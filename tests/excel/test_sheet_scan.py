"""The streamed size scan of a worksheet's XML (excel/sheet_scan.py), on hand-written parts: the last
row and column a cell names, whether every row and cell gave its position, and the text counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.sheet_scan import LIMITS, SheetSize, scan_sheet

PATH = Path("台账.xlsx")


def _scan(xml: str, shared: list[int] | None = None, cut: int = 0) -> tuple[SheetSize, bool]:
    data = f"<worksheet><sheetData>{xml}</sheetData></worksheet>".encode()
    # Chunks as a zip member gives them: cut anywhere, the scan carries the unfinished cell over.
    chunks = [data[i : i + cut] for i in range(0, len(data), cut)] if cut else [data]
    return scan_sheet(chunks, shared or [], PATH, "台账", LIMITS)


@pytest.mark.parametrize("cut", [0, 7, 64])
def test_rows_columns_and_text_of_positioned_cells(cut: int) -> None:
    xml = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>登记日期</t></is></c><c r="C1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="AB2"><v>3</v></c><c r="B2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>'
    )
    size, positioned = _scan(xml, shared=[10, 25], cut=cut)
    assert positioned
    assert (size.rows, size.columns) == (2, 28)  # AB
    # The inline text's markup included (<t>…</t>: 7 + 12 bytes), each shared string once per use.
    assert size.text_bytes == len("<t>登记日期</t>".encode()) + 25 + 10 + 25


def test_a_cell_below_its_row_counts_its_own_row() -> None:
    size, positioned = _scan('<row r="3"><c r="B3"><v>1</v></c><c r="C90000"><v>2</v></c></row>')
    assert positioned
    assert (size.rows, size.columns) == (90_000, 3)


def test_prefixed_tags_are_counted() -> None:
    xml = '<x:row r="4"><x:c r="E4"><x:v>1</x:v></x:c></x:row>'
    size, positioned = _scan(xml)
    assert positioned
    assert (size.rows, size.columns) == (4, 5)


@pytest.mark.parametrize(
    "xml",
    [
        '<row><c r="A1"><v>1</v></c></row>',  # a row without its number
        '<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>',  # a cell without its place
        '<row r="1"><c/></row>',
    ],
)
def test_leaving_out_a_position_is_noticed(xml: str) -> None:
    assert not _scan(xml)[1]


def test_a_shared_string_reference_without_shared_strings_counts_nothing() -> None:
    size, _ = _scan('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')
    assert size.text_bytes == 0


def test_a_far_column_is_refused_with_its_letters() -> None:
    with pytest.raises(UserError, match="XFD"):
        _scan('<row r="1"><c r="XFD1"><v>1</v></c></row>')


def test_a_far_row_of_a_cell_is_refused() -> None:
    with pytest.raises(UserError, match="300000"):
        _scan('<row r="1"><c r="A300000"><v>1</v></c></row>')


def test_a_long_shared_string_is_refused_at_its_cell() -> None:
    with pytest.raises(UserError, match="B2"):
        _scan('<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>', shared=[-40_000])
