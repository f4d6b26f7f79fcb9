"""The 工作台: its numbers on hand-built cases, and every number opening the list behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.step_details import Accept, Mediate, Withdraw
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.dashboard import DashboardPage
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.statistics.case_list import CaseIdsModel
from tests.services.helpers import register

D = date.fromisoformat


def _cases(ctx: Context) -> dict[str, int]:
    """Today is 2024-11-20 (a Wednesday; the week ends on Sunday 11-24)."""
    overdue = register(ctx, on=D("2024-10-08"), nature="claim")  # route due 10-23: red, overdue
    due_today = register(ctx, on=D("2024-11-05"), nature="claim")  # route due 11-20: yellow, this week
    today = register(ctx, nature="claim")  # due 12-05: green
    last_year = register(ctx, on=D("2023-11-10"), nature="claim")
    apply_step(ctx, last_year.id, Withdraw(reason="已解决"), occurred_on=D("2023-11-12"))
    upper = register(
        ctx,
        on=D("2024-09-02"),
        nature="claim",
        channel="online",  # a visit passed down from above would be red (赴上级走访)
        source="upper_forwarded",
        upper_number="永信转〔2024〕15号",
        upper_deadline=D("2024-12-31"),
    )
    apply_step(ctx, upper.id, Accept(), occurred_on=D("2024-09-03"))
    apply_step(ctx, upper.id, Mediate(agreement="达成协议"), occurred_on=D("2024-10-08"))  # report owed
    return {"overdue": overdue.id, "due_today": due_today.id, "today": today.id, "upper": upper.id}


def _page(session: UiSession, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.numbers is not None and not page.reader.busy, timeout=10_000)
    return page


def test_the_numbers_count_the_cases(session: UiSession, sqlite_ctx: Context, qtbot: QtBot) -> None:
    cases = _cases(sqlite_ctx)
    page = _page(session, qtbot)
    shown = {key: card.number.text() for key, card in page.cards.items()}
    assert shown == {
        "red": "1",
        "yellow": "1",
        "overdue": "1",
        "due_this_week": "1",
        "registered_today": "1",
        "registered_this_month": "2",
        "same_days_last_year": "1",
        "report_due": "1",
    }
    assert page.cards["due_this_week"].note.text() == "until 2024-11-24"
    assert "+100.0%" in page.cards["registered_this_month"].note.text()
    assert page.red_model.ids() == (cases["overdue"],)
    assert page.cards["red"].caption.text() == "Red: open cases"  # the colour in words too


def test_every_number_opens_its_cases(session: UiSession, sqlite_ctx: Context, qtbot: QtBot) -> None:
    cases = _cases(sqlite_ctx)
    page = _page(session, qtbot)
    expected = {
        "overdue": [cases["overdue"]],
        "due_this_week": [cases["due_today"]],
        "registered_today": [cases["today"]],
        "registered_this_month": [cases["today"], cases["due_today"]],
        "report_due": [cases["upper"]],
    }
    for key, ids in expected.items():
        QTest.mouseClick(page.cards[key], Qt.MouseButton.LeftButton)
        dialog = page.list_dialog
        assert dialog is not None and list(dialog.model.ids()) == ids
        assert dialog.model.rowCount() == int(page.cards[key].number.text())
        dialog.close()
    page.cards["red"].setFocus()
    QTest.keyClick(page.cards["red"], Qt.Key.Key_Return)  # the keyboard too
    dialog = page.list_dialog
    assert dialog is not None and dialog.model.ids() == (cases["overdue"],)
    assert dialog.model.data(dialog.model.index(0, 3)) == "Red"
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(page.case_opened) as opened:
        rect = dialog.table.visualRect(dialog.model.index(0, 0))
        QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [cases["overdue"]]
    with qtbot.waitSignal(page.case_opened) as opened:
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == [cases["overdue"]]


def test_a_new_case_refreshes_the_numbers(session: UiSession, sqlite_ctx: Context, qtbot: QtBot) -> None:
    page = _page(session, qtbot)
    assert page.cards["registered_today"].number.text() == "0"
    register(sqlite_ctx, nature="claim")
    session.cases_changed.emit(0)
    qtbot.waitUntil(lambda: page.cards["registered_today"].number.text() == "1", timeout=5_000)


def test_the_case_list_model_passes_qt_checks(sqlite_ctx: Context, qtmodeltester: object) -> None:
    ids = [register(sqlite_ctx, on=D("2024-10-0" + str(n)), nature="claim").id for n in range(1, 6)]
    model = CaseIdsModel(sqlite_ctx, ids, ("tier", "state", "due_date", "tier_reasons"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5 and model.case_id(4) == ids[4]


def test_the_main_window_shows_the_dashboard(session: UiSession, qtbot: QtBot) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.numbers is not None, timeout=5_000)


def test_the_date_reads_in_the_ui_language(
    session: UiSession, qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("en")
    assert _page(session, qtbot).day_label.text() == "Wednesday, 20 November 2024"
    language("zh_CN")
    assert _page(session, qtbot).day_label.text() == "2024年11月20日　星期三"  # as before the translation
    language("zh_TW")
    assert _page(session, qtbot).day_label.text() == "2024年11月20日　星期三"
