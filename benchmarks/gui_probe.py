"""One GUI process for the harness (suite_gui.py): the main window over a database, or the bare
baseline (a PySide6 window holding an empty QTableView). Prints one JSON line: the wall clock
(time.time()) and the process's CPU time when the table first painted, the rows the list holds, and the peak resident size
after scrolling the list from the top to the end (50 screens a step, each step painted).

With `--sheet NUMBER`, it then prints that case's 登记处理单 three times through the GUI's own
runner (ui/reports/runner.py: the worker thread, make_report, the result back on the GUI thread) and
adds the seconds of each, from the request to the result: the first of the session loads reportlab
and the fonts, the others do not.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_probe.py (--bare | --db FILE [--sheet NUMBER])
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--sheet", help="a case number: time printing its case sheet from the GUI")
    args = parser.parse_args()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    painted: list[float] = []
    cpu: list[float] = []  # the process's CPU time (every thread) at the first paint

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                cpu.append(time.process_time())
            return False

    ctx: Any = None
    if args.bare:
        window: Any = QMainWindow()
        table = QTableView()
        window.setCentralWidget(table)
    else:
        from fazhi_desktop.services.context import open_context
        from fazhi_desktop.ui import fonts, prefs
        from fazhi_desktop.ui.main_window import MainWindow
        from fazhi_desktop.ui.session import UiSession

        prefs.use_file(Path(tempfile.mkdtemp()) / "prefs.ini")
        prefs.prefs().setValue("main/page", "cases")  # open on the case list, not the 工作台
        fonts.apply(app)
        ctx = open_context(args.db, "bench")
        session = UiSession(ctx)
        window = MainWindow(session)
        table = window.page("cases").table
    watch = PaintWatch()
    table.viewport().installEventFilter(watch)
    window.resize(1366, 768)
    window.show()
    while not painted:
        app.processEvents()
    # End to end in steps of 50 screens, each painted: the rows read stay what a drag reads.
    bar = table.verticalScrollBar()
    rows = table.model().rowCount() if table.model() is not None else 0
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + max(bar.pageStep(), 1) * 50)
        bar.setValue(value)
        table.viewport().repaint()
        app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    answer = {"painted": painted[0], "cpu": cpu[0], "rows": rows, "peak_mb": peak}
    if args.sheet:
        answer["sheets"], answer["pages"] = _print_sheets(app, window, session, args.sheet)
    window.close()
    if ctx is not None:
        ctx.close()
    print(json.dumps(answer))


def _print_sheets(app: Any, window: Any, session: Any, number: str) -> tuple[list[float], list[int]]:
    """Seconds from asking for the case sheet to its result on the GUI thread, three times; pages."""
    from fazhi_desktop.domain.report_kinds import ReportKind
    from fazhi_desktop.services.cases.detail import find_case_id
    from fazhi_desktop.services.reports.printing import ReportRequest
    from fazhi_desktop.ui.reports.runner import ReportRunner

    runner = ReportRunner(session, window)
    request = ReportRequest(ReportKind.CASE, case_id=find_case_id(session.ctx, number))
    folder = Path(tempfile.mkdtemp())
    seconds: list[float] = []
    pages: list[int] = []
    for n in range(3):
        done: list[Any] = []
        started = time.perf_counter()
        runner.run(request, folder / f"{n}.pdf", done.append)
        while not done:
            app.processEvents()
        seconds.append(time.perf_counter() - started)
        pages.append(done[0].pages if (folder / f"{n}.pdf").read_bytes().startswith(b"%PDF") else 0)
    return seconds, pages


if __name__ == "__main__":
    main()
