"""The main screens in English, for docs/screens/en-*.png (looked at, not a test).

    xvfb-run -a .venv/bin/python scripts/screens_english.py [OUT_DIR] [--cases N]

Makes a demo database and saves, at 1366×768, the 工作台, the case list, the statistics page (its
cards and indicators, and the cases behind one figure), the 研判 board and the general settings, all
with the UI in English: whatever Chinese shows there should be what a county typed, not the program.
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
TODAY = "2024-11-20"
log = logging.getLogger("screens")


def _settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _small(path: Path) -> None:
    """Fewer colours keep a screenshot small in the repository (Pillow comes with reportlab)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=128).save(path, optimize=True)


def shoot(db: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(Path(db).with_suffix(".en.ini"))
    prefs.set_language("en")  # as a clerk who chose English in 设置 sees it
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "en")
    ctx = open_context(db, "张三")
    window = MainWindow(UiSession(ctx))
    window.resize(1366, 768)
    window.show()

    def save(widget: QWidget, name: str) -> None:
        path = out / f"en-{name}.png"
        widget.grab().save(str(path))
        _small(path)
        log.info("%s", path)

    for key in ("dashboard", "cases", "review"):
        window.show_page(key)
        _settle(1.5)
        save(window, key)
    window.show_page("statistics")
    statistics = window.page("statistics")
    _settle(3.0)
    save(window, "statistics")
    statistics.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    statistics.breakdowns.show_breakdown("outcome")  # type: ignore[attr-defined]
    _settle(0.5)
    save(window, "breakdowns")
    statistics.open_explanation("on_time_completion_rate")  # type: ignore[attr-defined]
    _settle(3.0)
    dialog = statistics.explain_dialog  # type: ignore[attr-defined]
    if dialog is not None:
        save(dialog, "explain")
        dialog.close()
    window.show_page("settings")
    settings = window.page("settings")
    settings.tabs.setCurrentWidget(settings.general)  # type: ignore[attr-defined]
    _settle(1.0)
    save(window, "settings")
    window.close()
    ctx.close()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screens")
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--db", help=argparse.SUPPRESS)  # a database made already
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = args.db
    if db is None:
        db = str(Path(tempfile.mkdtemp()) / "screens.db")
        run = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", TODAY]
        subprocess.run(
            [*run, "init", "--office", "431127", "--name", "蓝山县信访局"], check=True, capture_output=True
        )
        subprocess.run([*run, "demo", "--cases", str(args.cases)], check=True, capture_output=True)
    shoot(db, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
