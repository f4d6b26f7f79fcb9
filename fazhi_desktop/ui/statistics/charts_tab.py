"""图表: registrations by month beside last year, by category, by township and by channel.

Long lists keep their ten largest entries and add the rest up as 其他, so every bar stays readable
on a projector; the breakdown tables hold every entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from fazhi_desktop.services.statistics.breakdowns import Breakdown
from fazhi_desktop.services.statistics.figures import Statistics
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.statistics.charts import Bar, BarChart
from fazhi_desktop.ui.statistics.tables import row_label

TOP = 10


def bars(part: Breakdown, top: int | None = None, other: str = "") -> list[Bar]:
    """The bars of a breakdown; with `top`, the largest ones and the rest added up as one."""
    shown = [
        Bar(row_label(part, r), r.cases, r.previous_cases) for r in part.rows if r.cases or r.previous_cases
    ]
    if top is None or len(shown) <= top:
        return shown
    head, tail = shown[: top - 1], shown[top - 1 :]
    return [*head, Bar(other, sum(b.value for b in tail), sum(b.previous or 0 for b in tail))]


def month_bars(part: Breakdown, cut: date | None = None) -> list[Bar]:
    """Months labelled short ("3月" / "Mar"; "2024年1月" / "Jan 2024" where a year begins, for periods
    across years), in the UI's locale; the month in progress on `cut` (the comparison's last day)
    marked "12月*": it is compared with the same days of last year's month."""
    rows = part.rows
    several_years = len({r.key[:4] for r in rows}) > 1
    partial = f"{cut.year:04d}-{cut.month:02d}" if cut is not None else None
    out = []
    for r in rows:
        year, month = int(r.key[:4]), int(r.key[5:])
        label = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        if several_years and (month == 1 or r is rows[0]):
            label = translate("ChartsTab", "%1 %2").replace("%1", label).replace("%2", str(year))
        out.append(Bar(label + ("*" if r.key == partial else ""), r.cases, r.previous_cases))
    return out


class ChartsTab(QScrollArea):
    """The four charts, two by two; the page scrolls when the window is small."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setSpacing(10)
        self.by_month = BarChart(self.tr("Registrations by month"), body)
        self.by_category = BarChart(self.tr("By category"), body, horizontal=True)
        self.by_township = BarChart(self.tr("By township"), body, horizontal=True)
        self.by_channel = BarChart(self.tr("By channel"), body, horizontal=True)
        self.by_month.setObjectName("chartMonth")
        self.by_category.setObjectName("chartCategory")
        self.by_township.setObjectName("chartTownship")
        self.by_channel.setObjectName("chartChannel")
        for chart in (self.by_category, self.by_township):
            chart.setMinimumHeight(380)
        self.month_note = QLabel(body)
        self.month_note.setObjectName("hint")
        self.month_note.setVisible(False)
        grid.addWidget(self.by_month, 0, 0, 1, 2)
        grid.addWidget(self.month_note, 1, 0, 1, 2)
        grid.addWidget(self.by_category, 2, 0)
        grid.addWidget(self.by_township, 2, 1)
        grid.addWidget(self.by_channel, 3, 0, 1, 2)
        self.by_month.setMinimumHeight(300)
        self.by_channel.setMinimumHeight(240)
        self.setWidget(body)

    def charts(self) -> list[BarChart]:
        return [self.by_month, self.by_category, self.by_township, self.by_channel]

    def set_figures(self, figures: Statistics) -> None:
        parts = figures.breakdowns
        other = self.tr("Others")
        cut = figures.compared_until
        self.by_month.set_bars(month_bars(parts["month"], cut))
        if cut is not None:
            self.month_note.setText(
                self.tr("* %1: up to %2, beside the same days a year earlier.")
                .replace("%1", f"{cut.year:04d}-{cut.month:02d}")
                .replace("%2", cut.isoformat())
            )
        self.month_note.setVisible(cut is not None)
        self.by_category.set_bars(bars(parts["category"], TOP, other))
        self.by_township.set_bars(bars(parts["township"], TOP, other))
        self.by_channel.set_bars(bars(parts["channel"]))
