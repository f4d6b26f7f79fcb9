"""In-process benchmarks of #21: the case list, search and statistics, each beside the same question
asked bare through sqlite3, with the answers (ids, counts) compared."""

from __future__ import annotations

import sqlite3
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


def list_benchmarks(bench: Bench) -> list[Row]:
    """The list's four moves as the GUI's model makes them: the ids of the whole result in order, then
    the rows on screen (first page, sorted by number, filtered by nature, the last screen)."""
    from fazhi_desktop.services.cases.reading import CaseFilter, case_ids, case_rows

    ctx = _context(bench)
    bare = sqlite3.connect(ctx.db.engine.url.database)

    def page(ids: Any, last: bool = False) -> list[int]:
        shown = list(ids[-SCREEN:] if last else ids[:SCREEN])
        return [row.id for row in case_rows(ctx, shown)]

    def bare_page(sql: str, *params: Any, last: bool = False) -> list[int]:
        ids = _bare_ids(bare, sql, *params)
        shown = ids[-SCREEN:] if last else ids[:SCREEN]
        marks = ",".join("?" * len(shown))
        found = {i for (i,) in bare.execute(f"SELECT id FROM cases WHERE id IN ({marks})", shown)}
        return [i for i in shown if i in found]

    moves: list[tuple[str, Any, Any]] = [
        (
            "first page",
            lambda: page(case_ids(ctx, CaseFilter())),
            lambda: bare_page(f"SELECT id FROM cases {NEWEST}"),
        ),
        (
            "sort by number",
            lambda: page(case_ids(ctx, CaseFilter(), sort="number", descending=False)),
            lambda: bare_page("SELECT id FROM cases ORDER BY number IS NULL, number, id"),
        ),
        (
            "filter nature = 检举控告类",
            lambda: page(case_ids(ctx, CaseFilter(nature="accusation"))),
            lambda: bare_page(f"SELECT id FROM cases WHERE nature = ? {NEWEST}", "accusation"),
        ),
        (
            "jump to the last row",
            lambda: page(case_ids(ctx, CaseFilter()), last=True),
            lambda: bare_page(f"SELECT id FROM cases {NEWEST}", last=True),
        ),
    ]
    rows = []
    for what, subject, baseline in moves:
        runs, base_runs, answer, base_answer = in_turn(bench.repeat, subject, baseline)
        rows.append(
            Row(
                what, runs, "the same SQL bare (sqlite3)", base_runs, limit=0.1, answers=answer == base_answer
            )
        )
    bare.close()
    ctx.close()
    return rows


def search_benchmarks(bench: Bench) -> list[Row]:
    """A word of 4 and of 2 characters: the count and the newest 50, through the index (what the list
    asks) and by a bare LIKE scan of the same columns. The index also matches numbers and names
    spaced out, so it must find every case the scan finds (and may find more)."""
    from sqlalchemy import func, select

    from fazhi_desktop.store import search
    from fazhi_desktop.store.models import Case

    ctx = _context(bench)
    search.catch_up(ctx.db.engine.connect)
    bare = sqlite3.connect(ctx.db.engine.url.database)
    rows = []
    with ctx.db.engine.connect() as conn:
        for word, limit in (("拖欠工资", 0.05), ("工资", 0.3)):
            condition = search.matches("sqlite", word)
            count = select(func.count()).select_from(Case).where(condition)
            newest = select(Case.id).where(condition).order_by(Case.registered_on.desc(), Case.id.desc())
            scan = " OR ".join(f"{column} LIKE ?" for column in search.COLUMNS)
            like = [f"%{word}%"] * len(search.COLUMNS)

            def indexed(count: Any = count, newest: Any = newest) -> tuple[int, list[int]]:
                return int(conn.scalar(count) or 0), list(conn.scalars(newest.limit(50)))

            def scanned(scan: str = scan, like: list[str] = like) -> tuple[int, list[int]]:
                found = bare.execute(f"SELECT count(*) FROM cases WHERE {scan}", like).fetchone()[0]
                return int(found), _bare_ids(
                    bare, f"SELECT id FROM cases WHERE {scan} {NEWEST} LIMIT 50", *like
                )

            runs, base_runs, (found, _), (scan_found, _) = in_turn(bench.repeat, indexed, scanned)
            every = set(conn.scalars(newest))
            scan_every = set(_bare_ids(bare, f"SELECT id FROM cases WHERE {scan}", *like))
            rows.append(
                Row(
                    f"「{word}」, count + newest 50",
                    runs,
                    "bare LIKE scan",
                    base_runs,
                    limit=limit,
                    answers=scan_every <= every and found == len(every) and scan_found == len(scan_every),
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
