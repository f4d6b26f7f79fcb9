"""The short dialog that records one step: its fields from the step's dataclass, the step's date, a note
and attachments. Keyboard first: Enter moves to the next field (and from the last one to 「记录」),
Ctrl+S or Ctrl+Enter records from anywhere. A field the service finds wrong gets its message beside it;
a step the procedure refuses gets the rule in words at the top; nothing typed is lost either way.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.step_details import DETAILS_BY_KIND, StepDetails
from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.services.clock import procedure
from fazhi_desktop.services.clock.procedure import AppliedStep
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.office.directories import DirectoryKind
from fazhi_desktop.ui.lookups import directory_lookup
from fazhi_desktop.ui.registration.drafts import DraftKeeper, DraftOffer
from fazhi_desktop.ui.registration.fields import DateEdit, EnterMovesFocus, FieldError, OptionalDateEdit
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.steps import editors
from fazhi_desktop.ui.steps.attachments import AttachmentPicker
from fazhi_desktop.ui.steps.catalogue import form_for
from fazhi_desktop.ui.steps.forms import Choices, StepContext, label, tr
from fazhi_desktop.ui.vocab_text import shown

#: Keys of the editors that are not fields of the dataclass (and the service's names for them).
DATE, NOTE, ATTACHMENTS = "occurred_on", "note", "attachments"


class StepDialog(QDialog):
    """办理一步: modal over its window; `step_recorded` carries the service's answer."""

    step_recorded = Signal(object)

    def __init__(
        self, session: UiSession, kind: StepKind, context: StepContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.context = context
        self.form = form_for(kind)
        self.details_class = DETAILS_BY_KIND[kind]
        #: The editors of the dataclass's fields, by field name, in the order shown.
        self.fields: dict[str, QWidget] = {}
        #: Every message line, by the field (or DATE, NOTE, ATTACHMENTS) it belongs to.
        self.errors: dict[str, FieldError] = {}
        self.applied: AppliedStep | None = None
        self.fixed: dict[str, Any] = {}
        self._enter = EnterMovesFocus(self)
        #: The editors Enter and Tab walk through, top to bottom, then 「记录」.
        self._order: list[QWidget] = []
        self.setWindowTitle(f"{shown(kind)} · {context.number}")
        self.setModal(True)
        self.setMinimumWidth(520)
        self._build()
        self._fill_defaults()
        if self.form.setup is not None:
            self.form.setup(self.fields, context)
        self._keep_drafts()
        self._connect()
        self._focus_first()

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.heading = QLabel(f"{shown(self.kind)}　{self.context.number}", self)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        layout.addWidget(self.heading)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        layout.addWidget(self.banner)
        hint = tr(self.form.hint)
        extra = self.form.extra_hint(self.context) if self.form.extra_hint else ""
        self.hint = QLabel("\n".join(t for t in (hint, extra) if t), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint or extra))
        layout.addWidget(self.hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.date_edit = DateEdit(self)
        self._place(grid, DATE, tr(self.form.date_label), self.date_edit, stretch=False)
        units = (
            [
                (e.name, e.id)
                for e in directories.list_entries(self.session.ctx, "unit", include_retired=False)
            ]
            if "unit_id" in self._field_hints()
            else []
        )
        choices = self.form.choices(self.context) if self.form.choices else {}
        for name, hint_type in self._field_hints().items():
            if choices.get(name) == [("", None)]:
                continue  # nothing to choose from (a 告知 of a matter with no other case)
            editor = self._make_editor(name, hint_type, choices.get(name), units)
            self.fields[name] = editor
            wide = isinstance(editor, QLineEdit) and not isinstance(editor, OptionalDateEdit)
            self._place(grid, name, label(self.form, name), editor, stretch=wide)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("Optional"))
        self._place(grid, NOTE, self.tr("Note"), self.note_edit)
        self.attachments = AttachmentPicker(tr(self.form.attachments), self)
        self._place(grid, ATTACHMENTS, self.tr("Attachments"), self.attachments, in_order=False)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Record %s (Ctrl+S)") % shown(self.kind))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self._order.append(self.save_button)
        for first, second in zip(self._order, self._order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.save_shortcuts = [
            QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")
        ]

    def _field_hints(self) -> dict[str, Any]:
        """The dataclass's fields the user fills, in the form's order."""
        hints = typing.get_type_hints(self.details_class)
        names = [f.name for f in dataclasses.fields(self.details_class) if f.name not in self.form.hidden]
        ordered = [n for n in self.form.order if n in names] + [n for n in names if n not in self.form.order]
        return {name: hints[name] for name in ordered}

    def _make_editor(self, name: str, hint_type: Any, choices: Choices | None, units: Choices) -> QWidget:
        editor = editors.make_editor(name, hint_type, choices, units, self)
        if isinstance(editor, editors.UnitCombo):  # by any word of its name or keywords, most used first
            editor.set_lookup(directory_lookup(self.session.ctx, DirectoryKind.UNIT))
        return editor

    def _place(
        self,
        grid: QGridLayout,
        key: str,
        text: str,
        editor: QWidget,
        *,
        stretch: bool = True,
        in_order: bool = True,
    ) -> None:
        """A label, and the editor with its message line under it; Enter in the editor moves on."""
        row = grid.rowCount()
        name = QLabel(text + self.tr(":"), self)
        name.setBuddy(editor)
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        name.setMinimumHeight(editor.sizeHint().height())
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if stretch:
            box.addWidget(editor)
        else:
            box.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
        error = FieldError(cell)
        box.addWidget(error)
        self.errors[key] = error
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(cell, row, 1)
        if in_order:
            self._order.append(editor)
            editor.installEventFilter(self._enter)

    def _fill_defaults(self) -> None:
        """The dataclass's own defaults (送达 signed, 答复 解释说明), then the form's from the case."""
        defaults = {
            f.name: f.default
            for f in dataclasses.fields(self.details_class)
            if f.default not in (dataclasses.MISSING, None, "", 0)
        }
        defaults |= self.form.defaults(self.context) if self.form.defaults else {}
        names = {f.name for f in dataclasses.fields(self.details_class)}
        #: Values of fields the form does not show (a hearing during 复核), as the form set them.
        self.fixed = {k: v for k, v in defaults.items() if k in names and k not in self.fields}
        for name, value in defaults.items():
            if name in self.fields and value is not None:
                editors.write(self.fields[name], value)

    def _keep_drafts(self) -> None:
        """What is typed outlives a crash or a Cancel, offered back when this step is opened again."""
        self.draft_offer = DraftOffer(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.draft_offer)
        editors = {**self.fields, DATE: self.date_edit, NOTE: self.note_edit}
        form = f"step.{self.context.case_id}.{self.kind.value}"
        self.drafts = DraftKeeper(self.session.ctx, form, editors, self.draft_offer, self)
        self.drafts.offer_kept()

    def _focus_first(self) -> None:
        """The first field; a step with nothing to fill (受理, 签收) starts on 「记录」."""
        first = next(iter(self.fields.values()), None)
        (first or self.save_button).setFocus()

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self.drafts.flush)  # Cancel or Esc: what was typed is kept now
        for shortcut in self.save_shortcuts:
            shortcut.activated.connect(self._on_buttons_accepted)

    # Recording ----------------------------------------------------------------------------------

    def details(self) -> StepDetails:
        """The step as typed; a ValidationError with every field that cannot be read or is missing."""
        values: dict[str, Any] = {}
        unreadable: dict[str, str] = {}
        for name, editor in self.fields.items():
            try:
                values[name] = editors.read(name, editor)
            except UserError as error:
                unreadable[name] = error.message
        details = self.details_class(**{**self.fixed, **values})
        problems = {**details.problems(), **unreadable}
        if problems:
            raise ValidationError(problems)
        return details

    def _on_buttons_accepted(self) -> None:
        """Record the step through the service; on a refusal show why and keep everything typed."""
        self._clear_errors()
        try:
            applied = procedure.apply_step(
                self.session.ctx,
                self.context.case_id,
                self.details(),
                occurred_on=self.date_edit.value(),
                note=self.note_edit.text(),
                attachments=self.attachments.attachments(),
                expected_version=self.context.version,
            )
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        except UserError as error:
            self._show_errors({error.field or "": error.message})
            return
        self.applied = applied
        self.drafts.forget()
        self.step_recorded.emit(applied)
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field; the others (the rule a step breaks) at the top."""
        elsewhere = []
        first: QWidget | None = None
        for key, message in errors.items():
            if key in self.errors:
                self.errors[key].show_message(message)
                editor = self._editor(key)
                if first is None and editor is not None:
                    first = editor
            else:
                elsewhere.append(message)
        self.banner.setText("\n".join(elsewhere))
        self.banner.setVisible(bool(elsewhere))
        (first or self.save_button).setFocus()

    def _editor(self, key: str) -> QWidget | None:
        if key in self.fields:
            return self.fields[key]
        return {DATE: self.date_edit, NOTE: self.note_edit, ATTACHMENTS: self.attachments.add_button}.get(key)

    def _clear_errors(self) -> None:
        self.banner.hide()
        for error in self.errors.values():
            error.clear_message()

    def error_text(self, key: str) -> str:
        """The message shown beside a field ("" when none)."""
        error = self.errors.get(key)
        return error.text() if error is not None and not error.isHidden() else ""
