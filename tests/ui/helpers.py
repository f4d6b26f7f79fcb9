"""Typing into widgets the way a clerk does, including Chinese (PLATFORM.md: keyClicks aborts on CJK)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.session import UiSession


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into the focused `widget`: ASCII as key presses, anything else as an input method
    commit (how a Chinese IME delivers a finished word)."""
    widget.setFocus()
    run = ""
    for ch in text:
        if ord(ch) < 128:
            run += ch
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    if run:
        QTest.keyClicks(widget, run)


def press(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifier)


def open_main_window(ctx: Context, qtbot: QtBot) -> MainWindow:
    """The main window at office size, shown and active (so that its shortcuts reach it)."""
    window = MainWindow(UiSession(ctx))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def enter_until(target: QWidget, limit: int = 40) -> None:
    """Press Enter (the form's "next field") until the cursor reaches `target`."""
    for _ in range(limit):
        if focused() is target:
            return
        QTest.keyClick(QApplication.activePopupWidget() or focused(), Qt.Key.Key_Return)
    raise AssertionError(f"Enter never reached {target!r}; the cursor is in {focused()!r}")
