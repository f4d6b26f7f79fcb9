"""The front desk of #19 for docs/screens/ (looked at, not a test), in zh_CN at office size:

    xvfb-run -a .venv/bin/python scripts/screens_frontdesk.py [OUT_DIR]

- frontdesk_known_person.png: a repeat petitioner's ID number typed, the earlier cases beside the
  form and the offer to fill in the details;
- frontdesk_receipt_offer.png: after 保存并登记下一件, the green line and 打印登记回执 (Ctrl+P);
- frontdesk_no_viewer.png: 打印 with no PDF viewer on the PC;
- frontdesk_file_dialog.png: Qt's own (non-native) file dialog in Chinese.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2024-11-20"
ID_NUMBER = "431127199003071232"  # a valid check digit; made up
log = logging.getLogger("screens")


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, target: Path, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(target))
    log.info("%s", target)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db = str(folder / "screens.db")
    run = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", TODAY]
    subprocess.run(
        [*run, "init", "--office", "431127", "--name", "蓝山县信访局"], check=True, capture_output=True
    )

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    ctx = open_context(db, "张三")
    from fazhi_desktop.services.office.directories import add_entry

    add_entry(ctx, "township", "塔峰镇")  # an office that has set up its 问题属地 (else the form says so)
    for on, summary in (
        (date(2024, 3, 4), "反映公司拖欠工资三个月未付"),
        (date(2024, 9, 2), "再次反映工资仍未结清"),
    ):
        person = PetitionerInput(
            name="王建国", id_number=ID_NUMBER, phone="13912345678", address="塔峰镇城东村三组"
        )
        register_case(
            ctx, CaseInput(channel="visit", summary=summary, registered_on=on, petitioners=[person])
        )

    window = MainWindow(UiSession(ctx))
    shoot(app, window, out, folder)
    window.close()
    ctx.close()
    return 0


def shoot(app: QApplication, window: QWidget, out: Path, folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from fazhi_desktop.domain.report_kinds import ReportKind
    from fazhi_desktop.services.reports.request import ReportRequest
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.registration import RegistrationForm
    from fazhi_desktop.ui.reports.runner import ReportRunner

    assert isinstance(window, MainWindow)
    window.resize(1366, 768)
    window.show()
    window.register_next()
    form = window.stack.currentWidget()
    assert isinstance(form, RegistrationForm)
    form.fields.id_number.setText(ID_NUMBER)
    save(window, out / "frontdesk_known_person.png", app)

    form.known_person.fill()
    form.fields.summary.setText("第三次反映工资未结清")
    form.receipt_offer.runner.printer = lambda _path: True  # no viewer window in a screenshot
    form.panel.view.clearSelection()
    QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    form.save_and_next()
    save(window, out / "frontdesk_receipt_offer.png", app)

    runner = ReportRunner(window.session, window)
    runner.printer = lambda _path: False  # as on a PC with no PDF viewer
    shown: list[QWidget] = []
    runner.notice_shown.connect(shown.append)
    runner.print(ReportRequest(ReportKind.RECEIPT, case_id=1), "登记回执_431127-2024-000001")
    end = time.monotonic() + 30
    while not shown and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    settle(app)
    save(shown[0], out / "frontdesk_no_viewer.png", app)
    shown[0].close()

    dialog = QFileDialog(window, "另存为", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.resize(760, 460)
    dialog.show()
    save(dialog, out / "frontdesk_file_dialog.png", app)
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
