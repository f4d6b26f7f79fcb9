"""Ledger export and import of #21 as whole commands: the export beside openpyxl write-only writing as
many plain rows, the import of that file, or of the newest 100,000 of its rows (into a new database)
beside python-calamine reading it, with the import's peak resident memory. LibreOffice's headless
open is measured where installed."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_ledger_export import plain_write
from benchmarks.harness import TODAY, Bench, Row, in_turn
from benchmarks.suite_commands import ROOT, fazhi

FILE_RUNS = 2  # an export or import of 100,000 rows takes a minute: two runs, not five
#: The import's file: the issue's target is a ledger of 100,000 rows, whatever the database's size.
IMPORT_ROWS = 100_000


def _calamine_rows(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return len(book.get_sheet_by_name(book.sheet_names[0]).to_python(skip_empty_area=False))


#: Runs a command and writes its peak resident size (kB) to a file. Linux gives a process the peak of
#: the one it was forked from (kept across exec): forked from this benchmark, which has just read a
#: million-row workbook, the import was said to take 3.8 GB. Forked from this small launcher, it is
#: the command's own.
_LAUNCH = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _with_peak(argv: list[str]) -> tuple[str, float]:
    """Run a command; what it printed and its own peak resident size in MB (Linux counts kB)."""
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        peak = Path(folder) / "peak"
        launched = [sys.executable, "-c", _LAUNCH, str(peak), *argv]
        done = subprocess.run(
            launched, stdout=subprocess.PIPE, stderr=errors, cwd=ROOT, text=True, check=False
        )
        if done.returncode:
            errors.seek(0)
            raise RuntimeError(f"exit {done.returncode}: {errors.read()[-500:].strip()}")
        return done.stdout, int(peak.read_text()) / 1024


def _import_file(bench: Bench, db: Path, ledger: Path, live: int) -> tuple[Path, int]:
    """The ledger to import and the cases it must bring: the whole export up to IMPORT_ROWS cases,
    else the export of the newest cases from the day that leaves about IMPORT_ROWS of them."""
    if live <= IMPORT_ROWS:
        return ledger, live
    with sqlite3.connect(db) as bare:
        (since,) = bare.execute(
            "SELECT registered_on FROM cases ORDER BY registered_on DESC LIMIT 1 OFFSET ?", (IMPORT_ROWS,)
        ).fetchone()
        (expected,) = bare.execute(
            "SELECT count(*) FROM cases WHERE state != 'void' AND registered_on >= ?", (since,)
        ).fetchone()
    recent = bench.work / "台账-近期.xlsx"
    fazhi(db, "export", "ledger", str(recent), "--from", str(since))
    return recent, int(expected)


def file_benchmarks(bench: Bench) -> list[Row]:
    db = bench.copy()
    with sqlite3.connect(db) as bare:
        live = int(bare.execute("SELECT count(*) FROM cases WHERE state != 'void'").fetchone()[0])
    ledger = bench.work / "台账.xlsx"
    runs_n = min(bench.repeat, FILE_RUNS)
    runs, base, exported, _ = in_turn(
        runs_n,
        lambda: fazhi(db, "export", "ledger", str(ledger)),
        lambda: plain_write(bench.work / "plain.xlsx", live),
    )
    in_file = _calamine_rows(ledger)
    rows = [
        Row(
            "fazhi export ledger, every case",
            runs,
            "XlsxWriter constant-memory, as many plain rows as wide",
            base,
            limit=30.0 * max(live, 1) / 100_000,
            factor=1.5,
            answers=exported["rows"] == live and in_file > live,
            note=f"{live:,} rows; 30 s scaled to the rows",
        )
    ]
    ledger, expected = _import_file(bench, db, ledger, live)
    in_file = _calamine_rows(ledger)
    peaks: list[float] = []
    imported: list[int] = []

    def import_once() -> None:
        target = bench.work / "imported.db"
        target.unlink(missing_ok=True)
        fazhi(target, "init", "--office", "431127", "--name", "蓝山县信访局")
        argv = [sys.executable, "-m", "fazhi_desktop", "--db", str(target), "--today", TODAY]
        started = time.perf_counter()
        _, peak = _with_peak([*argv, "import", "ledger", str(ledger), "--json"])
        import_runs.append(time.perf_counter() - started)
        peaks.append(peak)
        with sqlite3.connect(target) as bare:
            imported.append(int(bare.execute("SELECT count(*) FROM cases").fetchone()[0]))

    import_runs: list[float] = []
    try:
        _, read_runs, _, read = in_turn(runs_n, import_once, lambda: _calamine_rows(ledger))
    except RuntimeError as error:  # the export's row stands even when the import refuses the file
        detail = str(error).replace("|", "/").replace("\n", " ")[-300:]
        return [*rows, Row(f"import failed: {detail}", [], answers=False)]
    rows.append(
        Row(
            f"fazhi import ledger of {expected:,} exported rows, until committed",
            import_runs,
            "python-calamine reading it",
            read_runs,
            answers=imported[-1] == expected and read == in_file,
            note="the init of the new database not counted"
            + ("" if shutil.which("soffice") else "; soffice absent here: its target not measured"),
        )
    )
    rows.append(Row("peak RSS of the import", peaks, unit="MB", limit=300, answers=None))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        office_runs, _, _, _ = in_turn(
            runs_n,
            lambda: subprocess.run(
                [soffice, "--headless", "--convert-to", "csv", "--outdir", str(bench.work), str(ledger)],
                check=True,
                capture_output=True,
            ),
        )
        rows.append(
            Row("soffice --headless --convert-to csv of that file (the import's target)", office_runs)
        )
    return rows
