"""In-process benchmarks of #21: the case list, search and statistics, each beside the same question
asked bare through sqlite3, with the answers (ids, counts) compared."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from typing import Any

from benchmarks.harness import TODAY, Bench, Row, in_turn

NEWEST = "ORDER BY registered_on DESC, id DESC"
SCREEN = 40  # the rows a screen shows


def _context(bench: Bench) -> Any:
    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context

    clock.set_today(date.fromisoformat(TODAY))
    return open_context(str(bench.copy()), "bench")


def _bare_ids(bare: sqlite3.Connection, sql: str, *params: Any) -> list[int]:
    return [i for (i,) in bare.execute(sql, params)]


#: The columns of the list's row query (services/cases/reading._row_query), asked bare.
_BARE_ROWS = (
    "SELECT cases.id, number, registered_on, channel, source, principal_name, regions.name, "
    "categories.name, nature, summary, state, due_date, tier, tier_reasons, head_count, is_collective, "
    "is_repeat, deadline_kind, tier_note FROM cases LEFT JOIN regions ON regions.id = cases.region_id "
    "LEFT JOIN categories ON categories.id = cases.category_id"
)


def list_benchmarks(bench: Bench) -> list[Row]:
    """The list's four moves as the user waits for them: the GUI's own model (ui/case_list/model.py)
    until the first screen's rows are read (every column's text), beside the same SQL bare through
    sqlite3 (the LIMIT query and, where the list needs it, the count); the answers compared are the
    screen's ids and the count. The whole id read, which the model does afterwards on a pool thread
    (scrolling waits for it), has its own row beside the bare id query."""
    from PySide6.QtCore import Qt, QThreadPool
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.services.cases.reading import CaseFilter, case_ids
    from fazhi_desktop.ui.case_list.model import COLUMN_KEYS, CaseTableModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 (the model's timer needs one)
    ctx = _context(bench)
    bare = sqlite3.connect(ctx.db.engine.url.database)
    model: Any = None

    def screen(last: bool = False) -> tuple[list[int], int]:
        """What the view reads to paint a screen: every column's text of its rows."""
        total = model.rowCount()
        rows = range(max(total - SCREEN, 0), total) if last else range(min(SCREEN, total))
        for row in rows:
            for column in range(len(COLUMN_KEYS)):
                model.data(model.index(row, column))
        return [model.case_id(row) for row in rows], total

    def opened() -> tuple[list[int], int]:
        nonlocal model
        if model is not None:
            model.deleteLater()
        model = CaseTableModel(ctx)
        return screen()

    def sorted_by_number() -> tuple[list[int], int]:
        model.sort(COLUMN_KEYS.index("number"), Qt.SortOrder.AscendingOrder)
        return screen()

    def filtered() -> tuple[list[int], int]:
        model.set_filter(CaseFilter(nature="accusation"))
        return screen()

    def unfiltered() -> None:
        model.sort(COLUMN_KEYS.index("registered_on"), Qt.SortOrder.DescendingOrder)
        model.set_filter(CaseFilter())

    def unfiltered_then_last() -> Any:
        unfiltered()  # a new list, its first screen shown (not timed) …
        screen()
        return lambda: screen(last=True)  # … and the jump to its end (timed)

    def bare_screen(where: str, order: str, *params: Any, count: bool = True) -> tuple[list[int], int]:
        rows = bare.execute(f"{_BARE_ROWS} {where} ORDER BY {order} LIMIT 200", params).fetchall()
        total = bare.execute(f"SELECT count(*) FROM cases {where}", params).fetchone()[0] if count else 0
        return [row[0] for row in rows[:SCREEN]], total

    def bare_last() -> tuple[list[int], int]:
        rows = bare.execute(f"{_BARE_ROWS} ORDER BY registered_on ASC, cases.id ASC LIMIT 400").fetchall()
        return [row[0] for row in reversed(rows[:SCREEN])], 0

    moves: list[tuple[str, Any, Any, Any]] = [
        ("first page", opened, lambda: bare_screen("", "registered_on DESC, cases.id DESC"), None),
        (
            "sort by number",
            sorted_by_number,
            lambda: bare_screen("", "number, cases.id", count=False),
            lambda: model.sort(COLUMN_KEYS.index("registered_on"), Qt.SortOrder.DescendingOrder),
        ),
        (
            "filter nature = 检举控告类",
            filtered,
            lambda: bare_screen("WHERE nature = ?", "registered_on DESC, cases.id DESC", "accusation"),
            unfiltered,
        ),
        ("jump to the last row", None, bare_last, unfiltered_then_last),
    ]
    rows = [_list_move(bench.repeat, *move) for move in moves]
    runs, base_runs, ids, base_ids = in_turn(
        bench.repeat,
        lambda: list(case_ids(ctx, CaseFilter())),
        lambda: _bare_ids(bare, f"SELECT id FROM cases {NEWEST}"),
    )
    rows.append(
        Row(
            "every id of the list (read after the first screen, off the GUI thread)",
            runs,
            "the same SQL bare (sqlite3)",
            base_runs,
            answers=ids == base_ids,
        )
    )
    QThreadPool.globalInstance().waitForDone()  # an id read the model began, before the file goes
    bare.close()
    ctx.close()
    return rows


