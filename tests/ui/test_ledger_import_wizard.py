"""The 导入台账 wizard on a real workbook: the mapping it found, a changed column remembered, the dry
run, the import in the background, the problems listed and saved as a highlighted .xlsx."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import plan_ledger
from fazhi_desktop.services.office import directories
from fazhi_desktop.store.models import Case
from fazhi_desktop.ui.ledger_import.wizard import LedgerImportWizard
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.session import UiSession
from tests.excel.ledger_workbooks import IMPORTED, ROWS, messy_ledger


def _cases(ctx: Context) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_the_wizard_imports_a_ledger(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path) -> None:
    directories.add_entry(sqlite_ctx, "township", "塔峰镇")
    path = messy_ledger(tmp_path / "台账.xlsx")
    wizard = LedgerImportWizard(sqlite_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(path))
    assert wizard.plan is not None and wizard.file_page.sheet.currentText() == "2024年台账"
    assert wizard.file_page.isComplete()
    wizard.next()
    mapping = wizard.mapping_page.mapping()
    assert mapping[1] == "registered_on" and mapping[12] == "summary"
    wizard.mapping_page.choose(18, None)  # 备注: not imported this time
    wizard.next()  # saves the mapping and checks in the background
    qtbot.waitUntil(lambda: wizard.checked is not None, timeout=20_000)
    assert wizard.checked is not None and wizard.checked.imported == IMPORTED
    assert _cases(sqlite_ctx) == 0  # the check writes nothing
    assert plan_ledger(path, ctx=sqlite_ctx).mapping.get(18) is None  # remembered
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert wizard.result is not None and wizard.result.imported == IMPORTED
    assert _cases(sqlite_ctx) == IMPORTED
    page = wizard.result_page
    assert page.model.rowCount() == len(wizard.result.problems) > 0 and page.save.isEnabled()
    target = tmp_path / "问题.xlsx"
    wizard.save_problems(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows] == [p.row for p in wizard.result.problems]
    levels = {r[1] for r in rows}
    assert levels == {"未导入", "提醒"}
    error_row = next(i for i, r in enumerate(rows, 3) if r[1] == "未导入")
    assert sheet.cell(error_row, 1).fill.start_color.rgb.endswith("FFC7CE")
    assert rows[0][3] is not None and len(rows[0]) > 3 + 10  # the ledger's own cells follow
    assert ROWS > IMPORTED


def test_a_file_without_a_header_says_so(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["甲", "乙"])
    book.save(tmp_path / "无.xlsx")
    wizard = LedgerImportWizard(sqlite_ctx)
    qtbot.addWidget(wizard)
    wizard.file_page.set_path(str(tmp_path / "无.xlsx"))
    assert wizard.plan is None and not wizard.file_page.isComplete()
    assert "找不到台账的表头" in wizard.file_page.message.text()


def test_the_main_window_opens_it(qtbot: QtBot, session: UiSession) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.import_button.click()
    wizard = window.findChild(LedgerImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_the_check_box_adds_the_unknown_names_first(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path
) -> None:
    """Issue 14: unknown townships are listed once, grouped; the box adds them before the rows."""
    path = messy_ledger(tmp_path / "台账.xlsx")
    wizard = LedgerImportWizard(sqlite_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.checked is not None, timeout=20_000)
    page = wizard.check_page
    assert "问题属地" in page.summary.text() and "不在目录中" in page.summary.text()
    assert page.add_unknown.isEnabled() and not page.add_unknown.isChecked()
    page.add_unknown.setChecked(True)  # checks again, saying what would be added
    qtbot.waitUntil(lambda: wizard.checked is not None and bool(wizard.checked.added), timeout=20_000)
    assert "将加入目录：问题属地" in page.summary.text()
    assert {e.name for e in directories.list_entries(sqlite_ctx, "township")} == set()  # not yet
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert wizard.result is not None and wizard.result.added["region"]
    text = wizard.result_page.summary.text()
    assert "已加入目录：问题属地" in text and "按身份证号关联" in text
    added = {e.name for e in directories.list_entries(sqlite_ctx, "township")}
    assert set(wizard.result.added["region"]) <= added
