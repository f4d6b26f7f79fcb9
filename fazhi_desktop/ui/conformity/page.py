"""The 评查 page: the cases the rules find irregular (filters by period, unit, township, handler and
rule), and the 评查 with their findings, where a finding's 整改 is recorded as done on a date."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Cancelled, Progress, check
from fazhi_desktop.services.cases.detail import find_case_id
from fazhi_desktop.services.conformity import audits, keeping, records
from fazhi_desktop.services.conformity.listing import FindingFilter
from fazhi_desktop.services.conformity.records import AuditFinding, AuditRow
from fazhi_desktop.services.office.directories import list_entries
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.conformity.audit_dialog import AuditDialog
from fazhi_desktop.ui.conformity.model import FlaggedCasesModel
from fazhi_desktop.ui.conformity.rules_tab import RulesTab
from fazhi_desktop.ui.conformity_text import rule_article, rule_text
from fazhi_desktop.ui.id_list import PlaceKeeper
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.session import UiSession

log = logging.getLogger(__name__)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ConformityPage(QWidget):
    """规范化评查."""

    case_activated = Signal(int)
    #: The cases were judged again for today (or already were) and the lists read again.
    refreshed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._make_cases(), self.tr("Cases with problems"))
        self.tabs.addTab(self._make_audits(), self.tr("Reviews and rectification"))
        self.rules_tab = RulesTab(session, self)
        self.tabs.addTab(self.rules_tab, self.tr("Rules"))
        layout.addWidget(self.tabs)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.refreshing = False
        self._connect()
        self._fill_choices()
        self.show_cases()
        self.show_audits()
        self.refresh()

    # Building -----------------------------------------------------------------------------------

    def _make_cases(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        today = clock.today()
        self.start_edit = QDateEdit(_qdate(date(today.year, 1, 1)), page)
        self.end_edit = QDateEdit(_qdate(today), page)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.unit_combo = QComboBox(page)
        self.township_combo = QComboBox(page)
        self.rule_combo = QComboBox(page)
        self.handler_edit = QLineEdit(page)
        self.handler_edit.setPlaceholderText(self.tr("Handler login"))
        self.apply_button = QPushButton(self.tr("Show"), page)
        for label, widget in (
            (self.tr("Registered from"), self.start_edit),
            (self.tr("to"), self.end_edit),
            (self.tr("Unit"), self.unit_combo),
            (self.tr("Township"), self.township_combo),
            (self.tr("Rule"), self.rule_combo),
        ):
            bar.addWidget(QLabel(label, page))
            bar.addWidget(widget)
        bar.addWidget(self.handler_edit)
        bar.addWidget(self.apply_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.count_label = QLabel(page)
        layout.addWidget(self.count_label)
        self.cases_model = FlaggedCasesModel(self.session.ctx, self)
        self.cases_view = QTableView(page)
        self.cases_view.setModel(self.cases_model)
        self.cases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_view.setWordWrap(False)
        self.cases_view.horizontalHeader().setStretchLastSection(True)
        self.cases_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.keeper = PlaceKeeper(self.cases_view, self.cases_model)
        layout.addWidget(self.cases_view, 1)
        return page

    def _make_audits(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.audits_model: RecordTableModel[AuditRow] = RecordTableModel(
            [
                Column(self.tr("Review"), lambda a: a.name),
                Column(self.tr("Period"), lambda a: f"{a.start} – {a.end}"),
                Column(self.tr("Team"), lambda a: "、".join(a.team)),
                Column(self.tr("Cases"), lambda a: str(a.cases)),
                Column(self.tr("Problems (open)"), lambda a: f"{a.findings}（{a.open_findings}）"),
                Column(self.tr("Rules version"), lambda a: a.rules_version),
            ],
            parent=self,
        )
        self.findings_model: RecordTableModel[AuditFinding] = RecordTableModel(
            [
                Column(self.tr("Number"), lambda f: f.number),
                Column(self.tr("Problem"), lambda f: f.detail),
                Column(self.tr("Article"), lambda f: rule_article(f.rule_id, f.article)),
                Column(self.tr("Owner"), lambda f: f.owner or ""),
                Column(self.tr("Due"), lambda f: str(f.due_on or "")),
                Column(
                    self.tr("Put right on"), lambda f: str(f.closed_on) if f.closed_on else self.tr("Open")
                ),
            ],
            parent=self,
        )
        split = QSplitter(page)
        self.audits_view = record_view(self.audits_model, split)
        self.findings_view = record_view(self.findings_model, split)
        split.addWidget(self.audits_view)
        split.addWidget(self.findings_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)  # the findings carry the long texts
        layout.addWidget(split, 1)
        bar = QHBoxLayout()
        self.close_date = QDateEdit(_qdate(clock.today()), page)
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat("yyyy-MM-dd")
        self.close_button = QPushButton(self.tr("Record rectification done"), page)
        self.new_button = QPushButton(self.tr("New review…"), page)
        self.team_button = QPushButton(self.tr("Add the team's finding…"), page)
        bar.addWidget(self.new_button)
        bar.addWidget(self.team_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Put right on"), page))
        bar.addWidget(self.close_date)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        return page

    def _connect(self) -> None:
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.cases_view.doubleClicked.connect(self._on_cases_view_double_clicked)
        self.audits_view.selectionModel().currentRowChanged.connect(self._on_audits_view_current_row_changed)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.team_button.clicked.connect(self._on_team_button_clicked)
        self.session.settings_changed.connect(self._on_session_settings_changed)
        self.session.cases_changed.connect(self._on_session_cases_changed)

    # Reading ------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ctx = self.session.ctx
        for combo, kind in ((self.unit_combo, "unit"), (self.township_combo, "township")):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for entry in list_entries(ctx, kind, include_retired=False):
                combo.addItem(entry.name, entry.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        current = self.rule_combo.currentData()
        self.rule_combo.clear()
        self.rule_combo.addItem(self.tr("Any"), None)
        for rule in keeping.load_ruleset(ctx).rules:
            self.rule_combo.addItem(rule_text(rule.id, rule.text), rule.id)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(current)))

    def current_filter(self) -> FindingFilter:
        return FindingFilter(
            start=_day(self.start_edit.date()),
            end=_day(self.end_edit.date()),
            unit_id=self.unit_combo.currentData(),
            township_id=self.township_combo.currentData(),
            handler=self.handler_edit.text().strip() or None,
            rule_id=self.rule_combo.currentData(),
        )

    def refresh(self) -> None:
        """Judge again, off the GUI thread, what a new day or new rules changed; then read the lists.
        Until then the lists show the results stored (of an earlier day at worst)."""
        if self.refreshing:
            return
        self.refreshing = True
        ctx = self.session.ctx

        def work(progress: Progress, cancelled: CancelCheck) -> object:
            def report(done: int, total: int) -> None:
                progress(done, total)
                check(cancelled)  # a cancel rolls the change back; the next showing does it again

            return keeping.refresh_if_stale(ctx, report)

        worker.start(
            self,
            self.tr("Checking every case against the rules…"),
            work,
            self._on_refresh_finished,
            self._on_refresh_failed,
        )

    def _on_refresh_finished(self, _result: object) -> None:
        self.refreshing = False
        self._fill_choices()
        self.show_cases(keep_place=True)
        self.show_audits()
        self.refreshed.emit()

    def _on_refresh_failed(self, error: BaseException) -> None:
        self.refreshing = False
        if isinstance(error, UserError):
            self.message.setText(error.message)
        elif not isinstance(error, Cancelled):
            log.error("judging the cases again failed", exc_info=error)
        self.refreshed.emit()

    def show_cases(self, *, keep_place: bool = False) -> None:
        self.cases_model.set_filter(self.current_filter(), keep_place=keep_place)
        self.count_label.setText(self.tr("%d case(s) with problems") % self.cases_model.rowCount())
        self.cases_view.resizeColumnsToContents()

    def show_audits(self) -> None:
        self.audits_model.set_records(records.audits(self.session.ctx))
        if self.audits_model.rowCount():
            self.audits_view.selectRow(0)
            self._show_findings(0)
        else:
            self.findings_model.set_records([])

    def _show_findings(self, row: int) -> None:
        audit = self.audits_model.record(row)
        self.findings_model.set_records(records.audit_findings(self.session.ctx, audit.id) if audit else [])

    # Slots --------------------------------------------------------------------------------------

    def _on_apply_button_clicked(self) -> None:
        self.show_cases()

    def _on_cases_view_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        case_id = self.cases_model.case_id(index.row())
        if case_id is not None:
            self.case_activated.emit(case_id)

    def _on_audits_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_findings(current.row())

    def _on_close_button_clicked(self) -> None:
        finding = self.findings_model.record(self.findings_view.currentIndex().row())
        if finding is None:
            self.message.setText(self.tr("Select a problem in the list first."))
            return
        try:
            audits.close_findings(
                self.session.ctx, str(finding.case_id), finding.rule_id, _day(self.close_date.date())
            )
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Rectification recorded."))
        self.show_audits()

    def _on_new_button_clicked(self) -> None:
        dialog = AuditDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            result = audits.add_audit(self.session.ctx, dialog.audit_input())
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.setText(
            self.tr("Review %s recorded: %d case(s), %d problem(s).")
            % (result.name, result.cases, result.findings)
        )
        self.show_audits()

    def _on_team_button_clicked(self) -> None:
        audit = self.audits_model.record(self.audits_view.currentIndex().row())
        if audit is None:
            self.message.setText(self.tr("Select a review first."))
            return
        number, ok = QInputDialog.getText(self, self.tr("The team's finding"), self.tr("Case number"))
        if not ok or not number.strip():
            return
        text, ok = QInputDialog.getText(self, self.tr("The team's finding"), self.tr("What is wrong"))
        if not ok:
            return
        try:
            case_id = find_case_id(self.session.ctx, number)
            audits.add_team_finding(self.session.ctx, audit.id, case_id, text)
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("The team's finding recorded."))
        self.show_audits()

    def _on_session_settings_changed(self) -> None:
        self.rules_tab.reload()
        self.refresh()  # new rules: every case is judged again (nothing when only the day's mark changed)

    def _on_session_cases_changed(self, _case_id: int = 0) -> None:
        self.show_cases(keep_place=True)
