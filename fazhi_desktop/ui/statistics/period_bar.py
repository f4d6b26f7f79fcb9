"""The period a statistic covers: this year, last year, a month, or any two dates; and which office.

`period()` is the (start, end) chosen, `office()` the office code or None for the whole database;
`changed` fires once per change the user makes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import list_offices

KINDS = ("this_year", "last_year", "month", "custom")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodBar(QWidget):
    """Period and office choosers in one row."""

    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.today()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for key, text in zip(
            KINDS,
            (self.tr("This year"), self.tr("Last year"), self.tr("A month"), self.tr("Custom period")),
            strict=True,
        ):
            self.kind.addItem(text, key)
        self.month = QDateEdit(self)
        self.month.setObjectName("periodMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(_qdate(today.replace(day=1)))
        self.date_from = self._date_edit("periodFrom", date(today.year, 1, 1))
        self.date_to = self._date_edit("periodTo", date(today.year, 12, 31))
        self.dash = QLabel("–", self)
        self.office = QComboBox(self)
        self.office.setObjectName("periodOffice")
        self.office.addItem(self.tr("All offices"), None)
        for office in list_offices(ctx):
            self.office.addItem(office.name, office.code)
        layout.addWidget(QLabel(self.tr("Period:"), self))
        layout.addWidget(self.kind)
        layout.addWidget(self.month)
        layout.addWidget(self.date_from)
        layout.addWidget(self.dash)
        layout.addWidget(self.date_to)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Office:"), self))
        layout.addWidget(self.office)
        self._show_fields()
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.month.dateChanged.connect(self._on_date_changed)
        self.date_from.dateChanged.connect(self._on_date_changed)
        self.date_to.dateChanged.connect(self._on_date_changed)
        self.office.currentIndexChanged.connect(self._on_office_current_index_changed)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(day))
        return edit

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == "month")
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(kind == "custom")

    def period(self) -> ReportPeriod:
        """The period chosen (a custom period with its dates the wrong way round is put right)."""
        year = clock.today().year
        kind = self.kind.currentData()
        if kind == "last_year":
            return ReportPeriod.year(year - 1)
        if kind == "month":
            chosen = self.month.date()
            return ReportPeriod.month(chosen.year(), chosen.month())
        if kind == "custom":
            start, end = _date(self.date_from.date()), _date(self.date_to.date())
            return ReportPeriod(min(start, end), max(start, end))
        return ReportPeriod.year(year)

    def office_code(self) -> str | None:
        code = self.office.currentData()
        return str(code) if code else None

    def choose(self, kind: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a period from code (tests, a remembered choice)."""
        self.blockSignals(True)
        if start is not None:
            self.month.setDate(_qdate(start))
            self.date_from.setDate(_qdate(start))
        if end is not None:
            self.date_to.setDate(_qdate(end))
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.blockSignals(False)
        self._show_fields()
        self.changed.emit()

    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._show_fields()
        self.changed.emit()

    def _on_date_changed(self, _value: QDate) -> None:
        if self.kind.currentData() in ("month", "custom"):
            self.changed.emit()

    def _on_office_current_index_changed(self, _index: int) -> None:
        self.changed.emit()
