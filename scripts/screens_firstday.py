"""The first day of #19 for docs/screens/ (looked at, not a test), in zh_CN at office size:

    xvfb-run -a -s "-screen 0 1400x820x24" .venv/bin/python scripts/screens_firstday.py [OUT_DIR]

- firstday_office_setup.png: the first start asks for the office; the example reads 「例如 431127」
  and an empty code says what to fill in;
- firstday_checklist.png: the 工作台 of a new office with the checklist (内容分类 ticked: the template);
- firstday_region_missing.png: the registration form saying there is no 问题属地 yet, beside the field;
- firstday_category_lookup.png: 工资 typed in 内容分类 offers 劳动报酬 first (a screen grab: the
  pop-up is a window of its own);
- firstday_step_keys.png: the case detail's step buttons with their fixed keys (受理(A) …);
- firstday_export_left_out.png: the list's export saying what it left out.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from fazhi_desktop.services.context import Context
    from fazhi_desktop.ui.main_window import MainWindow

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2024-11-20"
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


def save_screen(target: Path, app: QApplication) -> None:
    settle(app)
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0, 0, 0, 1366, 768).save(str(target))  # the window, not the empty screen
    log.info("%s", target)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db = str(folder / "screens.db")

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.office.setup import ensure_ready
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    ctx = open_context(db, "张三")
    ensure_ready(ctx)
    office_setup(app, ctx, out)
    first_days(app, ctx, out, folder)
    ctx.close()
    return 0


def office_setup(app: QApplication, ctx: Context, out: Path) -> None:
    from fazhi_desktop.ui.office_setup import OfficeSetupDialog

    dialog = OfficeSetupDialog(ctx)
    dialog.show()
    settle(app)
    dialog.name.setText("蓝山县信访局")
    dialog._on_buttons_accepted()  # an empty code: the dialog says what to fill in
    save(dialog, out / "firstday_office_setup.png", app)
    dialog.code.setText("431127")
    dialog._on_buttons_accepted()


def first_days(app: QApplication, ctx: Context, out: Path, folder: Path) -> None:
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession

    window = MainWindow(UiSession(ctx))
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()
    window.show_page("dashboard")
    save(window, out / "firstday_checklist.png", app)
    registration(app, ctx, window, out)
    step_keys(app, ctx, window, out)
    export(app, ctx, window, out, folder)
    window.close()


def registration(app: QApplication, ctx: Context, window: MainWindow, out: Path) -> None:
    from fazhi_desktop.services.office import directories
    from fazhi_desktop.ui.registration import RegistrationForm

    window.follow_link("register")
    form = window.stack.currentWidget()
    assert isinstance(form, RegistrationForm)
    save(window, out / "firstday_region_missing.png", app)
    directories.add_entry(ctx, "township", "塔峰镇")
    settle(app)
    window.activateWindow()
    category = form.fields.category
    category.edit().setFocus()
    settle(app)
    category.edit().insert("工资")
    category.edit().textEdited.emit("工资")
    save_screen(out / "firstday_category_lookup.png", app)
    completer = category.completer()
    assert completer is not None
    completer.popup().hide()


def step_keys(app: QApplication, ctx: Context, window: MainWindow, out: Path) -> None:
    from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
    from fazhi_desktop.ui.case_detail import CaseDetailDialog

    person = PetitionerInput(name="王建国", phone="13912345678", address="塔峰镇城东村三组")
    case = register_case(
        ctx,
        CaseInput(
            channel="visit",
            summary="反映公司拖欠工资三个月未付",
            petitioners=[person],
            region="塔峰镇",
            category="劳动报酬",
            nature="claim",
        ),
    )
    detail = CaseDetailDialog(window.session, case.id, window)
    detail.resize(1100, 700)
    detail.show()
    save(detail, out / "firstday_step_keys.png", app)
    detail.close()


def export(app: QApplication, ctx: Context, window: MainWindow, out: Path, folder: Path) -> None:
    from fazhi_desktop.domain.step_details import Void
    from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
    from fazhi_desktop.services.clock.procedure import apply_step
    from fazhi_desktop.ui.case_list.page import CaseListPage

    voided = register_case(
        ctx, CaseInput(channel="visit", summary="误登记", petitioners=[PetitionerInput(name="李四")])
    )
    apply_step(ctx, voided.id, Void(reason="登记错误"))
    window.show_page("cases")
    page = window.stack.currentWidget()
    assert isinstance(page, CaseListPage)
    settle(app)
    page.export_button.click()
    dialog = page.export_dialog
    assert dialog is not None
    dialog.path.setText(str(folder / "台账.xlsx"))
    dialog.start_export()
    dialog.accept()
    end = time.monotonic() + 30
    while dialog.message is None and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    assert dialog.message is not None
    save(dialog.message, out / "firstday_export_left_out.png", app)
    dialog.message.close()


if __name__ == "__main__":
    sys.exit(main())
