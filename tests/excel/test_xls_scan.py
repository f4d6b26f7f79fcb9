"""The .xls scan (excel/xls_scan.py, excel/ole_container.py) on files written by xlwt and by hand:
the sizes it finds are the ones counted here, and what calamine could not hold is refused with one
Chinese line before calamine sees it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.sheet_scan import LIMITS, SheetSize
from fazhi_desktop.excel.xls_scan import scan_xls
from tests.excel.xls_files import (
    biff_workbook,
    compound_file,
    label,
    label_sst,
    number,
    record,
)

xlwt = pytest.importorskip("xlwt")


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(UserError) as caught:
        scan_xls(path, LIMITS)
    message = caught.value.message
    assert "\n" not in message
    for word in words:
        assert word in message, message
    return message


def _write(path: Path, sheets: dict[str, dict[tuple[int, int], object]]) -> Path:
    book = xlwt.Workbook()
    for name, cells in sheets.items():
        sheet = book.add_sheet(name)
        for (row, column), value in cells.items():
            sheet.write(row, column, value)
    book.save(str(path))
    return path


def test_sizes_are_the_cells_and_text_counted_by_hand(tmp_path: Path) -> None:
    # Shared strings: CJK is stored two bytes a character and counted three (UTF-8); ASCII one.
    # "王某某" in two cells counts twice; 5,000 法 (10,000 bytes stored) cross the SST's CONTINUE.
    cells = {
        (0, 0): "登记日期",
        (0, 1): "信访人",
        (1, 0): "abc",
        (1, 1): "王某某",
        (2, 1): "王某某",
        (2, 3): 12.5,
        (4, 2): "法" * 5_000,
    }
    path = _write(tmp_path / "台账.xls", {"台账": cells, "空": {}})
    expected = 3 * 4 + 3 * 3 + 3 + 3 * 3 * 2 + 3 * 5_000
    assert scan_xls(path, LIMITS) == [SheetSize("台账", 5, 4, expected), SheetSize("空", 0, 0, 0)]


def test_many_shared_strings_across_continue_records(tmp_path: Path) -> None:
    cells = {(r, c): f"{'信访' * (r % 7 + 1)}{r}-{c}" for r in range(600) for c in range(5)}
    expected = sum(3 * len(v) for v in cells.values())  # one CJK character makes xlwt store all two-byte
    path = _write(tmp_path / "多.xls", {"台账": cells})
    assert scan_xls(path, LIMITS) == [SheetSize("台账", 600, 5, expected)]


def test_a_sparse_corner_on_any_sheet_is_refused(tmp_path: Path) -> None:
    # calamine lays out every sheet from A1 on opening: 65,536 × 256 cells cost a gigabyte.
    path = _write(
        tmp_path / "角落.xls", {"台账": {(0, 0): "登记日期"}, "角落": {(0, 0): "x", (65_535, 255): "y"}}
    )
    assert path.stat().st_size < 10_000
    _refused(path, "「角落」", "65536 行 × 256 列", "8000000")


def test_one_long_string_in_many_cells_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "共享.xls", {"台账": {(r, 0): "法" * 30_000 for r in range(3_000)}})
    _refused(path, "「台账」", "258 MB", "96 MB")  # 3,000 × 90,000 bytes


def test_a_cell_longer_than_excel_allows(tmp_path: Path) -> None:
    # Writers stop at 32,767; a record that says it holds more is refused by what it says.
    path = tmp_path / "长.xls"
    stream = biff_workbook({"台账": [number(0, 0), label_sst(6, 3, 1)]}, shared=["x", ("法" * 10, 40_000)])
    path.write_bytes(compound_file(stream))
    _refused(path, "「台账」的 D7", "40000 个字", "32767")
    stream = biff_workbook({"台账": [number(0, 0), label(2, 1, "法" * 10, count=40_000)]})
    path.write_bytes(compound_file(stream))
    _refused(path, "B3", "40000 个字", "32767")
    shared = biff_workbook({"台账": [label_sst(4, 2, 0)]}, shared=["法" * 3], globals_extra=b"")
    path.write_bytes(compound_file(shared))
    assert scan_xls(path, LIMITS) == [SheetSize("台账", 5, 3, 9)]


def test_a_workbook_in_the_mini_stream(tmp_path: Path) -> None:
    # Under 4,096 bytes the stream lives in 64-byte mini sectors: still read, still checked.
    small = biff_workbook({"台账": [label(0, 0, "信访人"), number(9, 3)]})
    assert len(small) < 4096
    path = tmp_path / "小.xls"
    path.write_bytes(compound_file(small))
    assert scan_xls(path, LIMITS) == [SheetSize("台账", 10, 4, 9)]
    path.write_bytes(compound_file(biff_workbook({"台账": [number(0, 0), number(65_535, 255)]})))
    _refused(path, "65536 行 × 256 列")


def test_damaged_containers_say_so(tmp_path: Path) -> None:
    good = compound_file(biff_workbook({"台账": [number(0, 0)] * 600}))
    path = tmp_path / "坏.xls"
    path.write_bytes(good[:700])
    _refused(path, "已损坏", "另存为 .xlsx")
    path.write_bytes(compound_file(biff_workbook({"台账": [number(0, 0)] * 600}), loop=True))
    _refused(path, "已损坏", "成环")
    path.write_bytes(compound_file(biff_workbook({"台账": [number(0, 0)] * 600}), name="WordDocument"))
    _refused(path, "已损坏", "没有工作簿数据")
    path.write_bytes(compound_file(b"\x00" * 5_000))
    _refused(path, "已损坏", "开头不对")


def test_a_password_is_named(tmp_path: Path) -> None:
    filepass = record(0x002F, bytes(54))
    path = tmp_path / "密码.xls"
    path.write_bytes(compound_file(biff_workbook({"台账": [number(0, 0)]}, globals_extra=filepass)))
    _refused(path, "设置了打开密码")


def test_sheets_that_share_their_records_are_refused(tmp_path: Path) -> None:
    # Two sheets pointing at one substream: walked again for each, a small file could cost hours.
    stream = bytearray(biff_workbook({"甲": [number(r, 0) for r in range(500)], "乙": [number(0, 0)]}))
    bounds = [i for i in range(len(stream) - 4) if stream[i : i + 2] == b"\x85\x00"]
    first = struct.unpack_from("<I", stream, bounds[0] + 4)[0]
    struct.pack_into("<I", stream, bounds[1] + 4, first)
    path = tmp_path / "重叠.xls"
    path.write_bytes(compound_file(bytes(stream)))
    _refused(path, "已损坏", "互相重叠")


def test_what_calamine_would_reserve_is_bounded(tmp_path: Path) -> None:
    # calamine reserves room for the cells a DIMENSIONS record claims (32-bit rows; a reversed range
    # wraps round): 343 GB asked for, and the process aborted, before this check.
    path = tmp_path / "预留.xls"
    for first, last in ((0, 0xFFFF_FFFF), (10, 5)):
        dimensions = record(0x0200, struct.pack("<IIHHH", first, last, 0, 20, 0))
        path.write_bytes(compound_file(biff_workbook({"台账": [dimensions, number(0, 0)]})))
        _refused(path, "「台账」", "超过")
    honest = record(0x0200, struct.pack("<IIHHH", 0, 2, 0, 20, 0))
    path.write_bytes(compound_file(biff_workbook({"台账": [honest, number(1, 19)]})))
    assert scan_xls(path, LIMITS) == [SheetSize("台账", 2, 20, 0)]
    # The header's bytes 62–65, which calamine reads as the DIFAT's length and reserves room for.
    data = bytearray(compound_file(biff_workbook({"台账": [number(0, 0)] * 600})))
    struct.pack_into("<I", data, 62, 0xFFFF_FFFF)
    path.write_bytes(bytes(data))
    _refused(path, "已损坏", "小数据扇区表过大")
