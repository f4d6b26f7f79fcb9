"""设置: keywords of 责任单位 and 内容分类 edited in their tables, found by the look-up at once, and
the 内容分类 template taken from the editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.office import directories, lookup
from fazhi_desktop.services.office.directories import DirectoryKind
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.settings_page import SettingsPage


@pytest.fixture
def page(qtbot: QtBot, session: UiSession) -> SettingsPage:
    widget = SettingsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_a_units_keywords_are_edited_and_found(page: SettingsPage, session: UiSession) -> None:
    directories.add_entry(session.ctx, "unit", "县人力资源和社会保障局")
    units = page.editor(DirectoryKind.UNIT)
    assert units.keywords_button.isVisibleTo(units) and not units.template_button.isVisibleTo(units)
    units.table.selectRow(0)
    units.keywords_button.click()
    dialog = units.keywords_dialog
    assert dialog is not None and dialog.isVisible() and dialog.textValue() == ""
    dialog.setTextValue("人社局、欠薪 劳动监察")
    dialog.accept()
    assert [f.name for f in lookup.look_up(session.ctx, "unit", "欠薪")] == ["县人力资源和社会保障局"]
    column = units.model.columnCount() - 2  # 关键词 before 状态
    assert units.model.index(0, column).data() == "人社局、欠薪、劳动监察"


def test_the_categories_show_their_keywords_and_take_the_template(
    page: SettingsPage, session: UiSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    categories = page.editor(DirectoryKind.CATEGORY)
    row = categories.model.row_of(lambda e: e.name == "劳动报酬")
    assert "工资" in str(categories.model.index(row, categories.model.columnCount() - 2).data())
    purposes = page.editor(DirectoryKind.PURPOSE)
    assert not purposes.keywords_button.isVisibleTo(purposes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    categories.template_button.click()
    assert told and "0" in told[0]  # the seeded template is all there already
