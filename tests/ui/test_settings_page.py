"""设置: the directories edited through their tables and dialogs, and the general settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.office import directories, settings
from fazhi_desktop.services.office.directories import DirectoryKind, Entry
from fazhi_desktop.ui import prefs
from fazhi_desktop.ui.directory_editor import DirectoryEditor
from fazhi_desktop.ui.entry_dialog import EntryDialog
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.settings_page import SettingsPage
from tests.services.helpers import visit


@pytest.fixture
def page(qtbot: QtBot, session: UiSession) -> SettingsPage:
    widget = SettingsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def fill(dialog: EntryDialog, name: str, *, code: str = "", parent_id: int | None = None) -> EntryDialog:
    dialog.name_edit.setText(name)
    if code:
        assert dialog.code_edit is not None
        dialog.code_edit.setText(code)
    if parent_id is not None:
        assert dialog.parent_combo is not None
        dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(parent_id))
    return dialog


def add(editor: DirectoryEditor, name: str, **kwargs: Any) -> EntryDialog:
    """Click 添加, fill the dialog in and accept it, as an administrator does."""
    editor.add_button.click()
    assert editor.dialog is not None and editor.dialog.isVisible()
    dialog = fill(editor.dialog, name, **kwargs)
    dialog.accept()
    return dialog


def select(editor: DirectoryEditor, name: str) -> Entry:
    row = editor.model.row_of(lambda e: e.name == name)
    assert row >= 0, name
    editor.table.selectRow(row)
    entry = editor.selected_entry()
    assert entry is not None and entry.name == name
    return entry


def test_a_township_and_a_village_are_added_through_the_page(
    page: SettingsPage, session: UiSession, qtbot: QtBot, warnings: list[str]
) -> None:
    ctx = session.ctx
    towns = page.editor(DirectoryKind.TOWNSHIP)
    with qtbot.waitSignal(session.directories_changed):
        dialog = add(towns, "塔峰镇", code="431127100")
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    [town] = directories.list_entries(ctx, "township")
    assert (town.name, town.code, town.retired) == ("塔峰镇", "431127100", False)
    assert towns.model.rowCount() == 1
    assert towns.selected_entry() == town  # the new entry is selected

    villages = page.editor(DirectoryKind.VILLAGE)
    assert villages.township_filter is not None
    assert villages.township_filter.findData(town.id) > 0  # the filter knows the new township at once
    add(villages, "古城社区", parent_id=town.id)
    [village] = directories.list_entries(ctx, "village")
    assert (village.name, village.parent_id, village.parent_name) == ("古城社区", town.id, "塔峰镇")
    shown = villages.model.record(0)
    assert shown is not None and shown.parent_name == "塔峰镇"
    assert not warnings


def test_the_village_dialog_offers_the_filtered_township(page: SettingsPage, session: UiSession) -> None:
    directories.add_entry(session.ctx, "township", "塔峰镇")
    other = directories.add_entry(session.ctx, "township", "总市镇")
    session.directories_changed.emit()
    villages = page.editor(DirectoryKind.VILLAGE)
    assert villages.township_filter is not None
    villages.township_filter.setCurrentIndex(villages.township_filter.findData(other.id))
    add(villages, "大洞村")
    [village] = directories.list_entries(session.ctx, "village")
    assert village.parent_name == "总市镇"
    assert villages.model.rowCount() == 1  # the list shows that township's villages only


def test_a_refusal_is_shown_and_the_dialog_keeps_what_was_typed(
    page: SettingsPage, session: UiSession, warnings: list[str]
) -> None:
    villages = page.editor(DirectoryKind.VILLAGE)
    dialog = add(villages, "无主村")  # no township chosen
    assert warnings == ["村（社区）必须属于一个乡镇（街道）。请选择所属乡镇。"]
    assert dialog.isVisible() and dialog.name_edit.text() == "无主村"
    assert dialog.parent_combo is not None and dialog.focusWidget() is dialog.parent_combo
    assert directories.list_entries(session.ctx, "village") == []

    towns = page.editor(DirectoryKind.TOWNSHIP)
    add(towns, "塔峰镇")
    again = add(towns, "塔峰镇")
    assert warnings[-1] == "乡镇（街道）「塔峰镇」已经存在。"
    assert again.isVisible() and again.name_edit.text() == "塔峰镇"
    again.reject()


def test_a_subcategory_is_added_under_its_parent(page: SettingsPage, session: UiSession) -> None:
    categories = page.editor(DirectoryKind.CATEGORY)
    parent = select(categories, "城乡建设")
    add(categories, "电梯安全")  # the selected category's branch is offered as the parent
    entry = next(e for e in directories.list_entries(session.ctx, "category") if e.name == "电梯安全")
    assert (
        entry.parent_id == parent.id and entry.code is not None and entry.code.startswith(parent.code or "")
    )
    row = categories.model.row_of(lambda e: e.name == "电梯安全")
    assert categories.model.index(row, 2).data() == "城乡建设"


def test_rename(page: SettingsPage, session: UiSession, qtbot: QtBot) -> None:
    units = page.editor(DirectoryKind.UNIT)
    add(units, "县人社局")
    select(units, "县人社局")
    units.rename_button.click()
    assert units.dialog is not None and units.dialog.name_edit.text() == "县人社局"
    with qtbot.waitSignal(session.directories_changed):
        fill(units.dialog, "县人力资源和社会保障局").accept()
    assert [e.name for e in directories.list_entries(session.ctx, "unit")] == ["县人力资源和社会保障局"]
    assert units.model.index(0, 0).data() == "县人力资源和社会保障局"


def test_retire_then_restore(page: SettingsPage, session: UiSession) -> None:
    purposes = page.editor(DirectoryKind.PURPOSE)
    entry = select(purposes, "咨询")
    assert purposes.retire_button.text() == "Retire"
    purposes.retire_button.click()
    stored = next(e for e in directories.list_entries(session.ctx, "purpose") if e.id == entry.id)
    assert stored.retired
    assert purposes.selected_entry() == stored  # still selected after the refresh
    status = purposes.model.index(purposes.model.row_of(lambda e: e.id == entry.id), 2)
    assert status.data() == "Retired"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed, and said in words
    assert purposes.retire_button.text() == "Restore"
    purposes.retire_button.click()
    assert not next(e for e in directories.list_entries(session.ctx, "purpose") if e.id == entry.id).retired
    assert purposes.retire_button.text() == "Retire"


def test_delete_is_refused_for_a_used_entry_with_the_services_message(
    page: SettingsPage, session: UiSession, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    ctx = session.ctx
    directories.add_entry(ctx, "township", "新圩镇")
    directories.add_entry(ctx, "township", "土市镇")
    register_case(ctx, visit(region="新圩镇"))
    session.directories_changed.emit()
    towns = page.editor(DirectoryKind.TOWNSHIP)
    monkeypatch.setattr(towns, "confirm_delete", lambda _entry: True)

    select(towns, "新圩镇")
    towns.delete_button.click()
    assert warnings == ["乡镇（街道）「新圩镇」已被信访件或其他条目使用，不能删除。可以将它停用。"]
    assert {e.name for e in directories.list_entries(ctx, "township")} == {"新圩镇", "土市镇"}

    select(towns, "土市镇")
    towns.delete_button.click()
    assert [e.name for e in directories.list_entries(ctx, "township")] == ["新圩镇"]
    assert towns.model.rowCount() == 1


def test_delete_asks_first(page: SettingsPage, session: UiSession, monkeypatch: pytest.MonkeyPatch) -> None:
    units = page.editor(DirectoryKind.UNIT)
    add(units, "县教育局")
    select(units, "县教育局")
    monkeypatch.setattr(units, "confirm_delete", lambda _entry: False)
    units.delete_button.click()
    assert len(directories.list_entries(session.ctx, "unit")) == 1


def test_the_threshold_spin_box_saves_the_setting(
    page: SettingsPage, session: UiSession, qtbot: QtBot
) -> None:
    spin = page.general.threshold_spin
    assert (spin.minimum(), spin.maximum(), spin.value()) == (2, 100, 5)
    with qtbot.waitSignal(session.settings_changed):
        spin.setValue(8)
    assert settings.get(session.ctx, "collective_threshold") == 8
    # Typed digits are saved once, when the clerk confirms them.
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    assert settings.get(session.ctx, "collective_threshold") == 8
    with qtbot.waitSignal(session.settings_changed):
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert settings.get(session.ctx, "collective_threshold") == 12


def test_the_language_and_the_office_facts(page: SettingsPage, session: UiSession) -> None:
    general = page.general
    assert general.language_combo.currentData() == "zh_CN"
    general.language_combo.setCurrentIndex(general.language_combo.findData("en"))
    assert prefs.language() == "en"
    assert "next time" in general.language_note.text()
    assert general.office_name.text() == "蓝山县信访局"
    assert general.office_code.text() == "431127"
    assert general.database.text() == session.ctx.db.describe()


def test_the_page_remembers_its_tab_and_focuses_the_list(page: SettingsPage, session: UiSession) -> None:
    page.tabs.setCurrentWidget(page.editor(DirectoryKind.CATEGORY))
    page.focus_first()
    assert page.editor(DirectoryKind.CATEGORY).selected_entry() is not None
    page.save_state()
    again = SettingsPage(session)
    assert again.tabs.currentWidget() is again.editor(DirectoryKind.CATEGORY)
    again.deleteLater()


def test_the_directory_models(qtmodeltester: Any, page: SettingsPage, session: UiSession) -> None:
    directories.add_entry(session.ctx, "township", "塔峰镇", code="431127100")
    directories.add_entry(session.ctx, "village", "古城社区", parent="塔峰镇")
    session.directories_changed.emit()
    for kind in DirectoryKind:
        model = page.editor(kind).model
        if kind is not DirectoryKind.UNIT:
            assert model.rowCount() > 0, kind
        qtmodeltester.check(model)


def test_the_keyboard_reaches_every_action(page: SettingsPage, session: UiSession, qtbot: QtBot) -> None:
    units = page.editor(DirectoryKind.UNIT)
    page.tabs.setCurrentWidget(units)
    units.table.setFocus()
    qtbot.keyClick(units.table, Qt.Key.Key_Delete)  # nothing selected: nothing happens
    qtbot.keyClick(units.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: units.dialog is not None and units.dialog.isVisible())
    assert units.dialog is not None
    fill(units.dialog, "县教育局")
    qtbot.keyClick(units.dialog.name_edit, Qt.Key.Key_Return)
    assert [e.name for e in directories.list_entries(session.ctx, "unit")] == ["县教育局"]
    units.table.setFocus()
    qtbot.keyClick(units.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: units.dialog is not None and units.dialog.name_edit.text() == "县教育局")
