"""Printing that shows what happened: with no PDF viewer the program says where the document is and
offers its folder or a copy; 打印 can also write into a folder the clerk chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.services.reports.request import ReportRequest
from fazhi_desktop.ui.reports.case_menu import build_print_menu
from fazhi_desktop.ui.reports.no_viewer import NoViewerNotice
from fazhi_desktop.ui.reports.runner import ReportRunner
from fazhi_desktop.ui.session import UiSession
from tests.services.helpers import register


def _runner(session: UiSession, qtbot: QtBot) -> ReportRunner:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    return ReportRunner(session, host)


def test_no_viewer_says_where_the_file_is_and_offers_its_folder(
    session: UiSession, qtbot: QtBot, tmp_path: Path
) -> None:
    case = register(session.ctx, "王建国", summary="反映拖欠工资")
    runner = _runner(session, qtbot)
    runner.printer = lambda _path: False  # no viewer on this PC
    with qtbot.waitSignal(runner.notice_shown, timeout=20_000) as shown:
        runner.print(ReportRequest(ReportKind.RECEIPT, case_id=case.id), "登记回执_1")
    notice = shown.args[0]
    assert isinstance(notice, NoViewerNotice)
    qtbot.waitUntil(notice.isVisible)
    assert notice.path_label.text() == str(notice.file)
    assert notice.file.read_bytes().startswith(b"%PDF")

    opened: list[Path] = []
    notice.folder_opener = lambda folder: opened.append(folder) or False
    notice.folder_button.click()
    assert opened == [notice.file.parent]
    assert str(notice.file.parent) in notice.hint.text()  # no file manager either: the folder in words

    usb = tmp_path / "usb"
    usb.mkdir()
    notice.folder_chooser = lambda: usb
    notice.copy_button.click()
    assert notice.copied == usb / notice.file.name
    assert notice.copied.read_bytes() == notice.file.read_bytes()
    assert notice.isVisible()  # the clerk reads where the copy went
    notice.close_button.click()


def test_print_into_a_chosen_folder(session: UiSession, qtbot: QtBot, tmp_path: Path) -> None:
    case = register(session.ctx, "王建国", summary="反映拖欠工资")
    host = QWidget()
    qtbot.addWidget(host)
    menu = build_print_menu(session, case.id, host)
    printed: list[Path] = []
    menu.runner.printer = lambda path: printed.append(path) or True
    menu.runner.folder_chooser = lambda: tmp_path
    receipt = next(a for a in menu.into_folder.actions() if a.isEnabled())
    receipt.trigger()
    qtbot.waitUntil(lambda: bool(printed), timeout=20_000)
    assert printed[0].parent == tmp_path
    assert printed[0].read_bytes().startswith(b"%PDF")
