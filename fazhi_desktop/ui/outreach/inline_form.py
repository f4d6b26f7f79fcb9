"""A short form above a list (学法, 法律顾问, 接访): a grid of labelled fields, Enter moves on, Ctrl+S
saves, the service's messages under the fields, the first field to fix gets the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from fazhi_desktop.domain.outreach import MAX_COUNT
from fazhi_desktop.ui.registration.fields import EnterMovesFocus, FieldError

GROUP_STYLE = "QGroupBox { font-weight: bold; }"
#: Long rows of fields are hard to read on wide screens.
FORM_MAX_WIDTH = 1100
SHORT_FIELD_MAX = 170


def count_spin(parent: QWidget, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, MAX_COUNT)
    spin.setGroupSeparatorShown(True)
    if suffix:
        spin.setSuffix(" " + suffix)
    spin.setMinimumWidth(90)
    spin.setMaximumWidth(SHORT_FIELD_MAX)
    return spin


class InlineForm(QGroupBox):
    """Fields placed as label | field pairs on rows; a save button at the end of the last row."""

    def __init__(
        self, title: str, save_text: str, on_save: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setStyleSheet(GROUP_STYLE)
        self.setMaximumWidth(FORM_MAX_WIDTH)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 10, 12, 10)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.editors: dict[str, QWidget] = {}
        self.order: list[QWidget] = []
        self.message = FieldError(self)
        self.saved = QLabel(self)
        self.saved.setObjectName("savedMessage")
        self.saved.setStyleSheet("QLabel#savedMessage { color: #2e7d32; font-weight: bold; }")
        self.save_button = QPushButton(save_text, self)
        self.save_button.setAutoDefault(True)
        self._enter = EnterMovesFocus(self)
        self._on_save = on_save
        self.save_button.clicked.connect(self._on_save_button_clicked)
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+S"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self._on_save_button_clicked)
        self.addAction(action)

    def add(self, row: int, column: int, key: str, label: str, editor: QWidget, span: int = 1) -> None:
        """A label and its field at (row, column) of label/field pairs; `span` pairs wide."""
        text = QLabel(label, self)
        text.setBuddy(editor)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(text, row, column * 2)
        self.grid.addWidget(editor, row, column * 2 + 1, 1, span * 2 - 1)
        self.editors[key] = editor
        self.order.append(editor)
        editor.installEventFilter(self._enter)

    def finish(self, rows: int, columns: int) -> None:
        """Once every field is placed: the message line and the save button under them, tab order."""
        line = QHBoxLayout()
        line.addWidget(self.message, 3)
        line.addStretch(1)  # keeps the button at its size while there is no message
        line.addWidget(self.saved)
        line.addWidget(self.save_button)
        self.grid.addLayout(line, rows, 0, 1, columns * 2)
        for column in range(columns):
            self.grid.setColumnStretch(column * 2 + 1, 1)
        for first, second in zip(self.order, [*self.order[1:], self.save_button], strict=True):
            QWidget.setTabOrder(first, second)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.saved.clear()
        self.message.show_message("\n".join(errors.values()))
        bad = next((self.editors[k] for k in self.editors if k in errors), None)
        if bad is not None:
            bad.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_saved(self, text: str) -> None:
        self.message.clear_message()
        self.saved.setText(text)

    def first(self) -> QWidget:
        return self.order[0]

    def _on_save_button_clicked(self) -> None:
        self._on_save()
