"""The ledger export read back with openpyxl: layout, cell types, masking, the period, the statistics
sheet, the audit entry, and a cancel that leaves no file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import Cancelled
from fazhi_desktop.excel.ledger_export import LEDGER_SHEET, STATS_SHEET
from fazhi_desktop.services.cases.reading import CaseFilter, case_ids
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger import export as ledger_export
from fazhi_desktop.services.ledger.export import export_ledger
from fazhi_desktop.store.models import AuditEntry
from tests.excel.ledger_cases import FIRST_HALF, UNIT, WANG_ID, WANG_PHONE, Built, D, build

#: The layout: the columns offices hand in, and (issue 14) every one the import needs to make the same
#: steps again, so that an exported ledger imports into the same figures.
HEADERS = [
    "序号",
    "信访件编号",
    "登记日期",
    "信访形式",
    "来源",
    "信访人",
    "身份证号",
    "联系电话",
    "住址",
    "共同信访人",
    "人数",
    "问题属地",
    "内容分类",
    "信访目的",
    "性质",
    "主要诉求",
    "收信日期",
    "原信访件编号",
    "转交方式",
    "转交日期",
    "责任单位",
    "退回日期",
    "受理日期",
    "签收日期",
    "延期天数",
    "答复日期",
    "办理结果",
    "送达日期",
    "满意度",
    "复查申请日期",
    "复查意见日期",
    "复核申请日期",
    "包案日期",
    "办理状态",
    "办结日期",
    "备注",
    "上级件号",
    "终结备案日期",
]


@pytest.fixture
def built(ctx: Context) -> Built:
    return build(ctx)


def _lines(ws: Worksheet) -> dict[str, dict[str, object]]:
    """The ledger's rows by case number, each a header → value dict."""
    return {
        str(row[1]): dict(zip(HEADERS, row, strict=True)) for row in ws.iter_rows(min_row=3, values_only=True)
    }


def _audits(ctx: Context) -> list[AuditEntry]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "ledger.export")))


def test_the_layout_offices_hand_in(ctx: Context, built: Built, tmp_path: Path) -> None:
    done = export_ledger(ctx, tmp_path / "台账.xlsx", date_from=FIRST_HALF[0], date_to=FIRST_HALF[1])
    book = load_workbook(done.path)
    assert book.sheetnames == [LEDGER_SHEET, STATS_SHEET]
    ws = book[LEDGER_SHEET]
    assert ws["A1"].value == "蓝山县信访局信访事项台账（2024-01-01至2024-06-30）"
    assert ws["A1"].font.bold and [str(r) for r in ws.merged_cells.ranges] == [
        "A1:AL1"
    ]  # 36 columns, then 上级件号 and 终结备案日期
    assert [c.value for c in ws[2]] == HEADERS
    assert ws["A2"].font.bold
    assert ws.freeze_panes == "C3"
    assert ws.auto_filter.ref == "A2:AL4" == f"A2:AL{2 + done.rows}"
    widths = {h: ws.column_dimensions[c.column_letter].width for h, c in zip(HEADERS, ws[2], strict=True)}
    assert widths["身份证号"] >= 20 and widths["主要诉求"] > widths["内容分类"] > widths["人数"]
    assert widths["信访件编号"] >= len("431127-2024-000123")
    assert ws.print_title_rows == "$2:$2"


def test_values_as_offices_write_them_masked_by_default(ctx: Context, built: Built, tmp_path: Path) -> None:
    done = export_ledger(ctx, tmp_path / "台账.xlsx", date_from=FIRST_HALF[0], date_to=FIRST_HALF[1])
    ws = load_workbook(done.path)[LEDGER_SHEET]
    assert done.rows == 2 and not done.unmasked
    assert [c.value for c in ws["A"][2:]] == [1, 2]
    wages = _lines(ws)[built.wages]
    assert wages["登记日期"] == datetime(2024, 3, 4)
    assert wages["信访形式"] == "来访" and wages["来源"] == "本级登记"
    assert wages["信访人"] == "王建国" and wages["住址"] == "塔峰镇城东村三组" and wages["人数"] == 3
    assert wages["身份证号"] == WANG_ID[:6] + "*" * 8 + WANG_ID[-4:]
    assert wages["联系电话"] == "138****5678"
    assert (wages["问题属地"], wages["内容分类"], wages["信访目的"]) == ("塔峰镇", "劳动报酬", "求决")
    assert wages["主要诉求"] == "反映拖欠工资三个月未付" and wages["责任单位"] == UNIT
    assert wages["受理日期"] == datetime(2024, 3, 5)
    assert wages["办结日期"] == datetime(2024, 5, 6)  # the 复查 window after the 送达 of 04-03 closed
    assert wages["办理结果"] == "答复：解释说明" and wages["满意度"] == "满意"
    assert wages["共同信访人"] == "李四" and wages["备注"] is None  # a column of its own (issue 14)
    assert (wages["转交方式"], wages["转交日期"], wages["签收日期"]) == (
        "转送",
        datetime(2024, 3, 5),
        datetime(2024, 3, 6),
    )
    assert (wages["答复日期"], wages["送达日期"], wages["办理状态"]) == (
        datetime(2024, 4, 1),
        datetime(2024, 4, 3),
        "已办结",
    )
    online = _lines(ws)[built.online]
    assert online["信访形式"] == "网上信访" and online["办理结果"] == "已登记"
    assert online["身份证号"] is None and online["办结日期"] is None
    row = next(r for r in ws.iter_rows(min_row=3) if r[1].value == built.wages)
    cells = dict(zip(HEADERS, row, strict=True))
    for name in ("登记日期", "受理日期", "办结日期"):
        assert cells[name].is_date and cells[name].number_format == "yyyy-mm-dd"
    for name in ("身份证号", "联系电话"):
        assert cells[name].data_type == "s" and cells[name].number_format == "@"
    audits = _audits(ctx)
    assert len(audits) == 1 and audits[0].details["unmasked"] is False


