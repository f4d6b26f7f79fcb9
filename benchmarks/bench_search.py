"""Full-text search over N demo cases (default 100,000) on SQLite: words of 1 to 4 characters.

    .venv/bin/python benchmarks/bench_search.py [--cases 100000] [--db FILE] [--no-record]

For each word: the count and the newest page of 50 as the case list asks for them
(`search.matches`: the character index for 1–2 characters, the trigram index from 3), beside the
same two queries answered by scanning every case with LIKE, which is what words of 1–2 characters
cost before the character index. Medians of 5, after one warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, func, or_, select

from benchmarks.results import demo_db, record
from fazhi_desktop.store import search
from fazhi_desktop.store.models import Case
from fazhi_desktop.store.opening import open_database

WORDS = ("访", "覃", "工资", "物业", "拆迁", "征地补", "拖欠工资")


def median_ms(action: Callable[[], object]) -> float:
    action()
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def timings(conn: Connection, condition: object) -> tuple[float, float, int]:
    count = select(func.count()).select_from(Case).where(condition)  # type: ignore[arg-type]
    page = select(Case.id).where(condition).order_by(Case.registered_on.desc(), Case.id.desc()).limit(50)  # type: ignore[arg-type]
    found = int(conn.scalar(count) or 0)
    return median_ms(lambda: conn.scalar(count)), median_ms(lambda: conn.execute(page).all()), found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", help="an existing database to measure (skips making one)")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "bench.db")
        if not args.db:
            demo_db(path, args.cases)
        db = open_database(path)
        search.catch_up(db.engine.connect)
        rows: list[tuple[str, str]] = []
        with db.engine.connect() as conn:
            total = int(conn.scalar(select(func.count()).select_from(Case)) or 0)
            rows.append(("cases in the database", f"{total:,}"))
            for word in WORDS:
                count_ms, page_ms, found = timings(conn, search.matches("sqlite", word))
                scanned = or_(*(getattr(Case, c).like(f"%{word}%") for c in search.COLUMNS))
                scan_count, scan_page, scan_found = timings(conn, scanned)
                assert found >= scan_found  # numbers and names match too
                rows.append(
                    (
                        f"「{word}」 ({len(word)} characters, {found:,} cases): count / newest 50",
                        f"{count_ms:.1f} / {page_ms:.1f} ms; scanning every case {scan_count:.0f} / {scan_page:.1f} ms",
                    )
                )
        db.close()
    if args.no_record:
        for what, figure in rows:
            print(f"{what}: {figure}")
    else:
        record("Full-text search (SQLite)", rows)


if __name__ == "__main__":
    main()
