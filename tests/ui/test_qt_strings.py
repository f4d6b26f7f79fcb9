"""Qt's own dialogs speak the program's language: ui.i18n loads the qtbase translations PySide6 ships
(and fills the two labels of the file dialog they miss)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

LATIN = re.compile(r"[A-Za-z]{2,}")


def _texts(dialog: QFileDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    texts += [action.text() for action in dialog.findChildren(QAction)]
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [t for t in texts if t]


@pytest.mark.parametrize(("code", "look_in"), [("zh_CN", "查找范围"), ("zh_TW", "搜尋範圍")])
def test_a_file_dialog_has_no_english_label(
    language: Callable[[str], None], qtbot: QtBot, code: str, look_in: str
) -> None:
    language(code)
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = _texts(dialog)
    assert any(look_in in t for t in texts), texts
    assert [t for t in texts if LATIN.search(t.replace("&", ""))] == []


def test_english_keeps_qt_s_own_words(language: Callable[[str], None], qtbot: QtBot) -> None:
    language("en")
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert "&Look in:" in _texts(dialog)
