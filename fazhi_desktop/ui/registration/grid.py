"""Two columns of labelled fields, each with its message line, lined up across groups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fazhi_desktop.ui.registration.fields import EnterMovesFocus, FieldError
from fazhi_desktop.ui.style import labelled

GAP = 18  # between the left and the right column of fields
FIELD_MIN_WIDTH = 150
GROUP_STYLE = "QGroupBox { font-weight: bold; }"


class FieldGrid:
    """Lays fields out as label | field | label | field in one grid per group, and keeps what the form
    needs of them: each field's message line (by the CaseInput field it fills) and their order from
    top to bottom, which is the tab order."""

    def __init__(self, owner: QWidget) -> None:
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.order: list[QWidget] = []
        self._enter = EnterMovesFocus(owner)
        self._grids: list[QGridLayout] = []
        self._labels: dict[int, list[QLabel]] = {0: [], 2: []}
        self._line_height = QLineEdit().sizeHint().height() + 4

    def group(self, title: str, parent: QWidget) -> tuple[QGroupBox, QGridLayout]:
        group = QGroupBox(title, parent)
        group.setStyleSheet(GROUP_STYLE)
        grid = QGridLayout(group)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(1, FIELD_MIN_WIDTH)  # the same in every group: fields line up
        grid.setColumnMinimumWidth(3, FIELD_MIN_WIDTH)
        self._grids.append(grid)
        return group, grid

    def place(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        key: str | None,
        text: str,
        editor: QWidget,
        *,
        wide: bool = False,
        focus: bool = True,
        enter: bool = True,
        stretch: bool = True,
    ) -> list[QWidget]:
        """Put a label and its field (with the field's message line under it) into the grid; returns
        the widgets of the place, to hide them together."""
        parent = grid.parentWidget()
        label = QLabel(labelled(text), parent)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # As tall as a one-line field, so that the text sits level with it (a taller field keeps its
        # label at the top).
        line_height = min(editor.sizeHint().height(), self._line_height)
        label.setMinimumHeight(max(line_height, label.sizeHint().height()))
        label.setBuddy(editor)
        cell = QWidget(parent)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if stretch:
            box.addWidget(editor)
        else:
            line = QHBoxLayout()
            line.addWidget(editor)
            line.addStretch(1)
            box.addLayout(line)
        if key is not None:
            error = FieldError(cell)
            box.addWidget(error)
            self.errors[key] = error
            self.editors[key] = editor
        if focus:
            self.add_to_order(editor, enter=enter)
        label_column = 0 if column == 0 else 2
        if column == 1:
            label.setContentsMargins(GAP, 0, 0, 0)  # the gap between the two columns of fields
        self._labels[label_column].append(label)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(label, row, label_column, top | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(cell, row, label_column + 1, 1, 3 if wide else 1, top)
        return [label, cell]

    def add_to_order(self, widget: QWidget, *, enter: bool = True) -> None:
        """Next in the tab order; Enter in it moves on unless `enter` is False (a text of many lines)."""
        self.order.append(widget)
        if enter:
            widget.installEventFilter(self._enter)

    def finish(self) -> None:
        """Once every field is placed: the same label widths in every group (so that the fields line
        up from top to bottom) and the tab order from top to bottom."""
        for column, labels in self._labels.items():
            width = max(label.sizeHint().width() for label in labels)
            for grid in self._grids:
                grid.setColumnMinimumWidth(column, width)
        for first, second in zip(self.order, self.order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_errors(self, errors: dict[str, str]) -> tuple[QWidget | None, dict[str, str]]:
        """Show each message under its field; returns the first bad field (top to bottom) and the
        messages that belong to no field here."""
        self.clear_errors()
        others: dict[str, str] = {}
        for key, message in errors.items():
            if key in self.errors:
                self.errors[key].show_message(message)
            else:
                others[key] = message
        bad = {self.editors[key] for key in errors if key in self.editors}
        first = next((editor for editor in self.order if editor in bad), None)
        return first, others

    def error_text(self, key: str) -> str:
        error = self.errors.get(key)
        return error.text() if error is not None and not error.isHidden() else ""

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()
