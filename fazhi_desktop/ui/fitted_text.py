"""Long read-only text that grows with its content, up to a number of lines, then scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget


class FittedText(QTextBrowser):
    """Long read-only text that grows with its content (up to `max_lines`, then scrolls), so the overview
    shows a whole 详细内容 without an empty box under a short one."""

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 3, max_lines: int = 18) -> None:
        super().__init__(parent)
        self._lines = (min_lines, max_lines)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        line = self.fontMetrics().lineSpacing()
        low, high = (
            n * line + 2 * self.frameWidth() + 2 * int(document.documentMargin()) for n in self._lines
        )
        height = int(document.size().height()) + 2 * self.frameWidth()
        self.setFixedHeight(max(low, min(height, high)))
