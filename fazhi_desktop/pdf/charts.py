"""The charts of the statistics report, drawn with reportlab.graphics and labelled in Chinese: the
month-by-month trend beside the same months a year earlier, and the shares by channel, category and
township.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.pdf.fonts import FontSet

THIS_YEAR = colors.HexColor("#1f5fa8")
LAST_YEAR = colors.HexColor("#b8c7db")
PALETTE = [
    colors.HexColor(c)
    for c in ("#1f5fa8", "#e07b39", "#3a9c5b", "#c94c4c", "#8a6bb8", "#a0803c", "#4aa3b5", "#7f7f7f")
]
#: Bars shown at most; the rest are added up as 其他.
MAX_BARS = 10
LABEL_CHARS = 9


def _drawing(width: float, height: float, fonts: FontSet) -> Drawing:
    """A drawing whose default font is ours (else reportlab starts it in Helvetica, never embedded)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.song
    drawing.initialFontSize = 8
    return drawing


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _title(drawing: Drawing, text: str, fonts: FontSet) -> None:
    drawing.add(
        String(
            drawing.width / 2, drawing.height - 14, text, fontName=fonts.hei, fontSize=11, textAnchor="middle"
        )
    )


def trend_chart(
    months: Sequence[tuple[str, int, int | None]], fonts: FontSet, width: float, height: float = 200
) -> Drawing:
    """Registrations by month (本期) beside the same month a year earlier (上年同期)."""
    drawing = _drawing(width, height, fonts)
    _title(drawing, "信访量月度走势（件次）", fonts)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 36
    chart.width, chart.height = width - 56, height - 84
    has_previous = any(previous is not None for _l, _c, previous in months)
    chart.data = [[c for _l, c, _p in months]] + ([[p or 0 for _l, _c, p in months]] if has_previous else [])
    chart.categoryAxis.categoryNames = [label for label, _c, _p in months]
    chart.categoryAxis.labels.fontName = fonts.song
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = fonts.song
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = THIS_YEAR
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    if has_previous:
        chart.bars[1].fillColor = LAST_YEAR
    chart.groupSpacing = 4
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 24
    legend.fontName, legend.fontSize = fonts.song, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(THIS_YEAR, "本期")] + ([(LAST_YEAR, "上年同期")] if has_previous else [])
    legend.dx, legend.dy, legend.deltax = 8, 8, 60
    drawing.add(legend)
    return drawing


def _top(rows: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    ordered = sorted((r for r in rows if r[1] > 0), key=lambda r: -r[1])
    if len(ordered) <= MAX_BARS:
        return ordered
    kept = ordered[: MAX_BARS - 1]
    return [*kept, ("其他", sum(v for _l, v in ordered[MAX_BARS - 1 :]))]


def bar_chart(title: str, rows: Sequence[tuple[str, int]], fonts: FontSet, width: float) -> Drawing:
    """Horizontal bars, largest first, with the count at the end of each bar."""
    shown = _top(rows) or [("（无）", 0)]
    height = 40 + 17 * len(shown)
    drawing = _drawing(width, height, fonts)
    _title(drawing, title, fonts)
    chart = HorizontalBarChart()
    chart.x, chart.y = 100, 8
    chart.width, chart.height = width - 140, height - 30
    chart.data = [[v for _l, v in reversed(shown)]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _v in reversed(shown)]
    chart.categoryAxis.labels.fontName = fonts.song
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = THIS_YEAR
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.song
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def pie_chart(
    title: str, rows: Sequence[tuple[str, int]], fonts: FontSet, width: float, height: float = 170
) -> Drawing:
    """Shares of a whole (by channel), each slice labelled with its name and percentage."""
    shown = [r for r in rows if r[1] > 0] or [("（无）", 1)]
    total = sum(v for _l, v in shown)
    drawing = _drawing(width, height, fonts)
    _title(drawing, title, fonts)
    pie = Pie()
    size = min(width * 0.45, height - 50)
    pie.x, pie.y = (width - size) / 2, 14
    pie.width = pie.height = size
    pie.data = [v for _l, v in shown]
    pie.labels = [f"{label} {percent(v / total)}" for label, v in shown]
    pie.slices.fontName = fonts.song
    pie.slices.fontSize = 8
    pie.slices.strokeColor = colors.white
    pie.slices.labelRadius = 1.2
    pie.sideLabels = True
    for n in range(len(shown)):
        pie.slices[n].fillColor = PALETTE[n % len(PALETTE)]
    drawing.add(pie)
    return drawing
