"""Lists keep their place: a case registered elsewhere while the clerk looks at the end of the case
list sorted by 问题属地 leaves the rows on screen where they were, and the current case current."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.office import directories
from fazhi_desktop.ui.case_list.model import COLUMN_KEYS
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.paging import PAGE_SIZE
from fazhi_desktop.ui.review.page import ReviewPage
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register

pytestmark = pytest.mark.gui


def on_screen(page: CaseListPage) -> list[tuple[int | None, int]]:
    """The cases the table shows, each with the pixel its row starts at."""
    table = page.table
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    last = page.model.rowCount() - 1 if last < 0 else last
    return [(page.model.case_id(row), table.rowViewportPosition(row)) for row in range(first, last + 1)]


def test_a_case_registered_elsewhere_leaves_the_rows_on_screen_in_place(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path
) -> None:
    demo.generate(sqlite_ctx, 300, seed=5)
    page = CaseListPage(UiSession(sqlite_ctx))
    qtbot.addWidget(page)
    page.resize(1200, 420)
    page.show()
    qtbot.waitExposed(page)
    page.table.sortByColumn(COLUMN_KEYS.index("region_name"), Qt.SortOrder.AscendingOrder)
    page.table.scrollToBottom()
    page.table.verticalScrollBar().setValue(
        page.table.verticalScrollBar().value() - 9
    )  # a row cut at the top
    before = on_screen(page)
    current = len(before) // 2
    page.table.selectRow(page.model.row_of(before[current][0]) or 0)
    QApplication.processEvents()
    assert before[0][1] < 0 and len(before) > 5
    count = page.model.rowCount()

    # Another window (its own connection) registers a case that sorts before every row on screen.
    first_town = min(e.name for e in directories.list_entries(sqlite_ctx, "township", include_retired=False))
    other = open_context(str(sqlite_ctx.db.engine.url.database), "another clerk")
    try:
        added = register(other, summary="反映路灯不亮", region=first_town, nature="claim").id
    finally:
        other.close()
    page.session.cases_changed.emit(added)
    QApplication.processEvents()

    assert page.model.rowCount() == count + 1
    assert page.model.row_of(added) is not None and page.model.row_of(added) < page.model.row_of(before[0][0])
    assert on_screen(page) == before  # the same cases at the same pixels
    assert page.model.case_id(page.table.currentIndex().row()) == before[current][0]
    assert page.table.selectionModel().isRowSelected(page.table.currentIndex().row())


def test_a_new_filter_starts_from_the_top_and_the_region_sort_reads_names(
    qtbot: QtBot, sqlite_ctx: Context
) -> None:
    demo.generate(sqlite_ctx, 120, seed=6)
    page = CaseListPage(UiSession(sqlite_ctx))
    qtbot.addWidget(page)
    page.table.sortByColumn(COLUMN_KEYS.index("region_name"), Qt.SortOrder.DescendingOrder)
    column = COLUMN_KEYS.index("region_name")
    names = [page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())]
    named = [n for n in names if n]
    assert named == sorted(named, reverse=True) and names[len(named) :] == [""] * (len(names) - len(named))


def test_the_board_keeps_its_place_and_current_case(qtbot: QtBot, sqlite_ctx: Context) -> None:
    made = [register(sqlite_ctx, summary=f"集体反映欠薪{n}", nature="claim", people=6).id for n in range(40)]
    page = ReviewPage(UiSession(sqlite_ctx))
    qtbot.addWidget(page)
    page.resize(1200, 300)
    page.show()
    qtbot.waitExposed(page)
    page.view.scrollToBottom()
    page.select_case(made[-3])
    QApplication.processEvents()
    top_case = page.model.place_of(page.view.indexAt(QPoint(0, 0)))
    assert isinstance(top_case, int)
    # Red too, and due sooner (registered ten days ago): it goes on top of the red group.
    added = register(sqlite_ctx, summary="集体上访", nature="claim", people=8, on=date(2024, 11, 10)).id
    page.session.cases_changed.emit(added)
    QApplication.processEvents()
    assert page.model.find(added).row() == 0
    assert page.current_case() == made[-3]
    assert page.model.place_of(page.view.indexAt(QPoint(0, 0))) == top_case


def test_a_list_whose_rest_disagrees_with_its_start_is_read_again(qtbot: QtBot, sqlite_ctx: Context) -> None:
    """A new list reads its count and first ids, the rest when the view goes past them; a case
    registered in between is found then, and the list is read again (a reset, not a shift)."""
    demo.generate(sqlite_ctx, PAGE_SIZE + 50, seed=7)
    page = CaseListPage(UiSession(sqlite_ctx))
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == PAGE_SIZE + 50 and len(model._rows.ids) == PAGE_SIZE  # the start only
    # Another PC registers the newest case (on top); this program hears nothing of it.
    other = open_context(str(sqlite_ctx.db.engine.url.database), "another clerk")
    try:
        added = register(other, summary="反映路灯不亮", nature="claim").id
    finally:
        other.close()
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        model.data(model.index(model.rowCount() - 1, 1))  # past the first ids: the rest is read
    assert model.rowCount() == PAGE_SIZE + 51 and model.case_id(0) == added
