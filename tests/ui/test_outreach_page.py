"""The 宣传与学法 page: an event typed in with the keyboard, the list, photos, the overview, an import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain import clock
from fazhi_desktop.excel.report import ImportReport
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import files as outreach_files
from fazhi_desktop.services.outreach.events import EventFilter
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.outreach.import_flow import ImportReportDialog
from fazhi_desktop.ui.outreach.page import OutreachPage
from fazhi_desktop.ui.session import UiSession
from tests.excel.workbooks import IMPORTED, messy_ledger
from tests.images import png_bytes
from tests.services.outreach_helpers import build_year
from tests.ui.helpers import press, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, session: UiSession) -> OutreachPage:
    directories.add_entry(session.ctx, "township", "塔峰镇")
    widget = OutreachPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.tabs.setCurrentIndex(0)
    return widget


def _select_all_and_type(widget: object, text: str) -> None:
    press(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    type_text(widget, text)  # type: ignore[arg-type]


def test_an_event_is_recorded_with_the_keyboard_and_listed(qtbot: QtBot, page: OutreachPage) -> None:
    events = page.events
    press(events.table, Qt.Key.Key_Insert)
    editor = events.editor
    assert events.stack.currentWidget() is editor
    fields = editor.fields
    assert QApplication.focusWidget() is fields.held_on or fields.held_on.hasFocus()
    press(fields.held_on, Qt.Key.Key_Return)  # today's date stays; Enter moves on to the kind
    assert fields.kind.hasFocus()
    press(fields.kind, Qt.Key.Key_Down)  # the first kind: 集中宣传
    press(fields.kind, Qt.Key.Key_Return)
    assert fields.title.hasFocus()
    type_text(fields.title, "《信访工作条例》宣传进社区")
    press(fields.title, Qt.Key.Key_Return)
    type_text(fields.place, "塔峰镇文化广场")
    press(fields.place, Qt.Key.Key_Return)
    type_text(fields.township.edit(), "塔峰镇")
    _select_all_and_type(fields.counts["leaflets"], "5000")
    _select_all_and_type(fields.counts["people_reached"], "3000")
    press(fields.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.event_id is not None
    assert editor.saved_message.text().startswith("Saved")
    row = outreach.get_event(page.session.ctx, editor.event_id)
    assert (row.title, row.kind_name, row.region_name) == ("《信访工作条例》宣传进社区", "集中宣传", "塔峰镇")
    assert (row.leaflets, row.people_reached, row.held_on) == (5000, 3000, clock.today())
    press(fields.title, Qt.Key.Key_Escape)
    assert events.stack.currentIndex() == 0
    assert events.model.rowCount() == 1
    assert events.model.data(events.model.index(0, 0)) == clock.today().isoformat()
    assert events.count_label.text() == "1 event(s)"


def test_messages_stand_beside_the_fields_and_nothing_is_lost(qtbot: QtBot, page: OutreachPage) -> None:
    page.events.new_event()
    editor = page.events.editor
    type_text(editor.fields.place, "广场")
    assert editor.save() is None
    assert "请选择活动类别" in editor.fields._grid.error_text("kind")
    assert "请填写活动主题" in editor.fields._grid.error_text("title")
    assert editor.fields.place.text() == "广场"
    assert editor.fields.kind.hasFocus()  # the first field to fix


def test_ctrl_enter_saves_and_starts_the_next(qtbot: QtBot, page: OutreachPage) -> None:
    page.events.new_event()
    fields = page.events.editor.fields
    fields.kind.setCurrentIndex(1)
    type_text(fields.title, "宣传日")
    press(fields.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.events.editor.event_id is None and fields.title.text() == ""
    assert page.events.editor.saved_message.text() == f"Saved: {clock.today()} 宣传日"
    assert outreach.count_events(page.session.ctx) == 1


def test_the_list_filters_by_year_kind_and_township(qtbot: QtBot, session: UiSession) -> None:
    build_year(session.ctx)
    page = OutreachPage(session)
    qtbot.addWidget(page)
    events = page.events
    events.year.setCurrentIndex(events.year.findData(2024))
    assert events.model.rowCount() == 3
    events.kind.setCurrentIndex(events.kind.findText("进乡村"))
    assert [r.title for r in events.model.records()] == ["《信访工作条例》宣传进乡村"]
    events.kind.setCurrentIndex(0)
    events.township.setCurrentIndex(events.township.findText("塔峰镇"))
    assert [r.region_name for r in events.model.records()] == ["塔峰镇"]
    events.year.setCurrentIndex(0)  # all years
    events.township.setCurrentIndex(0)
    assert events.model.rowCount() == 4


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, session: UiSession
) -> None:
    ids = build_year(session.ctx)
    outreach_files.add_file(session.ctx, ids["community"], "a.png", png_bytes(8, 6))
    page = OutreachPage(session)
    qtbot.addWidget(page)
    page.events.year.setCurrentIndex(0)
    qtmodeltester.check(page.events.model)
    page.events.edit_row(page.events.model.row_of(lambda r: r.id == ids["community"]))
    qtmodeltester.check(page.events.editor.gallery.model)
    page.overview.refresh()
    for model in (page.overview.by_kind, page.overview.by_month, page.overview.by_township):
        qtmodeltester.check(model)
    qtmodeltester.check(page.study.model)
    qtmodeltester.check(page.receptions.model)


def test_the_gallery_adds_photos_and_shows_a_refused_file(
    qtbot: QtBot, page: OutreachPage, tmp_path: Path
) -> None:
    ctx = page.session.ctx
    event = outreach.add_event(
        ctx, outreach.EventInput(held_on=date(2024, 3, 5), title="进社区", kind="进社区")
    )
    page.events.refresh()
    page.events.edit_row(0)
    gallery = page.events.editor.gallery
    assert gallery.event_id == event.id and gallery.add_button.isEnabled()
    good = tmp_path / "现场.png"
    good.write_bytes(png_bytes(40, 30))
    bad = tmp_path / "签到表.jpg"
    bad.write_text("不是图片", encoding="utf-8")
    refused = gallery.add_files([str(good), str(bad)])
    assert len(refused) == 1 and "不是图片" in refused[0]
    assert "签到表.jpg" in gallery.message.text() and not gallery.message.isHidden()
    assert gallery.model.rowCount() == 1
    icon = gallery.model.data(gallery.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    gallery.view.setCurrentIndex(gallery.model.index(0, 0))
    gallery.remove_current()
    assert gallery.model.rowCount() == 0 and outreach_files.list_files(ctx, event.id) == []


def test_a_new_event_asks_to_be_saved_before_photos(page: OutreachPage) -> None:
    page.events.new_event()
    gallery = page.events.editor.gallery
    assert not gallery.add_button.isEnabled() and "Save the event first" in gallery.hint.text()


def test_the_overview_shows_the_year(qtbot: QtBot, session: UiSession) -> None:
    build_year(session.ctx)
    page = OutreachPage(session)
    qtbot.addWidget(page)
    overview = page.overview
    overview.year.setCurrentIndex(overview.year.findData(2024))
    assert overview.cards["events"].number.text() == "3"
    assert overview.cards["materials"].number.text() == "35,500"
    assert overview.cards["pass_rate"].number.text() == "100.0%"
    assert overview.by_month.record(2).events == 2  # March
    assert overview.paragraphs.toPlainText().startswith("全年开展《信访工作条例》宣传进乡村、进社区")
    # The month lines in the UI's language (the service's "3月" is the command line's).
    march = overview.by_month.index(2, 0)
    assert overview.by_month.data(march) == "March"


def test_study_and_reception_forms_save(qtbot: QtBot, page: OutreachPage) -> None:
    page.tabs.setCurrentWidget(page.study)
    study = page.study
    study.kind.setCurrentIndex(study.kind.findText("Law exam"))
    assert study.passed.isEnabled() and not study.mode.isEnabled()
    type_text(study.title, "年度学法考试")
    study.participants.setValue(25)
    study.passed.setValue(30)
    press(study.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "通过人数（30）应在 0 到参考人数（25）之间" in study.form.message.text()
    study.passed.setValue(25)
    press(study.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert study.model.rowCount() == 1 and "100.0%" in study.model.data(study.model.index(0, 3))

    page.tabs.setCurrentWidget(page.receptions)
    receptions = page.receptions
    type_text(receptions.leader, "张明（副县长）")
    receptions.people.setValue(12)
    press(receptions.leader, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert receptions.model.rowCount() == 1
    assert receptions.model.data(receptions.model.index(0, 2)) == "张明（副县长）"


def test_a_ledger_is_checked_then_imported_in_the_background(
    qtbot: QtBot, page: OutreachPage, tmp_path: Path
) -> None:
    clock.set_today(date(2024, 12, 31))
    importer = page.events.importer
    with qtbot.waitSignal(importer.reported, timeout=10_000) as checked:
        importer.check(messy_ledger(tmp_path / "台账.xlsx"))
    report = checked.args[0]
    assert isinstance(report, ImportReport) and report.dry_run and report.imported == IMPORTED
    dialog = importer.dialog
    assert isinstance(dialog, ImportReportDialog)
    assert dialog.model.rowCount() == len(report.problems)
    assert dialog.problems.save.isEnabled()  # the problem rows, saved as the case ledger's are
    dialog.problems.save_to(tmp_path / "问题.xlsx")
    saved = openpyxl.load_workbook(tmp_path / "问题.xlsx").active
    assert saved is not None
    assert [r[0] for r in saved.iter_rows(min_row=3, values_only=True)] == [p.row for p in report.problems]
    assert outreach.count_events(page.session.ctx) == 0
    with qtbot.waitSignal(importer.imported, timeout=10_000):
        dialog.import_button.click()
    assert outreach.count_events(page.session.ctx, EventFilter(year=2024)) == IMPORTED
    page.events.year.setCurrentIndex(0)
    assert page.events.model.rowCount() == IMPORTED
    importer.dialog.close()


def test_the_main_window_opens_the_page(qtbot: QtBot, session: UiSession) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show_page("outreach")
    assert isinstance(window.page("outreach"), OutreachPage)
