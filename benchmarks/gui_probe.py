"""One GUI process for the harness (suite_gui.py): the main window over a database, or the bare
baseline (a PySide6 window holding an empty QTableView). Prints one JSON line: the wall clock
(time.time()) and the process's CPU time when the table first painted, the rows the list holds, and the peak resident size
after scrolling the list from the top to the end (50 screens a step, each step painted).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_probe.py (--bare | --db FILE)
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
        window = MainWindow(UiSession(ctx))
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
    window.close()
    if ctx is not None:
        ctx.close()
    print(json.dumps({"painted": painted[0], "cpu": cpu[0], "rows": rows, "peak_mb": peak}))


if __name__ == "__main__":
    main()
