"""Benchmark: printing the statistics report of a period with N cases (default 10,000), and the other
reports over the same database, as whole commands (start-up included).

Run:  .venv/bin/python benchmarks/bench_reports.py [--cases 10000] [--db URL]
Fills a fresh SQLite file with `fazhi demo` (every case falls in the period printed), then times
`fazhi stats` (the figures alone) and `fazhi report summary | agenda | annual | case`. Prints the figures
and appends them to benchmarks/RESULTS.md. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import demo_db, fazhi, record

TODAY = "2024-11-20"
PERIOD = ("--from", "2020-01-01", "--to", "2024-12-31")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--db", help="a database URL (e.g. PostgreSQL) instead of a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        db = args.db or str(out / "bench.db")
        at = ["--db", db, "--today", TODAY]
        demo_s = demo_db(db, args.cases, "--today", TODAY)
        stats_s, stats = fazhi(*at, "stats", *PERIOD)
        summary_s, summary = fazhi(*at, "report", "summary", "-o", str(out / "summary.pdf"), *PERIOD)
        summary_mb = (out / "summary.pdf").stat().st_size / 1e6
        agenda_s, agenda = fazhi(*at, "report", "agenda", "-o", str(out / "agenda.pdf"))
        annual_s, annual = fazhi(*at, "report", "annual", "-o", str(out / "annual.pdf"), "--year", "2023")
        case_s, case = fazhi(
            *at, "report", "case", "-o", str(out / "case.pdf"), "--case", "431127-2024-000001"
        )
    rows = [
        (f"demo --cases {args.cases}", f"{demo_s:.1f} s"),
        (
            "registrations in the period (counted: voided ones are left out)",
            f"{args.cases:,} ({stats['cases']:,})",
        ),
        ("stats --json (the figures alone)", f"{stats_s:.2f} s"),
        (
            "report summary (figures, charts, every breakdown, red list)",
            f"{summary_s:.2f} s, {summary['pages']} pages, {summary_mb:.2f} MB",
        ),
        (
            "report agenda (red, yellow, collective, upper, overdue)",
            f"{agenda_s:.2f} s, {agenda['pages']} pages",
        ),
        ("report annual --year 2023 (GB/T 9704)", f"{annual_s:.2f} s, {annual['pages']} pages"),
        ("report case (one case sheet)", f"{case_s:.2f} s, {case['pages']} pages"),
    ]
    record(f"Reports: the summary of a period with {args.cases:,} cases (SQLite, whole commands)", rows)


if __name__ == "__main__":
    main()
