"""The 研判会 window over the board: record a meeting, decide on the board's case, print the minutes;
the 月度通报 tab shows the month's rankings; the case detail's 「归档」 files a closed case and then
offers no steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings import records
from fazhi_desktop.ui.case_detail import CaseDetailDialog
from fazhi_desktop.ui.reports.bulletin_tab import BulletinTab
from fazhi_desktop.ui.review.page import ReviewPage
from fazhi_desktop.ui.session import UiSession
from tests.pdfread import flat
from tests.services.helpers import register
from tests.services.test_archive import _closed_case

pytestmark = pytest.mark.gui
D = date.fromisoformat


def test_a_meeting_decides_on_the_boards_case(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, tmp_path: Path
) -> None:
    case = register(sqlite_ctx, "李明", summary="反映拖欠工资", nature="claim", on=D("2024-11-04"))
    page = ReviewPage(session)
    qtbot.addWidget(page)
    page.focus_first()
    dialog = page.open_meetings()
    dialog.held_on.setDate(QDate(2024, 11, 14))
    dialog.attendees.setText("张明、李华")
    dialog.add_button.click()
    assert dialog.meetings.rowCount() == 1 and "11-14" in dialog.message.text()
    decision = dialog.decide()
    assert decision is not None
    decision.tier.setCurrentIndex(decision.tier.findData(Tier.RED.value))
    decision.owner.setText("李副县长")
    decision.measures.setPlainText("约谈施工方，限期支付")
    decision.accept()
    assert decision.error.text() == ""
    qtbot.waitUntil(lambda: dialog.decisions.rowCount() == 1)
    assert dialog.decisions.data(dialog.decisions.index(0, 6)) == "约谈施工方，限期支付"
    assert records.list_meetings(sqlite_ctx)[0].decisions == 1
    # The board shows what the meeting decided.
    qtbot.waitUntil(
        lambda: "约谈施工方" in (page.model.record(page.model.find(case.id)).meeting_decision or "")
    )
    dialog.print_to(tmp_path / "纪要.pdf")
    assert "约谈施工方，限期支付" in flat(tmp_path / "纪要.pdf")


def test_the_monthly_bulletin_tab(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, tmp_path: Path
) -> None:
    register(sqlite_ctx, "李明", summary="反映拖欠工资", nature="claim", on=D("2024-10-14"))
    tab = BulletinTab(session)
    qtbot.addWidget(tab)
    tab.set_month(D("2024-10-01"))
    tab.show_month()
    assert tab.report is not None and tab.report.totals.registered == 1
    assert tab.units.rowCount() == 2  # the one group and the 合计
    tab.save(tmp_path / "通报.pdf", tmp_path / "通报.xlsx")
    assert (tmp_path / "通报.xlsx").exists() and "2024年10月信访工作通报" in flat(tmp_path / "通报.pdf")


def test_archiving_from_the_case_detail(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    case_id, _number = _closed_case(sqlite_ctx)
    detail = CaseDetailDialog(session, case_id)
    qtbot.addWidget(detail)
    assert detail.step_bar.buttons != {}  # a closed case still takes a 更正 or a 复查请求
    assert detail.archive_button is not None
    detail.archive_button.click()
    qtbot.waitUntil(
        lambda: detail.archive_button is not None and detail.archive_button.archive_number is not None
    )
    detail.reload()
    assert "2024-431127-0001" in detail.archive_button.text()
    assert detail.step_bar.buttons == {}  # an archived matter offers no step
