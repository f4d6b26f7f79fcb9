"""The case list's export takes what the list shows (issue 19: a filter showing 1 case exported
19,718) and says what it left out and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.session import UiSession
from tests.excel.ledger_cases import Built, build


@pytest.fixture
def built(sqlite_ctx: Context) -> Built:
    return build(sqlite_ctx)


def _numbers(path: Path) -> set[str]:
    return {str(r[1]) for r in load_workbook(path)["台账"].iter_rows(min_row=3, values_only=True)}


def _export(page: CaseListPage, qtbot: QtBot, target: Path) -> object:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def test_a_filter_showing_one_case_exports_one(
    session: UiSession, built: Built, qtbot: QtBot, tmp_path: Path
) -> None:
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.text.setText("电梯")
    page.channel.setCurrentIndex(page.channel.findData("online"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    result = _export(page, qtbot, tmp_path / "筛选.xlsx")
    dialog = page.export_dialog
    assert dialog is not None and "电梯" in dialog.filter_note.text()
    assert result.rows == 1 and _numbers(result.path) == {built.online}  # type: ignore[attr-defined]
    assert dialog.message is not None and "Left out" not in dialog.message.text()
    dialog.message.close()


def test_voided_cases_shown_are_reported_left_out(
    session: UiSession, built: Built, qtbot: QtBot, tmp_path: Path
) -> None:
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.state.setCurrentIndex(page.state.findData("void"))
    assert page.model.rowCount() == 1
    result = _export(page, qtbot, tmp_path / "作废.xlsx")
    assert result.rows == 0  # type: ignore[attr-defined]
    dialog = page.export_dialog
    assert dialog is not None and dialog.message is not None
    assert "已作废的1件未导出" in dialog.message.text()
    dialog.message.close()
