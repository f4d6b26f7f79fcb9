"""Benchmark: a township's package of N demo cases with their steps, exported, then imported by the county.

Run:  .venv/bin/python benchmarks/bench_exchange.py [--cases 10000]
Makes a county and a township (the county issues the township's key file), fills the township with
`fazhi demo`, times `exchange export` there and `exchange import` at the county (each a whole command,
start-up included), then the import of the same package again (all duplicates). The issue's target is
export then import of 10,000 cases within 10 s. Figures go to benchmarks/RESULTS.md; nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import fazhi, record

TODAY = "2024-11-20"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        county, township = str(Path(folder) / "county.db"), str(Path(folder) / "township.db")
        key, package = str(Path(folder) / "t.key"), str(Path(folder) / "p.zip")
        fazhi("--db", county, "init", "--office", "431127", "--name", "蓝山县信访局")
        fazhi(
            "--db",
            county,
            "office",
            "add",
            "--office",
            "431127101",
            "--name",
            "塔峰镇信访办",
            "--level",
            "township",
            "--key-file",
            key,
        )
        fazhi(
            "--db",
            township,
            "init",
            "--office",
            "431127101",
            "--name",
            "塔峰镇信访办",
            "--level",
            "township",
            "--parent",
            "431127",
            "--parent-name",
            "蓝山县信访局",
            "--key-file",
            key,
        )
        demo_s, _ = fazhi("--db", township, "--today", TODAY, "demo", "--cases", str(args.cases))
        export_s, sent = fazhi("--db", township, "--today", TODAY, "exchange", "export", package)
        import_s, got = fazhi("--db", county, "--today", TODAY, "exchange", "import", package)
        again_s, _ = fazhi("--db", county, "--today", TODAY, "exchange", "import", package)
        size = Path(package).stat().st_size
    counts = sent["counts"]
    rows = [
        (f"demo --cases {args.cases} (township)", f"{demo_s:.1f} s"),
        (
            "package",
            f"{counts.get('cases', 0):,} cases, {counts.get('steps', 0):,} steps, "
            f"{counts.get('petitioners', 0):,} people; {size / 1e6:.1f} MB",
        ),
        ("exchange export", f"{export_s:.2f} s"),
        ("exchange import (all new)", f"{import_s:.2f} s; cases {got['counts'].get('cases')}"),
        ("export then import", f"{export_s + import_s:.2f} s (target ≤ 10 s)"),
        ("exchange import again (all duplicates)", f"{again_s:.2f} s"),
    ]
    record(f"Exchange: a township's package of {args.cases:,} demo cases (SQLite, whole commands)", rows)


if __name__ == "__main__":
    main()
