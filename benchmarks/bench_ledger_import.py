"""Importing a 100,000-row case ledger, against merely reading the same sheet with python-calamine.

    .venv/bin/python benchmarks/bench_ledger_import.py [--rows 100000] [--profile] [--no-record]

Measured side by side in one run: (a) reading the sheet with python-calamine alone, (b) the import
until committed (the service call, from the file to the commit), (c) the search index catching up
on its own afterwards. Target: b ≤ 2 × a. The ledger (20 columns of realistic values) is written once
and kept in /tmp, so reruns skip the half minute openpyxl needs to write it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.directories import add_entry
from fazhi_desktop.services.ledger_import import import_ledger
from fazhi_desktop.services.offices import init_office
from fazhi_desktop.services.setup import ensure_ready
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
