"""Benchmark: the main window over a database of N demo cases (default 100,000).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--cases 100000] [--db FILE]
Measures start to a painted window (including opening the database), the first page of the case
list, sorting, filtering and jumping to the last row. Appends to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import demo_db, record  # noqa: E402


def make_db(cases: int, folder: str) -> str:
    db = str(Path(folder) / "bench.db")
    demo_db(db, cases)
    return db


def measure(db: str, started: float) -> list[tuple[str, str]]:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession

    prefs.use_file(Path(tempfile.mkdtemp()) / "prefs.ini")
    prefs.prefs().setValue("main/page", "cases")  # the window opens on the case list, not the 工作台
    app = QApplication([])
    fonts.apply(app)
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    ctx = open_context(db, "bench")
    window = MainWindow(UiSession(ctx))
    page = window.page("cases")
    table = page.table  # type: ignore[attr-defined]
    watch = PaintWatch()
    table.viewport().installEventFilter(watch)
    window.resize(1366, 768)
    window.show()
    while not painted:
        app.processEvents()
    start_to_paint = painted[0] - started
    model = page.model  # type: ignore[attr-defined]

    def timed(action: object) -> float:
        begin = time.perf_counter()
        action()  # type: ignore[operator]
        for row in range(40):  # what a screen shows
            model.data(model.index(row, 1))
        app.processEvents()
        return time.perf_counter() - begin

    first_page = timed(model.refresh)
    sort_number = timed(lambda: model.sort(1, Qt.SortOrder.AscendingOrder))
    sort_summary = timed(lambda: model.sort(8, Qt.SortOrder.AscendingOrder))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    filter_channel = timed(lambda: page.channel.setCurrentIndex(page.channel.findData("letter")))  # type: ignore[attr-defined]
    page._on_reset_button_clicked()  # type: ignore[attr-defined]
    text_filter = timed(lambda: page.set_search_text("工资"))  # type: ignore[attr-defined]
    page._on_reset_button_clicked()  # type: ignore[attr-defined]

    def last_row() -> None:
        table.scrollToBottom()
        model.data(model.index(model.rowCount() - 1, 1))

    jump = timed(last_row)
    rows = model.rowCount()
    window.close()
    ctx.close()
    return [
        ("cases in the database", f"{rows:,}"),
        ("process start to painted main window (case list shown)", f"{start_to_paint * 1000:.0f} ms"),
        ("first page (count + 200 rows)", f"{first_page * 1000:.0f} ms"),
        ("sort by number", f"{sort_number * 1000:.0f} ms"),
        ("sort by summary (no index)", f"{sort_summary * 1000:.0f} ms"),
        ("filter channel = 来信", f"{filter_channel * 1000:.0f} ms"),
        ("text filter 工资 (character index)", f"{text_filter * 1000:.0f} ms"),
        ("jump to the last row", f"{jump * 1000:.0f} ms"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="an existing database to measure (skips making one)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.db:
        # Measure in a fresh process so that "start" includes importing Python, Qt and the program.
        with tempfile.TemporaryDirectory() as folder:
            db = make_db(args.cases, folder)
            subprocess.run([sys.executable, __file__, "--db", db], check=True)
        return
    rows = measure(args.db, STARTED)
    record(f"GUI: main window over the case list ({os.environ['QT_QPA_PLATFORM']})", rows)


if __name__ == "__main__":
    main()
