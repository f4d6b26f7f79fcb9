"""Reading an events ledger into events, with no database: the parser alone (excel/outreach_rows.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.outreach_rows import guess_kind, read_events
from tests.excel.workbooks import BAD_ROWS, IMPORTED, messy_ledger


def test_a_messy_ledger_is_read_row_by_row(tmp_path: Path) -> None:
    sheet = read_events(messy_ledger(tmp_path / "台账.xlsx"))
    assert (sheet.sheet, sheet.header_row, len(sheet.lines)) == ("2024年", 4, 10)
    taken = [line for line in sheet.lines if line.event is not None]
    assert len(taken) == IMPORTED
    rejected = {line.row: line.problems[0].message for line in sheet.lines if line.event is None}
    assert set(rejected) == set(BAD_ROWS)
    for row, reason in BAD_ROWS.items():
        assert reason in rejected[row]
    assert sheet.skipped == [(15, "合计行"), (17, "注释行"), (18, "填报信息行")]


def test_names_stay_text_for_the_service_to_look_up(tmp_path: Path) -> None:
    sheet = read_events(messy_ledger(tmp_path / "台账.xlsx"))
    events = {line.event.title: line.event for line in sheet.lines if line.event is not None}
    village = events["《信访工作条例》宣传进乡村"]
    assert (village.kind, village.kind_guess, village.township) == ("", "进乡村", "")
    assert village.place == "总市镇集市"
    assert (village.leaflets, village.brochures, village.people_reached, village.consultations) == (
        3000,
        4000,
        50000,
        200,
    )
    community = events["《信访工作条例》宣传进社区"]
    assert (community.township, community.partner_names, community.partner_count) == (
        "塔峰镇",
        "公安局、法院",
        2,
    )
    assert events["送法进企业"].held_on == date(2024, 5, 8)  # the serial number 45420


def test_a_total_of_materials_alone_counts_as_other_materials(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["日期", "活动主题", "地点", "宣传资料", "宣传单"])
    ws.append(["2024-05-01", "劳动节宣传", "广场", 900, None])
    ws.append(["2024-05-02", "普法宣传", "广场", 900, 800])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    first, second = read_events(path).lines
    assert first.event is not None and first.event.other_materials == 900 and not first.problems
    assert second.event is not None and second.event.leaflets == 800
    assert [p.level for p in second.problems] == ["warning"]


def test_a_sheet_without_a_theme_column_is_refused(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["日期", "地点", "宣传单", "覆盖人次"])
    ws.append(["2024-05-01", "广场", 100, 200])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="没有「活动主题」列"):
        read_events(path)


def test_a_theme_tells_its_kind() -> None:
    assert guess_kind("法治进校园") == "进学校"
    assert guess_kind("国家宪法日宣传") == "宪法宣传日/周"
    assert guess_kind("普法集市") == "集中宣传"
