"""规范化评查 (#22) for docs/screens/ (looked at, not a test), in zh_CN:

    xvfb-run -a .venv/bin/python scripts/screens_conformity.py [OUT_DIR]

- conformity_panel.png: the 规范性 tab of a case replied to but never delivered;
- conformity_list.png: the 评查 page's list of cases with problems;
- conformity_audits.png: a 评查 with its findings and their 整改.
The cases are the tests' own (tests/services/conformity/cases.py), each breaking one rule.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

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
    sys.path.insert(0, str(ROOT))

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.conformity.audits import AuditInput, add_audit
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.case_detail import CaseDetailDialog
    from fazhi_desktop.ui.conformity.page import ConformityPage
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET
    from tests.services.conformity.cases import D, build

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    ctx = open_context(db, "张三")
    built = build(ctx, folder)
    clock.set_today(clock.parse_date(TODAY))
    add_audit(
        ctx,
        AuditInput(
            name="2024年第三季度评查",
            start=D("2024-09-01"),
            end=D("2024-09-30"),
            everything=True,
            team=["张三", "李四"],
        ),
    )
    session = UiSession(ctx)

    dialog = CaseDetailDialog(session, built.no_delivery)
    dialog.resize(1100, 620)
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.conformity_panel.index)
    save(dialog, out / "conformity_panel.png", app)
    dialog.close()

    page = ConformityPage(session)
    page.resize(1280, 560)
    page.show()
    done: list[bool] = []
    page.refreshed.connect(lambda: done.append(True))
    end = time.monotonic() + 60
    while not done and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    page.start_edit.setDate(page.start_edit.date().addYears(-1))
    page.show_cases()
    save(page, out / "conformity_list.png", app)
    page.tabs.setCurrentIndex(1)
    save(page, out / "conformity_audits.png", app)
    page.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
