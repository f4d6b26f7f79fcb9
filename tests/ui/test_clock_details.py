"""The clock's last details on screen: the 2027 warning on the case list and the case detail, and the
extension setting on the 设置 page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.step_details import Accept
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.clock.triage import retier_all
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.ui.case_detail import CaseDetailDialog
from fazhi_desktop.ui.case_list.model import COLUMN_KEYS, CaseTableModel
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.settings_page import SettingsPage
from tests.services.helpers import register

UNOFFICIAL = "of 2027 not entered yet"  # the calendar's warning, in the UI's language


def _case_due_in_2027(ctx: Context) -> int:
    clock.set_today(date(2026, 12, 20))
    case = register(ctx, "王建国", nature="claim", summary="反映拖欠工资")
    apply_step(ctx, case.id, Accept())
    clock.set_today(date(2027, 2, 19))  # the handling deadline 2027-02-18 has passed by a day
    retier_all(ctx)
    return case.id


def test_the_list_marks_the_deadline_and_says_why(sqlite_ctx: Context) -> None:
    _case_due_in_2027(sqlite_ctx)
    model = CaseTableModel(sqlite_ctx)
    index = model.index(0, COLUMN_KEYS.index("due_date"))
    assert index.data() == "2027-02-18 ⚠"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert UNOFFICIAL in tooltip and "2027-02-18" in tooltip
    tier = model.index(0, COLUMN_KEYS.index("tier")).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Red: Overdue by 1 day (Handling deadline 2027-02-18, holidays {UNOFFICIAL}" in tier


def test_the_case_detail_warns_beside_the_date_and_in_the_clock_panel(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context
) -> None:
    case_id = _case_due_in_2027(sqlite_ctx)
    dialog = CaseDetailDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    due = dialog.values["due_date"]
    assert due.text().startswith("2027-02-18") and UNOFFICIAL in due.text() and UNOFFICIAL in due.toolTip()
    panel = dialog.clock_panel
    assert any(UNOFFICIAL in text for text in panel.deadline_texts)
    assert UNOFFICIAL in panel.auto_text.text()


def test_the_extension_setting_is_a_check_box(qtbot: QtBot, session: UiSession, sqlite_ctx: Context) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    box = page.general.extension_check
    assert box.isChecked()  # the stricter reading by default
    box.setChecked(False)
    assert settings.get(sqlite_ctx, "extension_from_original_day") is False
    box.setChecked(True)
    assert settings.get(sqlite_ctx, "extension_from_original_day") is True
