"""Importing an events ledger: one transaction, a dry run that writes nothing, each rejected row with its
Excel row number and reason, and a second import of the same file that adds nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import Cancelled
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import stats as outreach_stats
from fazhi_desktop.services.outreach.importing import import_events
from fazhi_desktop.store.models import AuditEntry, OutreachEvent
from tests.excel.workbooks import BAD_ROWS, IMPORTED, cover_sheet_then_ledger, messy_ledger


@pytest.fixture
def ledger(ctx: Context, tmp_path: Path) -> Path:
    directories.add_entry(ctx, "township", "塔峰镇")
    directories.add_entry(ctx, "township", "总市镇")
    return messy_ledger(tmp_path / "2024年宣传台账.xlsx")


def _events(ctx: Context) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OutreachEvent)) or 0)


def test_a_messy_ledger_is_imported_row_by_row(ctx: Context, ledger: Path) -> None:
    result = import_events(ctx, ledger)
    assert (result.rows, result.imported, result.rejected, result.duplicates) == (10, IMPORTED, 3, 0)
    errors = {p.row: p.message for p in result.problems if p.level == "error"}
    assert set(errors) == set(BAD_ROWS)
    for row, reason in BAD_ROWS.items():
        assert reason in errors[row]
    warnings = [(p.row, p.message) for p in result.problems if p.level == "warning"]
    assert warnings == [(9, "乡镇「火星镇」不在乡镇（街道）目录中，已留空。可在设置中添加后再修改。")]
    assert result.skipped == [(15, "合计行"), (17, "注释行"), (18, "填报信息行")]

    events = {e.title: e for e in outreach.list_events(ctx)}
    assert sorted(e.held_on for e in events.values()) == [
        date(2024, 3, 5),
        date(2024, 3, 20),
        date(2024, 4, 8),
        date(2024, 5, 8),  # the serial number 45420
        date(2024, 6, 1),
        date(2024, 7, 15),
        date(2024, 8, 1),
    ]
    village = events["《信访工作条例》宣传进乡村"]
    assert village.kind_name == "进乡村"  # no kind in the row: told by the theme
    assert village.region_name == "总市镇"  # no township in the row: found in the place
    assert (village.leaflets, village.brochures, village.people_reached, village.consultations) == (
        3000,
        4000,
        50000,
        200,
    )
    community = events["《信访工作条例》宣传进社区"]
    assert (community.brochures, community.partner_names, community.partner_count) == (
        1000,
        "公安局、法院",
        2,
    )
    assert events["宪法宣传周"].kind_name == "宪法宣传日/周"
    totals = outreach_stats.outreach_totals(ctx, date(2024, 1, 1), date(2024, 12, 31))
    assert totals == {"events": 7, "materials": 7500 + 6700, "people_reached": 57550}


def test_importing_the_same_file_twice_adds_nothing(ctx: Context, ledger: Path) -> None:
    import_events(ctx, ledger)
    again = import_events(ctx, ledger)
    assert (again.imported, again.duplicates, again.rejected) == (0, IMPORTED, 3)
    assert again.duplicate_rows == [5, 6, 7, 8, 9, 10, 11]
    assert _events(ctx) == IMPORTED


def test_a_dry_run_reports_and_writes_nothing(ctx: Context, ledger: Path) -> None:
    with ctx.db.reading() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    result = import_events(ctx, ledger, dry_run=True)
    assert (result.imported, result.rejected, result.dry_run) == (IMPORTED, 3, True)
    assert _events(ctx) == 0
    with ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
    assert "试导入" in result.summary()


def test_one_import_is_one_audited_transaction(ctx: Context, ledger: Path) -> None:
    import_events(ctx, ledger)
    with ctx.db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "outreach.import")).all()
        creators = set(session.scalars(select(OutreachEvent.created_by)))
    assert len(entries) == 1 and entries[0].details["imported"] == IMPORTED
    assert creators == {"tester"}


def test_a_cancelled_import_leaves_the_database_as_it_was(ctx: Context, ledger: Path) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        import_events(
            ctx, ledger, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: True
        )
    assert _events(ctx) == 0
    assert seen[-1] == (10, 10)


def test_the_report_as_json(ctx: Context, ledger: Path) -> None:
    report = import_events(ctx, ledger).as_json()
    assert {"rows", "imported", "rejected", "duplicates", "warnings", "problems"} <= set(report)
    assert report["warnings"] == 1
    assert {"row": 14, "level": "error"}.items() <= report["problems"][-1].items()


def test_a_header_of_two_rows_on_a_second_sheet(ctx: Context, tmp_path: Path) -> None:
    result = import_events(ctx, cover_sheet_then_ledger(tmp_path / "台账.xlsx"))
    assert (result.sheet, result.imported) == ("台账", 1)
    (row,) = outreach.list_events(ctx)
    assert (row.held_on, row.leaflets, row.brochures, row.materials) == (date(2024, 5, 1), 800, 200, 1000)
    assert row.kind_name == "集中宣传"


def test_a_file_that_is_not_a_workbook(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="不是可以读取的 Excel 工作簿"):
        import_events(ctx, path)


def test_a_sheet_without_dates_cannot_be_imported(ctx: Context, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["活动主题", "地点", "宣传单", "覆盖人次"])
    ws.append(["进社区", "广场", 100, 200])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="第 1 行的表头中没有「日期」列"):
        import_events(ctx, path)
