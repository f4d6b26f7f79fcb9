"""帮助 › 快捷键 and the tooltips come from the one table the widgets take their keys from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context
from fazhi_desktop.ui import shortcuts
from fazhi_desktop.ui.registration import RegistrationForm
from fazhi_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.helpers import open_main_window

TABLE_KEYS = {QKeySequence(k) for s in shortcuts.TABLE for k in s.keys}


def test_every_key_of_the_window_and_the_form_is_in_the_table(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.register_next()
    form = window.stack.currentWidget()
    assert isinstance(form, RegistrationForm)
    keys = {k for w in (window, form) for a in w.actions() for k in a.shortcuts()}
    assert keys and keys <= TABLE_KEYS
    assert {QKeySequence(f"Ctrl+{n}") for n in range(1, 5)} | {QKeySequence("Ctrl+L")} <= keys
    window.close()


def test_tooltips_show_the_keys(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    nav = window._nav_items
    for n, key in enumerate(("register:visit", "register:letter", "register:online", "register:phone"), 1):
        assert f"Ctrl+{n}" in nav[key].toolTip(0)
    assert "Ctrl+L" in nav["cases"].toolTip(0)
    assert "Ctrl+N" in nav["register"].toolTip(0)
    assert "Ctrl+F" in window.search_box.toolTip()
    assert "Ctrl+I" in window.import_button.toolTip()
    window.register_next()
    form = window.stack.currentWidget()
    assert isinstance(form, RegistrationForm)
    assert "Ctrl+S" in form.save_button.toolTip()
    assert "Ctrl+Return" in form.save_next_button.toolTip()
    window.close()


def test_f1_opens_the_sheet_listing_every_shortcut(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    shown = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert len(shown) == len(shortcuts.TABLE)
    for entry in shortcuts.TABLE:
        assert any(
            QKeySequence(entry.keys[0]).toString(QKeySequence.SequenceFormat.NativeText) in s for s in shown
        )
    dialog.close()
    window.close()


def test_ctrl_n_yields_to_the_outreach_page(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.show_page("outreach")
    assert not window.register_next_action.isEnabled()
    window.show_page("cases")
    assert window.register_next_action.isEnabled()
    assert isinstance(window.register_next_action, QAction)
    window.close()
