"""The report centre and a case's 「打印」 menu: documents made off the GUI thread and handed to the system's
viewer (here a recorder stands in for the viewer)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.reports import templates as report_templates
from fazhi_desktop.services.reports.printing import case_options
from fazhi_desktop.store.models import AuditEntry, Step
from fazhi_desktop.ui.reports.case_menu import build_print_menu
from fazhi_desktop.ui.reports.page import ReportCentre
from fazhi_desktop.ui.session import UiSession
from tests.pdfread import flat
from tests.services.helpers import register
from tests.services.report_helpers import Samples, make_samples

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u3400-\u9fff]")
#: Chinese characters and Chinese punctuation (「」，。).
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture
def samples(session: UiSession) -> Samples:
    return make_samples(session.ctx)


@pytest.fixture
def centre(qtbot: QtBot, session: UiSession, samples: Samples) -> ReportCentre:
    widget = ReportCentre(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


class Recorder:
    """Stands in for the system's PDF viewer: keeps the files it was given."""

    def __init__(self) -> None:
        self.files: list[Path] = []

    def __call__(self, path: Path) -> bool:
        self.files.append(path)
        return True


def test_preview_of_the_statistics_report(qtbot: QtBot, centre: ReportCentre) -> None:
    tab = centre.printing
    viewer = Recorder()
    tab.runner.opener = viewer
    tab.select_kind(ReportKind.SUMMARY)
    assert tab.panels.currentWidget() is tab.summary_panel
    tab.start.setDate(QDate(2024, 1, 1))
    tab.end.setDate(QDate(2024, 11, 20))
    tab.preview_button.click()
    qtbot.waitUntil(lambda: bool(viewer.files), timeout=20_000)
    (shown,) = viewer.files
    assert shown.exists() and "信访工作统计报表" in flat(shown)
    with centre.session.ctx.db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("report.%"))).all()
    assert actions == ["report.preview"]


def test_printing_a_notice_records_its_step_and_announces_the_case(
    qtbot: QtBot, centre: ReportCentre, samples: Samples
) -> None:
    tab = centre.printing
    printer = Recorder()
    tab.runner.printer = printer
    number = case_detail(centre.session.ctx, samples.extended).number
    centre.show_case(number, ReportKind.ACCEPT)
    assert tab.kind() is ReportKind.ACCEPT and tab.panels.currentWidget() is tab.case_panel
    with qtbot.waitSignal(centre.session.cases_changed, timeout=20_000) as changed:
        tab.print_button.click()
    assert changed.args == [samples.extended]
    qtbot.waitUntil(lambda: bool(printer.files), timeout=20_000)
    assert number in flat(printer.files[0])
    with centre.session.ctx.db.reading() as session:
        told = session.scalars(
            select(Step).where(Step.case_id == samples.extended, Step.kind == "inform")
        ).all()
    assert [s.details["notice"] for s in told] == ["accept"]


def test_save_as_and_what_a_clerk_is_told(
    qtbot: QtBot, centre: ReportCentre, samples: Samples, tmp_path: Path
) -> None:
    tab = centre.printing
    tab.select_kind(ReportKind.REJECT)
    tab.preview_button.click()
    assert tab.status.text() == "请填写信访件编号。"
    tab.set_case(case_detail(centre.session.ctx, samples.accusation).number)
    tab.save_as(tmp_path / "r.pdf")
    qtbot.waitUntil(lambda: "检举控告" in tab.status.text(), timeout=20_000)
    assert not (tmp_path / "r.pdf").exists()
    tab.select_kind(ReportKind.ANNUAL)
    tab.year.setValue(2024)
    target = tmp_path / "年报.pdf"
    tab.save_as(target)
    qtbot.waitUntil(lambda: target.exists() and str(target) in tab.status.text(), timeout=20_000)
    assert "全年共登记信访事项" in flat(target)
    tab.select_kind(ReportKind.AGENDA)
    tab.meeting.setDate(QDate(2024, 11, 20))
    request = tab.request()
    assert (request.day, request.since) == (date(2024, 11, 20), date(2024, 11, 13))


