"""The small dialog that adds or renames one directory entry (a township, a 责任单位, a 内容分类 …).

The dialog hands what was typed to a `submit` callback, which calls the service. When the service
refuses, its Chinese message is shown and the dialog stays open with the input, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError


@dataclass(frozen=True)
class EntryInput:
    """What the administrator typed."""

    name: str
    code: str | None = None
    parent_id: int | None = None


@dataclass(frozen=True)
class ParentChoice:
    """One entry the new entry may belong to, as the chooser shows it."""

    id: int | None
    text: str


@dataclass(frozen=True)
class EntryForm:
    """Which inputs the dialog asks for, with their labels (already translated by the caller)."""

    title: str
    name_label: str
    current_name: str | None = None
    code_label: str | None = None
    code_hint: str = ""
    parent_label: str | None = None
    parents: Sequence[ParentChoice] = ()
    parent_id: int | None = None
    #: A village must belong to a township: the chooser gets the focus first while none is chosen.
    parent_required: bool = False
    hint: str = ""


class EntryDialog(QDialog):
    """添加 / 改名: name, optional code, optional parent."""

    def __init__(self, form: EntryForm, submit: Callable[[EntryInput], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._form = form
        self._submit = submit
        self.setWindowTitle(form.title)
        self.setModal(True)
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if form.current_name is not None:
            current = QLabel(form.current_name, self)
            current.setWordWrap(True)
            fields.addRow(self.tr("Current name:"), current)
        self.parent_combo: QComboBox | None = None
        if form.parent_label is not None:
            self.parent_combo = QComboBox(self)
            for choice in form.parents:
                self.parent_combo.addItem(choice.text, choice.id)
            found = self.parent_combo.findData(form.parent_id)
            self.parent_combo.setCurrentIndex(max(found, 0))
            fields.addRow(form.parent_label, self.parent_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(100)
        fields.addRow(form.name_label, self.name_edit)
        self.code_edit: QLineEdit | None = None
        if form.code_label is not None:
            self.code_edit = QLineEdit(self)
            self.code_edit.setMaxLength(20)
            self.code_edit.setPlaceholderText(form.code_hint)
            fields.addRow(form.code_label, self.code_edit)
        layout.addLayout(fields)
        if form.hint:
            hint = QLabel(form.hint, self)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout.addWidget(self.buttons)
        if form.current_name is not None:
            self.name_edit.setText(form.current_name)
            self.name_edit.selectAll()
        if self.parent_combo is not None and form.parent_required and self.parent_combo.currentData() is None:
            self.parent_combo.setFocus()
        else:
            self.name_edit.setFocus()
        self._connect()

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def value(self) -> EntryInput:
        code = self.code_edit.text().strip() if self.code_edit is not None else ""
        parent_id = self.parent_combo.currentData() if self.parent_combo is not None else None
        return EntryInput(
            name=self.name_edit.text().strip(),
            code=code or None,
            parent_id=int(parent_id) if parent_id is not None else None,
        )

    def accept(self) -> None:
        """Save through the service; on a refusal show why and keep everything typed."""
        try:
            self._submit(self.value())
        except UserError as error:
            QMessageBox.warning(self, self._form.title, error.message)
            focus: dict[str | None, QWidget | None] = {"code": self.code_edit, "parent": self.parent_combo}
            (focus.get(error.field) or self.name_edit).setFocus()
            return
        super().accept()
