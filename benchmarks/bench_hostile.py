"""Peak memory of `fazhi import ledger --dry-run` over hostile workbooks (issue 16; target ≤ 300 MB).

    .venv/bin/python benchmarks/bench_hostile.py [--only NAME] [--no-record]

Each file is built in a temporary folder, then imported in its own process, whose peak resident
memory (ru_maxrss) is read back; the outcome is the exit status and the first line on stderr. The
files that pass the checks are made as large as the limits allow, so that their peak is the worst
an accepted file can cost.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record
from tests.excel.hostile_workbooks import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    inline_row,
    ledger_rows,
    write_xls,
    write_xlsx,
)

log = logging.getLogger("bench")
TARGET_MB = 300
_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}

_RUN = """
import resource, sys
from fazhi_desktop.cli import main
code = main(sys.argv[2:])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
open(sys.argv[1], "w").write(f"{code} {peak}")
"""


def corner(path: Path) -> Path:
    cell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return write_xlsx(path, ledger_rows(cell))


def blank_rows(path: Path) -> Path:
    return write_xlsx(
        path, (ledger_rows(), *(f'<row r="{r}"><c r="A{r}" s="0"/></row>' for r in range(3, 1_048_577)))
    )


def shared_bomb(path: Path) -> Path:
    """400 MB of shared strings (4,000 distinct strings of 100,000 bytes)."""
    strings = (f"<si><t>{i:06d}{'法' * 33_331}</t></si>" for i in range(4_000))
    return write_xlsx(path, ledger_rows(), shared=strings)


def shared_refs(path: Path) -> Path:
    """One 30,000-character string used by 200,000 cells (18 GB once copied into each)."""
    rows = (f'<row r="{r}"><c r="D{r}" t="s"><v>0</v></c></row>' for r in range(3, 200_003))
    return write_xlsx(path, (ledger_rows(), *rows), shared="<si><t>" + "法" * 30_000 + "</t></si>")


def huge_cells(path: Path) -> Path:
    """2,000 rows whose 反映问题 has 32,767 characters (Excel's most): accepted, as Excel allows it."""
    rows = (inline_row(r, ["2024-03-05", f"王{r}", "来访", "x" * 32_767]) for r in range(3, 2_003))
    return write_xlsx(path, (ledger_rows(), *rows))


def text_at_limit(path: Path) -> Path:
    """Cells whose text adds up to just under the limit on a sheet's text, in CJK (3 bytes each)."""
    rows = (inline_row(r, ["2024-03-05", f"王{r}", "来访", "法" * 3_000]) for r in range(3, 10_500))
    return write_xlsx(path, (ledger_rows(), *rows))


def cells_at_limit(path: Path) -> Path:
    """125,000 rows × 20 columns: the most cells a sheet may have."""
    rows = (
        inline_row(r, ["2024-03-05", f"王{r}", "来访", "拖欠工资", *(["某"] * 16)]) for r in range(3, 125_001)
    )
    return write_xlsx(path, (ledger_rows(), *rows))


def realistic(path: Path) -> Path:
    """100,000 rows of bench_ledger_import's realistic ledger (a large real import, for comparison)."""
    from tests.excel.ledger_workbooks import big_ledger

    return big_ledger(path, 100_000, seed=11)


def xls_corner(path: Path) -> Path:
    """An .xls with one more cell at IV65536 (calamine lays out 65,536 × 256 cells)."""
    return write_xls(path, [(65_535, 255, "x")])


def xls_shared_refs(path: Path) -> Path:
    """An .xls whose one 30,000-character shared string fills 60,000 cells (5 GB once copied)."""
    return write_xls(path, ((r, 3, "法" * 30_000) for r in range(2, 60_002)))


def xls_ledger(path: Path) -> Path:
    """An accepted .xls: 60,000 rows of bench_ledger_import's realistic ledger (the format has 65,536)."""
    from tests.excel.ledger_workbooks import big_ledger_rows

    return write_xls(
        path,
        (
            (r, c, value.isoformat() if isinstance(value, date) else value)
            for r, row in enumerate(big_ledger_rows(60_000, seed=11))
            for c, value in enumerate(row)
            if value not in ("", None)
        ),
        header=False,
    )


def entities(prolog: str) -> Callable[[Path], Path]:
    return lambda path: write_xlsx(path, ledger_rows(), sheet_prolog=prolog)


FILES: dict[str, Callable[[Path], Path]] = {
    "one cell at XFD1048576": corner,
    "1,048,576 blank rows": blank_rows,
    "400 MB of shared strings": shared_bomb,
    "one long shared string in 200,000 cells": shared_refs,
    "billion laughs": entities(BILLION_LAUGHS),
    "external entity": entities(EXTERNAL_ENTITY),
    "2,000 cells of 32,767 characters": huge_cells,
    "text just under the limit": text_at_limit,
    "125,000 rows × 20 columns": cells_at_limit,
    "a realistic ledger of 100,000 rows": realistic,
    "an .xls with one cell at IV65536": xls_corner,
    "an .xls with one long shared string in 60,000 cells": xls_shared_refs,
    "an .xls ledger of 60,000 realistic rows": xls_ledger,
}


def _build(name: str, path: Path) -> Path:
    """Build the file in a process of its own: Linux keeps a process's peak across exec, so this
    one must stay small for the import's peak to be the import's."""
    code = f"from pathlib import Path; from benchmarks.bench_hostile import FILES; FILES[{name!r}](Path({str(path)!r}))"
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENV)
    return path


def peak(db: Path, path: Path, folder: Path) -> tuple[int, int, str, float]:
    out = folder / "peak.txt"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(out), "--db", str(db), "import", "ledger", str(path), "--dry-run"],
        capture_output=True,
        text=True,
        check=False,
        env=_ENV,
    )
    seconds = time.perf_counter() - started
    if not out.exists():
        return done.returncode, -1, (done.stderr.strip().splitlines() or [""])[-1][:120], seconds
    code, kb = out.read_text().split()
    return int(code), int(kb) // 1024, (done.stderr.strip().splitlines() or ["（导入成功）"])[0][:90], seconds


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "office.db"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "fazhi_desktop",
                "--db",
                str(db),
                "init",
                "--office",
                "431127",
                "--name",
                "蓝山县信访局",
            ],
            check=True,
            capture_output=True,
        )
        for name in FILES:
            if args.only and args.only not in name:
                continue
            path = _build(name, folder / ("hostile.xls" if ".xls " in name else "hostile.xlsx"))
            code, mb, said, seconds = peak(db, path, folder)
            size = path.stat().st_size
            log.info(
                "%s: exit %d, %d MB peak, %.1f s, file %d KB: %s", name, code, mb, seconds, size // 1024, said
            )
            flag = "" if 0 <= mb <= TARGET_MB else " **over target**"
            rows.append(
                (f"{name} ({size // 1024:,} KB)", f"exit {code}, peak {mb} MB{flag}, {seconds:.1f} s: {said}")
            )
            path.unlink()
    if not args.no_record:
        record(f"Hostile workbooks: peak memory of an import (target ≤ {TARGET_MB} MB)", rows)


if __name__ == "__main__":
    main()
