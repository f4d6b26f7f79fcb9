"""导出台账 from the case list: exactly the cases the list shows (its filter: search text, tier, state,
dates…; the period can still be changed here), the file, and whether to leave ID numbers and phones
unmasked; then the export runs in the background with a progress dialog that can cancel it, and the
message afterwards says what was left out and why (voided cases are in no ledger).

There are no user roles yet, so anyone may tick 「不遮蔽」; the export says so in the audit log. When
roles come, the check box should be offered only to a role allowed to see personal data.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import Cancelled
from fazhi_desktop.services.cases.reading import CaseFilter
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.export import ExportResult, export_ledger
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.style import labelled

log = logging.getLogger(__name__)

#: The date shown as "any" (an open end of the period), as in the list's filter.
NO_DATE = QDate(2000, 1, 1)
_FOLDER_KEY = "cases/export/folder"


def _qdate(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class LedgerExportDialog(QDialog):
    """Asks for the period, the file and masking; `start_export` runs the export in the background."""

    #: The ledger was written (an `ExportResult`).
    exported = Signal(object)

    def __init__(
        self,
        ctx: Context,
        case_filter: CaseFilter,
        parent: QWidget | None = None,
        *,
        described: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: What the list shows; the dialog's dates replace its period.
        self.case_filter = case_filter
        self.watcher: worker.ProgressWatcher | None = None
        #: The last message shown after an export (for tests and for closing it).
        self.message: QMessageBox | None = None
        self.setWindowTitle(self.tr("Export the ledger"))
        self._build(case_filter.date_from, case_filter.date_to, described)
        self._connect()

    def _build(self, date_from: date | None, date_to: date | None, described: str) -> None:
        self.date_from = self._date_edit("exportFrom", date_from, self.tr("Earliest case"))
        self.date_to = self._date_edit("exportTo", date_to, self.tr("Latest case"))
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to, 1)
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(360)
        self.path.setText(str(self._suggested_path(date_from, date_to)))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        self.unmasked = QCheckBox(self.tr("Do not mask ID numbers and phones"), self)
        self.unmasked.setObjectName("exportUnmasked")
        hint = QLabel(
            self.tr(
                "Unless the box is ticked, ID numbers show only their first 6 and last 4 characters "
                "and mobile phones their first 3 and last 4 digits. Every export is recorded in the "
                "audit log."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        # What else of the list's filter applies, so that nobody expects the whole ledger.
        self.filter_note = QLabel(
            self.tr("As the list shows them: %1").replace("%1", described)
            if described
            else self.tr("Every case of the period (the list has no other filter)."),
            self,
        )
        self.filter_note.setObjectName("exportFilter")
        self.filter_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(labelled(self.tr("Cases")), self.filter_note)
        form.addRow(labelled(self.tr("Registered")), dates)
        form.addRow(labelled(self.tr("File")), file_row)
        form.addRow("", self.unmasked)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _date_edit(self, name: str, day: date | None, any_text: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(any_text)
        edit.setDate(_qdate(day))
        return edit

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _suggested_path(self, date_from: date | None, date_to: date | None) -> Path:
        folder = str(prefs().value(_FOLDER_KEY, "") or "")
        span = "_".join(str(d) for d in (date_from, date_to) if d is not None) or "全部"
        return Path(folder if folder and Path(folder).is_dir() else Path.home()) / f"信访台账_{span}.xlsx"

    # Slots --------------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the ledger"), self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.path.setText(path)

    def _on_buttons_accepted(self) -> None:
        if not self.path.text().strip():
            QMessageBox.warning(self, self.tr("Export the ledger"), self.tr("Choose a file to export to."))
            return
        self.start_export()
        self.accept()

    # The export ---------------------------------------------------------------------------------

    def target(self) -> str:
        path = self.path.text().strip()
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"

    def start_export(self) -> worker.ProgressWatcher:
        """Write the ledger with what the dialog shows, in the background, over the dialog's parent."""
        path, ctx = self.target(), self.ctx
        date_from, date_to, unmasked = _day(self.date_from), _day(self.date_to), self.unmasked.isChecked()
        shown = replace(self.case_filter, date_from=date_from, date_to=date_to)
        prefs().setValue(_FOLDER_KEY, str(Path(path).parent))
        self.watcher = worker.start(
            self.parentWidget() or self,
            self.tr("Exporting the ledger…"),
            lambda progress, cancelled: export_ledger(
                ctx,
                path,
                date_from=date_from,
                date_to=date_to,
                unmasked=unmasked,
                case_filter=shown,
                progress=progress,
                cancelled=cancelled,
            ),
            self._on_export_finished,
            self._on_export_failed,
        )
        return self.watcher

    def _tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        self.message = QMessageBox(icon, self.tr("Export the ledger"), text, parent=self.parentWidget())
        self.message.open()
        return self.message

    def _on_export_finished(self, result: Any) -> None:
        assert isinstance(result, ExportResult)
        text = (
            self.tr("%n case(s) exported to %1.", "", result.rows).replace("%1", str(result.path))
            if result.rows
            else self.tr("No case was registered in this period; an empty ledger was written to %1.").replace(
                "%1", str(result.path)
            )
        )
        if result.left_out:
            # Said in the service's words (已作废的2件未导出): why each group is not in the file.
            text += "\n" + self.tr("Left out: %1.").replace("%1", result.left_out_text)
        self._tell(QMessageBox.Icon.Information, text)
        self.exported.emit(result)

    def _on_export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._tell(
                QMessageBox.Icon.Information, self.tr("The export was cancelled; no file was written.")
            )
        elif isinstance(exc, UserError):
            # Back to the dialog afterwards: what was chosen is still there, to correct.
            self._tell(QMessageBox.Icon.Warning, exc.message).finished.connect(self.open)
        else:
            raise exc  # a bug: the crash dialog shows it
