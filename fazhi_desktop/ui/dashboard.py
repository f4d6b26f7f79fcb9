"""工作台: the home page a leader reads at a glance.

Red, yellow and overdue cases, cases due this week, today's and this month's registrations against
the same days a year earlier, and the cases from higher levels whose 办结报告 is due. Every number is
a card: a click (or Enter) lists the cases behind it, and a double-click in the list opens a case.
Below, the red cases with their reasons, most urgent first.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import signed_percent, year_earlier
from fazhi_desktop.services.statistics import dashboard
from fazhi_desktop.services.statistics.dashboard import TITLES, Dashboard
from fazhi_desktop.ui.backup_age import BackupAgeLine
from fazhi_desktop.ui.first_run import FirstRunChecklist
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.statistics.background import Reader
from fazhi_desktop.ui.statistics.cards import CARD_STYLE, NumberCard
from fazhi_desktop.ui.statistics.case_list import CaseIdsModel, CaseIdsView, CaseListDialog
from fazhi_desktop.ui.style import TIER_COLORS

log = logging.getLogger(__name__)

#: The columns of each list behind a number.
LIST_COLUMNS = {
    "red": ("tier", "state", "due_date", "tier_reasons"),
    "yellow": ("tier", "state", "due_date", "tier_reasons"),
    "overdue": ("tier", "state", "due_date", "tier_reasons"),
    "due_this_week": ("tier", "state", "due_date", "tier_reasons"),
    "report_due": ("source", "upper_number", "state", "closed_on"),
}
DEFAULT_COLUMNS = ("channel", "state", "tier")
#: How many red cases the page lists under the numbers.
RED_PREVIEW = 50


class DashboardPage(QWidget):
    """The 工作台 (main window key "dashboard")."""

    #: A case was asked to be opened.
    case_opened = Signal(int)
    #: The numbers arrived (tests wait for it).
    numbers_shown = Signal()
    #: A link of the first-run checklist asked for another page (ui/first_run.py's targets).
    link_requested = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.numbers: Dashboard | None = None
        self.list_dialog: CaseListDialog | None = None
        self.reader = Reader(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(500)
        self.setStyleSheet(CARD_STYLE)
        self._build()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName("pageTitle")
        self.day_label = QLabel(self)
        self.day_label.setObjectName("hint")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.day_label)
        top.addStretch(1)
        self.backup_age = BackupAgeLine(self.session.ctx, self)  # the newest backup's age
        top.addWidget(self.backup_age)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.first_run = FirstRunChecklist(self.session, self)
        layout.addWidget(self.first_run)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, NumberCard] = {
            "red": NumberCard(self.tr("Red: open cases"), self, clickable=True),
            "yellow": NumberCard(self.tr("Yellow: open cases"), self, clickable=True),
            "overdue": NumberCard(self.tr("Overdue"), self, clickable=True),
            "due_this_week": NumberCard(self.tr("Due this week"), self, clickable=True),
            "registered_today": NumberCard(self.tr("Registered today"), self, clickable=True),
            "registered_this_month": NumberCard(self.tr("Registered this month"), self, clickable=True),
            "same_days_last_year": NumberCard(self.tr("Same days last year"), self, clickable=True),
            "report_due": NumberCard(
                self.tr("Completion reports due to higher levels"), self, clickable=True
            ),
        }
        self.cards["red"].set_color(TIER_COLORS["red"])
        self.cards["yellow"].set_color(TIER_COLORS["yellow"])
        self.cards["overdue"].set_color(TIER_COLORS["red"])
        for n, (key, card) in enumerate(self.cards.items()):
            card.setObjectName("numberCard")
            card.setProperty("key", key)
            grid.addWidget(card, n // 4, n % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        heading = QLabel(self.tr("Red cases, most urgent first"), self)
        heading.setObjectName("sectionTitle")
        heading.setStyleSheet("font-size: 12pt; font-weight: bold; padding-top: 8px;")
        layout.addWidget(heading)
        self.red_model = CaseIdsModel(self.session.ctx, (), LIST_COLUMNS["red"], self)
        self.red_table = CaseIdsView(self.red_model, self)
        self.red_table.setObjectName("redCases")
        layout.addWidget(self.red_table, 1)
        hint = QLabel(self.tr("Click a number to list its cases; double-click a case to open it."), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def _connect(self) -> None:
        for key, card in self.cards.items():
            card.clicked.connect(lambda k=key: self.open_list(k))
        self.refresh_button.clicked.connect(self.refresh)
        self.red_table.case_activated.connect(self.case_opened)
        self.first_run.link_requested.connect(self.link_requested)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        self.session.settings_changed.connect(self.refresh)
        self._debounce.timeout.connect(self.refresh)

    # Numbers ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.backup_age.refresh()

        def read() -> tuple[Dashboard, tuple[int, ...]]:
            return dashboard.dashboard(ctx), dashboard.dashboard_ids(ctx, "red")[:RED_PREVIEW]

        self.reader.read(read, self._on_read, self._on_failed)

    def _on_read(self, result: tuple[Dashboard, tuple[int, ...]]) -> None:
        numbers, red = result
        self.show_numbers(numbers)
        self.red_model.set_ids(red)

    def show_numbers(self, numbers: Dashboard) -> None:
        self.numbers = numbers
        today = numbers.today
        # A Qt date format, translated: 2024年11月20日　星期三 / Wednesday, 20 November 2024.
        self.day_label.setText(QLocale().toString(QDate(today), self.tr("dddd, d MMMM yyyy")))
        notes: dict[str, str] = {
            "due_this_week": self.tr("until %1").replace("%1", numbers.week_end.isoformat()),
            "registered_this_month": self.tr("since %1, %2 against a year earlier")
            .replace("%1", numbers.month_start.isoformat())
            .replace("%2", signed_percent(numbers.month_change)),
            "same_days_last_year": self.tr("%1 to %2 a year earlier")
            .replace("%1", year_earlier(numbers.month_start).isoformat())
            .replace("%2", year_earlier(today).isoformat()),
        }
        for key, card in self.cards.items():
            card.set_value(f"{numbers[key]:,}", notes.get(key, ""))
        self.numbers_shown.emit()

    def _on_failed(self, exc: BaseException) -> None:
        log.error("dashboard failed", exc_info=exc)
        self.day_label.setText(self.tr("The numbers could not be read: %1").replace("%1", str(exc)))

    def open_list(self, key: str) -> CaseListDialog:
        """The cases behind one number, in a dialog."""
        ids = dashboard.dashboard_ids(self.session.ctx, key)
        dialog = CaseListDialog(
            self.session.ctx, TITLES[key], ids, LIST_COLUMNS.get(key, DEFAULT_COLUMNS), self
        )
        dialog.case_opened.connect(self.case_opened)
        self.list_dialog = dialog
        dialog.show()
        return dialog

    # Slots --------------------------------------------------------------------------------------

    def _on_session_cases_changed(self, _case_id: int) -> None:
        self._debounce.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.numbers is not None and self.numbers.today != clock.today():
            self.refresh()  # the program stayed open over midnight
