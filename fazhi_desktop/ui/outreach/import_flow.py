"""Importing an events ledger from the GUI: choose the file, check it in the background (a dry run),
show what would be taken and every row that would not, then import in the background on request.

Both runs are background work with a progress dialog that appears after 600 ms and can cancel
(`ui.worker`); a cancelled or failed import leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Cancelled, Progress
from fazhi_desktop.excel.report import ImportReport
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach.importing import import_events
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.import_problems import ImportProblems


class ImportReportDialog(QDialog):
    """What an import took and each row it did not; after a dry run, a button to import for real."""

    def __init__(
        self, report: ImportReport, parent: QWidget | None = None, *, source: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import of %s") % report.file)
        summary = QLabel(self)
        summary.setWordWrap(True)
        summary.setObjectName("importSummary")
        summary.setText(self._summary_text())
        self.problems = ImportProblems(self)
        self.problems.show_report(report, source)
        self.model, self.table = self.problems.model, self.problems.table
        self.buttons = QDialogButtonBox(self)
        if report.dry_run:
            self.import_button = self.buttons.addButton(
                self.tr("Import %n row(s)", "", report.imported), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setEnabled(report.imported > 0)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.problems.setVisible(bool(report.problems))
        self.resize(760, 420 if report.problems else 160)

    def _summary_text(self) -> str:
        r = self.report
        lines = [
            self.tr("Sheet “%s”, header in row %s.") % (r.sheet, r.header_row),
            (
                self.tr("%s rows: %s can be imported, %s already present, %s cannot be imported.")
                if r.dry_run
                else self.tr("%s rows: %s imported, %s already present, %s not imported.")
            )
            % (r.rows, r.imported, r.duplicates, r.rejected),
        ]
        if r.skipped:
            lines.append(
                self.tr("Passed over: %s.") % "；".join(f"{row}（{reason}）" for row, reason in r.skipped)
            )
        return "\n".join(lines)


class LedgerImport(QObject):
    """The steps of one import, started from a button of the events list."""

    #: Events were imported.
    imported = Signal()
    #: The last report shown (for tests).
    reported = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.path: Path | None = None
        self.dialog: ImportReportDialog | None = None

    def choose_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Import an events ledger"),
            "",
            self.tr("Excel workbooks (*.xlsx *.xlsm *.xls)"),
        )
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """Read and check the ledger in the background (nothing written)."""
        self.path = path

        def work(progress: Progress, cancelled: CancelCheck) -> ImportReport:
            return import_events(self.ctx, path, dry_run=True, progress=progress, cancelled=cancelled)

        worker.start(
            self.widget, self.tr("Checking %s…") % path.name, work, self._on_checked, self._on_failed
        )

    def run(self) -> None:
        """Import the ledger checked last, in one transaction, in the background."""
        path = self.path
        assert path is not None

        def work(progress: Progress, cancelled: CancelCheck) -> ImportReport:
            return import_events(self.ctx, path, progress=progress, cancelled=cancelled)

        worker.start(
            self.widget, self.tr("Importing %s…") % path.name, work, self._on_imported, self._on_failed
        )

    def _show(self, report: ImportReport) -> ImportReportDialog:
        self.dialog = ImportReportDialog(report, self.widget, source=self.path)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reported.emit(report)
        return self.dialog

    def _on_checked(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        dialog = self._show(report)
        dialog.accepted.connect(self.run)
        dialog.open()

    def _on_imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.imported.emit()
        self._show(report).open()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(self.widget, self.tr("Import cancelled"), exc.message)
        elif isinstance(exc, UserError):
            QMessageBox.warning(self.widget, self.tr("Cannot import"), exc.message)
        else:
            raise exc  # a bug: the crash dialog shows it
