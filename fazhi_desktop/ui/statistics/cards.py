"""Big numbers a leader reads at a glance; a clickable one opens the list behind it.

A card is a frame with the number, what it counts and a line under it (同比, a deadline). It takes
the keyboard focus (Tab) and Enter or Space clicks it, like a button. Tier cards show their colour
and say it in words ("红色预警"), never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CARD_STYLE = """
QFrame#numberCard { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 6px; }
QFrame#numberCard[clickable="true"]:hover { background: #e6eef8; border-color: #9db6d6; }
QFrame#numberCard:focus { border: 2px solid #0b3d75; }
QLabel#cardNumber { font-size: 24pt; font-weight: bold; color: #0b3d75; }
QLabel#cardCaption { font-size: 11pt; color: #2c3644; }
QLabel#cardNote { color: #5f6b7a; }
"""


class NumberCard(QFrame):
    """One number with its caption and a note; `clicked` when clicked (if `clickable`)."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None, *, clickable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("numberCard")
        self.setProperty("clickable", clickable)
        self._clickable = clickable
        self.number = QLabel("—", self)
        self.number.setObjectName("cardNumber")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("cardCaption")
        self.note = QLabel("", self)
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Click to list the cases"))
        self.setAccessibleName(caption)

    def set_value(self, number: str, note: str = "") -> None:
        self.number.setText(number)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleDescription(f"{number} {note}".strip())

    def set_color(self, color: QColor | None) -> None:
        """The number's colour (a tier's); the caption keeps saying what it is in words."""
        self.number.setStyleSheet(f"color: {color.name()};" if color is not None else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self._clickable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
