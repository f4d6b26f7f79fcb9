"""The 研判 board: exactly the red and yellow open cases, grouped by tier with their reasons, owner and
deadline; Enter opens a case; 「研判」 records the meeting's decision and the automatic reasons stay."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.step_details import Accept, Assess, Forward, LeaderOwn, Withdraw
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.ui.case_detail import CaseDetailDialog
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.review import model as board_model
from fazhi_desktop.ui.review.model import COLUMN_KEYS, ReviewBoardModel
from fazhi_desktop.ui.review.page import ReviewPage
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register
from tests.ui.helpers import type_text

pytestmark = pytest.mark.gui
D = date.fromisoformat


@pytest.fixture
def cases(sqlite_ctx: Context) -> dict[str, int]:
    ctx = sqlite_ctx
    made = {
        "overdue": register(ctx, "李明", summary="反映拖欠工资", nature="claim", on=D("2024-11-04")).id,
        "collective": register(
            ctx, "张华", summary="集体反映欠薪", nature="claim", on=D("2024-11-18"), people=9
        ).id,
        "due_soon": register(ctx, "王芳", summary="反映物业电梯停运", nature="claim", on=D("2024-11-10")).id,
        "owned": register(ctx, "赵强", summary="反映宅基地纠纷", nature="claim", on=D("2024-11-18")).id,
        "green": register(ctx, "钱进", summary="反映路灯不亮", nature="claim", on=D("2024-11-18")).id,
        "closed": register(
            ctx, "孙丽", summary="反映噪声扰民", nature="claim", people=7, on=D("2024-11-18")
        ).id,
    }
    apply_step(ctx, made["owned"], Accept(), occurred_on=D("2024-11-18"))
    apply_step(ctx, made["owned"], LeaderOwn(leader="李副县长"))
    apply_step(ctx, made["closed"], Withdraw(reason="已自行协商解决"))  # a collective visit, but closed
    return made


def open_page(qtbot: QtBot, session: UiSession) -> ReviewPage:
    page = ReviewPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def board(model: ReviewBoardModel) -> dict[str, list[dict[str, str]]]:
    """The board as read: each group's title, and its rows by column."""
    shown: dict[str, list[dict[str, str]]] = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        shown[str(group.data())] = [
            {key: str(model.index(r, c, group).data()) for c, key in enumerate(COLUMN_KEYS)}
            for r in range(model.rowCount(group))
        ]
    return shown


def ids(model: ReviewBoardModel) -> list[int]:
    found = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        found += [
            model.index(r, 0, group).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount(group))
        ]
    return found


def test_the_board_lists_exactly_the_red_and_yellow_open_cases(
    qtbot: QtBot, session: UiSession, cases: dict[str, int]
) -> None:
    page = open_page(qtbot, session)
    shown = board(page.model)
    assert list(shown) == ["Red: 2 case(s)", "Yellow: 2 case(s)"]
    red, yellow = shown.values()
    assert [row["number"] for row in red] == [
        case_detail(session.ctx, cases[k]).number for k in ("overdue", "collective")
    ]
    assert ids(page.model) == [cases[k] for k in ("overdue", "collective", "due_soon", "owned")]
    first = red[0]
    assert (first["tier"], first["principal_name"], first["summary"]) == ("Red", "李明", "反映拖欠工资")
    assert first["reasons"] == "Red: Overdue by 1 day (Acceptance deadline 2024-11-19)"
    assert (first["due_date"], first["days_left"]) == ("2024-11-19", "-1")
    assert red[1]["reasons"] == "Red: Collective visit of 9 people"
    assert yellow[0]["reasons"] == "Yellow: Due in 5 days (Acceptance deadline 2024-11-25)"
    assert (yellow[1]["owner"], yellow[1]["days_left"]) == ("Leader: 李副县长", "58")
    assert page.red_count.text() == "Red 2" and page.yellow_count.text() == "Yellow 2"
    assert "Overdue: 1" in page.other_counts.text()
    tier_cell = page.model.index(0, 0, page.model.index(0, 0))
    assert tier_cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fdecea"  # colour and word


def test_the_owner_is_the_handling_unit(qtbot: QtBot, session: UiSession, sqlite_ctx: Context) -> None:
    unit = add_entry(sqlite_ctx, "unit", "县住房和城乡建设局").id
    case = register(sqlite_ctx, nature="claim", people=6)
    apply_step(sqlite_ctx, case.id, Forward(unit_id=unit))
    page = open_page(qtbot, session)
    assert board(page.model)["Red: 1 case(s)"][0]["owner"] == "县住房和城乡建设局"


