"""统计报表 › 月度通报: a month's rankings of 责任单位 and townships shown, then saved as PDF and Excel.

The figures are services/reports/bulletin.py's, as of the month's last day; the window only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.bulletin import BulletinReport, BulletinRow
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.pdf.figures import rate_text
from fazhi_desktop.services.reports.bulletin import bulletin_report, print_bulletin
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.session import UiSession

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("BulletinTab", "Rank"),
    QT_TRANSLATE_NOOP("BulletinTab", "Name"),
    QT_TRANSLATE_NOOP("BulletinTab", "Due"),
    QT_TRANSLATE_NOOP("BulletinTab", "On time"),
    QT_TRANSLATE_NOOP("BulletinTab", "On-time rate"),
    QT_TRANSLATE_NOOP("BulletinTab", "Overdue"),
    QT_TRANSLATE_NOOP("BulletinTab", "Satisfaction"),
    QT_TRANSLATE_NOOP("BulletinTab", "Repeats"),
    QT_TRANSLATE_NOOP("BulletinTab", "Supervised"),
)


class RankingModel(QAbstractTableModel):
    """One ranking (units or townships) of the month, with its total row last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BulletinRow] = []

    def set_rows(self, rows: Sequence[BulletinRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("BulletinTab", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        return (
            str(r.rank) if r.rank else "",
            r.name,
            str(r.due),
            str(r.on_time),
            rate_text(r.on_time_rate),
            str(r.overdue),
            f"{r.satisfied}/{r.evaluated} {rate_text(r.satisfaction_rate)}",
            str(r.repeat),
            str(r.supervised),
        )[index.column()]


class BulletinTab(QWidget):
    """The month, its two rankings, and 保存 PDF / Excel."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: BulletinReport | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = clock.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setObjectName("bulletinMonth")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Save PDF and Excel…"), self)
        bar.addWidget(QLabel(self.tr("Month"), self))
        bar.addWidget(self.month)
        for button in (self.show_button, self.pdf_button, self.xlsx_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.units, self.townships = RankingModel(self), RankingModel(self)
        for title, model in (
            (self.tr("Units in charge"), self.units),
            (self.tr("Townships"), self.townships),
        ):
            layout.addWidget(QLabel(title, self))
            view = QTableView(self)
            view.setModel(model)
            view.verticalHeader().hide()
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setStretchLastSection(True)
            view.setColumnWidth(1, 220)
            layout.addWidget(view, 1)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def set_month(self, day: date) -> None:
        self.month.setDate(QDate(day.year, day.month, 1))

    def show_month(self) -> None:
        try:
            report = bulletin_report(self.session.ctx, self.month_text())
        except UserError as error:
            self.summary.setText(error.message)
            return
        self.report = report
        self.units.set_rows([*report.units, report.totals])
        self.townships.set_rows([*report.townships, report.totals])
        t = report.totals
        self.summary.setText(
            self.tr(
                "As of %s: %d due, %d on time (%s), %d overdue; %d of %d evaluations satisfied; %d repeats."
            )
            % (
                report.end.isoformat(),
                t.due,
                t.on_time,
                rate_text(t.on_time_rate),
                t.overdue,
                t.satisfied,
                t.evaluated,
                t.repeat,
            )
        )

    def save(self, pdf: Path, xlsx: Path | None) -> None:
        try:
            files = print_bulletin(self.session.ctx, self.month_text(), pdf, xlsx)
        except UserError as error:
            self.summary.setText(error.message)
            return
        self.summary.setText(self.tr("Saved %s.") % ", ".join(f for f in (files.pdf, files.xlsx) if f))

    def _on_show_button_clicked(self) -> None:
        self.show_month()

    def _ask(self, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), f"月度通报-{self.month_text()}{suffix}")
        return Path(name) if name else None

    def _on_pdf_button_clicked(self) -> None:
        pdf = self._ask(".pdf")
        if pdf:
            self.save(pdf, None)

    def _on_xlsx_button_clicked(self) -> None:
        pdf = self._ask(".pdf")
        if pdf:
            self.save(pdf, pdf.with_suffix(".xlsx"))
