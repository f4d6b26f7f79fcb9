"""Benchmark: a year's full statistics (`fazhi stats`: counts, every indicator, every breakdown with
the year before) over a large demo database, the cases behind a figure, the 工作台 and the Excel export.

Run:  .venv/bin/python benchmarks/bench_stats.py --db /tmp/stats1m.db [--cases 1000000] [--year 2023]
      [--upgrade-from OLD.db]
The database is made with `fazhi demo` when it does not exist (a million cases take about ten
minutes: make it once and reuse the file). `--upgrade-from` copies a database of the schema before the
indicator columns and times its upgrade (the migration fills the columns from every case's steps).
Prints the figures and appends them to benchmarks/RESULTS.md. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import results
from results import demo_db, record

TODAY = "2024-11-20"


def fazhi(*args: str) -> tuple[float, dict[str, Any]]:
    """Run one command with --today fixed; its wall time (incl. start-up) and its JSON answer."""
    return results.fazhi("--today", TODAY, *args)


def median(work: Callable[[], Any], runs: int = 3) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="the demo database (made when missing)")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--year", type=int, default=2023)
    parser.add_argument("--upgrade-from", help="a database of revision 0004 to time the upgrade on (copied)")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    db = args.db
    if "://" not in db and not Path(db).exists():
        seconds = demo_db(db, args.cases, "--today", TODAY)
        rows.append((f"demo --cases {args.cases:,}", f"{seconds:.0f} s"))
    if args.upgrade_from:
        with tempfile.TemporaryDirectory(dir=Path(args.upgrade_from).parent) as folder:
            copy = Path(folder) / "old.db"
            shutil.copy(args.upgrade_from, copy)
            from fazhi_desktop.store.opening import open_database

            started = time.perf_counter()
            open_database(str(copy)).close()  # backs the file up, then migrates and fills the columns
            rows.append(
                (
                    "upgrade 0004 → 0005 (backup, columns filled from the steps, indexes)",
                    f"{time.perf_counter() - started:.0f} s",
                )
            )

    from fazhi_desktop.domain import clock

    clock.set_today(date.fromisoformat(TODAY))
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.statistics import compute as stats
    from fazhi_desktop.services.statistics import dashboard
    from fazhi_desktop.services.statistics.explain import case_briefs

    ctx = open_context(db, "bench")
    start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    command_s, figures = fazhi("--db", db, "stats", "--from", start.isoformat(), "--to", end.isoformat())
    service_s, _ = median(lambda: stats.compute(ctx, start, end))
    everything_s, total = median(lambda: stats.compute(ctx, date(2000, 1, 1), date(2030, 12, 31)), runs=1)
    explain_big_s, big = median(lambda: stats.explain(ctx, "repeat_rate", start, end))
    explain_small_s, small = median(lambda: stats.explain(ctx, "leader_resolution_rate", start, end))
    page_s, _ = median(lambda: case_briefs(ctx, big.denominator.ids[-200:], ("is_repeat",)))
    board_s, board = median(lambda: dashboard.dashboard(ctx))
    red_s, red = median(lambda: dashboard.dashboard_ids(ctx, "red"))
    with tempfile.TemporaryDirectory() as folder:
        export_s, _ = fazhi(
            "--db",
            db,
            "export",
            "stats",
            str(Path(folder) / "stats.xlsx"),
            "--from",
            start.isoformat(),
            "--to",
            end.isoformat(),
        )
    ctx.close()
    size = f"{Path(db).stat().st_size / 1e9:.1f} GB" if "://" not in db else "(server)"
    rows += [
        (
            "registrations in the database (voided left out) / in the year",
            f"{total.counts.cases:,} / {figures['cases']:,} ({size})",
        ),
        (f"fazhi stats --from {start} --to {end} --json (the command)", f"{command_s:.1f} s"),
        ("statistics.compute, a year (counts, 10 indicators, 9 breakdowns × 2 years)", f"{service_s:.1f} s"),
        ("statistics.compute, every year at once", f"{everything_s:.1f} s"),
        (
            f"explain repeat_rate (ids of {big.denominator.count:,} + {big.numerator.count:,} cases)",
            f"{explain_big_s:.2f} s",
        ),
        (f"explain leader_resolution_rate ({small.denominator.count:,} cases)", f"{explain_small_s:.2f} s"),
        ("one page (200 lines) of the cases behind a figure", f"{page_s * 1000:.0f} ms"),
        (
            "工作台: eight counts",
            f"{board_s * 1000:.0f} ms ({board.counts['red']:,} red, {board.counts['overdue']:,} overdue)",
        ),
        (f"工作台: the ids of the {len(red):,} red cases", f"{red_s * 1000:.0f} ms"),
        ("fazhi export stats FILE.xlsx, a year (the command)", f"{export_s:.1f} s"),
    ]
    for name in ("timely_acceptance_rate", "on_time_completion_rate", "first_time_resolution_rate"):
        f = figures["fractions"][name]
        rows.append(
            (f"{f['label']} {args.year}", f"{f['value']:.1%} ({f['numerator']:,} / {f['denominator']:,})")
        )
    record(f"Statistics: a year's full figures over {total.counts.cases:,} demo cases (SQLite)", rows)


if __name__ == "__main__":
    main()
