"""研判会: record a meeting (date, attendees), decide on the board's cases at it, print its minutes.

Opened from the 研判 board (「研判会…」); the board's selected case is the one a decision is about.
Every write goes through services/meetings and reaches the board by the session's `cases_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.meetings import DecisionInput
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.meetings import records
from fazhi_desktop.services.meetings.decisions import meeting_decisions
from fazhi_desktop.services.meetings.minutes import print_minutes
from fazhi_desktop.services.meetings.records import MeetingRow
from fazhi_desktop.ui.review.meeting_models import DecisionListModel, MeetingListModel
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.vocab_text import choices

#: The board's selected case: (id, number), or None.
CurrentCase = Callable[[], tuple[int, str] | None]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _fit(view: QTableView, widest: int = 260) -> None:
    """Columns as wide as their texts (up to `widest`; the last one takes what is left)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), widest))


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class DecisionDialog(QDialog):
    """The meeting's decision on one case: tier, owner, next review date, measures."""

    def __init__(self, session: UiSession, held_on: date, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.held_on, self.number = session, held_on, number
        self.setWindowTitle(self.tr("Meeting decision on %s") % number)
        form = QFormLayout(self)
        self.tier = QComboBox(self)
        for text, code in choices(Tier):
            self.tier.addItem(text, code)
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("Leader or unit in charge"))
        self.review = _date_edit(held_on + timedelta(days=7), self)
        self.measures = QPlainTextEdit(self)
        self.measures.setTabChangesFocus(True)
        self.measures.setFixedHeight(80)
        form.addRow(self.tr("Meeting"), QLabel(held_on.isoformat(), self))
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Next review"), self.review)
        form.addRow(self.tr("Measures"), self.measures)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def decision(self) -> DecisionInput:
        return DecisionInput(
            tier=Tier(self.tier.currentData()),
            owner=self.owner.text(),
            review_on=_day(self.review),
            measures=self.measures.toPlainText(),
        )

    def accept(self) -> None:
        try:
            records.decide(self.session.ctx, self.held_on, self.number, self.decision())
        except UserError as error:
            self.error.setText(error.message)  # nothing typed is lost
            return
        super().accept()


class MeetingDialog(QDialog):
    """The office's meetings, a new one, and the decisions of the one selected."""

    def __init__(self, session: UiSession, current_case: CurrentCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current_case = current_case
        self.setWindowTitle(self.tr("Case review meetings"))
        self.resize(980, 560)
        self.meetings = MeetingListModel(self)
        self.decisions = DecisionListModel(self)
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        new = QHBoxLayout()
        self.held_on = _date_edit(clock.today(), self)
        self.attendees = QLineEdit(self)
        self.attendees.setPlaceholderText(self.tr("Names separated by 、"))
        self.add_button = QPushButton(self.tr("Record meeting"), self)
        for widget in (QLabel(self.tr("Date"), self), self.held_on, QLabel(self.tr("Attendees"), self)):
            new.addWidget(widget)
        new.addWidget(self.attendees, 1)
        new.addWidget(self.add_button)
        layout.addLayout(new)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.meeting_view = self._table(self.meetings, "meetingList")
        self.decision_view = self._table(self.decisions, "decisionList")
        split.addWidget(self.meeting_view)
        split.addWidget(self.decision_view)
        split.setSizes([340, 760])
        layout.addWidget(split, 1)
        self.message = QLabel(self)
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        self.decide_button = QPushButton(self.tr("Decide on the board's case…"), self)
        self.minutes_button = QPushButton(self.tr("Print minutes…"), self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom.addStretch(1)
        for button in (self.decide_button, self.minutes_button, close):
            bottom.addWidget(button)
        layout.addLayout(bottom)

    def _table(self, model: MeetingListModel | DecisionListModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.minutes_button.clicked.connect(self._on_minutes_button_clicked)
        self.meeting_view.selectionModel().currentRowChanged.connect(self._on_meeting_view_current_changed)
        self.session.cases_changed.connect(self._on_session_cases_changed)

    # Reading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.selected_meeting()
        rows = records.list_meetings(self.session.ctx)
        self.meetings.set_rows(rows)
        _fit(self.meeting_view)
        row = next((n for n, m in enumerate(rows) if chosen and m.id == chosen.id), 0 if rows else -1)
        if row >= 0:
            self.meeting_view.selectRow(row)
        self._show_decisions()

    def selected_meeting(self) -> MeetingRow | None:
        found = self.meetings.row_at(self.meeting_view.currentIndex().row())
        return found if isinstance(found, MeetingRow) else None

    def _show_decisions(self) -> None:
        meeting = self.selected_meeting()
        lines = meeting_decisions(self.session.ctx, meeting.id, meeting.held_on) if meeting else []
        self.decisions.set_rows(lines)
        _fit(self.decision_view)

    def _on_meeting_view_current_changed(self, *_args: object) -> None:
        self._show_decisions()

    def _on_session_cases_changed(self, _case_id: int) -> None:
        self.reload()

    # Acting -------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_add_button_clicked(self) -> None:
        try:
            records.add_meeting(self.session.ctx, _day(self.held_on), [self.attendees.text()])
        except UserError as error:
            self._say(error.message)
            return
        self.attendees.clear()
        self._say(self.tr("Meeting of %s recorded.") % _day(self.held_on).isoformat())
        self.reload()
        self.meeting_view.selectRow(0)

    def decide(self) -> DecisionDialog | None:
        meeting, case = self.selected_meeting(), self.current_case()
        if meeting is None:
            self._say(self.tr("Record or choose a meeting first."))
            return None
        if case is None:
            self._say(self.tr("Choose a case on the review board first."))
            return None
        dialog = DecisionDialog(self.session, meeting.held_on, case[1], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_decide_button_clicked(self) -> None:
        self.decide()

    def print_to(self, path: Path) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            self._say(self.tr("Record or choose a meeting first."))
            return
        try:
            printed = print_minutes(self.session.ctx, meeting.held_on, path)
        except UserError as error:
            self._say(error.message)
            return
        self._say(self.tr("Minutes written to %s.") % printed.file)

    def _on_minutes_button_clicked(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            self._say(self.tr("Record or choose a meeting first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print minutes"), f"研判会议纪要-{meeting.held_on}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.print_to(Path(name))
