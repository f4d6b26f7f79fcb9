"""The 导入台账 wizard: choose the file and sheet → check the column mapping → a dry run's summary →
the import in the background (progress, cancel) → the problems, which can be saved as an .xlsx.

Both runs go through `ui.worker` (a late progress dialog with Cancel; a cancelled or failed import
leaves the database as it was). After the import the window's search keeper indexes the new cases.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Cancelled, Progress
from fazhi_desktop.excel.report import ImportReport
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import LedgerPlan, import_ledger, plan_ledger, save_mapping
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.import_problems import ImportProblems
from fazhi_desktop.ui.ledger_import.mapping import MappingPage
from fazhi_desktop.ui.style import labelled

log = logging.getLogger(__name__)


def report_lines(report: ImportReport) -> list[str]:
    """What a check or an import found, line by line: the counts, the values not in the
    directories (grouped) or those added, and the rows linked to one petitioner."""
    lines = [report.summary() + "。"]
    lines += [group.message() for group in report.unknown_values]
    if report.added:
        lines.append(report.added_text() + "。")
    lines.append(report.linked_text() + "。")
    return lines


class FilePage(QWizardPage):
    """The ledger file and the sheet to import."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Ledger file"))
        self.setSubTitle(
            self.tr("Choose the Excel ledger (.xlsx or .xls) and the sheet that holds the cases.")
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("ledgerPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("ledgerSheet")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("ledgerMessage")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(labelled(self.tr("File")), row)
        form.addRow(labelled(self.tr("Sheet")), self.sheet)
        form.addRow(self.message)
        self.path.editingFinished.connect(self._on_path_editing_finished)
        self.sheet.activated.connect(self._on_sheet_activated)

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a ledger"), "", self.tr("Excel workbooks (*.xlsx *.xlsm *.xls)")
        )
        if path:
            self.set_path(path)

    def _on_path_editing_finished(self) -> None:
        self.set_path(self.path.text())

    def _on_sheet_activated(self, _index: int) -> None:
        self.owner.load(Path(self.path.text().strip()), self.sheet.currentText() or None)
        self.completeChanged.emit()

    def set_path(self, path: str) -> None:
        self.path.setText(path)
        self.owner.load(Path(path.strip()), None)
        self.completeChanged.emit()

    def show_plan(self, plan: LedgerPlan | None, error: str = "") -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        if plan is not None:
            self.sheet.addItems(plan.sheets)
            self.sheet.setCurrentText(plan.sheet)
        self.sheet.blockSignals(False)
        self.message.setText(error)

    def isComplete(self) -> bool:
        return self.owner.plan is not None


class CheckPage(QWizardPage):
    """What a dry run found: how many rows would be imported, present already, or not imported."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("The ledger was read and checked; nothing has been written yet."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("ledgerCheckSummary")
        self.add_unknown = QCheckBox(
            self.tr("First add the townships, categories and units not in the directories"), self
        )
        self.add_unknown.setObjectName("ledgerAddUnknown")
        self.add_unknown.setToolTip(
            self.tr("They are added in the same step as the cases: a cancelled import adds nothing.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.add_unknown)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.add_unknown.toggled.connect(self._on_add_unknown_toggled)

    def initializePage(self) -> None:
        self.summary.setText(self.tr("Checking…"))
        self.owner.check()

    def _on_add_unknown_toggled(self, _checked: bool) -> None:
        self.initializePage()

    def show_report(self, report: ImportReport) -> None:
        self.summary.setText("\n".join(report_lines(report)))
        self.add_unknown.setEnabled(bool(report.unknown_values) or bool(report.added))

    def isComplete(self) -> bool:
        return self.owner.checked is not None and self.owner.checked.imported > 0


class ResultPage(QWizardPage):
    """The import's outcome and every problem row; the problems can be saved as an .xlsx."""

    def __init__(self, wizard: LedgerImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("ledgerResultSummary")
        self.problems = ImportProblems(self)
        self.model, self.save = self.problems.model, self.problems.save
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)

    def initializePage(self) -> None:
        self.summary.setText(self.tr("Importing…"))
        self.owner.run()

    def show_report(self, report: ImportReport) -> None:
        self.summary.setText("\n".join(report_lines(report)))
        self.problems.show_report(report, self.owner.path)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.result is not None


class LedgerImportWizard(QWizard):
    """Imports an Excel case ledger; `imported` is emitted once cases were committed."""

    imported = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ledgerImportWizard")
        self.setWindowTitle(self.tr("Import a ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(760, 560)
        self.plan: LedgerPlan | None = None
        self.path: Path | None = None
        self.checked: ImportReport | None = None
        self.result: ImportReport | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.result_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._on_current_id_changed)

    # The steps ----------------------------------------------------------------------------------

    def load(self, path: Path, sheet: str | None) -> None:
        """Find the header of a ledger (fast: the sheet is read, nothing checked)."""
        self.path, self.plan = path, None
        try:
            self.plan = plan_ledger(path, sheet, ctx=self.ctx)
        except UserError as exc:
            self.file_page.show_plan(None, exc.message)
            return
        self.file_page.show_plan(self.plan)
        self.mapping_page.show_plan(self.plan)

    def _on_current_id_changed(self, page_id: int) -> None:
        if (
            self.page(page_id) is self.check_page
            and self.plan is not None
            and self.mapping_page.remember.isChecked()
        ):
            save_mapping(self.ctx, self.plan.signature, self.mapping_page.mapping())

    def _args(self) -> tuple[Path, str, dict[int, str | None]]:
        assert self.path is not None and self.plan is not None
        return self.path, self.plan.sheet, self.mapping_page.mapping()

    def check(self) -> None:
        path, sheet, mapping = self._args()
        add_unknown = self.check_page.add_unknown.isChecked()
        self.checked = None

        def work(progress: Progress, cancelled: CancelCheck) -> ImportReport:
            return import_ledger(
                self.ctx,
                path,
                sheet=sheet,
                mapping=mapping,
                dry_run=True,
                add_unknown=add_unknown,
                progress=progress,
                cancelled=cancelled,
            )

        worker.start(self, self.tr("Checking %s…") % path.name, work, self._on_checked, self._on_failed)

    def _on_checked(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.checked = report
        self.check_page.show_report(report)
        self.check_page.completeChanged.emit()

    def run(self) -> None:
        path, sheet, mapping = self._args()
        add_unknown = self.check_page.add_unknown.isChecked()
        self.result = None

        def work(progress: Progress, cancelled: CancelCheck) -> ImportReport:
            return import_ledger(
                self.ctx,
                path,
                sheet=sheet,
                mapping=mapping,
                add_unknown=add_unknown,
                progress=progress,
                cancelled=cancelled,
            )

        worker.start(self, self.tr("Importing %s…") % path.name, work, self._on_imported, self._on_failed)

    def _on_imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.result = report
        self.result_page.show_report(report)
        self.imported.emit()  # the views already heard of the new cases from the session

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, self.tr("Import cancelled"), exc.message)
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Cannot import"), exc.message)
        else:
            raise exc  # a bug: the crash dialog shows it
        self.back()

    def save_problems(self, target: Path) -> None:
        self.result_page.problems.save_to(target)
