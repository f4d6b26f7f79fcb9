"""Screenshots of the main screens, for looking at them (not a test).

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots.py OUT_DIR [--cases N]

Makes a demo database, opens the real main window at 1366×768 and 1920×1080 on the X server, and
saves PNGs of the case list, each registration form, the case detail and the settings page.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

PAGES = (
    "cases",
    "register:visit",
    "register:letter",
    "register:online",
    "register:phone",
    "settings",
    "dashboard",
    "review",
    "outreach",
    "statistics",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--today", default="2024-11-20")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db = make_database(folder, args.cases, args.today)
    shoot(db, folder, args.out, args.today)
    print(f"screenshots in {args.out}")  # noqa: T201


def make_database(folder: Path, cases: int, today: str) -> str:
    db = str(folder / "shots.db")
    run = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", today]
    subprocess.run(
        [*run, "init", "--office", "431127", "--name", "蓝山县信访局"], check=True, capture_output=True
    )
    subprocess.run([*run, "demo", "--cases", str(cases)], check=True, capture_output=True)
    return db


def shoot(db: str, folder: Path, out: Path, today: str) -> None:
    os.environ["FAZHI_TODAY"] = today
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.case_detail import CaseDetailDialog
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(today))
    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    ctx = open_context(db, "张三")
    session = UiSession(ctx)

    def settle() -> None:
        """Let layouts and pending paints finish (scroll areas settle a few event rounds later)."""
        end = time.monotonic() + 0.8
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    for width, height in ((1366, 768), (1920, 1080)):
        window = MainWindow(session)
        window.resize(width, height)
        window.show()
        suffix = f"{width}x{height}"
        for key in PAGES:
            window.show_page(key)
            settle()
            window.grab().save(str(out / f"{key.replace(':', '_')}_{suffix}.png"))
        window.show_page("cases")
        settle()
        case_id = window.page("cases").model.case_id(0)  # type: ignore[attr-defined]
        dialog = CaseDetailDialog(session, case_id, window)
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"case_detail_{suffix}.png"))
        dialog.close()
        window.close()
    ctx.close()


if __name__ == "__main__":
    main()
