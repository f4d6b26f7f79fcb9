"""Benchmark: the statutory clock in the GUI over N demo cases (default 100,000).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_clock_ui.py [--cases 100000] [--db FILE]
Measures the case list sorted by urgency (first and a deep page, all cases and the open ones), the
deadline-state filter, the 研判 board (counts, first page, the whole page shown), and opening a case
detail with its clock and step buttons. Appends to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui import make_db
from results import record

TODAY = "2024-11-20"


def median_ms(action: Callable[[], Any], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return statistics.median(times) * 1000


def measure(db: str) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.domain import clock
    from fazhi_desktop.domain.vocab import FINAL_STATES, CaseState
    from fazhi_desktop.services.cases.reading import URGENCY, CaseFilter, count_cases, list_cases
    from fazhi_desktop.services.clock.review_board import BoardFilter, board_counts, board_rows
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, prefs
    from fazhi_desktop.ui.case_detail import CaseDetailDialog
    from fazhi_desktop.ui.review.page import ReviewPage
    from fazhi_desktop.ui.session import UiSession

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(Path(tempfile.mkdtemp()) / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    ctx = open_context(db, "bench")
    total = count_cases(ctx, CaseFilter())
    every, opened = (
        CaseFilter(),
        CaseFilter(states=tuple(s.value for s in CaseState if s not in FINAL_STATES)),
    )
    counts = board_counts(ctx, BoardFilter())
    session = UiSession(ctx)

    def show_board() -> None:
        page = ReviewPage(session)
        page.resize(1366, 700)
        page.show()
        app.processEvents()
        page.close()

    case_id = list_cases(ctx, opened, sort=URGENCY, descending=False, limit=1)[0].id

    def show_detail() -> None:
        dialog = CaseDetailDialog(session, case_id)
        dialog.show()
        app.processEvents()
        dialog.close()

    def page_at(f: CaseFilter, offset: int) -> Callable[[], Any]:
        return lambda: list_cases(ctx, f, sort=URGENCY, descending=False, offset=offset, limit=200)

    rows = [
        ("cases in the database", f"{total:,}"),
        ("on the board (red / yellow)", f"{counts.red:,} / {counts.yellow:,}"),
        ("list by urgency, first page (200 rows), all cases", f"{median_ms(page_at(every, 0)):.0f} ms"),
        ("list by urgency, page at row 50,000", f"{median_ms(page_at(every, total // 2)):.0f} ms"),
        ("list by urgency, first page, open cases", f"{median_ms(page_at(opened, 0)):.0f} ms"),
        (
            "list by registration date, first page (for comparison)",
            f"{median_ms(lambda: list_cases(ctx, every)):.0f} ms",
        ),
        (
            "deadline filter 超期: count + first page",
            f"{median_ms(lambda: (count_cases(ctx, CaseFilter(deadline_state='overdue')), page_at(CaseFilter(deadline_state='overdue'), 0)())):.0f} ms",
        ),
        ("board: counts per tier", f"{median_ms(lambda: board_counts(ctx, BoardFilter())):.1f} ms"),
        ("board: first page of red", f"{median_ms(lambda: board_rows(ctx, BoardFilter(), 'red')):.1f} ms"),
        ("研判 page built and shown", f"{median_ms(show_board):.0f} ms"),
        ("case detail with its clock and step buttons, shown", f"{median_ms(show_detail):.0f} ms"),
    ]
    ctx.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="an existing demo database (else one is made)")
    args = parser.parse_args()
    os.environ["FAZHI_TODAY"] = TODAY
    db = args.db or make_db(args.cases, tempfile.mkdtemp())
    record(
        "Statutory clock in the GUI: urgency, the 研判 board, the case detail (SQLite, offscreen)",
        measure(db),
    )


if __name__ == "__main__":
    main()
