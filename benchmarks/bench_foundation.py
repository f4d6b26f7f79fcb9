"""Benchmark: `fazhi demo --cases N` and `fazhi stats --json` on a fresh SQLite file.

Run:  .venv/bin/python benchmarks/bench_foundation.py [--cases 100000]
Prints the figures and appends them to benchmarks/RESULTS.md. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import record


def timed(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "fazhi_desktop", *args], check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        init = timed("--db", db, "init", "--office", "431127", "--name", "蓝山县信访局")
        demo = timed("--db", db, "demo", "--cases", str(args.cases))
        stats_year = timed("--db", db, "stats", "--json")
        stats_all = timed("--db", db, "stats", "--from", "2000-01-01", "--to", "2099-12-31", "--json")
        size_mb = Path(db).stat().st_size / 1e6
    rows = [
        ("init (new database, migrations)", f"{init:.2f} s"),
        (f"demo --cases {args.cases}", f"{demo:.1f} s ({args.cases / demo:,.0f} cases/s)"),
        ("stats --json (this year)", f"{stats_year:.2f} s"),
        ("stats --json (all years)", f"{stats_all:.2f} s"),
        ("database size", f"{size_mb:.0f} MB"),
    ]
    record("Foundation: demo data and stats (SQLite, whole commands incl. start-up)", rows)


if __name__ == "__main__":
    main()