def test_the_wording_of_a_document_is_edited_in_the_templates_tab(centre: ReportCentre) -> None:
    editor = centre.templates
    editor.select("office")
    editor.set_value("phone", "0746-2212345")
    assert editor.save() and editor.status.text() == editor.tr("Saved.")
    assert report_templates.template(centre.session.ctx, "office")["phone"] == "0746-2212345"
    editor.select("accept")
    editor.set_value("body", "{不存在的占位符}")
    assert not editor.save() and "不认识" in editor.status.text()
    assert report_templates.template(centre.session.ctx, "accept")["body"].startswith("你（们）")
    editor.select("office")
    editor.reset()
    assert report_templates.template(centre.session.ctx, "office")["phone"] == ""


def test_the_print_menu_of_a_case_offers_what_fits_it(
    qtbot: QtBot, session: UiSession, samples: Samples, language: Callable[[str], None]
) -> None:
    from PySide6.QtWidgets import QWidget

    language("zh_CN")  # the menu names the documents in the UI's language: in Chinese, as printed
    host = QWidget()
    qtbot.addWidget(host)
    menu = build_print_menu(session, samples.claim, host)
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["信访处理意见书"] and enabled["复核意见书"] and enabled["送达回证"]
    assert not enabled["转送/交办单"] and not enabled["办结报告"]
    reason = next(a.toolTip() for a in menu.actions() if a.text() == "办结报告")
    assert "本级登记" in reason
    printer = Recorder()
    menu.runner.printer = printer
    next(a for a in menu.actions() if a.text() == "信访处理意见书").trigger()
    qtbot.waitUntil(lambda: bool(printer.files), timeout=20_000)
    assert "信访事项处理意见书" in flat(printer.files[0])
    accusation = build_print_menu(session, samples.accusation, host)
    assert any("不含信访人信息" in a.text() for a in accusation.actions())


def test_the_print_menu_names_the_documents_in_english(
    qtbot: QtBot, session: UiSession, samples: Samples
) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    menu = build_print_menu(session, samples.accusation, host)
    names = [a.text() for a in menu.actions() if a.text()]
    assert "Case registration and handling sheet" in names
    assert "Forwarding or assignment slip (for the unit reported on, without the petitioner)" in names
    assert [n for n in names + [a.text() for a in menu.into_folder.actions()] if CJK.search(n)] == []


def test_the_print_menu_says_why_in_the_language_of_the_ui(
    qtbot: QtBot, session: UiSession, language: Callable[[str], None]
) -> None:
    from PySide6.QtWidgets import QWidget

    case = register(session.ctx, "王建国", summary="反映拖欠工资")
    host = QWidget()
    qtbot.addWidget(host)
    language("en")
    menu = build_print_menu(session, case.id, host)
    greyed = [a for a in menu.actions() if a.text() and not a.isEnabled()]
    assert len(greyed) >= 5  # a case just registered: nothing accepted, forwarded, answered yet
    assert [a.text() for a in greyed if not a.toolTip() or CHINESE.search(a.toolTip())] == []
    reply = next(a.toolTip() for a in greyed if a.text() == "Written reply (handling opinion)")
    assert reply.endswith("Record “Reply” first.")
    copies = {a.text(): a.toolTip() for a in menu.into_folder.actions() if not a.isEnabled()}
    assert copies == {a.text(): a.toolTip() for a in greyed}  # the folder's copies say the same

    language("zh_CN")  # the services' own sentence, to the character (what the command line prints)
    menu.refresh()
    reasons = {(o.kind.value, o.unit_copy): o.reason for o in case_options(session.ctx, case.id)}
    greyed = [a for a in menu.actions() if a.text() and not a.isEnabled()]
    assert len(greyed) >= 5
    assert [(a.text(), a.toolTip()) for a in greyed if a.toolTip() != reasons[a.data()]] == []
