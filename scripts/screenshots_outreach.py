"""Screenshots of the 宣传与学法 page, for looking at them (not a test).

    .venv/bin/python scripts/screenshots_outreach.py OUT_DIR

Offscreen, in Simplified Chinese, at 1366×768 and 1920×1080: the events list, the form (new, with
messages, filled), the photo gallery, the study and reception tabs and the yearly overview, over a
year of made-up records (tests/services/outreach_helpers.py) and a messy ledger imported.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1920, 1080))
PHOTOS = (("#2e7d32", "现场"), ("#1565c0", "展板"), ("#c62828", "横幅"), ("#6a1b9a", "咨询"))


def _photo(out: Path, color: str, text: str) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    font = QFont(QGuiApplication.font())
    font.setPointSize(48)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    path = out / f"{text}.jpg"
    image.save(str(path))
    return path


def _database(out: Path) -> tuple[object, dict[str, int]]:
    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.office.offices import init_office
    from fazhi_desktop.services.office.setup import ensure_ready
    from fazhi_desktop.services.outreach import files as outreach_files
    from fazhi_desktop.services.outreach.importing import import_events
    from tests.excel.workbooks import messy_ledger
    from tests.services.outreach_helpers import build_year

    db = out / "shots.db"
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    clock.set_today(date(2024, 12, 31))
    ctx = open_context(str(db), "tester")
    ensure_ready(ctx)
    init_office(ctx, "431127", "蓝山县信访局")
    ids = build_year(ctx)
    import_events(ctx, messy_ledger(out / "ledger.xlsx"))
    for color, text in PHOTOS:
        outreach_files.add_path(ctx, ids["community"], _photo(out, color, text))
    return ctx, ids


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QScrollArea

    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.outreach.page import OutreachPage
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    prefs.use_file(out / "prefs.ini")
    ctx, ids = _database(out)
    for width, height in SIZES:
        window = MainWindow(UiSession(ctx))  # type: ignore[arg-type]
        window.resize(width, height)
        window.show()
        window.show_page("outreach")
        page = window.page("outreach")
        assert isinstance(page, OutreachPage)

        def shot(name: str, window: MainWindow = window, width: int = width) -> None:
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(out / f"outreach_{name}_{width}.png"))

        events = page.events
        page.tabs.setCurrentIndex(0)
        shot("list")
        events.new_event()
        shot("form_new")
        events.editor.save()
        shot("form_errors")
        events.edit_row(events.model.row_of(lambda r: r.id == ids["community"]))
        shot("form")
        events.editor.scroll_area.verticalScrollBar().setValue(10_000)
        shot("gallery")
        events.show_list()
        for index, name in ((1, "study"), (2, "reception"), (3, "overview")):
            page.tabs.setCurrentIndex(index)
            shot(name)
        page.overview.findChildren(QScrollArea)[0].verticalScrollBar().setValue(10_000)
        shot("overview_bottom")
        window.close()
    sys.stdout.write(f"screenshots in {out}\n")


if __name__ == "__main__":
    main()
