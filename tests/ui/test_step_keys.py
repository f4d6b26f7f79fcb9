"""Each step button keeps its own key whatever the state: 受理 is Alt+A before and never anything
else; 答复 is Alt+R as soon as it is offered; the 快捷键 sheet lists every one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.step_details import Accept
from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories, lookup
from fazhi_desktop.ui import shortcuts
from fazhi_desktop.ui.case_detail import CaseDetailDialog
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.services.helpers import register
from tests.ui.helpers import type_text

K = StepKind


def _keys(detail: CaseDetailDialog) -> dict[StepKind, str]:
    return {kind: button.text() for kind, button in detail.step_bar.buttons.items()}


def _press(qtbot: QtBot, detail: CaseDetailDialog, key: str) -> None:
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow)
    qtbot.keyClick(detail, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)


def test_the_keys_stay_with_their_steps(session: UiSession, sqlite_ctx: Context, qtbot: QtBot) -> None:
    case_id = register(sqlite_ctx, nature="claim", on=date(2024, 11, 4)).id
    detail = CaseDetailDialog(session, case_id)
    qtbot.addWidget(detail)
    detail.show()
    before = _keys(detail)
    assert before[K.ACCEPT].endswith("(A)") and before[K.FORWARD].endswith("(F)")
    assert len({text[-3:] for text in before.values()}) == len(before)  # no key twice
    apply_step(sqlite_ctx, case_id, Accept(), occurred_on=date(2024, 11, 5))
    qtbot.waitUntil(lambda: K.ACCEPT not in detail.step_bar.buttons, timeout=3000)
    after = _keys(detail)
    assert after[K.REPLY].endswith("(R)")
    for kind in set(before) & set(after):  # what both states offer keeps its key
        assert before[kind] == after[kind]
    assert "Alt+R" in detail.step_bar.buttons[K.REPLY].toolTip()

    # Alt+A offers nothing now (受理 is done); it never opens another step in its place.
    _press(qtbot, detail, "A")
    QApplication.processEvents()
    assert detail.step_dialog is None
    _press(qtbot, detail, "R")
    qtbot.waitUntil(lambda: detail.step_dialog is not None, timeout=3000)
    assert detail.step_dialog is not None and detail.step_dialog.kind is K.REPLY
    detail.step_dialog.reject()


def test_the_sheet_lists_every_step_key(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
    }
    assert rows["Alt+A"] == "Acceptance"
    assert all(f"Alt+{key}" in rows for key in shortcuts.STEP_KEYS.values())
    assert len(set(shortcuts.STEP_KEYS.values())) == len(shortcuts.STEP_KEYS)


def test_the_unit_of_a_step_is_found_by_a_keyword(
    session: UiSession, sqlite_ctx: Context, qtbot: QtBot
) -> None:
    unit = directories.add_entry(sqlite_ctx, "unit", "县人力资源和社会保障局")
    directories.add_entry(sqlite_ctx, "unit", "县住房和城乡建设局")
    lookup.set_keywords(sqlite_ctx, "unit", unit.id, "人社 欠薪")
    case_id = register(sqlite_ctx, nature="claim", on=date(2024, 11, 4)).id
    detail = CaseDetailDialog(session, case_id)
    qtbot.addWidget(detail)
    detail.show()
    _press(qtbot, detail, "F")  # 转送
    qtbot.waitUntil(lambda: detail.step_dialog is not None, timeout=3000)
    step = detail.step_dialog
    assert step is not None
    combo = step.fields["unit_id"]
    type_text(combo.lineEdit(), "欠薪")
    assert combo.found() == ["县人力资源和社会保障局"]  # type: ignore[attr-defined]
    step.reject()
