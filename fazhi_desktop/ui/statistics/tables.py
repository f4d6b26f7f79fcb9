"""The statistics as tables: the indicators (a click on a figure lists its cases) and every breakdown
with 件次 and 人次 beside the same period a year earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from fazhi_desktop.domain.indicators import CHANGES, signed_percent
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.statistics.breakdowns import BREAKDOWNS, Breakdown, BreakdownRow
from fazhi_desktop.services.statistics.figures import Statistics
from fazhi_desktop.ui import breakdown_text, indicator_text
from fazhi_desktop.ui.breakdown_text import row_label
from fazhi_desktop.ui.record_table import Column, RecordTableModel, RecordTableView

RIGHT = Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator as the table shows it."""

    name: str
    value: float | None
    numerator: int
    denominator: int
    settings: str
    #: "37 more lack an acceptance date and are not counted", or "".
    unjudged: str = ""

    @property
    def label(self) -> str:
        return indicator_text.name(self.name)

    @property
    def shown(self) -> str:
        return signed_percent(self.value) if self.name in CHANGES else percent(self.value)


#: The columns a click on which opens the cases behind the figure.
FIGURE_COLUMNS = (1, 2, 3)


class _IndicatorModel(RecordTableModel[IndicatorLine]):
    """Figures read as links (blue, underlined): they open the cases behind them."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() in FIGURE_COLUMNS:
            if role == Qt.ItemDataRole.ForegroundRole:
                from PySide6.QtGui import QColor

                return QColor("#0b57b0")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                font.setBold(index.column() == 1)
                return font
        return super().data(index, role)


class IndicatorTable(RecordTableView):
    """指标: value, numerator, denominator and the settings each figure used."""

    #: An indicator's cases were asked for (its key, e.g. "on_time_completion_rate").
    indicator_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        columns: list[Column[IndicatorLine]] = [
            Column(self.tr("Indicator"), lambda r: r.label),
            Column(self.tr("Value"), lambda r: r.shown, RIGHT),
            Column(
                self.tr("Numerator"),
                lambda r: f"{r.numerator:,}",
                RIGHT,
                lambda r: indicator_text.sides(r.name)[0],
            ),
            Column(
                self.tr("Denominator"),
                lambda r: f"{r.denominator:,}",
                RIGHT,
                lambda r: indicator_text.sides(r.name)[1],
            ),
            Column(self.tr("Numerator ÷ denominator"), _how),
            Column(self.tr("Settings used"), lambda r: r.settings),
            Column(self.tr("Not judged"), lambda r: r.unjudged),
        ]
        self.table_model = _IndicatorModel(columns)
        super().__init__(self.table_model, parent)
        self.setObjectName("indicatorTable")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._on_self_clicked)
        self.doubleClicked.connect(self._on_self_double_clicked)

    def set_figures(self, figures: Statistics) -> None:
        self.table_model.set_records(
            [
                IndicatorLine(
                    name,
                    f.value,
                    f.numerator,
                    f.denominator,
                    indicator_text.settings_text(f.settings, name),
                    indicator_text.unjudged(name, f.unjudged),
                )
                for name, f in figures.indicators.items()
            ]
        )
        self.fit_columns()

    def fit_columns(self, padding: int = 16) -> None:
        """The figures as wide as they are; the two texts share the rest, the method a little more."""
        super().fit_columns(padding)
        figures = sum(self.columnWidth(c) for c in range(4))
        spare = self.viewport().width() - figures
        method = 4
        self.setColumnWidth(
            method, min(self.sizeHintForColumn(method) + padding, max(280, int(spare * 0.58)))
        )
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.table_model.rowCount():
            self.fit_columns()

    def indicator_at(self, row: int) -> str | None:
        record = self.table_model.record(row)
        return record.name if record else None

    def _on_self_clicked(self, index: QModelIndex) -> None:
        if index.column() in FIGURE_COLUMNS:
            self._choose(index.row())

    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in FIGURE_COLUMNS:
            self._choose(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _choose(self, row: int) -> None:
        name = self.indicator_at(row)
        if name is not None:
            self.indicator_chosen.emit(name)


def _how(line: IndicatorLine) -> str:
    return indicator_text.method(line.name)


@dataclass(frozen=True)
class BreakdownLine:
    """One row of a breakdown, or the 合计 under it."""

    label: str
    cases: int
    share: float | None
    people: int
    previous_cases: int
    previous_people: int
    yoy_cases: float | None
    yoy_people: float | None
    total: bool = False


def breakdown_lines(part: Breakdown, total_label: str) -> list[BreakdownLine]:
    def line(r: BreakdownRow, label: str, total: bool = False) -> BreakdownLine:
        return BreakdownLine(
            label,
            r.cases,
            r.share,
            r.people,
            r.previous_cases,
            r.previous_people,
            r.yoy_cases,
            r.yoy_people,
            total,
        )

    return [line(r, row_label(part, r)) for r in part.rows] + [
        line(part.total_row(), total_label, total=True)
    ]


class _BreakdownModel(RecordTableModel[BreakdownLine]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            record = self.record(index.row())
            if record is not None and record.total:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class BreakdownsTab(QWidget):
    """分类统计: one breakdown at a time, chosen above the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: Statistics | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.choice = QComboBox(self)
        self.choice.setObjectName("breakdownChoice")
        for name in BREAKDOWNS:
            self.choice.addItem(breakdown_text.title(name), name)
        row.addWidget(QLabel(self.tr("Broken down by:"), self))
        row.addWidget(self.choice)
        row.addStretch(1)
        layout.addLayout(row)
        columns: list[Column[BreakdownLine]] = [
            Column(self.tr("Item"), lambda r: r.label),
            Column(self.tr("Registrations"), lambda r: f"{r.cases:,}", RIGHT),
            Column(self.tr("Share"), lambda r: percent(r.share), RIGHT),
            Column(self.tr("People"), lambda r: f"{r.people:,}", RIGHT),
            Column(self.tr("Registrations a year earlier"), lambda r: f"{r.previous_cases:,}", RIGHT),
            Column(self.tr("People a year earlier"), lambda r: f"{r.previous_people:,}", RIGHT),
            Column(self.tr("Change (registrations)"), lambda r: signed_percent(r.yoy_cases), RIGHT),
            Column(self.tr("Change (people)"), lambda r: signed_percent(r.yoy_people), RIGHT),
        ]
        self.model = _BreakdownModel(columns)
        self.table = RecordTableView(self.model, self)
        self.table.setObjectName("breakdownTable")
        layout.addWidget(self.table, 1)
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)

    def set_figures(self, figures: Statistics) -> None:
        self.figures = figures
        self._show()

    def show_breakdown(self, name: str) -> None:
        self.choice.setCurrentIndex(BREAKDOWNS.index(name))

    def _show(self) -> None:
        if self.figures is None:
            return
        name = str(self.choice.currentData())
        self.model.set_records(breakdown_lines(self.figures.breakdowns[name], self.tr("Total")))
        self.table.fit_columns()
        # Numbers stay next to their labels: every column as wide as its contents, none stretched.
        header = self.table.horizontalHeader()
        last = self.model.columnCount() - 1
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(last)
        self.table.setColumnWidth(last, self.table.columnWidth(last) + 16)
        width = sum(self.table.columnWidth(c) for c in range(last + 1))
        self.table.setMaximumWidth(
            width + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        )

    def _on_choice_current_index_changed(self, _index: int) -> None:
        self._show()
