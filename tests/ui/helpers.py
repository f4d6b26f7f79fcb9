"""Typing into widgets the way a clerk does, including Chinese (PLATFORM.md: keyClicks aborts on CJK)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


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