def test_filters_narrow_the_board(qtbot: QtBot, session: UiSession, cases: dict[str, int]) -> None:
    page = open_page(qtbot, session)
    page.tier.setCurrentIndex(page.tier.findData("yellow"))
    assert list(board(page.model)) == ["Yellow: 2 case(s)"]
    page.deadline.setCurrentIndex(page.deadline.findData("due_soon"))
    assert ids(page.model) == [cases["due_soon"]]
    page.reset_button.click()
    assert ids(page.model) == [cases[k] for k in ("overdue", "collective", "due_soon", "owned")]


def test_enter_and_a_double_click_open_the_case(
    qtbot: QtBot, session: UiSession, cases: dict[str, int]
) -> None:
    page = open_page(qtbot, session)
    opened: list[int] = []
    page.case_activated.connect(opened.append)
    page.focus_first()
    assert page.current_case() == cases["overdue"]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [cases["collective"]]
    group = page.model.index(1, 0)
    page.view.doubleClicked.emit(page.model.index(1, 3, group))
    assert opened[-1] == cases["owned"]
    page.view.setCurrentIndex(group)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # on a group's title: folds it, opens nothing
    assert len(opened) == 2 and not page.view.isExpanded(group)


def test_the_main_window_opens_the_boards_case(
    qtbot: QtBot, session: UiSession, cases: dict[str, int]
) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_page("review")
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    page.case_activated.emit(cases["owned"])
    opened = window.findChildren(CaseDetailDialog)
    assert [d.case_id for d in opened] == [cases["owned"]]


def test_an_assessment_through_the_board_changes_the_tier_and_keeps_the_reasons(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context, cases: dict[str, int]
) -> None:
    page = open_page(qtbot, session)
    assert page.select_case(cases["collective"])
    qtbot.keyClick(page.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.assess_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tier = dialog.fields["tier"]
    assert isinstance(tier, QComboBox) and tier.currentText() == "Red"
    assert dialog.fields["review_on"].text() == "2024-11-27"  # a week on
    qtbot.keyClick(tier, Qt.Key.Key_Down)  # 黄
    qtbot.keyClick(tier, Qt.Key.Key_Return)
    type_text(QApplication.focusWidget(), "代表已选出，情绪平稳")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    tiers = case_detail(sqlite_ctx, cases["collective"]).tiers
    assert (tiers.tier, tiers.auto_tier, tiers.assessed_tier) == ("yellow", "red", "yellow")
    shown = board(page.model)
    assert list(shown) == ["Red: 1 case(s)", "Yellow: 3 case(s)"]
    row = next(r for r in shown["Yellow: 3 case(s)"] if r["summary"] == "集体反映欠薪")
    assert row["tier"] == "Yellow"
    assert row["reasons"] == "Red: Collective visit of 9 people"  # the automatic reasons stay visible
    assert row["decision"] == (
        "Set to Yellow by the review meeting (automatic: Red): 代表已选出，情绪平稳; next review 2024-11-27"
    )  # the reason as typed
    assert page.current_case() == cases["collective"]  # the selection followed the case


def test_the_review_action_needs_a_case(qtbot: QtBot, session: UiSession, sqlite_ctx: Context) -> None:
    case = register(sqlite_ctx, nature="claim", people=6, on=D("2024-11-18"))
    apply_step(sqlite_ctx, case.id, Assess(tier=Tier.RED, reason="人数多", review_on=D("2024-11-20")))
    page = open_page(qtbot, session)
    assert page.other_counts.text().endswith("review date reached: 1")
    page.view.setCurrentIndex(page.model.index(0, 0))  # the group's title, not a case
    assert page.assess() is None and page.banner.text() == "Choose a case on the board first."


def test_the_board_model_passes_qt_model_checks(
    qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch, sqlite_ctx: Context, cases: dict[str, int]
) -> None:
    monkeypatch.setattr(board_model, "PAGE_SIZE", 1)  # a page a row: fetchMore is exercised
    model = ReviewBoardModel(sqlite_ctx)
    red = model.group_index("red")
    assert model.rowCount(red) == 1 and model.canFetchMore(red)
    model.fetchMore(red)
    assert model.rowCount(red) == 2 and not model.canFetchMore(red)
    qtmodeltester.check(model)
    assert not model.parent(QModelIndex()).isValid()
