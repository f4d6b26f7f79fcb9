"""Icons of the navigation: plain line drawings in the program's blue, drawn here with QPainter.

Drawn rather than shipped: no icon set to license, no SVG support needed in the bundle, and they stay
sharp at any scale (each is painted at the size asked for). One stroke weight and one colour, like
the forms of an office, nothing cartoonish. Every key of the main window's navigation has one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

INK = QColor("#0b3d75")

Draw = Callable[[QPainter], None]


def _dashboard(p: QPainter) -> None:
    for x, y, h in ((3, 3, 8), (13, 3, 5), (3, 13, 5), (13, 10, 8)):
        p.drawRoundedRect(QRectF(x, y, 8, h), 1.2, 1.2)


def _register(p: QPainter) -> None:
    p.drawRect(QRectF(4, 3, 12, 17))
    for y in (8, 11, 14):
        p.drawLine(QPointF(7, y), QPointF(13, y))
    p.drawLine(QPointF(14, 20), QPointF(21, 13))  # a pen across the corner
    p.drawLine(QPointF(19.5, 11.5), QPointF(22.5, 14.5))


def _visit(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 7.5), 3.5, 3.5)
    path = QPainterPath(QPointF(4.5, 20.5))
    path.cubicTo(QPointF(5, 14), QPointF(19, 14), QPointF(19.5, 20.5))
    p.drawPath(path)


def _letter(p: QPainter) -> None:
    p.drawRect(QRectF(3, 6, 18, 12))
    p.drawPolyline([QPointF(3, 6), QPointF(12, 13), QPointF(21, 6)])


def _online(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 4, 18, 12), 1.5, 1.5)
    p.drawLine(QPointF(12, 16), QPointF(12, 20))
    p.drawLine(QPointF(8, 20.5), QPointF(16, 20.5))


def _phone(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(7, 2.5, 10, 19), 2, 2)
    p.drawLine(QPointF(10.5, 18.5), QPointF(13.5, 18.5))
    p.drawLine(QPointF(7, 5.5), QPointF(17, 5.5))


def _cases(p: QPainter) -> None:
    p.drawRect(QRectF(7, 2.5, 13, 16.5))  # a sheet on a stack of them
    p.drawPolyline([QPointF(4, 6), QPointF(4, 21.5), QPointF(16, 21.5)])
    for y in (7.5, 11, 14.5):
        p.drawLine(QPointF(10, y), QPointF(17, y))


def _review(p: QPainter) -> None:
    # Three lamps, as the red, yellow and green tiers stand in a column (in ink: never colour alone).
    p.drawRoundedRect(QRectF(7, 2.5, 10, 19), 3, 3)
    for y in (7, 12, 17):
        p.drawEllipse(QPointF(12, y), 1.8, 1.8)


def _outreach(p: QPainter) -> None:
    path = QPainterPath(QPointF(12, 6))
    path.cubicTo(QPointF(9, 4), QPointF(5, 4), QPointF(3, 5))
    path.lineTo(QPointF(3, 19))
    path.cubicTo(QPointF(5, 18), QPointF(9, 18), QPointF(12, 20))
    path.cubicTo(QPointF(15, 18), QPointF(19, 18), QPointF(21, 19))
    path.lineTo(QPointF(21, 5))
    path.cubicTo(QPointF(19, 4), QPointF(15, 4), QPointF(12, 6))
    p.drawPath(path)
    p.drawLine(QPointF(12, 6), QPointF(12, 20))


def _statistics(p: QPainter) -> None:
    p.drawPolyline([QPointF(3, 3), QPointF(3, 21), QPointF(21, 21)])
    for x, top in ((7, 13), (12, 7), (17, 10)):
        p.drawRect(QRectF(x - 1.5, top, 3, 21 - top))


def _registers(p: QPainter) -> None:
    # A list with ticks: matters on a register, some resolved.
    for y in (6, 12, 18):
        p.drawLine(QPointF(10, y), QPointF(21, y))
    p.drawPolyline([QPointF(3, 6), QPointF(5, 8), QPointF(8, 4)])
    p.drawPolyline([QPointF(3, 12), QPointF(5, 14), QPointF(8, 10)])
    p.drawRect(QRectF(3.5, 15.5, 4, 4))


def _conformity(p: QPainter) -> None:
    # A magnifier over a tick: each case's handling checked against the rules.
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    p.drawLine(QPointF(15, 15), QPointF(21, 21))
    p.drawPolyline([QPointF(7, 10), QPointF(9.5, 12.5), QPointF(13.5, 7.5)])


def _exchange(p: QPainter) -> None:
    # Two arrows passing each other: a package up, its receipt (or a case handed down) back.
    p.drawLine(QPointF(8, 20), QPointF(8, 4))
    p.drawPolyline([QPointF(4, 8), QPointF(8, 4), QPointF(12, 8)])
    p.drawLine(QPointF(16, 4), QPointF(16, 20))
    p.drawPolyline([QPointF(12, 16), QPointF(16, 20), QPointF(20, 16)])


def _settings(p: QPainter) -> None:
    for y, knob in ((6, 15), (12, 8), (18, 13)):
        p.drawLine(QPointF(3, y), QPointF(21, y))
        p.setBrush(QColor("white"))
        p.drawEllipse(QPointF(knob, y), 2.2, 2.2)
        p.setBrush(Qt.BrushStyle.NoBrush)


DRAWINGS: dict[str, Draw] = {
    "dashboard": _dashboard,
    "register": _register,
    "register:visit": _visit,
    "register:letter": _letter,
    "register:online": _online,
    "register:phone": _phone,
    "cases": _cases,
    "review": _review,
    "outreach": _outreach,
    "statistics": _statistics,
    "registers": _registers,
    "conformity": _conformity,
    "exchange": _exchange,
    "settings": _settings,
}


class _Engine(QIconEngine):
    """Paints the drawing at whatever size the view asks, on a 24-unit grid."""

    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        box = QRectF(rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(box.topLeft())
        painter.scale(box.width() / 24, box.height() / 24)
        color = QColor(INK) if mode != QIcon.Mode.Disabled else QColor("#9aa5b4")
        pen = QPen(color, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._draw(painter)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Engine(self._draw)


def icon(key: str) -> QIcon:
    """The navigation icon of a page key; an empty icon for a key without a drawing."""
    draw = DRAWINGS.get(key)
    return QIcon(_Engine(draw)) if draw is not None else QIcon()
