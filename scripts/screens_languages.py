"""The main window in each language of the program, for docs/screens/ (looked at, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screens_languages.py [OUT_DIR] [--cases N]

Makes a demo database and saves main_<language>.png of the case list at 1366×768 (the commonest
office screen) in zh_CN, zh_TW and en, each in a fresh process so one language's translator cannot
leak into the next; and cases_en.png, the English case list alone, most urgent first with its
来源 column shown, so every vocabulary column can be looked at.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "zh_TW", "en")
TODAY = "2024-11-20"
log = logging.getLogger("screens")


def shoot(db: str, language: str, target: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.case_list.model import COLUMN_KEYS
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(Path(db).with_suffix(f".{language}.ini"))
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, language)
    ctx = open_context(db, "张三")
    window = MainWindow(UiSession(ctx))
    window.resize(1366, 768)
    window.show()
    window.show_page("cases")
    end = time.monotonic() + 1.0
    while time.monotonic() < end:  # let the first page of the list load and paint
        app.processEvents()
        time.sleep(0.01)
    window.grab().save(str(target))
    if language == "en":
        settle = time.monotonic() + 1.0
        cases = window.page("cases")
        window.resize(1600, 768)  # wide enough for the 来源 column too
        cases.table.setColumnHidden(COLUMN_KEYS.index("source"), False)  # type: ignore[attr-defined]
        cases.sort_by_urgency()  # type: ignore[attr-defined]
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.01)
        cases.grab().save(str(target.with_name("cases_en.png")))
    window.close()
    ctx.close()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screens")
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--one", choices=LANGUAGES, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        shoot(args.db, args.one, args.out / f"main_{args.one}.png")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    db = str(Path(tempfile.mkdtemp()) / "screens.db")
    run = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", TODAY]
    subprocess.run(
        [*run, "init", "--office", "431127", "--name", "蓝山县信访局"], check=True, capture_output=True
    )
    subprocess.run([*run, "demo", "--cases", str(args.cases)], check=True, capture_output=True)
    env = {**os.environ, "FAZHI_TODAY": TODAY}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for language in LANGUAGES:
        subprocess.run(
            [sys.executable, __file__, str(args.out), "--one", language, "--db", db], check=True, env=env
        )
        log.info("%s", args.out / f"main_{language}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
