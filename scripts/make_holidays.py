"""Write resources/holidays/cn.csv from the chinese_calendar package.

Run after upgrading chinesecalendar:  .venv/bin/python scripts/make_holidays.py
The program reads the CSV, not the package, so that an administrator can add a year by hand.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "holidays" / "cn.csv"

log = logging.getLogger("make_holidays")


def main(argv: list[str] | None = None) -> int:
    """Generate the CSV; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the CSV")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    # Run from a checkout without installing: make the package importable.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from fazhi_desktop.domain.holidays_cn import from_chinese_calendar

    calendar = from_chinese_calendar()
    output: Path = args.output
    output.parent.mkdir(parents=True, exist_ok=True)
    # newline="\n" keeps the file identical on Windows, so regenerating it there shows no diff.
    output.write_text(calendar.to_csv_text(), encoding="utf-8", newline="\n")
    years = sorted(calendar.known_years())
    log.info("wrote %d days of %d–%d to %s", len(calendar), years[0], years[-1], output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
