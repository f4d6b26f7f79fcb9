"""导出台账 from the case list: the dialog takes the list's period, exports in the background, masks by
default, says what went wrong and keeps the choices, and a cancel writes no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.case_list.export_dialog import LedgerExportDialog
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.session import UiSession
from tests.excel.ledger_cases import WANG_ID, Built, build


@pytest.fixture
def built(sqlite_ctx: Context) -> Built:
    return build(sqlite_ctx)


def _open_dialog(session: UiSession, qtbot: QtBot) -> tuple[CaseListPage, LedgerExportDialog]:
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2024, 1, 1))
    page.date_to.setDate(QDate(2024, 6, 30))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    return page, dialog


def _ids(path: Path) -> dict[str, object]:
    rows = load_workbook(path)["台账"].iter_rows(min_row=3, values_only=True)
    return {str(r[1]): r[6] for r in rows}


def test_exports_the_lists_period_masked(
    session: UiSession, built: Built, qtbot: QtBot, tmp_path: Path
) -> None:
    _page, dialog = _open_dialog(session, qtbot)
    assert dialog.date_from.date() == QDate(2024, 1, 1) and dialog.date_to.date() == QDate(2024, 6, 30)
    assert dialog.path.text().endswith("信访台账_2024-01-01_2024-06-30.xlsx")
    assert not dialog.unmasked.isChecked()
    dialog.path.setText(str(tmp_path / "上半年"))  # .xlsx is added
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    result = done.args[0]
    assert result.rows == 2 and result.path == tmp_path / "上半年.xlsx"
    assert _ids(result.path) == {built.wages: WANG_ID[:6] + "********" + WANG_ID[-4:], built.online: None}
    assert dialog.message is not None and "2" in dialog.message.text()
    dialog.message.close()


def test_unmasked_when_the_box_is_ticked(
    session: UiSession, built: Built, qtbot: QtBot, tmp_path: Path
) -> None:
    _page, dialog = _open_dialog(session, qtbot)
    dialog.unmasked.setChecked(True)
    dialog.date_from.setDate(dialog.date_from.minimumDate())  # "earliest case": an open end
    dialog.path.setText(str(tmp_path / "全.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        dialog.start_export()
    assert done.args[0].rows == 3 and done.args[0].unmasked
    assert _ids(tmp_path / "全.xlsx")[built.wages] == WANG_ID


def test_an_error_is_told_and_the_dialog_comes_back(
    session: UiSession, built: Built, qtbot: QtBot, tmp_path: Path
) -> None:
    _page, dialog = _open_dialog(session, qtbot)
    dialog.path.setText(str(tmp_path / "没有的文件夹" / "台账.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message is not None, timeout=10_000)
    assert dialog.message is not None and "不存在" in dialog.message.text()
    dialog.message.done(0)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.path.text().endswith("台账.xlsx")  # nothing chosen is lost


def test_a_cancel_writes_no_file(session: UiSession, built: Built, qtbot: QtBot, tmp_path: Path) -> None:
    _page, dialog = _open_dialog(session, qtbot)
    dialog.path.setText(str(tmp_path / "台账.xlsx"))
    watcher = dialog.start_export()
    watcher.worker.cancel()  # as the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: dialog.message is not None, timeout=10_000)
    assert dialog.message is not None and "cancelled" in dialog.message.text()
    assert list(tmp_path.glob("*.xlsx*")) == []
