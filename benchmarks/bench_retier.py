"""Benchmark: re-tiering every open case (`fazhi retier`) over N demo cases on a fresh SQLite file.

Run:  .venv/bin/python benchmarks/bench_retier.py [--cases 100000] [--db URL]
Fills a database with `fazhi demo`, then times `retier` for the same day (nothing changes), for the
next day and a month later (windows close, tiers move), and a changed setting (recomputed in the
same change). Prints the figures and appends them to benchmarks/RESULTS.md. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import demo_db, fazhi, record

TODAY = "2024-11-20"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="a database URL (e.g. PostgreSQL) instead of a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "bench.db")
        at = ["--db", db, "--today", TODAY]
        demo_s = demo_db(db, args.cases, "--today", TODAY)
        same_s, same = fazhi(*at, "retier")
        next_s, nxt = fazhi("--db", db, "--today", "2024-11-21", "retier")
        month_s, month = fazhi("--db", db, "--today", "2024-12-20", "retier")
        setting_s, _ = fazhi(
            "--db", db, "--today", "2024-12-20", "settings", "set", "tier_due_soon_days", "7"
        )
    tiers = same["tiers"]
    rows = [
        (f"demo --cases {args.cases}", f"{demo_s:.1f} s ({args.cases / demo_s:,.0f} cases/s)"),
        (
            "open cases (red / yellow / green)",
            f"{same['cases']:,} ({tiers['red']:,} / {tiers['yellow']:,} / {tiers['green']:,})",
        ),
        (
            "retier, same day (nothing changes)",
            f"{same['seconds']:.2f} s in the service, {same_s:.2f} s the command",
        ),
        (
            "retier, next day",
            f"{nxt['seconds']:.2f} s, {nxt['changed']:,} rows changed ({next_s:.2f} s the command)",
        ),
        (
            "retier, a month later",
            f"{month['seconds']:.2f} s, {month['changed']:,} rows changed ({month_s:.2f} s the command)",
        ),
        ("settings set tier_due_soon_days 7 (re-tiers in the same change)", f"{setting_s:.2f} s the command"),
    ]
    record(f"Statutory clock: re-tiering every open case ({'given database' if args.db else 'SQLite'})", rows)


if __name__ == "__main__":
    main()
