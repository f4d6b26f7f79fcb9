"""审计: the 审计员's page — the audit trail filtered by user, action, dates and outcome, the chain
verified, and the trail exported (services/audit/trail.py, which refuses and audits anyone else).

Shown in the navigation to the 审计员 alone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.audit import trail
from fazhi_desktop.services.audit.trail import AuditFilter, AuditRow
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.vocab_text import shown_code

#: The outcomes an entry records (store.audit_chain's words).
OK, FAILED = "ok", "failed"
#: The newest entries the page lists (the export holds every matching one).
SHOWN = 500


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditPage(QWidget):
    """The trail, newest last, under a row of filters; 核对 and 导出 beside them."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        title = QLabel(self.tr("Audit trail"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._make_filters())
        self.summary = QLabel(self)
        self.summary.setObjectName("auditSummary")
        layout.addWidget(self.summary)
        self.model: RecordTableModel[AuditRow] = RecordTableModel(
            [
                Column(self.tr("No."), lambda r: str(r.seq)),
                Column(self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}"),
                Column(self.tr("User"), lambda r: r.user_login),
                Column(self.tr("Role"), lambda r: shown_code(Role, r.role)),
                Column(self.tr("PC"), lambda r: r.host or ""),
                Column(self.tr("Action"), lambda r: r.action),
                Column(
                    self.tr("Outcome"), lambda r: self.tr("failed") if r.outcome == FAILED else self.tr("ok")
                ),
                Column(self.tr("What"), lambda r: r.summary),
            ],
            muted=lambda r: r.outcome == FAILED,
            parent=self,
        )
        self.table = record_view(self.model, self)
        self.table.setObjectName("auditTable")
        layout.addWidget(self.table, 1)
        self.refresh()

    def _make_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.user = QLineEdit(self)
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("User name"))
        self.action = QLineEdit(self)
        self.action.setObjectName("auditAction")
        self.action.setPlaceholderText(self.tr("Action, e.g. case or user.login"))
        self.dated = QCheckBox(self.tr("From"), self)
        today = clock.today()
        self.start = QDateEdit(_qdate(today.replace(day=1)), self)
        self.end = QDateEdit(_qdate(today), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("auditOutcome")
        self.outcome.addItem(self.tr("All outcomes"), None)
        self.outcome.addItem(self.tr("ok"), OK)
        self.outcome.addItem(self.tr("failed"), FAILED)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self.verify_button = QPushButton(self.tr("Verify chain"), self)
        self.verify_button.setObjectName("verifyChain")
        self.export_button = QPushButton(self.tr("Export…"), self)
        for widget in (self.user, self.action, self.dated, self.start, QLabel(self.tr("to"), self), self.end):
            row.addWidget(widget)
        row.addWidget(self.outcome)
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        row.addWidget(self.export_button)
        self.search_button.clicked.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        self.action.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        return row

    def where(self) -> AuditFilter:
        dated = self.dated.isChecked()
        return AuditFilter(
            start=self.start.date().toPython() if dated else None,  # type: ignore[arg-type]
            end=self.end.date().toPython() if dated else None,  # type: ignore[arg-type]
            user=self.user.text().strip() or None,
            action=self.action.text().strip() or None,
            outcome=self.outcome.currentData(),
        )

    def refresh(self) -> None:
        try:
            listed = trail.list_entries(self.session.ctx, self.where(), limit=SHOWN)
        except UserError as exc:
            self.summary.setText(exc.message)
            return
        self.model.set_records(listed.entries)
        self.table.fit_columns()
        self.table.scrollToBottom()
        shown = len(listed.entries)
        self.summary.setText(
            self.tr("%1 entries match; the newest %2 are shown.")
            .replace("%1", str(listed.total))
            .replace("%2", str(shown))
        )

    def verify(self) -> worker.ProgressWatcher:
        """核对: walk the whole chain in the background and say whether it holds, naming the first
        broken entry (a trail of years is hundreds of thousands of entries)."""
        self._busy(True)
        ctx = self.session.ctx
        return worker.start(
            self,
            self.tr("Verifying the chain…"),
            lambda _progress, cancelled: trail.chain_state(ctx, cancelled=cancelled),
            self._on_verified,
            self._on_failed,
        )

    def _on_verified(self, state: trail.ChainState) -> None:
        self._busy(False)
        if state.broken is not None:
            message = state.broken.message
        elif state.head is None:
            message = self.tr("The trail is empty.")
        else:
            message = (
                self.tr("The chain holds: %1 entries, head No. %2, SHA-256 %3.")
                .replace("%1", str(state.count))
                .replace("%2", str(state.head.seq))
                .replace("%3", state.head.hash)
            )
        self.summary.setText(message)
        if state.broken is not None:
            QMessageBox.warning(self, self.tr("Verify chain"), message)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit trail"), "审计记录.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> worker.ProgressWatcher:
        self._busy(True)
        ctx, where = self.session.ctx, self.where()
        return worker.start(
            self,
            self.tr("Exporting the audit trail…"),
            lambda _progress, _cancelled: trail.export(ctx, path, where),
            self._on_exported,
            self._on_failed,
        )

    def _on_exported(self, done: tuple[object, int]) -> None:
        self._busy(False)
        target, count = done
        self.refresh()  # the export is itself an entry: list it too
        self.summary.setText(
            self.tr("Exported %1 entries to %2.").replace("%1", str(count)).replace("%2", str(target))
        )

    def _busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, UserError):
            raise exc  # a bug: the crash dialog shows it
        self.summary.setText(exc.message)
        QMessageBox.warning(self, self.tr("Audit trail"), exc.message)