def test_unmasked_shows_the_full_numbers_as_text_and_is_audited(
    ctx: Context, built: Built, tmp_path: Path
) -> None:
    done = export_ledger(ctx, tmp_path / "全.xlsx", unmasked=True)
    wages = _lines(load_workbook(done.path)[LEDGER_SHEET])[built.wages]
    assert wages["身份证号"] == WANG_ID and isinstance(wages["身份证号"], str)
    assert wages["联系电话"] == WANG_PHONE
    (audit,) = _audits(ctx)
    assert audit.details["unmasked"] is True and audit.user_login == "tester"
    assert "未遮蔽" in audit.summary and audit.details["rows"] == 4


def test_the_period_and_its_open_ends(ctx: Context, built: Built, tmp_path: Path) -> None:
    every = export_ledger(ctx, tmp_path / "all.xlsx")
    numbers = set(_lines(load_workbook(every.path)[LEDGER_SHEET]))
    assert numbers == {built.before, built.wages, built.online, built.after}  # the voided case left out
    assert (every.period.start, every.period.end) == (D("2023-12-31"), D("2024-07-01"))
    since = export_ledger(ctx, tmp_path / "since.xlsx", date_from=D("2024-05-06"))
    assert set(_lines(load_workbook(since.path)[LEDGER_SHEET])) == {built.online, built.after}
    assert since.period.end == D("2024-07-01")
    empty = export_ledger(ctx, tmp_path / "empty.xlsx", date_from=D("2022-01-01"), date_to=D("2022-12-31"))
    ws = load_workbook(empty.path)[LEDGER_SHEET]
    assert empty.rows == 0 and ws.max_row == 2 and ws.auto_filter.ref == "A2:AL2"
    with pytest.raises(UserError, match="晚于截止日期"):
        export_ledger(ctx, tmp_path / "x.xlsx", date_from=D("2024-06-30"), date_to=D("2024-01-01"))


def test_the_statistics_sheet_counts_the_same_cases(ctx: Context, built: Built, tmp_path: Path) -> None:
    done = export_ledger(ctx, tmp_path / "台账.xlsx", date_from=FIRST_HALF[0], date_to=FIRST_HALF[1])
    ws = load_workbook(done.path)[STATS_SHEET]
    assert ws["A1"].value == "蓝山县信访局信访事项分类统计（2024-01-01至2024-06-30）"
    tables: dict[str, dict[str, tuple[object, ...]]] = {}
    current: dict[str, tuple[object, ...]] = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[1] == "件次":
            current = tables.setdefault(str(row[0]), {})
        elif row[0] is not None:
            current[str(row[0])] = row[1:]
    assert list(tables) == ["信访形式", "问题属地", "内容分类"]
    # By hand: a visit of 3 people in 塔峰镇 on 劳动报酬 (of 劳动和社会保障); an online petition of one
    # person in 新圩镇, not classified. The voided visit and the cases outside the period do not count.
    assert tables["信访形式"] == {
        "来访": (1, 3, 0.5),
        "来信": (0, 0, 0),
        "网上信访": (1, 1, 0.5),
        "来电": (0, 0, 0),
        "合计": (2, 4, 1),
    }
    assert tables["问题属地"] == {"塔峰镇": (1, 3, 0.5), "新圩镇": (1, 1, 0.5), "合计": (2, 4, 1)}
    assert tables["内容分类"] == {"劳动和社会保障": (1, 3, 0.5), "未分类": (1, 1, 0.5), "合计": (2, 4, 1)}
    assert ws["D3"].number_format == "0.0%"


