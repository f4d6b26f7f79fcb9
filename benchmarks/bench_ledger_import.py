"""Importing a 100,000-row case ledger, against merely reading the same sheet with python-calamine.

    .venv/bin/python benchmarks/bench_ledger_import.py [--rows 100000] [--profile] [--no-record]

Measured side by side in one run: (a) reading the sheet with python-calamine alone, (b) the import
until committed (the service call, from the file to the commit), (c) the search index catching up
on its own afterwards. Target: b ≤ 2 × a. The ledger (20 columns of realistic values) is written once
and kept in /tmp, so reruns skip the half minute openpyxl needs to write it.

(d) is the floor under (b): the rows the import wrote (petitioners, matters, cases, links, steps),
read back and written again, already built, into bare copies of their tables: no secondary index,
no foreign key check, no trigger, and no None bound (rows grouped by where their NULLs are, NULL
written into the statement), with Python's sqlite3 in one transaction. Reading and then only
writing costs a + d; when d > a, no import of this data model through Python's sqlite3 can reach b ≤ 2a.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.office.offices import init_office
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.store import search
from tests.excel.ledger_workbooks import TOWNSHIPS, big_ledger

log = logging.getLogger("bench")


def ledger(rows: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"fazhi-bench-ledger-{rows}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        big_ledger(path.with_suffix(".tmp.xlsx"), rows, seed=11).rename(path)
        log.info("wrote %s in %.1f s", path, time.perf_counter() - started)
    return path


def read_only(path: Path) -> float:
    import python_calamine

    started = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python(skip_empty_area=False)
    assert len(rows) > 1
    return time.perf_counter() - started


FLOOR_TABLES = ("petitioners", "matters", "cases", "case_petitioners", "steps")


def floor(db: Path, folder: Path) -> tuple[float, int]:
    """Seconds to write the imported rows again into bare tables (see the module's description),
    and how many rows that is."""
    source = sqlite3.connect(db)
    ddl = {
        name: source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()[0]
        for name in FLOOR_TABLES
    }
    plans = {}
    for name in FLOOR_TABLES:
        cursor = source.execute(f"SELECT * FROM {name}")
        columns = [d[0] for d in cursor.description]
        groups: dict[tuple[bool, ...], list[tuple[object, ...]]] = {}
        for row in cursor:
            nulls = tuple(value is None for value in row)
            groups.setdefault(nulls, []).append(tuple(v for v in row if v is not None))
        plans[name] = [
            (
                f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
                f"({', '.join('NULL' if null else '?' for null in nulls)})",
                rows,
            )
            for nulls, rows in groups.items()
        ]
    source.close()
    target = sqlite3.connect(folder / "floor.db", isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    for name in FLOOR_TABLES:
        target.execute(ddl[name])
    started = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    for statements in plans.values():
        for sql, rows in statements:
            target.executemany(sql, rows)
    target.execute("COMMIT")
    elapsed = time.perf_counter() - started
    target.close()
    return elapsed, sum(len(rows) for statements in plans.values() for _, rows in statements)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="profile the import with cProfile")
    parser.add_argument("--no-record", action="store_true", help="print only; do not append to RESULTS.md")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("fazhi_desktop").setLevel(logging.WARNING)
    path = ledger(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(str(Path(folder) / "bench.db"), "bench")
        ensure_ready(ctx)
        init_office(ctx, "431127", "蓝山县信访局", "county")
        for name in TOWNSHIPS:
            add_entry(ctx, "township", name)
        reads = [read_only(path) for _ in range(3)]
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started = time.perf_counter()
        result = import_ledger(ctx, path)
        imported = time.perf_counter() - started
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        reads.append(read_only(path))
        started = time.perf_counter()
        indexed = search.catch_up(ctx.db.engine.connect)
        index = time.perf_counter() - started
        size = (Path(folder) / "bench.db").stat().st_size
        ctx.close()
        bare, written = floor(Path(folder) / "bench.db", Path(folder))
    read = sorted(reads)[len(reads) // 2]
    rows = [
        (
            f"(a) read the sheet with python-calamine ({args.rows:,} × 20)",
            f"{read:.2f} s (median of {len(reads)})",
        ),
        (
            "(b) fazhi import until committed (service call)",
            f"{imported:.2f} s ({result.imported / imported:,.0f} rows/s)",
        ),
        ("ratio b / a (target ≤ 2)", f"{imported / read:.2f}"),
        (
            f"(d) floor: only writing the {written:,} rows the import wrote, prebuilt, into bare tables",
            f"{bare:.2f} s; (a + d) / a = {(read + bare) / read:.2f}",
        ),
        ("(c) search index catch-up on its own", f"{index:.2f} s ({indexed:,} cases)"),
        (
            "imported / rejected / warnings",
            f"{result.imported:,} / {result.rejected:,} / {result.warnings:,}",
        ),
        ("database after the import", f"{size / 1e6:.0f} MB"),
    ]
    if args.no_record:
        for what, figure in rows:
            print(f"{what}: {figure}")
    else:
        record(f"Ledger import: {args.rows:,} rows (SQLite)", rows)


if __name__ == "__main__":
    main()
