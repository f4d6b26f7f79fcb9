"""统计报表: the figures of a period, with the cases behind each indicator one click away.

A period chooser (this year, last year, a month, any dates; one office or all), the big numbers with
their 同比, and three tabs: the indicators (a click on a figure opens the cases on each side of its
fraction), the charts (by month beside last year, by category, by township, by channel) and every
breakdown as a table. The figures are counted in the background (`statistics.compute`); the Excel
export runs in the background too, with a progress dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicators import signed_percent
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.services.statistics.explain import Explanation
from fazhi_desktop.services.statistics.export import StatsExport, export_stats
from fazhi_desktop.services.statistics.figures import Statistics
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.breakdown_text import period_text
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.statistics.background import Reader
from fazhi_desktop.ui.statistics.cards import CARD_STYLE, NumberCard
from fazhi_desktop.ui.statistics.charts_tab import ChartsTab
from fazhi_desktop.ui.statistics.explain_dialog import ExplainDialog
from fazhi_desktop.ui.statistics.period_bar import PeriodBar
from fazhi_desktop.ui.statistics.settings_dialog import IndicatorSettingsDialog
from fazhi_desktop.ui.statistics.tables import BreakdownsTab, IndicatorTable

log = logging.getLogger(__name__)


class StatisticsPage(QWidget):
    """The statistics view (main window key "statistics")."""

    #: A case was asked to be opened (from the cases behind a figure).
    case_opened = Signal(int)
    #: The figures of the chosen period arrived (tests wait for it).
    figures_shown = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.figures: Statistics | None = None
        self.explain_dialog: ExplainDialog | None = None
        self.reader = Reader(self)
        self.setStyleSheet(CARD_STYLE)
        self._build()
        self._connect()
        self.refresh()

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Statistics and reports"), self)
        title.setObjectName("pageTitle")
        self.period_bar = PeriodBar(self.session.ctx, self)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.settings_button = QPushButton(self.tr("Indicator settings…"), self)
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.period_bar)
        top.addStretch(1)
        top.addWidget(self.settings_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        layout.addWidget(self.status)

        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.cards = {
            "cases": NumberCard(self.tr("Registrations"), self),
            "people": NumberCard(self.tr("People"), self),
            "distinct_petitioners": NumberCard(self.tr("Petitioners"), self),
            "closed": NumberCard(self.tr("Closed"), self),
            "collective_visits": NumberCard(self.tr("Collective visits"), self),
        }
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")
        self.indicators = IndicatorTable(self)
        indicator_page = QWidget(self.tabs)
        indicator_layout = QVBoxLayout(indicator_page)
        indicator_layout.addWidget(self.indicators, 1)
        hint = QLabel(
            self.tr("Click a figure (or press Enter on a row) to list the cases on each side of it."),
            indicator_page,
        )
        hint.setObjectName("hint")
        indicator_layout.addWidget(hint)
        self.charts = ChartsTab(self.tabs)
        self.breakdowns = BreakdownsTab(self.tabs)
        self.tabs.addTab(indicator_page, self.tr("Indicators"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.breakdowns, self.tr("Breakdowns"))
        from fazhi_desktop.ui.reports.page import ReportCentre

        self.tabs.addTab(ReportCentre(self.session, self.tabs), self.tr("Print documents"))
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.period_bar.changed.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        self.indicators.indicator_chosen.connect(self.open_explanation)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        self.session.settings_changed.connect(self.refresh)

    # Figures ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the chosen period again (in the background)."""
        period, office = self.period_bar.period(), self.period_bar.office_code()
        ctx = self.session.ctx
        self.status.setText(self.tr("Counting %1…").replace("%1", period_text(period)))
        self.reader.read(
            lambda: statistics.compute(ctx, period.start, period.end, office),
            self.show_figures,
            self._on_failed,
        )

    def show_figures(self, figures: Statistics) -> None:
        self.figures = figures
        now, before = figures.counts, figures.previous
        # The 同比 is the one compute counted (the same dates a year earlier, cut at today).
        changes = {"cases": "yoy_change", "people": "yoy_change_people"}
        for key, card in self.cards.items():
            note = ""
            if key in changes:
                note = (
                    self.tr("%1 a year earlier (%2)")
                    .replace("%1", f"{getattr(before, key):,}")
                    .replace("%2", signed_percent(figures.indicators[changes[key]].value))
                )
            card.set_value(f"{getattr(now, key):,}", note)
        self.indicators.set_figures(figures)
        self.charts.set_figures(figures)
        self.breakdowns.set_figures(figures)
        period, compared = figures.period, before.period
        self.status.setText(
            self.tr("%1 to %2, as of %3; compared with %4 to %5.")
            .replace("%1", period.start.isoformat())
            .replace("%2", period.end.isoformat())
            .replace("%3", figures.computed_on.isoformat())
            .replace("%4", compared.start.isoformat())
            .replace("%5", compared.end.isoformat())
        )
        self.figures_shown.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.status.setText(exc.message)
            return
        log.error("statistics failed", exc_info=exc)
        self.status.setText(self.tr("The figures could not be counted: %1").replace("%1", str(exc)))

    # The cases behind a figure ------------------------------------------------------------------

    def open_explanation(self, indicator: str) -> None:
        """List the cases on each side of an indicator (read in the background, then a dialog)."""
        period, office = self.period_bar.period(), self.period_bar.office_code()
        ctx = self.session.ctx
        self.status.setText(self.tr("Listing the cases…"))
        self.reader.read(
            lambda: statistics.explain(ctx, indicator, period.start, period.end, office),
            self._show_explanation,
            self._on_failed,
        )

    def _show_explanation(self, explanation: Explanation) -> None:
        if self.figures is not None:
            self.show_figures(self.figures)  # the status line again
        dialog = ExplainDialog(self.session.ctx, explanation, self)
        dialog.case_opened.connect(self.case_opened)
        self.explain_dialog = dialog
        dialog.show()

    # Slots --------------------------------------------------------------------------------------

    def _on_session_cases_changed(self, _case_id: int) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.figures = None  # counted again when shown

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.figures is None and not self.reader.busy:
            self.refresh()

    def _on_settings_button_clicked(self) -> None:
        IndicatorSettingsDialog(self.session, self).exec()

    def _on_export_button_clicked(self) -> None:
        period = self.period_bar.period()
        suggested = str(Path.home() / f"信访统计_{period.start}_{period.end}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the statistics"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> worker.ProgressWatcher:
        """Write the statistics of the chosen period to an Excel file, in the background."""
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        period, office = self.period_bar.period(), self.period_bar.office_code()
        ctx = self.session.ctx
        return worker.start(
            self,
            self.tr("Exporting the statistics…"),
            lambda progress, cancelled: export_stats(
                ctx, path, period.start, period.end, office, progress=progress, cancelled=cancelled
            ),
            self._on_export_finished,
            self._on_export_failed,
        )

    def _on_export_finished(self, result: StatsExport) -> None:
        self.status.setText(self.tr("Exported to %1").replace("%1", str(result.path)))

    def _on_export_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        QMessageBox.warning(self, self.tr("Export the statistics"), message)
