"""The small things a clerk notices (issue 19): the sort arrow, 清除筛选, one row height, form
labels, the 红黄理由 tooltip, and 设置 not talking of `fazhi init`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFormLayout, QHeaderView, QLabel
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.case_list.model import COLUMN_KEYS
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.review.page import ReviewPage
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.settings_page import SettingsPage
from fazhi_desktop.ui.statistics.case_list import CaseIdsModel
from fazhi_desktop.ui.style import row_height
from tests.services.helpers import register
from tests.ui.helpers import open_main_window


def _arrow_points_down(header: QHeaderView, section: int) -> bool:
    """Read the arrow off the drawn header: ▼ is wide at its top, ▲ at its bottom."""
    image: QImage = header.grab().toImage()
    left = header.sectionViewportPosition(section)
    right = left + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = [x for x in range(max(right - 14, left), right) if image.pixelColor(x, y).lightness() < 120]
        if dark:
            widths.append(len(dark))
    assert len(widths) >= 2, "no arrow drawn"
    return widths[0] > widths[-1]


def test_the_newest_first_list_shows_a_down_arrow(session: UiSession, qtbot: QtBot) -> None:
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    registered = COLUMN_KEYS.index("registered_on")
    assert header.sortIndicatorSection() == registered
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _arrow_points_down(header, registered)
    page.table.sortByColumn(registered, Qt.SortOrder.AscendingOrder)  # oldest first: ▲
    QApplication.processEvents()
    assert not _arrow_points_down(header, registered)


def test_clear_filters_clears_the_search_box_too(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.search_box.setText("工资")
    window._on_search_box_return_pressed()
    page = window.page("cases")
    assert isinstance(page, CaseListPage) and page.text.text() == "工资"
    page.reset_button.click()
    assert page.text.text() == "" and window.search_box.text() == ""


def test_one_row_height_for_every_list(session: UiSession, sqlite_ctx: Context, qtbot: QtBot) -> None:
    register(sqlite_ctx, nature="claim", urgent=True)
    cases = CaseListPage(session)
    review = ReviewPage(session)
    for page in (cases, review):
        qtbot.addWidget(page)
        page.resize(1200, 500)
        page.show()
    expected = row_height(cases.table)
    assert cases.table.verticalHeader().defaultSectionSize() == expected
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=5000)
    review.view.expandAll()
    group = review.model.index(0, 0)
    qtbot.waitUntil(lambda: review.model.rowCount(group) > 0, timeout=5000)
    assert review.view.visualRect(review.model.index(0, 0, group)).height() >= expected


def test_the_reasons_column_shows_its_whole_text(sqlite_ctx: Context, qtbot: QtBot) -> None:
    case = register(sqlite_ctx, nature="claim", urgent=True, threat=True)
    model = CaseIdsModel(sqlite_ctx, (case.id,), ("tier", "tier_reasons"))
    reasons = model.data(model.index(0, model.columnCount() - 1), Qt.ItemDataRole.DisplayRole)
    tooltip = model.data(model.index(0, model.columnCount() - 1), Qt.ItemDataRole.ToolTipRole)
    assert reasons and tooltip == reasons


def test_form_labels_end_alike(session: UiSession, qtbot: QtBot) -> None:
    window = open_main_window(session.ctx, qtbot)
    window.show_page("register:visit")
    form = window.page("register:visit")
    labels = [w.text() for w in form.findChildren(QLabel) if w.buddy() is not None]
    assert labels and all(text.endswith(":") for text in labels), labels
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    general = settings.general.findChildren(QFormLayout)
    for layout in general:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                assert item.widget().text().endswith(":")
    texts = " ".join(w.text() for w in settings.findChildren(QLabel))
    assert "fazhi init" not in texts
