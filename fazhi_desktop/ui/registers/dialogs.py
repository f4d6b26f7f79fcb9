"""The small dialogs of the registers page: a new register, cases to add, a 化解 or a progress note.

Each hands what was typed to a `submit` callback that calls the service; a refusal shows its Chinese
message and the dialog stays open with everything typed (as ui/entry_dialog.py does).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.registers import RegisterInput, RegisterKind


def date_edit(parent: QWidget, day: date | None = None) -> QDateEdit:
    shown = day or clock.today()
    edit = QDateEdit(QDate(shown.year, shown.month, shown.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class _FormDialog(QDialog):
    """A form with Save and Cancel whose Save goes through `_submit` and stays open on a refusal."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.layout_ = QVBoxLayout(self)
        self.fields = QFormLayout()
        self.layout_.addLayout(self.fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        # translate() with its own context: tr() in a base class is looked up under the subclass's name.
        save = QCoreApplication.translate("RegisterDialogs", "Save")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
        cancel = QCoreApplication.translate("RegisterDialogs", "Cancel")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)

    def _submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._submit()
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        super().accept()


class NewRegisterDialog(_FormDialog):
    """新建台账: kind, name, leader, owner and an optional period."""

    def __init__(
        self,
        kinds: dict[RegisterKind, str],
        submit: Callable[[RegisterInput], None],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("New register"), parent)
        self._send = submit
        self.kind_combo = QComboBox(self)
        for kind, text in kinds.items():
            self.kind_combo.addItem(text, kind.value)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. Leaders' cases 2024"))
        self.leader_edit = QLineEdit(self)
        self.leader_edit.setMaxLength(50)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setMaxLength(50)
        self.owner_edit.setPlaceholderText(self.tr("Login or name (you, if empty)"))
        self.period_box = QCheckBox(self.tr("Has a period"), self)
        today = clock.today()
        self.from_edit = date_edit(self, date(today.year, 1, 1))
        self.to_edit = date_edit(self, date(today.year, 12, 31))
        self.fields.addRow(self.tr("Kind:"), self.kind_combo)
        self.fields.addRow(self.tr("Name:"), self.name_edit)
        self.fields.addRow(self.tr("Leader:"), self.leader_edit)
        self.fields.addRow(self.tr("Owner:"), self.owner_edit)
        self.fields.addRow(self.period_box)
        self.fields.addRow(self.tr("From:"), self.from_edit)
        self.fields.addRow(self.tr("To:"), self.to_edit)
        self.period_box.toggled.connect(self._on_period_box_toggled)
        self._on_period_box_toggled(False)
        self.finish()
        self.name_edit.setFocus()

    def _on_period_box_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    def value(self) -> RegisterInput:
        period = self.period_box.isChecked()
        return RegisterInput(
            kind=RegisterKind(self.kind_combo.currentData()),
            name=self.name_edit.text(),
            owner=self.owner_edit.text(),
            leader=self.leader_edit.text(),
            starts_on=date_of(self.from_edit) if period else None,
            ends_on=date_of(self.to_edit) if period else None,
        )

    def _submit(self) -> None:
        self._send(self.value())


class CasesDialog(_FormDialog):
    """列入台账: case numbers (or higher levels' numbers), one a line or separated by spaces."""

    def __init__(self, register: str, submit: Callable[[list[str]], None], parent: QWidget | None = None):
        super().__init__(self.tr("Add cases to %1").replace("%1", register), parent)
        self._send = submit
        self.numbers_edit = QPlainTextEdit(self)
        self.numbers_edit.setPlaceholderText(self.tr("Case numbers or higher levels' numbers, one a line"))
        self.fields.addRow(self.numbers_edit)
        self.finish()
        self.numbers_edit.setFocus()

    def numbers(self) -> list[str]:
        return [n for n in self.numbers_edit.toPlainText().split() if n.strip()]

    def _submit(self) -> None:
        self._send(self.numbers())


class DatedDialog(_FormDialog):
    """A dated decision about one matter: 化解 (date only) or a progress note (date and text)."""

    def __init__(
        self,
        title: str,
        case_number: str,
        submit: Callable[[date, str], None],
        *,
        with_text: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(title, parent)
        self._send = submit
        self.fields.addRow(self.tr("Case:"), QLabel(case_number, self))
        self.date_edit = date_edit(self)
        self.fields.addRow(self.tr("Date:"), self.date_edit)
        self.text_edit: QPlainTextEdit | None = None
        if with_text:
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setPlaceholderText(self.tr("What was done"))
            self.fields.addRow(self.tr("Progress:"), self.text_edit)
        self.finish()
        (self.text_edit or self.date_edit).setFocus()

    def _submit(self) -> None:
        text = self.text_edit.toPlainText() if self.text_edit is not None else ""
        self._send(date_of(self.date_edit), text)
