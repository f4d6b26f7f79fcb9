"""Finding the table of a ledger sheet under whatever sits above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.outreach_rows import EVENT_COLUMNS
from fazhi_desktop.excel.reading import (
    RawSheet,
    find_table,
    normalise_header,
    read_sheets,
    read_table,
    sheet_names,
)
from fazhi_desktop.excel.values import clean_text
from tests.excel.workbooks import cover_sheet_then_ledger, messy_ledger


def test_headers_are_compared_without_blanks_width_or_units() -> None:
    assert normalise_header("活动\n日期") == "活动日期"
    assert normalise_header(" 宣传单（份） ") == "宣传单"
    assert normalise_header("覆盖人次(人次)") == "覆盖人次"
    assert normalise_header("＊活动　主题") == "活动主题"
    assert normalise_header(None) == ""


def test_the_table_is_found_under_titles_and_above_footnotes(tmp_path: Path) -> None:
    table = read_table(messy_ledger(tmp_path / "台账.xlsx"), EVENT_COLUMNS)
    assert (table.sheet, table.header_row) == ("2024年", 4)
    assert table.columns["held_on"] == 1 and table.columns["title"] == 2
    assert table.headers["held_on"] == "活动\n日期"
    assert [r.row for r in table.records] == list(range(5, 15))
    assert table.skipped == [(15, "合计行"), (17, "注释行"), (18, "填报信息行")]
    assert table.unknown == []


def test_a_header_of_two_rows_on_the_second_sheet(tmp_path: Path) -> None:
    path = cover_sheet_then_ledger(tmp_path / "台账.xlsx")
    assert sheet_names(path) == ["说明", "台账"]
    table = read_table(path, EVENT_COLUMNS)
    assert (table.sheet, table.header_row) == ("台账", 3)
    assert table.columns["leaflets"] == 3 and table.columns["brochures"] == 4
    assert table.columns["people_reached"] == 5 and table.columns["held_on"] == 0
    assert [r.get("leaflets") for r in table.records] == [800]


def test_a_sheet_can_be_chosen_and_a_missing_one_is_named(tmp_path: Path) -> None:
    path = cover_sheet_then_ledger(tmp_path / "台账.xlsx")
    with pytest.raises(UserError, match="找不到表头"):
        read_table(path, EVENT_COLUMNS, "说明")
    with pytest.raises(UserError, match="没有名为「2023年」的工作表。工作表有：说明、台账"):
        read_table(path, EVENT_COLUMNS, "2023年")


def test_repeated_headers_and_rows_of_unknown_columns_are_skipped() -> None:
    sheet = RawSheet(
        "表",
        [
            ["日期", "主题", "地点", "另一列"],
            ["2024-1-1", "甲", "乙", ""],
            ["日期", "主题", "地点", ""],
            [None, None, None, "只在未知列"],
            ["2024-1-2", "丙", "丁", ""],
        ],
    )
    table = find_table(sheet, EVENT_COLUMNS)
    assert table is not None
    assert [r.row for r in table.records] == [2, 5]
    assert table.skipped == [(3, "重复的表头行"), (4, "只有未识别列的内容")]
    assert table.unknown == ["另一列"]


def test_a_file_that_is_not_a_workbook_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_text("这不是 Excel 文件", encoding="utf-8")
    with pytest.raises(UserError, match=r"不是可以读取的 Excel 工作簿.*另存为 \.xlsx"):
        read_sheets(path)
    with pytest.raises(UserError, match="找不到文件"):
        read_sheets(tmp_path / "没有.xlsx")


def test_an_empty_workbook_says_so(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "空.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(UserError, match="是空的"):
        read_table(path, EVENT_COLUMNS)


def test_openpyxl_reads_the_same_when_calamine_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fazhi_desktop.excel import reading

    path = messy_ledger(tmp_path / "台账.xlsx")
    fast = read_table(path, EVENT_COLUMNS)

    def no_calamine(_path: Path) -> None:
        raise ImportError("python_calamine")

    monkeypatch.setattr(reading, "_calamine_workbook", no_calamine)
    slow = read_table(path, EVENT_COLUMNS)
    assert [r.row for r in slow.records] == [r.row for r in fast.records]
    assert slow.skipped == fast.skipped
    assert [clean_text(r.get("title")) for r in slow.records] == [
        clean_text(r.get("title")) for r in fast.records
    ]


def test_an_xls_workbook_is_read(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    sheet.write(0, 0, "2024年宣传活动")
    for col, name in enumerate(["日期", "活动主题", "地点", "覆盖人次"]):
        sheet.write(2, col, name)
    for col, value in enumerate(["2024.3.5", "进社区", "广场", "3000人次"]):
        sheet.write(3, col, value)
    path = tmp_path / "台账.xls"
    book.save(str(path))
    table = read_table(path, EVENT_COLUMNS)
    assert table.header_row == 3 and [r.row for r in table.records] == [4]
    assert table.records[0].get("people_reached") == "3000人次"