def _list_move(repeat: int, what: str, subject: Any, baseline: Any, before: Any) -> Row:
    """One move timed `repeat` times in turn with its baseline; `subject` None is the jump to the end
    (`before` then gives the jump, its list shown untimed), else `before` prepares it untimed."""
    runs, base_runs = [], []
    answer = base_answer = None
    for _ in range(repeat):
        move = before() if subject is None else subject
        if subject is not None and before is not None:
            before()
        started = time.perf_counter()
        answer = move()
        runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        base_answer = baseline()
        base_runs.append(time.perf_counter() - started)
    assert answer is not None and base_answer is not None
    return Row(
        f"{what}, to the first screen's rows",
        runs,
        "the same SQL bare (sqlite3)",
        base_runs,
        limit=0.1,
        answers=answer[0] == base_answer[0] and (base_answer[1] == 0 or answer[1] == base_answer[1]),
        note=f"{answer[1]:,} cases" if base_answer[1] else "",
    )


def search_benchmarks(bench: Bench) -> list[Row]:
    """A word of 4 and of 2 characters, as the case list's search box asks it: the count and the newest
    50 (services/cases/reading: count_cases and list_cases), beside a bare LIKE scan of the same
    columns. The index also matches numbers and names spaced out, so it must find every case the
    scan finds (and may find more); the page must be the first 50 of the list's every id."""
    from fazhi_desktop.services.cases.reading import CaseFilter, case_ids, count_cases, list_cases
    from fazhi_desktop.store import search

    ctx = _context(bench)
    search.catch_up(ctx.db.engine.connect)
    bare = sqlite3.connect(ctx.db.engine.url.database)
    rows = []
    for word, limit in (("拖欠工资", 0.05), ("工资", 0.3)):
        wanted = CaseFilter(text=word)
        scan = " OR ".join(f"{column} LIKE ?" for column in search.COLUMNS)
        like = [f"%{word}%"] * len(search.COLUMNS)

        def indexed(wanted: CaseFilter = wanted) -> tuple[int, list[int]]:
            return count_cases(ctx, wanted), [row.id for row in list_cases(ctx, wanted, limit=50)]

        def scanned(scan: str = scan, like: list[str] = like) -> tuple[int, list[int]]:
            found = bare.execute(f"SELECT count(*) FROM cases WHERE {scan}", like).fetchone()[0]
            return int(found), _bare_ids(bare, f"SELECT id FROM cases WHERE {scan} {NEWEST} LIMIT 50", *like)

        runs, base_runs, (found, page), (scan_found, _) = in_turn(bench.repeat, indexed, scanned)
        every = list(case_ids(ctx, wanted))
        scan_every = set(_bare_ids(bare, f"SELECT id FROM cases WHERE {scan}", *like))
        rows.append(
            Row(
                f"「{word}」, count + newest 50",
                runs,
                "bare LIKE scan",
                base_runs,
                limit=limit,
                answers=scan_every <= set(every)
                and found == len(every)
                and scan_found == len(scan_every)
                and page == every[:50],
                note=f"{found:,} found, the scan {scan_found:,}",
            )
        )
    bare.close()
    ctx.close()
    return rows


def stats_benchmarks(bench: Bench) -> list[Row]:
    """A year's full statistics (every indicator, breakdown and 同比) in the service, beside a bare
    COUNT(*) of the year; every year at once. The registrations counted must equal the bare count."""
    from fazhi_desktop.domain.vocab import CaseState
    from fazhi_desktop.services.statistics import compute as stats

    ctx = _context(bench)
    bare = sqlite3.connect(ctx.db.engine.url.database)
    void = CaseState.VOID.value
    start, end = date(2023, 1, 1), date(2023, 12, 31)

    def bare_count(first: str = "0000-01-01", last: str = "9999-12-31") -> int:
        sql = "SELECT count(*) FROM cases WHERE state != ? AND registered_on BETWEEN ? AND ?"
        return int(bare.execute(sql, (void, first, last)).fetchone()[0])

    runs, base_runs, year, year_count = in_turn(
        bench.repeat,
        lambda: stats.compute(ctx, start, end),
        lambda: bare_count(start.isoformat(), end.isoformat()),
    )
    all_runs, _, everything, _ = in_turn(
        bench.repeat, lambda: stats.compute(ctx, date(2000, 1, 1), date(2030, 12, 31))
    )
    rows = [
        Row(
            "a year (2023) in the service",
            runs,
            "bare COUNT(*) over the year",
            base_runs,
            limit=1.0,
            answers=year.counts.cases == year_count,
            note=f"{year_count:,} registrations",
        ),
        Row(
            "every year at once, in the service",
            all_runs,
            limit=3.0,
            answers=everything.counts.cases == bare_count(),
        ),
    ]
    bare.close()
    ctx.close()
    return rows
