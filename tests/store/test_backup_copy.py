"""The online copy under a program that keeps writing: one snapshot, finished, and checked."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from fazhi_desktop.store.backup import integrity_problems, online_copy


def _office_file(path: Path, rows: int) -> None:
    """A WAL-mode file of some 20 MB: many times the pages of one small backup step."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, summary TEXT NOT NULL)")
        conn.execute("CREATE INDEX ix_summary ON cases (summary)")
        conn.executemany(
            "INSERT INTO cases (summary) VALUES (?)", ((f"拖欠工资{n:06d}" * 20,) for n in range(rows))
        )
        conn.commit()


def test_a_copy_made_while_another_connection_commits_finishes_with_one_snapshot(tmp_path: Path) -> None:
    source, target = tmp_path / "fazhi.db", tmp_path / "copy.db"
    _office_file(source, 20_000)
    reports: list[tuple[int, int]] = []
    with closing(sqlite3.connect(source)) as writer:

        def progress(done: int, total: int) -> None:
            # The program commits a case whenever progress is shown: a copy that restarted at each
            # write between its steps would never end (the test would stop at the tenth report).
            reports.append((done, total))
            assert len(reports) < 10, "the copy keeps restarting"
            writer.execute("INSERT INTO cases (summary) VALUES ('新登记')")
            writer.commit()

        online_copy(source, target, progress)
    assert reports[0][0] == 0 and reports[-1][0] == reports[-1][1] > 0
    with closing(sqlite3.connect(target)) as copy:
        count = copy.execute("SELECT count(*) FROM cases").fetchone()[0]
        assert integrity_problems(copy) == [] and integrity_problems(copy, quick=True) == []
    # The snapshot holds the rows committed before the copy began, and none committed after it.
    assert count == 20_001


def test_the_quick_check_finds_a_damaged_page(tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    _office_file(path, 2_000)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    page = 4096
    data[5 * page : 5 * page + 64] = b"\xff" * 64  # a b-tree page's header and first cells
    path.write_bytes(bytes(data))
    with closing(sqlite3.connect(path)) as conn:
        try:
            found = integrity_problems(conn, quick=True)
        except sqlite3.DatabaseError as exc:  # damage SQLite stops at: the backup fails just the same
            found = [str(exc)]
    assert found != []
