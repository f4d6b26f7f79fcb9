"""A new 评查: its name, period, team and how the sample is drawn (at random within each unit, every
case of the period, or the higher level's list from an Excel file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.services.conformity.audits import AuditInput


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class AuditDialog(QDialog):
    """Asks for a new 评查; `audit_input()` is what the service takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review"))
        form = QFormLayout(self)
        today = clock.today()
        start = _quarter_start(today)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Q4 2024 review"))
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.team_edit = QLineEdit(self)
        self.team_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.random_button = QRadioButton(self.tr("At random within each unit"), self)
        self.all_button = QRadioButton(self.tr("Every case of the period"), self)
        self.import_button = QRadioButton(self.tr("The higher level's list (Excel)"), self)
        self.random_button.setChecked(True)
        self.ways = QButtonGroup(self)
        for button in (self.random_button, self.all_button, self.import_button):
            self.ways.addButton(button)
        self.sample_spin = QSpinBox(self)
        self.sample_spin.setRange(1, 1000)
        self.sample_spin.setValue(5)
        self.file_label = QLabel(self)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.file: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("From"), self.start_edit)
        form.addRow(self.tr("To"), self.end_edit)
        form.addRow(self.tr("Team"), self.team_edit)
        form.addRow(self.random_button, self.sample_spin)
        form.addRow(self.all_button)
        form.addRow(self.import_button, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draw the sample"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)

    def _on_choose_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The list of irregularities"), "", "Excel (*.xlsx)"
        )
        if name:
            self.file = Path(name)
            self.file_label.setText(self.file.name)
            self.import_button.setChecked(True)

    def audit_input(self) -> AuditInput:
        def day(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return AuditInput(
            name=self.name_edit.text(),
            start=day(self.start_edit),
            end=day(self.end_edit),
            team=[m for m in self.team_edit.text().replace("，", ",").split(",") if m.strip()],
            sample=self.sample_spin.value() if self.random_button.isChecked() else None,
            everything=self.all_button.isChecked(),
            import_file=self.file if self.import_button.isChecked() else None,
        )
