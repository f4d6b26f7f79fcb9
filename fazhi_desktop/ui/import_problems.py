"""The rows an import refused or doubted, as the clerk works through them: a table of Excel row,
level and reason, and a button that saves them as an .xlsx with each problem row's own cells (red for
rows not imported, yellow for notes). The case-ledger wizard and the events-ledger import show it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.problems_export import save_problems
from fazhi_desktop.excel.report import ImportReport, Problem
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view


class ImportProblems(QWidget):
    """The problems of one import (`show_report`), and 另存为 .xlsx."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ImportReport | None = None
        #: The ledger the report is of: its rows are copied beside each problem when saved.
        self.source: Path | None = None
        self.model: RecordTableModel[Problem] = RecordTableModel(
            [
                Column(self.tr("Row"), lambda p: str(p.row), Qt.AlignmentFlag.AlignRight),
                Column(
                    self.tr("Level"),
                    lambda p: self.tr("Not imported") if p.level == "error" else self.tr("Note"),
                ),
                Column(self.tr("Reason"), lambda p: p.message),
            ],
            parent=self,
        )
        self.table = record_view(self.model, self)
        self.save = QPushButton(self.tr("Save the problems as .xlsx…"), self)
        self.save.setEnabled(False)
        self.save.clicked.connect(self._on_save_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)

    def show_report(self, report: ImportReport, source: Path | None) -> None:
        self.report, self.source = report, source
        self.model.set_records(report.problems)
        self.save.setEnabled(bool(report.problems))
        self.table.fit_columns()

    def save_to(self, target: Path) -> None:
        """Write the problems to `target`; a file that cannot be written is said in a message."""
        if self.report is None:
            return
        try:
            save_problems(self.report, self.source, target)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(getattr(exc, "message", exc)))

    def _on_save_clicked(self) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the problems"), f"{Path(self.report.file).stem}-问题.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.save_to(Path(path))
