"""The search index is caught up in the background at start-up and after cases change, and the
cases it reaches are then found through the index rather than the tail scan."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.cases.reading import CaseFilter, count_cases
from fazhi_desktop.services.context import Context
from fazhi_desktop.store import search
from fazhi_desktop.ui.search_keeper import SearchKeeper
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register

pytestmark = pytest.mark.gui


def pending(ctx: Context) -> int:
    with ctx.db.engine.connect() as conn:
        return search.pending(conn)


def test_start_up_indexes_the_tail_and_changes_index_again(
    qtbot: QtBot, session: UiSession, sqlite_ctx: Context
) -> None:
    for _ in range(3):
        register(sqlite_ctx, summary="反映宅基地界址纠纷久拖未决")
    assert pending(sqlite_ctx) == 3  # registrations are not indexed one by one
    window = QMainWindow()
    qtbot.addWidget(window)
    keeper = SearchKeeper(session, window)

    with qtbot.waitSignal(keeper.caught_up, timeout=10_000) as first:
        keeper.start()
    assert first.args == [3]
    assert pending(sqlite_ctx) == 0
    assert count_cases(sqlite_ctx, CaseFilter(text="界址纠纷")) == 3

    case = register(sqlite_ctx, summary="反映拖欠工程款")
    keeper.timer.setInterval(1)
    with qtbot.waitSignal(keeper.caught_up, timeout=10_000) as second:
        session.cases_changed.emit(case.id)
    assert second.args == [1]
    assert pending(sqlite_ctx) == 0

    for _ in range(2):
        register(sqlite_ctx, summary="反映征地补偿款未足额发放")
    keeper.timer.setInterval(60_000)  # a bulk change does not wait for the lull
    with qtbot.waitSignal(keeper.caught_up, timeout=10_000) as bulk:
        session.cases_changed.emit(0)
    assert bulk.args == [2] and pending(sqlite_ctx) == 0
    keeper.stop()
    assert not keeper.timer.isActive()
