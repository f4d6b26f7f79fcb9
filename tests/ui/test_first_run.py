"""The first day: the checklist on the 工作台, its links, and the registration form's 问题属地 hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fazhi_desktop.services import backup
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.office.first_run import FirstRunItem
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.ui.case_list.page import CaseListPage
from fazhi_desktop.ui.dashboard import DashboardPage
from fazhi_desktop.ui.first_run import SETTINGS_TOWNSHIPS
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.office_setup import OfficeSetupDialog
from fazhi_desktop.ui.registration.form import RegistrationForm
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.settings_page import SettingsPage
from tests.services.helpers import register
from tests.ui.helpers import open_main_window, type_text


def _ticked(page: DashboardPage) -> set[FirstRunItem]:
    return {item for item, tick in page.first_run.ticks.items() if tick.isChecked()}


def test_the_checklist_ticks_itself_and_goes_when_done(
    sqlite_ctx: Context, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.show_page("dashboard")
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.first_run.isVisible() and _ticked(page) == {FirstRunItem.CATEGORIES}

    # A link leads to where the item is done.
    page.first_run.notes[FirstRunItem.REGIONS].linkActivated.emit(SETTINGS_TOWNSHIPS)
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage) and window.stack.currentWidget() is settings
    assert settings.tabs.currentWidget() is settings.editor("township")

    directories.add_entry(sqlite_ctx, "township", "塔峰镇")
    directories.add_entry(sqlite_ctx, "unit", "县人社局")
    register(sqlite_ctx, region="塔峰镇")
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: FirstRunItem.FIRST_CASE in _ticked(page), timeout=3000)
    assert FirstRunItem.REGIONS in _ticked(page) and FirstRunItem.UNITS in _ticked(page)
    assert page.first_run.isVisible()
    backup.backup(sqlite_ctx, tmp_path)
    window.show_page("cases")
    window.show_page("dashboard")
    assert not page.first_run.isVisible()


def test_register_link_opens_the_form(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.follow_link("register")
    assert isinstance(window.stack.currentWidget(), RegistrationForm)


def test_the_form_says_when_there_is_no_place_to_choose(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window = open_main_window(sqlite_ctx, qtbot)
    window.show_page("register:visit")
    form = window.page("register:visit")
    assert isinstance(form, RegistrationForm)
    note = form.fields.region_missing
    assert note.isVisible() and "settings:township" in note.text()
    note.linkActivated.emit("settings:township")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.tabs.currentWidget() is settings.editor("township")
    directories.add_entry(sqlite_ctx, "township", "塔峰镇")
    window.show_page("register:visit")
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=3000)


def test_typing_wages_offers_labour_pay_first(sqlite_ctx: Context, qtbot: QtBot) -> None:
    window: MainWindow = open_main_window(sqlite_ctx, qtbot)
    window.show_page("register:visit")
    form = window.page("register:visit")
    assert isinstance(form, RegistrationForm)
    category = form.fields.category
    type_text(category.edit(), "工资")
    assert category.found()[0] == "劳动和社会保障 / 劳动报酬"
    popup = category.completer().popup() if category.completer() else None
    assert popup is not None and popup.isVisible()
    completer = category.completer()
    assert completer is not None
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert category.currentText() == "劳动和社会保障 / 劳动报酬"
    assert isinstance(category.value(), int)


def test_the_office_dialog_asks_for_an_empty_code(tmp_path: Path, qtbot: QtBot) -> None:
    ctx = open_context(str(tmp_path / "new.db"), "clerk")
    ensure_ready(ctx)
    try:
        dialog = OfficeSetupDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.code.placeholderText() != "431127" and "431127" in dialog.code.placeholderText()
        type_text(dialog.name, "蓝山县信访局")
        dialog._on_buttons_accepted()
        assert "请填写单位代码（6位行政区划代码）" in dialog.error.text()
    finally:
        ctx.close()


def test_the_lists_category_filter_finds_by_keyword(sqlite_ctx: Context, qtbot: QtBot) -> None:
    register(sqlite_ctx, category="劳动报酬", summary="反映拖欠工资")
    register(sqlite_ctx, category="噪声扰民", summary="反映夜间施工噪音")
    page = CaseListPage(UiSession(sqlite_ctx))
    qtbot.addWidget(page)
    page.show()
    type_text(page.category.lineEdit(), "欠薪")
    assert page.category_lookup.offered()[0] == "劳动和社会保障 / 劳动报酬"
    popup = page.category_lookup.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    popup.setCurrentIndex(page.category_lookup.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # Enter on the first offer, as a clerk chooses it
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.current_filter().category_id is not None
    page.reset_button.click()
    assert page.category.currentIndex() == 0 and page.model.rowCount() == 2
