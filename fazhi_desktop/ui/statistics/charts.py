"""Bar charts drawn with QPainter: this period beside the same period a year earlier.

Made to be read on a projector and in a grey printout: large labels in Chinese, the numbers written
on the bars, and the two periods told apart by fill pattern (solid / hatched) as well as by colour.
`BarChart.image()` draws the same chart into an image (for saving or printing). No QtCharts: it
lives in PySide6-Addons, 161 MB more for four bar charts (PLATFORM.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CURRENT = QColor("#1f5fa8")
PREVIOUS = QColor("#8a99ad")
GRID = QColor("#d9dee6")
TEXT = QColor("#1d2733")
MUTED = QColor("#5f6b7a")


@dataclass(frozen=True)
class Bar:
    """One category: its label, this period's count and the same period's a year earlier."""

    label: str
    value: int
    previous: int | None = None


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) that divides 0..top into about `ticks` parts."""
    if top <= 0:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(factor * power, 1)
    return 10 * power


class BarChart(QWidget):
    """A titled bar chart: vertical bars by month, or horizontal bars by category."""

    def __init__(self, title: str, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.bars: list[Bar] = []
        self.current_label = self.tr("This period")
        self.previous_label = self.tr("A year earlier")
        #: The legend's words for last year's numbers, which horizontal charts write in brackets.
        self.previous_note = self.tr("A year earlier (in brackets)")
        self.empty_text = self.tr("Nothing registered in this period")
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setToolTip("\n".join(self._line(b) for b in self.bars))
        self.update()

    def _line(self, bar: Bar) -> str:
        if bar.previous is None:
            return self.tr("%1: %2").replace("%1", bar.label).replace("%2", f"{bar.value:,}")
        return (
            self.tr("%1: %2 (%3 %4)")
            .replace("%1", bar.label)
            .replace("%2", f"{bar.value:,}")
            .replace("%3", self.previous_label)
            .replace("%4", f"{bar.previous:,}")
        )

    def _pair(self, value: int, previous: int) -> str:
        """This period's number with last year's in brackets, as the horizontal bars write them."""
        return self.tr("%1 (%2)").replace("%1", f"{value:,}").replace("%2", f"{previous:,}")

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(520, max(260, 80 + 34 * len(self.bars)))
        return QSize(640, 300)

    # Painting -----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def image(self, width: int = 1200, height: int = 700) -> QImage:
        """The chart drawn on white at the given size (for a report or a printout)."""
        picture = QImage(width, height, QImage.Format.Format_ARGB32)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(0, 0, width, height))
        painter.end()
        return picture

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * scale)
        font.setBold(bold)
        return font

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("white"))
        painter.setPen(QPen(QColor("#d5dde8")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        area = rect.adjusted(14, 10, -14, -10)
        title_font = self._font(1.35, bold=True)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        title_height = QFontMetricsF(title_font).height()
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        legend_bottom = self._legend(painter, area, area.top() + title_height + 4)
        body = QRectF(area.left(), legend_bottom + 6, area.width(), area.bottom() - legend_bottom - 6)
        if not self.bars or not any(b.value or b.previous for b in self.bars):
            painter.setFont(self._font(1.1))
            painter.setPen(MUTED)
            painter.drawText(body, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            return
        if self.horizontal:
            self._horizontal(painter, body)
        else:
            self._vertical(painter, body)

    def _has_previous(self) -> bool:
        return any(b.previous is not None for b in self.bars)

    def _legend(self, painter: QPainter, area: QRectF, top: float) -> float:
        font = self._font(1.0)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        height = metrics.height()
        entries = [(self.current_label, False)]
        if self._has_previous():
            entries.append((self.previous_note if self.horizontal else self.previous_label, True))
        x = area.left()
        for text, hatched in entries:
            swatch = QRectF(x, top + height * 0.2, height * 1.4, height * 0.6)
            self._fill(painter, swatch, hatched)
            painter.setPen(TEXT)
            painter.drawText(QPointF(swatch.right() + 6, top + metrics.ascent()), text)
            x = swatch.right() + 6 + metrics.horizontalAdvance(text) + 20
        return top + height

    @staticmethod
    def _fill(painter: QPainter, box: QRectF, hatched: bool) -> None:
        if hatched:
            painter.fillRect(box, QColor("#eef1f5"))
            painter.fillRect(box, QBrush(PREVIOUS, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(PREVIOUS, 1))
        else:
            painter.fillRect(box, CURRENT)
            painter.setPen(QPen(CURRENT.darker(120), 1))
        painter.drawRect(box)

    def _scale(self) -> tuple[float, float]:
        top = max(max(b.value, b.previous or 0) for b in self.bars)
        step = nice_step(top)
        return step, step * max(math.ceil(top / step), 1)

    def _vertical(self, painter: QPainter, body: QRectF) -> None:
        label_font, value_font = self._font(1.0), self._font(0.85)
        metrics = QFontMetricsF(label_font)
        step, top = self._scale()
        axis_width = metrics.horizontalAdvance(f"{int(top):,}") + 8
        plot = QRectF(
            body.left() + axis_width,
            body.top() + metrics.height(),
            body.width() - axis_width,
            body.height() - 2.2 * metrics.height(),
        )
        painter.setFont(label_font)
        value = 0.0
        while value <= top + 1e-9:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(body.left(), y - metrics.height() / 2, axis_width - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{int(value):,}",
            )
            value += step
        slot = plot.width() / len(self.bars)
        pair = self._has_previous()
        width = slot * (0.36 if pair else 0.6)
        value_metrics = QFontMetricsF(value_font)
        for n, bar in enumerate(self.bars):
            left = plot.left() + n * slot + (slot - width * (2 if pair else 1)) / 2
            boxes = [(bar.value, False, left)]
            if pair:
                boxes.append((bar.previous or 0, True, left + width))
            for count, hatched, x in boxes:
                height = plot.height() * count / top
                box = QRectF(x, plot.bottom() - height, width, height)
                if count:
                    self._fill(painter, box, hatched)
                if not hatched and value_metrics.horizontalAdvance(f"{count:,}") <= slot:
                    painter.setFont(value_font)
                    painter.setPen(TEXT)
                    painter.drawText(
                        QRectF(
                            x - slot / 2 + width / 2,
                            box.top() - value_metrics.height(),
                            slot,
                            value_metrics.height(),
                        ),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                        f"{count:,}",
                    )
            painter.setFont(label_font)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(plot.left() + n * slot, plot.bottom() + 4, slot, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, slot),
            )

    def _horizontal(self, painter: QPainter, body: QRectF) -> None:
        label_font, value_font = self._font(1.0), self._font(0.9)
        metrics, value_metrics = QFontMetricsF(label_font), QFontMetricsF(value_font)
        _, top = self._scale()
        label_width = min(
            max(metrics.horizontalAdvance(b.label) for b in self.bars) + 10, body.width() * 0.34
        )
        widest = max(max(b.value, b.previous or 0) for b in self.bars)
        number_width = value_metrics.horizontalAdvance(self._pair(widest, widest)) + 12
        number_width = min(number_width, body.width() * 0.4)
        plot = QRectF(
            body.left() + label_width, body.top(), body.width() - label_width - number_width, body.height()
        )
        row = plot.height() / len(self.bars)
        pair = self._has_previous()
        thickness = min(row * (0.5 if pair else 0.7), metrics.height() * 1.2)
        for n, bar in enumerate(self.bars):
            y = plot.top() + n * row
            painter.setFont(label_font)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(body.left(), y, label_width - 10, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 10),
            )
            middle = y + row / 2
            current = QRectF(
                plot.left(),
                middle - thickness / 2 - (thickness * 0.25 if pair else 0),
                plot.width() * bar.value / top,
                thickness,
            )
            if bar.value:
                self._fill(painter, current, False)
            end = current.right()
            if pair and bar.previous is not None:
                before = QRectF(
                    plot.left(), current.bottom() + 1, plot.width() * bar.previous / top, thickness * 0.5
                )
                if bar.previous:
                    self._fill(painter, before, True)
                end = max(end, before.right())
            painter.setFont(value_font)
            painter.setPen(TEXT)
            text = f"{bar.value:,}" if bar.previous is None else self._pair(bar.value, bar.previous)
            painter.drawText(
                QRectF(end + 6, y, plot.right() + number_width - end - 6, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
