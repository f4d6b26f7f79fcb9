"""Show that the case list keeps its place: the list sorted by 问题属地 and scrolled to the end, a case
registered meanwhile by another process (`fazhi case add`), then the session's cases_changed.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python benchmarks/show_list_place.py DB OUT_DIR

DB is a database with demo cases (it gains one case). Saves before.png and after.png of the main
window and says whether the rows on screen stayed at their pixels (exit status 1 if not).
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("show_list_place")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.office import directories
    from fazhi_desktop.ui.case_list.model import COLUMN_KEYS
    from fazhi_desktop.ui.case_list.page import CaseListPage
    from fazhi_desktop.ui.session import UiSession

    app = QApplication([])
    ctx = open_context(args.db, "张三")
    session = UiSession(ctx)
    window = open_window(app, session)
    page = window.page("cases")
    assert isinstance(page, CaseListPage)
    table, model = page.table, page.model

    def settle() -> None:
        end = time.monotonic() + 0.8
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def on_screen() -> list[tuple[int | None, int]]:
        first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return [(model.case_id(row), table.rowViewportPosition(row)) for row in range(first, last + 1)]

    table.sortByColumn(COLUMN_KEYS.index("region_name"), Qt.SortOrder.AscendingOrder)
    table.scrollToBottom()
    settle()
    before = on_screen()
    middle = model.row_of(before[len(before) // 2][0] or 0)
    table.selectRow(middle or 0)
    settle()
    window.grab().save(str(args.out / "before.png"))
    count = model.rowCount()

    places = [*directories.list_entries(ctx, "township"), *directories.list_entries(ctx, "village")]
    register_elsewhere(args.db, min(e.name for e in places))
    begin = time.perf_counter()
    session.cases_changed.emit(0)
    reloaded = time.perf_counter() - begin
    settle()
    window.grab().save(str(args.out / "after.png"))
    after = on_screen()
    kept = after == before
    log.info(
        "rows %d → %d; sorted by 问题属地, at the end; list read again in %.0f ms; rows on screen %s",
        count,
        model.rowCount(),
        reloaded * 1000,
        "stayed put" if kept else f"moved: {before[:3]} → {after[:3]}",
    )
    window.close()
    ctx.close()
    sys.exit(0 if kept and model.rowCount() == count + 1 else 1)


def open_window(app: Any, session: Any) -> Any:
    """The main window at 1366×768 on the case list, in Chinese with the program's font and style."""
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.style import STYLESHEET

    prefs.use_file(Path(tempfile.mkdtemp()) / "prefs.ini")
    prefs.prefs().setValue("main/page", "cases")
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    window = MainWindow(session)
    window.resize(1366, 768)
    window.show()
    return window


def register_elsewhere(db: str, town: str) -> None:
    """Another process registers a case in `town` (the township whose name sorts first: above every
    row the list shows at its end)."""
    added = subprocess.run(
        [
            *(sys.executable, "-m", "fazhi_desktop", "--db", db, "--json", "case", "add"),
            *("--channel", "visit", "--summary", "反映村道路灯不亮", "--name", "新来人", "--township", town),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    log.info("registered in another process: %s", added.stdout.strip())


if __name__ == "__main__":
    main()
