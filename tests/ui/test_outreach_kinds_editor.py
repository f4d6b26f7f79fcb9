"""设置 › 宣传活动类别: kinds are added, renamed, retired and deleted in the table, a refused name is
offered again as typed, and a kind that events use cannot be deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import kinds as outreach_kinds
from fazhi_desktop.services.outreach.events import EventInput
from fazhi_desktop.ui.outreach.kinds_editor import OutreachKindsEditor
from fazhi_desktop.ui.session import UiSession

pytestmark = pytest.mark.gui


def names(editor: OutreachKindsEditor) -> list[str]:
    return [editor.model.index(r, 1).data() for r in range(editor.model.rowCount())]


def type_name(editor: OutreachKindsEditor, *texts: str) -> list[str]:
    """Answer the coming name dialogs with `texts`; returns what each dialog offered and the
    warnings shown between them."""
    seen: list[str] = []
    answers = list(texts)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append("warning: " + box.text())
            box.accept()
        elif editor.dialog is not None and editor.dialog.isVisible():
            seen.append(editor.dialog.textValue())
            if not answers:
                editor.dialog.reject()
                return
            editor.dialog.setTextValue(answers.pop(0))
            editor.dialog.accept()
            if not answers:
                return  # the last answer: a refusal would show a warning the test then sees fail
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    return seen


def select(editor: OutreachKindsEditor, name: str) -> None:
    editor.table.selectRow(names(editor).index(name))


def run(qtbot: QtBot, click: Callable[[], None]) -> None:
    click()
    qtbot.wait(100)


def test_kinds_are_edited_in_settings(qtbot: QtBot, session: UiSession) -> None:
    editor = OutreachKindsEditor(session)
    qtbot.addWidget(editor)
    assert "进社区" in names(editor) and not editor.rename_button.isEnabled()

    seen = type_name(editor, "进社区", "进网格")  # the first is refused as a duplicate
    with qtbot.waitSignal(session.directories_changed):
        run(qtbot, editor.add_button.click)
    assert seen[0] == "" and seen[1].startswith("warning: 活动类别「进社区」已经存在")
    assert seen[2] == "进社区"  # offered again as typed
    assert "进网格" in names(editor)

    select(editor, "进网格")
    type_name(editor, "法治进网格")
    run(qtbot, editor.rename_button.click)
    assert "法治进网格" in names(editor) and "进网格" not in names(editor)

    select(editor, "法治进网格")
    editor.retire_button.click()
    kinds = {k.name: k for k in outreach_kinds.list_kinds(session.ctx)}
    assert kinds["法治进网格"].retired and editor.retire_button.text() == "Restore"

    outreach.add_event(session.ctx, EventInput(held_on=date(2024, 3, 5), title="条例进社区", kind="进社区"))
    select(editor, "进社区")
    boxes: list[str] = []

    def confirm_then_read_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            if len(boxes) == 1:
                box.button(QMessageBox.StandardButton.Yes).click()  # yes, delete
            else:
                box.accept()  # the refusal, read
                return
        QTimer.singleShot(50, confirm_then_read_warning)

    QTimer.singleShot(50, confirm_then_read_warning)
    run(qtbot, editor.delete_button.click)
    qtbot.waitUntil(lambda: len(boxes) == 2)
    assert "已有活动使用，不能删除" in boxes[1]
    assert "进社区" in names(editor)