def test_rows_stream_in_chunks_with_progress(
    ctx: Context, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ledger_export, "CHUNK", 1)  # every case its own chunk
    seen: list[tuple[int, int]] = []
    done = export_ledger(
        ctx, tmp_path / "台账.xlsx", unmasked=True, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    lines = _lines(load_workbook(done.path)[LEDGER_SHEET])
    assert lines[built.wages]["共同信访人"] == "李四"  # co-petitioners found per chunk
    assert lines[built.wages]["身份证号"] == WANG_ID


def test_a_cancel_leaves_no_file_and_keeps_an_old_one(
    ctx: Context, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "台账.xlsx"
    with pytest.raises(Cancelled):
        export_ledger(ctx, target, cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    target.write_bytes(b"the ledger of last month")
    monkeypatch.setattr(ledger_export, "CHUNK", 1)
    asked = iter([False, False, False, True])  # cancelled after two rows were written
    with pytest.raises(Cancelled):
        export_ledger(ctx, target, cancelled=lambda: next(asked, True))
    assert list(folder.iterdir()) == [target]
    assert target.read_bytes() == b"the ledger of last month"
    assert _audits(ctx) == []


def test_targets_it_cannot_write_are_refused_with_what_to_do(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_ledger(ctx, tmp_path / "台账.xls")
    with pytest.raises(UserError, match="不存在"):
        export_ledger(ctx, tmp_path / "没有的文件夹" / "台账.xlsx")
    (tmp_path / "是文件夹.xlsx").mkdir()
    with pytest.raises(UserError, match="文件夹"):
        export_ledger(ctx, tmp_path / "是文件夹.xlsx")
    with pytest.raises(UserError, match="单位代码"):
        export_ledger(ctx, tmp_path / "台账.xlsx", office="999999")


def test_one_office_of_the_county(ctx: Context, built: Built, tmp_path: Path) -> None:
    done = export_ledger(ctx, tmp_path / "本级.xlsx", office="431127", date_to=date(2024, 6, 30))
    assert done.rows == 3 and done.period.start == D("2023-12-31")


def test_the_import_takes_a_county_s_ledger_in_the_export_s_own_layout() -> None:
    """150,000 rows of the export's columns fit the import's limits (the layout grew to 36 columns;
    the cell limit once refused a 100,000-row export of the program's own)."""
    from fazhi_desktop.excel.ledger_export import HEADERS
    from fazhi_desktop.excel.sheet_scan import LIMITS

    rows = 150_000 + 2  # the title and the header above the data
    assert rows <= LIMITS.rows and len(HEADERS) <= LIMITS.columns
    assert rows * len(HEADERS) <= LIMITS.cells


def test_a_lists_filter_exports_exactly_its_cases(ctx: Context, built: Built, tmp_path: Path) -> None:
    """Issue 19: a filter showing one case exported all of them; now the list's filter is the export's."""
    shown = CaseFilter(text="电梯")
    assert len(case_ids(ctx, shown)) == 1
    result = export_ledger(ctx, tmp_path / "筛选.xlsx", case_filter=shown)
    assert result.rows == 1 and result.filtered and result.left_out == ()
    assert set(_lines(load_workbook(result.path)[LEDGER_SHEET])) == {built.online}
    # The statistics sheet counts the same one case.
    stats = [row for row in load_workbook(result.path)[STATS_SHEET].iter_rows(values_only=True) if row[0]]
    assert any(row[0] == "新圩镇" and row[1] == 1 for row in stats)
    assert not any(row[0] == "塔峰镇" for row in stats)


def test_voided_cases_are_counted_as_left_out(ctx: Context, built: Built, tmp_path: Path) -> None:
    everything = export_ledger(ctx, tmp_path / "全部.xlsx")
    assert everything.rows == 4 and everything.left_out_text == "已作废的1件未导出"
    # The list can show voided cases (state 作废): none is exported and the result says so.
    only_voided = export_ledger(ctx, tmp_path / "作废.xlsx", case_filter=CaseFilter(states=("void",)))
    assert only_voided.rows == 0 and only_voided.left_out_text == "已作废的1件未导出"
    assert _audits(ctx)[-1].details["voided_left_out"] == 1


def test_words_that_look_like_a_formula_or_a_link_stay_words(ctx: Context, tmp_path: Path) -> None:
    """A clerk's words are written as text: XlsxWriter would otherwise make "=…" a formula (which
    Excel runs when the file is opened) and "http://…" a link."""
    from tests.services.helpers import register

    said = {'=HYPERLINK("http://x","点我")': "王一", "http://example.com/反映": "王二", "+86 123": "王三"}
    for summary, name in said.items():
        register(ctx, name, summary=summary)
    target = tmp_path / "台账.xlsx"
    export_ledger(ctx, target)
    ws = load_workbook(target)[LEDGER_SHEET]
    cells = {row[5].value: row[15] for row in ws.iter_rows(min_row=3)}
    for summary, name in said.items():
        assert cells[name].data_type == "s" and cells[name].value == summary
    assert not ws._hyperlinks
