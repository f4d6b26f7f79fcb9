"""`fazhi-desktop --self-test`: prove that a built bundle has everything it needs, on a scratch database.

packaging/build.py runs it on every bundle it makes, and a clerk's PC can run it too. Each check uses
the program's real code on a temporary folder (never the user's database): migrations, demo data, a
workbook written and read back, a Chinese PDF with an embedded font, this year's and next year's
calendar, the zh_CN translation (ours and Qt's), and the main window opened offscreen.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from fazhi_desktop import __version__
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.paths import I18N
from fazhi_desktop.services.backup import check as check_database
from fazhi_desktop.services.clock import calendar
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.ledger.export import export_ledger
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.office.offices import init_office
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.ui import prefs

log = logging.getLogger(__name__)

Check = Callable[[], str]


class SelfTest:
    """The checks, run in order over one scratch folder; each returns a line saying what it saw."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.ctx: Context | None = None

    def checks(self) -> list[tuple[str, Check]]:
        return [
            ("migrations", self.migrations),
            ("demo data", self.demo_data),
            ("workbook", self.workbook),
            ("pdf", self.pdf),
            ("calendar", self.calendar),
            ("translation", self.translation),
            ("window", self.window),
        ]

    def _context(self) -> Context:
        assert self.ctx is not None, "the migrations check opens the database first"
        return self.ctx

    def migrations(self) -> str:
        # Opening a new file runs every migration; `check` then finds the schema at head (or says not).
        self.ctx = open_context(str(self.folder / "self-test.db"), "self-test")
        init_office(self.ctx, "431127", "蓝山县信访局", "county", None)
        result = check_database(self.ctx)
        if not result.ok:
            raise RuntimeError("; ".join(f.message for f in result.findings))
        return f"a new database migrated and checked ({len(result.checks)} checks)"

    def demo_data(self) -> str:
        result = demo.generate(self._context(), 40, seed=7)
        return f"{result.cases} demo cases, {result.steps} steps"

    def workbook(self) -> str:
        written = export_ledger(self._context(), self.folder / "台账.xlsx")
        read = import_ledger(self._context(), written.path, dry_run=True)
        # Read back into the same database, every row is a duplicate: what counts is that all are found.
        if written.rows == 0 or read.rows != written.rows:
            raise RuntimeError(f"wrote {written.rows} rows, read back {read.rows}")
        return f"wrote {written.rows} rows to a workbook, read {read.rows} back ({read.duplicates} known)"

    def pdf(self) -> str:
        target = self.folder / "统计报表.pdf"
        today = clock.today()
        request = ReportRequest(kind=ReportKind.SUMMARY, start=date(today.year, 1, 1), end=today)
        result = make_report(self._context(), request, target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
            raise RuntimeError("the PDF has no embedded TrueType font")
        return f"a Chinese PDF of {result.pages} page(s), {len(data):,} bytes, font embedded"

    def calendar(self) -> str:
        year = clock.today().year
        lines = []
        for each in (year, year + 1):
            due = calendar.due(self._context(), date(each, 1, 1), 15, working_days=True)
            note = f" ({'; '.join(due.warnings)})" if due.warnings else ""
            lines.append(f"{each}: 15 working days from 1 Jan end {due.due}{note}")
        shipped = calendar.shipped_calendar().known_years()
        if not shipped:
            raise RuntimeError("the shipped holiday data is empty")
        lines.append(f"shipped holiday data {min(shipped)}–{max(shipped)}")
        return "; ".join(lines)

    def translation(self) -> str:
        ours, qt = QTranslator(self.app), QTranslator(self.app)
        if not ours.load(str(I18N / "zh_CN.qm")):
            raise RuntimeError(f"cannot load {I18N / 'zh_CN.qm'}")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt.load("qtbase_zh_CN", qt_folder):
            raise RuntimeError(f"cannot load qtbase_zh_CN from {qt_folder}")
        QCoreApplication.installTranslator(ours)
        try:
            word = QCoreApplication.translate("MainWindow", "Cases")
        finally:
            QCoreApplication.removeTranslator(ours)
        if word != "信访件":
            raise RuntimeError(f"'Cases' translates to {word!r}")
        return f"zh_CN loaded ('Cases' → {word}), Qt's own from {qt_folder}"

    def window(self) -> str:
        from fazhi_desktop.ui.main_window import MainWindow
        from fazhi_desktop.ui.session import UiSession

        window = MainWindow(UiSession(self._context()))
        window.show()
        for _ in range(5):
            self.app.processEvents()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        self.app.processEvents()
        return f"main window opened on {self.app.platformName()}: {title}"

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()


def run(app: QApplication) -> int:
    """Run every check; 0 when all passed. Lines go to stdout (when there is one) and to the log."""
    failures = 0

    def say(line: str) -> None:
        log.info("self-test: %s", line)
        if sys.stdout is not None:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    say(
        f"fazhi-desktop {__version__} self-test, Python {sys.version.split()[0]}, {sys.platform}, "
        f"UTF-8 mode {sys.flags.utf8_mode}, frozen {getattr(sys, 'frozen', False)}"
    )
    # A background writer may still be closing its WAL file as the folder goes: never fail on that.
    with tempfile.TemporaryDirectory(prefix="fazhi-self-test-", ignore_cleanup_errors=True) as scratch:
        prefs.use_file(Path(scratch) / "prefs.ini")  # the window's geometry is not saved over the user's
        test = SelfTest(app, Path(scratch))
        try:
            for name, check in test.checks():
                started = time.perf_counter()
                try:
                    said = check()
                except Exception as exc:  # report every failure, then go on to the next check
                    log.exception("self-test %s failed", name)
                    failures += 1
                    say(f"FAIL {name}: {type(exc).__name__}: {exc}")
                    if name == "migrations":
                        break
                else:
                    say(f"ok   {name} ({time.perf_counter() - started:.1f} s): {said}")
        finally:
            test.close()
            prefs.use_file(None)
    say("self-test passed" if failures == 0 else f"self-test FAILED: {failures} check(s)")
    return 0 if failures == 0 else 1
