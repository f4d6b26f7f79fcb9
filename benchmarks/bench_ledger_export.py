"""Benchmark: exporting the ledger (`fazhi export ledger`) of 100,000 demo cases on SQLite.

Run:  .venv/bin/python benchmarks/bench_ledger_export.py [--cases 100000] [--cache /tmp/fazhi-bench-ledger]
Fills a database with `fazhi demo` once and keeps it in the cache folder (filling takes longer than
exporting), copies it for the run, then times the whole command for every case (masked and unmasked)
and for one year, and notes the commands' peak memory. Prints the figures and appends them to
benchmarks/RESULTS.md. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from results import demo_db, fazhi, record

TODAY = "2024-11-20"


def demo_database(cache: Path, cases: int) -> Path:
    """The cached demo database of `cases` cases, made when missing."""
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"demo-{cases}.db"
    if not db.exists():
        part = cache / f"demo-{cases}.part.db"
        part.unlink(missing_ok=True)
        demo_db(str(part), cases, "--today", TODAY)
        part.rename(db)
    return db


#: A ledger's row of plain values, as wide as the export's (38 columns): numbers, text and dates.
_LINE: list[object] = [1, "431127-2024-000123", date(2024, 3, 4), "来访", "本级登记", "王建国"]
_LINE += ["431127********1234", "138****5678", "塔峰镇城东村三组", "", 1, "塔峰镇", "劳动报酬", "求决"]
_LINE += ["申诉求决类", "反映拖欠工资三个月未付", date(2024, 3, 4), "", "转送", date(2024, 3, 5)]
_LINE += ["县人力资源和社会保障局", None, date(2024, 3, 5), date(2024, 3, 6), None, date(2024, 5, 6)]
_LINE += ["答复：解释说明", date(2024, 5, 8), "满意", None, None, None, None, "已送达", None, ""]
_LINE += ["", None]


def plain_write(path: Path, rows: int) -> float:
    """Seconds to write `rows` rows as wide as a ledger's with XlsxWriter's constant-memory mode alone,
    each value by its type and without a format: the floor of any export (the fastest well-kept
    writer; openpyxl's write-only mode takes about 1.6 times as long)."""
    from xlsxwriter import Workbook

    started = time.perf_counter()
    book = Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent)})
    sheet = book.add_worksheet("台账")
    for row in range(rows):
        for col, value in enumerate(_LINE):
            if isinstance(value, str):
                if value:
                    sheet.write_string(row, col, value)
            elif isinstance(value, date):
                sheet.write_datetime(row, col, value)
            elif value is not None:
                sheet.write_number(row, col, value)
    book.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "fazhi-bench-ledger")
    args = parser.parse_args()
    cached = demo_database(args.cache, args.cases)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        shutil.copy(cached, db)
        at = ["--db", str(db), "--today", TODAY]
        out = Path(folder) / "台账.xlsx"
        all_s, every = fazhi(*at, "export", "ledger", str(out))
        size = out.stat().st_size / 1e6
        unmasked_s, _ = fazhi(*at, "export", "ledger", str(out), "--unmasked")
        plain_s = plain_write(Path(folder) / "plain.xlsx", every["rows"])
        year_s, year = fazhi(*at, "export", "ledger", str(out), "--from", "2023-01-01", "--to", "2023-12-31")
    # The largest resident size of the commands (kilobytes on Linux): rows stream, so it stays flat.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows = every["rows"]
    record(
        "Ledger export: every demo case to .xlsx (SQLite, openpyxl write-only)",
        [
            ("cases in the database / rows exported (voided left out)", f"{args.cases:,} / {rows:,}"),
            (
                "export ledger, every case (the command)",
                f"{all_s:.1f} s ({rows / all_s:,.0f} rows/s), {size:.1f} MB",
            ),
            ("export ledger --unmasked (the command)", f"{unmasked_s:.1f} s"),
            (
                "for scale: openpyxl write-only, as many rows of 20 plain values (no database, no styles)",
                f"{plain_s:.1f} s (ratio of the masked export: {all_s / plain_s:.2f})",
            ),
            (f"export ledger of 2023 ({year['rows']:,} rows, the command)", f"{year_s:.1f} s"),
            ("peak memory of an export command (resident)", f"{peak:.0f} MB"),
        ],
    )


if __name__ == "__main__":
    main()
