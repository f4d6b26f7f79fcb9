"""The year at a glance: the big numbers, outreach by kind, by month and by township, and the
sentences of the annual report ready to copy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.outreach import pass_rate
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import reception, study
from fazhi_desktop.services.outreach import report as outreach_report
from fazhi_desktop.services.outreach import stats as outreach_stats
from fazhi_desktop.services.outreach.stats import Totals
from fazhi_desktop.ui.outreach_text import month_line, township_line
from fazhi_desktop.ui.record_table import Column, RecordTableModel, RecordTableView

RIGHT = Qt.AlignmentFlag.AlignRight
CARD_STYLE = """
QFrame#figureCard { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 6px; }
QLabel#figureNumber { font-size: 22pt; font-weight: bold; color: #0b3d75; }
QLabel#figureCaption { color: #4a5563; }
"""


class FigureCard(QFrame):
    """One big number with what it counts underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.number = QLabel("0", self)
        self.number.setObjectName("figureNumber")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("figureCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.number.setText(text)


class OverviewTable(RecordTableView):
    """A table of figures: every column as wide as its numbers (none stretched far from its header)."""

    def fit_columns(self, padding: int = 16) -> None:
        super().fit_columns(padding)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        last = self.model().columnCount() - 1
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
        self.resizeColumnToContents(last)
        self.setColumnWidth(last, self.columnWidth(last) + padding)
        self.setMaximumWidth(sum(self.columnWidth(c) for c in range(last + 1)) + 2 * self.frameWidth() + 2)


class OverviewTab(QWidget):
    """年度概览."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(CARD_STYLE)
        self.year = QComboBox(self)
        self.year.setObjectName("overviewYear")
        self.cards = {
            "events": FigureCard(self.tr("outreach events"), self),
            "materials": FigureCard(self.tr("copies of materials"), self),
            "people": FigureCard(self.tr("people reached (person-times)"), self),
            "receptions": FigureCard(self.tr("reception activities"), self),
            "study": FigureCard(self.tr("study sessions"), self),
            "pass_rate": FigureCard(self.tr("exam pass rate"), self),
        }
        self.by_kind: RecordTableModel[Totals] = RecordTableModel(
            self._columns(self.tr("Kind"), lambda t: t.label), parent=self
        )
        self.by_month: RecordTableModel[Totals] = RecordTableModel(
            self._columns(self.tr("Month"), lambda t: month_line(t.label)), parent=self
        )
        self.by_township: RecordTableModel[Totals] = RecordTableModel(
            self._columns(self.tr("Township"), lambda t: township_line(t.label)), parent=self
        )
        self.paragraphs = QPlainTextEdit(self)
        self.paragraphs.setObjectName("annualParagraphs")
        self.paragraphs.setReadOnly(True)
        self.paragraphs.setFixedHeight(self.paragraphs.fontMetrics().lineSpacing() * 6 + 16)
        self.copy_button = QPushButton(self.tr("Copy the text"), self)
        self._lay_out()
        self.year.currentIndexChanged.connect(self.refresh)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.reload_years()

    def _columns(self, first: str, label: Callable[[Totals], str]) -> list[Column[Totals]]:
        return [
            Column(first, label),
            Column(self.tr("Events"), lambda t: str(t.events), RIGHT),
            Column(self.tr("Materials"), lambda t: f"{t.materials:,}", RIGHT),
            Column(self.tr("People reached"), lambda t: f"{t.people_reached:,}", RIGHT),
            Column(self.tr("Boards"), lambda t: str(t.sums["boards"]), RIGHT),
            Column(self.tr("Banners"), lambda t: str(t.sums["banners"]), RIGHT),
            Column(self.tr("Consultations"), lambda t: f"{t.sums['consultations']:,}", RIGHT),
        ]

    def _table(self, title: str, model: RecordTableModel[Totals]) -> QGroupBox:
        group = QGroupBox(title, self)
        group.setStyleSheet("QGroupBox { font-weight: bold; }")
        view = OverviewTable(model, group, fit_height=True)
        model.modelReset.connect(view.fit_columns)
        box = QVBoxLayout(group)
        box.addWidget(view)
        box.addStretch(1)
        return group

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        cards = QGridLayout()
        cards.setHorizontalSpacing(10)
        for n, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, n)
        tables = QGridLayout()
        tables.setHorizontalSpacing(12)
        tables.addWidget(self._table(self.tr("By kind"), self.by_kind), 0, 0)
        tables.addWidget(self._table(self.tr("By month"), self.by_month), 0, 1, 2, 1)
        tables.addWidget(self._table(self.tr("By township"), self.by_township), 1, 0)
        tables.setRowStretch(2, 1)
        text = QGroupBox(self.tr("For the annual report"), self)
        text.setStyleSheet("QGroupBox { font-weight: bold; }")
        box = QVBoxLayout(text)
        box.addWidget(self.paragraphs)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.copy_button)
        box.addLayout(line)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        column.addLayout(top)
        column.addLayout(cards)
        column.addWidget(text)
        column.addLayout(tables)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(scroll)

    def reload_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in outreach.event_years(self.ctx):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        start, end = date(year, 1, 1), date(year, 12, 31)
        total = outreach_stats.period_total(self.ctx, start, end)
        receptions = reception.reception_totals(self.ctx, start, end)
        learned = study.study_totals(self.ctx, start, end)
        self.cards["events"].set_value(f"{total.events:,}")
        self.cards["materials"].set_value(f"{total.materials:,}")
        self.cards["people"].set_value(f"{total.people_reached:,}")
        self.cards["receptions"].set_value(str(sum(t["events"] for t in receptions.values())))
        self.cards["study"].set_value(
            str(learned["collective"] + learned["lecture"] + learned["central_group"])
        )
        self.cards["pass_rate"].set_value(
            percent(pass_rate(learned["exam_passed"], learned["exam_participants"]))
        )
        self.by_kind.set_records(outreach_stats.totals_by_kind(self.ctx, start, end))
        self.by_month.set_records(outreach_stats.totals_by_month(self.ctx, year))
        self.by_township.set_records(outreach_stats.totals_by_township(self.ctx, start, end))
        paragraphs = outreach_report.annual_paragraphs(self.ctx, year)
        self.paragraphs.setPlainText("\n".join(paragraphs) or self.tr("Nothing recorded for this year yet."))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.paragraphs.toPlainText())
