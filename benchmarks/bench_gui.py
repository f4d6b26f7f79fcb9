"""Benchmark: the main window over a database of N demo cases (default 100,000).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--cases 100000] [--db FILE]
Measures start to a painted window (including opening the database), the first page of the case
list, sorting, filtering, jumping to the last row and reading the list again in place after a change
(each step reads the ids of the whole result and the 40 rows a screen shows). `--ids N` also times
reading N ordered ids alone, from a table of N rows made for it (what a list costs at a million).
Appends to benchmarks/RESULTS.md.
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
    from fazhi_desktop.ui.case_list.model import COLUMN_KEYS
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

    def timed(action: object) -> str:
        """Wall time and this process's CPU time: on a shared machine the CPU time is what compares."""
        begin, cpu = time.perf_counter(), time.process_time()
        action()  # type: ignore[operator]
        for row in range(40):  # what a screen shows
            model.data(model.index(row, 1))
        app.processEvents()
        wall, cpu = time.perf_counter() - begin, time.process_time() - cpu
        return f"{wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)"

    first_page = timed(model.refresh)
    sort_number = timed(lambda: model.sort(1, Qt.SortOrder.AscendingOrder))
    sort_summary = timed(lambda: model.sort(8, Qt.SortOrder.AscendingOrder))
    sort_region = timed(lambda: model.sort(COLUMN_KEYS.index("region_name"), Qt.SortOrder.AscendingOrder))
    table.scrollToBottom()
    in_place = timed(lambda: page._on_session_cases_changed(0))  # type: ignore[attr-defined]
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
        ("first page (the ids + the rows on screen)", first_page),
        ("sort by number", sort_number),
        ("sort by summary (no index)", sort_summary),
        ("sort by 问题属地 (the region's name)", sort_region),
        ("at the end, a case changed elsewhere: the list read again in place", in_place),
        ("filter channel = 来信", filter_channel),
        ("text filter 工资 (character index)", text_filter),
        ("jump to the last row", jump),
    ]


def measure_ids(count: int, folder: str) -> list[tuple[str, str]]:
    """Reading `count` ordered ids as the lists do (`ordered_ids`), from a table of just an id and a
    date with an index on the date (what the case list's default order walks)."""
    import sqlite3
    from datetime import date, timedelta

    from sqlalchemy import Column, Date, Integer, MetaData, Table, create_engine, select
    from sqlalchemy.orm import Session

    from fazhi_desktop.services.cases.reading import ordered_ids

    path = Path(folder) / "ids.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, registered_on DATE NOT NULL)")
    start = date(2023, 1, 1)
    rows = ((n, (start + timedelta(days=n % 1400)).isoformat()) for n in range(1, count + 1))
    raw.executemany("INSERT INTO cases VALUES (?, ?)", rows)
    raw.execute("CREATE INDEX ix_cases_registered_on ON cases (registered_on)")
    raw.commit()
    raw.close()
    cases = Table("cases", MetaData(), Column("id", Integer, primary_key=True), Column("registered_on", Date))
    query = select(cases.c.id).order_by(cases.c.registered_on.desc(), cases.c.id.desc())
    engine = create_engine(f"sqlite:///{path}")
    times, cpu_times = [], []
    for _ in range(5):
        with Session(engine) as session:
            begin, cpu = time.perf_counter(), time.process_time()
            ids = ordered_ids(session, query)
            times.append(time.perf_counter() - begin)
            cpu_times.append(time.process_time() - cpu)
    engine.dispose()
    wall, cpu = sorted(times)[2], sorted(cpu_times)[2]
    what = f"{len(ids):,} ordered ids read (median of 5; {len(ids) * 8 / 1e6:.0f} MB held)"
    return [(what, f"{wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="an existing database to measure (skips making one)")
    parser.add_argument("--ids", type=int, help="only time reading this many ordered ids")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.ids:
        with tempfile.TemporaryDirectory() as folder:
            record("List ids: reading a whole list's ordered ids (SQLite)", measure_ids(args.ids, folder))
        return
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
