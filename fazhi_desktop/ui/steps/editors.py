"""One editor per field of a step dataclass, chosen by the field's type: texts as line edits, dates as
date edits, enums as lists of their Chinese labels, 责任单位 as a look-up over the directory, numbers
as spin boxes, yes/no as check boxes. `read` turns an editor back into the field's value."""

from __future__ import annotations

import types
import typing
from datetime import date
from enum import Enum
from typing import Any, Union

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.step_details import REASON_MAX
from fazhi_desktop.ui.registration.fields import (
    ChoiceCombo,
    DateEdit,
    DirectoryCombo,
    OptionalDateEdit,
    to_qdate,
)
from fazhi_desktop.ui.steps.forms import Choices
from fazhi_desktop.ui.vocab_text import choices as vocabulary_choices

#: The largest number of days a step may carry (an extension, a hearing).
MAX_DAYS = 365


class EnumCombo(ChoiceCombo):
    """A vocabulary's members in the UI's language; the value is the member (None when blank)."""

    def __init__(self, enum: type[Enum], *, blank: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        # Codes as item data: a StrEnum member would come back from Qt as a plain string anyway.
        self.set_choices(vocabulary_choices(enum), blank=blank)  # type: ignore[arg-type]

    def value(self) -> Enum | None:
        code = super().value()
        return None if code is None else self.enum(code)

    def set_value(self, value: Any) -> None:
        super().set_value(value.value if isinstance(value, Enum) else value)


class UnitCombo(DirectoryCombo):
    """责任单位: type part of a name and choose from the directory."""


def unwrap(hint: Any) -> tuple[Any, bool]:
    """The type of a field, and whether it may be None."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


def make_editor(name: str, hint: Any, choices: Choices | None, units: Choices, parent: QWidget) -> QWidget:
    """The editor of one field, by its name (units, choices) or else its type."""
    kind, optional = unwrap(hint)
    if choices is not None:
        combo = ChoiceCombo(parent)
        combo.setMinimumContentsLength(16)
        combo.set_choices(choices, blank=False)
        return combo
    if name == "unit_id":
        units_combo = UnitCombo(parent)
        units_combo.setMinimumContentsLength(18)
        units_combo.set_entries(units)
        return units_combo
    if kind is bool:
        return QCheckBox(parent)
    if kind is int:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_DAYS)
        spin.setMinimumWidth(90)
        return spin
    if kind is date:
        return OptionalDateEdit(parent) if optional else DateEdit(parent)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return EnumCombo(kind, blank=optional, parent=parent)
    line = QLineEdit(parent)
    line.setMaxLength(REASON_MAX)
    return line


def read(name: str, editor: QWidget) -> Any:
    """The field's value from its editor; a UserError naming the field when it cannot be one."""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, UnitCombo):
        value = editor.value()
        if isinstance(value, str):
            raise UserError(
                f"没有名为「{value}」的责任单位。请从列表中选择，或先在「设置」中添加该单位。", field=name
            )
        return value or 0
    if isinstance(editor, ChoiceCombo | DateEdit):
        return editor.value()
    if isinstance(editor, OptionalDateEdit):
        try:
            return editor.value()
        except UserError as error:
            raise UserError(error.message, field=name) from None
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def write(editor: QWidget, value: Any) -> None:
    """Put a first value into an editor."""
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, DateEdit):
        editor.setDate(to_qdate(value))
    elif isinstance(editor, OptionalDateEdit | ChoiceCombo):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))
