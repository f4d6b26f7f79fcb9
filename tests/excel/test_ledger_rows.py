"""Reading a case ledger's rows without a database: the table under its title rows, every value as
offices type it, and the rows rejected with Excel's row numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.domain.vocab import Channel, Nature, Satisfaction, Source
from fazhi_desktop.excel.ledger_rows import LedgerCase, RowReader, fingerprint
from fazhi_desktop.excel.ledger_table import LedgerTable, apply_mapping, fill_rows, find_header
from fazhi_desktop.excel.ledger_words import Directories, channel_of, satisfaction_of, source_of
from fazhi_desktop.excel.reading import RawSheet, read_sheets
from fazhi_desktop.excel.report import ImportReport
from tests.excel.ledger_workbooks import (
    EXPORT_HEADER,
    ID_15,
    ID_A,
    ID_B,
    IMPORTED,
    REJECTED_ROWS,
    ROWS,
    messy_ledger,
    online_export,
    valid_id,
)

TODAY = date(2024, 11, 20)
DIRS = Directories.of(
    regions=[("塔峰镇", 1, "431127100"), ("总市镇", 2, ""), ("火星镇", 3, ""), ("城东村", 4, "")],
    categories=[
        ("城乡建设", 10, "01"),
        ("物业管理", 11, "0103"),
        ("劳动报酬", 12, "0201"),
        ("其他", 19, "99"),
    ],
    units=[("县人力资源和社会保障局", 20, "")],
    purposes=[
        ("求决", 30, "seek"),
        ("申诉", 31, "appeal"),
        ("咨询", 32, "consult"),
        ("建议意见", 33, "suggest"),
    ],
)


def _read(sheet: RawSheet) -> tuple[LedgerTable, list[LedgerCase], ImportReport]:
    table = find_header(sheet)
    assert table is not None
    fill_rows(table, sheet)
    report = ImportReport(file="x.xlsx", rows=len(table.rows))
    cases = RowReader(DIRS, report, "431127", TODAY).read(table)
    return table, cases, report


def _sheet(rows: list[list[Any]]) -> RawSheet:
    return RawSheet(
        "表",
        [["登记日期", "信访人", "信访形式", "主要诉求", "身份证号", "联系电话", "人数", "问题属地"], *rows],
    )


@pytest.fixture
def messy(tmp_path: Path) -> tuple[LedgerTable, list[LedgerCase], ImportReport]:
    return _read(read_sheets(messy_ledger(tmp_path / "台账.xlsx"))[0])


def test_the_table_is_found_under_titles_and_its_noise_is_passed_over(
    messy: tuple[LedgerTable, list[LedgerCase], ImportReport],
) -> None:
    table, cases, report = messy
    assert table.header_row == 4
    assert table.rows == list(range(6, 6 + ROWS))
    assert {reason for _, reason in table.skipped} == {"合计行", "注释行", "填报信息行"}
    assert [row for row, _ in table.skipped] == [17, 18, 19, 21, 22]
    assert "序号" not in table.unknown and table.unknown == []
    assert len(cases) == IMPORTED and report.rejected == 2
    errors = {p.row: p.message for p in report.problems if p.level == "error"}
    assert set(errors) == set(REJECTED_ROWS)
    for row, words in REJECTED_ROWS.items():
        assert words in errors[row]


def test_every_date_form_and_channel_word(messy: tuple[LedgerTable, list[LedgerCase], ImportReport]) -> None:
    _, cases, _ = messy
    by_row = {c.row: c for c in cases}
    assert [by_row[r].registered_on for r in (6, 7, 8, 9, 10, 11, 12)] == [
        date(2024, 3, 5),
        date(2024, 3, 20),
        date(2024, 4, 8),
        date(2024, 5, 8),  # the serial number 45420
        date(2024, 6, 1),
        date(2024, 7, 1),
        date(2024, 8, 1),
    ]
    assert [by_row[r].channel for r in (6, 7, 8, 9, 10, 11, 12, 15, 16)] == [
        Channel.VISIT,
        Channel.ONLINE,
        Channel.VISIT,
        Channel.LETTER,
        Channel.PHONE,
        Channel.ONLINE,
        Channel.ONLINE,
        Channel.PHONE,
        Channel.VISIT,  # 传真: not a channel word, taken as 来访 with a warning
    ]
    assert by_row[9].source is Source.UPPER_ASSIGNED and by_row[6].source is Source.LOCAL


def test_id_numbers_and_phones_as_typed(messy: tuple[LedgerTable, list[LedgerCase], ImportReport]) -> None:
    _, cases, report = messy
    by_row = {c.row: c for c in cases}
    warnings = [p for p in report.problems if p.level == "warning"]
    assert by_row[6].id_number == ID_A and by_row[6].sex == "male"
    assert by_row[7].id_number == ID_B  # typed with spaces
    assert by_row[15].id_number == ID_A  # lower-case x (or not) makes no difference
    upgraded = by_row[8].id_number
    assert upgraded is not None and upgraded.startswith("43112719850315003")  # 15 digits, as a number
    assert by_row[9].id_number is None  # rounded by Excel to 15 significant digits
    assert any(
        p.row == 9 and "431127198503150000」" in p.message and "无法还原" in p.message for p in warnings
    )
    assert by_row[10].id_number is None and any(p.row == 10 and "校验码" in p.message for p in warnings)
    assert by_row[10].content is not None and "未通过校验" in by_row[10].content  # nothing typed is lost
    assert by_row[6].phone == "13812345678" and by_row[7].phone == "13900001111"
    assert by_row[9].phone == "07461234567" and by_row[10].phone == "12345"
    assert ID_15 not in {c.id_number for c in cases}


def test_counts_directories_and_handling(messy: tuple[LedgerTable, list[LedgerCase], ImportReport]) -> None:
    _, cases, report = messy
    by_row = {c.row: c for c in cases}
    first = by_row[6]
    assert first.head_count == 3  # "3人"
    assert (first.region_id, first.category_id, first.unit_id, first.purpose_id) == (1, 12, 20, 30)
    assert first.nature is Nature.CLAIM
    assert (first.accepted_on, first.closed_on, first.satisfaction) == (
        date(2024, 3, 6),
        date(2024, 4, 20),
        Satisfaction.SATISFIED,
    )
    assert (
        first.result == "已督促企业支付工资" and first.content is not None and "备注：老问题" in first.content
    )
    assert by_row[7].category_id == 11 and by_row[8].region_id == 3
    assert by_row[11].name == "" and by_row[11].summary.startswith("匿名反映")
    assert by_row[12].summary == "（台账未填写诉求内容）"
    assert by_row[16].region_id is None
    warned = {(p.row, p.message.split("「")[0]) for p in report.problems if p.level == "warning"}
    # Unknown directory values are grouped per column, one warning each (issue 14).
    assert (16, "问题属地 1 个不在目录中：某某乡 1 行。已留空。可勾选") in warned
    assert (16, "信访形式") in warned and (12, "诉求内容是空的，摘要记为") in warned


def test_masked_numbers_are_absent_with_one_warning() -> None:
    rows = [
        ["2024-01-0" + str(n), f"某{n}", "来访", "事项", "431127********123" + str(n), "138****5678", "", ""]
        for n in range(1, 6)
    ]
    _table, cases, report = _read(_sheet(rows))
    assert len(cases) == 5 and all(c.id_number is None and c.phone is None for c in cases)
    assert [p.level for p in report.problems] == ["warning"] and "5 行" in report.problems[0].message


def test_dates_after_today_and_bad_counts() -> None:
    rows = [
        ["2025-01-01", "甲", "来访", "事项", "", "", "", ""],
        ["2024-01-02", "乙", "来访", "事项", "", "", "很多人", ""],
        ["2024-01-03", "丙", "来访", "事项", "", "", "12人", "城东村"],
    ]
    _table, cases, report = _read(_sheet(rows))
    assert [c.row for c in cases] == [3, 4]
    assert report.problems[0].row == 2 and "晚于今天" in report.problems[0].message
    assert cases[0].head_count == 1 and any(p.row == 3 and "人数" in p.message for p in report.problems)
    assert cases[1].head_count == 12 and cases[1].region_id == 4  # a village is a 问题属地 too


def test_the_online_system_export_is_read_the_same_way(tmp_path: Path) -> None:
    _table, cases, report = _read(read_sheets(online_export(tmp_path / "网上信访.xlsx"))[0])
    assert [c.number for c in cases] == ["WX2024051200001", "WX2024051300002"]
    assert cases[0].registered_on == date(2024, 5, 12) and cases[0].category_id == 11  # "城乡建设-物业管理"
    assert cases[1].purpose_id == 32 and cases[1].nature is Nature.SUGGESTION
    assert cases[1].region_id is None and report.rejected == 0


def test_the_export_layout_is_recognised_column_by_column() -> None:
    sheet = RawSheet("台账", [["标题"], EXPORT_HEADER])
    table = find_header(sheet)
    assert table is not None and table.header_row == 2
    assert len(table.mapping) == len(EXPORT_HEADER) - 1 and table.unknown == []  # 序号 is no field


def test_a_chosen_mapping_replaces_the_found_one() -> None:
    sheet = RawSheet("表", [["日期", "姓名", "形式", "情况说明"], ["2024-01-05", "甲", "来信", "反映问题"]])
    table = find_header(sheet)
    assert table is not None and 3 not in table.mapping
    apply_mapping(table, {3: "summary", 2: None})
    fill_rows(table, sheet)
    report = ImportReport(file="x", rows=len(table.rows))
    cases = RowReader(DIRS, report, "431127", TODAY).read(table)
    assert cases[0].summary == "反映问题" and cases[0].channel is Channel.VISIT  # 形式 no longer read


def test_words_and_fingerprints() -> None:
    assert channel_of("来 访") is Channel.VISIT and channel_of("网上投诉") is Channel.ONLINE
    assert channel_of("来电") is Channel.PHONE and channel_of("领导接访") is Channel.LEADER_RECEPTION
    assert channel_of("传真") is None
    assert source_of("交办") is Source.UPPER_ASSIGNED and source_of("上级转送") is Source.UPPER_FORWARDED
    assert satisfaction_of("不满意") is Satisfaction.DISSATISFIED
    assert satisfaction_of("基本满意") is Satisfaction.BASICALLY_SATISFIED
    one = fingerprint("431127", date(2024, 1, 5), "张三", "拖欠 工资")
    assert one == fingerprint("431127", date(2024, 1, 5), "张 三", "拖欠工资")
    assert one != fingerprint("431127", date(2024, 1, 6), "张三", "拖欠工资")
    assert valid_id("43112719850315001")[-1] in "0123456789X"
