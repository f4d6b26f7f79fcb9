"""The main window end to end: register a visit, a letter and an online petition with the keyboard
alone, close the program, open it again, and find them in the case list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.registration import RegistrationForm
from tests.ui.helpers import enter_until, focused, open_main_window, type_text


def _register(window: MainWindow, shortcut: str, name: str, summary: str) -> RegistrationForm:
    QTest.keyClick(focused(), Qt.Key(ord(shortcut)), Qt.KeyboardModifier.ControlModifier)
    form = window.stack.currentWidget()
    assert isinstance(form, RegistrationForm)
    fields = form.fields
    assert focused() is fields.id_number
    enter_until(fields.name)
    type_text(fields.name, name)
    enter_until(fields.summary)
    type_text(fields.summary, summary)
    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return form


def test_register_three_channels_close_and_find_them_again(
    sqlite_ctx: Context,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    db_path = sqlite_ctx.db.describe()
    window = open_main_window(sqlite_ctx, qtbot)
    _register(window, "1", "王建国", "反映拖欠工资三个月未付")
    _register(window, "2", "李秀英", "反映小区电梯长期停运")
    form = _register(window, "3", "陈志强", "反映征地补偿款未足额发放")
    assert "431127-2024-000003" in form.saved_message.text()
    window.close()

    again = open_context(db_path, "tester")
    try:
        reopened = open_main_window(again, qtbot)
        QTest.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        page = reopened.stack.currentWidget()
        assert isinstance(page, CaseListPage)
        page._on_reset_button_clicked()
        rows = {
            (page.model.data(page.model.index(r, 3)), page.model.data(page.model.index(r, 4)))
            for r in range(page.model.rowCount())
        }
        assert rows == {("Visit", "王建国"), ("Letter", "李秀英"), ("Online", "陈志强")}
        reopened.close()
    finally:
        again.close()


def test_the_global_search_finds_a_case(sqlite_ctx: Context, qtbot: QtBot) -> None:
    from tests.services.helpers import register

    register(sqlite_ctx, "王建国", summary="反映拖欠工资三个月未付")
    register(sqlite_ctx, "李秀英", summary="反映电梯停运")
    window = open_main_window(sqlite_ctx, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search_box
    type_text(window.search_box, "电梯")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert isinstance(page, CaseListPage)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 4)) == "李秀英"


def test_window_state_is_remembered(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.show_page("settings")
    window.resize(1200, 700)
    window.close()
    again = open_main_window(sqlite_ctx, qtbot)
    assert again.stack.currentWidget() is again.page("settings")
