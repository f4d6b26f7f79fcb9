"""打印: choose a document or report, its case or period, then preview it in the system's PDF viewer,
save it where you like, or print it through the viewer. The work runs off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import UNIT_COPIES, ReportKind
from fazhi_desktop.services.cases.detail import find_case_id
from fazhi_desktop.services.office.offices import list_offices
from fazhi_desktop.services.reports.printing import ReportRequest, ReportResult
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.reports.desktop import safe_name
from fazhi_desktop.ui.reports.runner import ReportRunner
from fazhi_desktop.ui.session import UiSession

ROLE_KIND = Qt.ItemDataRole.UserRole


def _qdate(day: object) -> QDate:
    return QDate.fromString(str(day), "yyyy-MM-dd")


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class PrintTab(QWidget):
    """打印文书和报表."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = ReportRunner(session, self)
        self.names = {
            ReportKind.CASE: self.tr("Case registration and handling sheet"),
            ReportKind.RECEIPT: self.tr("Registration receipt"),
            ReportKind.ACCEPT: self.tr("Notice of acceptance"),
            ReportKind.REJECT: self.tr("Notice of non-acceptance"),
            ReportKind.FORWARD: self.tr("Forwarding or assignment slip"),
            ReportKind.EXTENSION: self.tr("Notice of extension"),
            ReportKind.REPLY: self.tr("Written reply (handling opinion)"),
            ReportKind.REVIEW: self.tr("Review opinion"),
            ReportKind.RECHECK: self.tr("Re-examination opinion"),
            ReportKind.DELIVERY: self.tr("Proof of delivery"),
            ReportKind.SUPERVISE: self.tr("Supervision slip"),
            ReportKind.URGE: self.tr("Reminder slip"),
            ReportKind.COMPLETION: self.tr("Completion report to the higher level"),
            ReportKind.SUMMARY: self.tr("Statistics report"),
            ReportKind.AGENDA: self.tr("Case review meeting agenda"),
            ReportKind.ANNUAL: self.tr("Annual report section (GB/T 9704)"),
        }
        self._build()
        self._connect()
        saved = str(prefs().value("reports/kind", ReportKind.SUMMARY.value))
        self.select_kind(ReportKind(saved) if saved in {k.value for k in ReportKind} else ReportKind.SUMMARY)

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("reportKinds")
        self.kinds.setMinimumWidth(240)
        for kind in ReportKind:
            item = QListWidgetItem(self.names[kind])
            item.setData(ROLE_KIND, kind.value)
            item.setToolTip(kind.label)
            self.kinds.addItem(item)
        self.panels = QStackedWidget(self)
        self.case_panel = self._case_panel()
        self.summary_panel = self._summary_panel()
        self.agenda_panel = self._agenda_panel()
        self.annual_panel = self._annual_panel()
        for panel in (self.case_panel, self.summary_panel, self.agenda_panel, self.annual_panel):
            self.panels.addWidget(panel)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.panels)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addLayout(right, 1)

    def _case_panel(self) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        self.case_number = QLineEdit(panel)
        self.case_number.setObjectName("reportCaseNumber")
        self.case_number.setPlaceholderText(self.tr("e.g. 431127-2024-000123"))
        self.unmasked = QCheckBox(self.tr("Print complete ID numbers and phone numbers"), panel)
        self.for_unit = QCheckBox(
            self.tr("Copy for a unit (for accusations: without anything about the petitioner)"), panel
        )
        form.addRow(self.tr("Case number:"), self.case_number)
        form.addRow("", self.unmasked)
        form.addRow("", self.for_unit)
        return panel

    def _summary_panel(self) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        today = clock.today()
        self.start = QDateEdit(_qdate(today.replace(month=1, day=1)), panel)
        self.end = QDateEdit(_qdate(today), panel)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.office = QComboBox(panel)
        self.office.addItem(self.tr("All offices"), "")
        for office in list_offices(self.session.ctx):
            self.office.addItem(f"{office.name}（{office.code}）", office.code)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        form.addRow(self.tr("Office:"), self.office)
        return panel

    def _agenda_panel(self) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        today = clock.today()
        self.meeting = QDateEdit(_qdate(today), panel)
        self.since = QDateEdit(_qdate(today.fromordinal(today.toordinal() - 7)), panel)
        for edit in (self.meeting, self.since):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Meeting date:"), self.meeting)
        form.addRow(self.tr("Last meeting:"), self.since)
        return panel

    def _annual_panel(self) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        self.year = QSpinBox(panel)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        form.addRow(self.tr("Year:"), self.year)
        return panel

    def _connect(self) -> None:
        self.kinds.currentItemChanged.connect(self._on_kinds_current_item_changed)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.runner.failed.connect(self._on_runner_failed)

    # State --------------------------------------------------------------------------------------

    def kind(self) -> ReportKind:
        item = self.kinds.currentItem()
        return ReportKind(item.data(ROLE_KIND)) if item is not None else ReportKind.SUMMARY

    def select_kind(self, kind: ReportKind) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(ROLE_KIND) == kind.value:
                self.kinds.setCurrentRow(row)
                return

    def set_case(self, number: str) -> None:
        self.case_number.setText(number)

    def request(self) -> ReportRequest:
        """What the form asks for; a UserError when something is missing."""
        kind = self.kind()
        if kind.needs_case:
            number = self.case_number.text().strip()
            if not number:
                raise UserError("请填写信访件编号。")
            return ReportRequest(
                kind,
                case_id=find_case_id(self.session.ctx, number),
                unmasked=self.unmasked.isChecked(),
                for_unit=self.for_unit.isChecked() and kind in UNIT_COPIES,
            )
        if kind is ReportKind.SUMMARY:
            return ReportRequest(
                kind,
                start=_day(self.start),
                end=_day(self.end),
                office=str(self.office.currentData() or "") or None,
            )
        if kind is ReportKind.AGENDA:
            return ReportRequest(kind, day=_day(self.meeting), since=_day(self.since))
        return ReportRequest(kind, year=self.year.value())

    def file_name(self) -> str:
        kind = self.kind()
        if kind.needs_case:
            return safe_name(f"{kind.label}_{self.case_number.text().strip()}")
        if kind is ReportKind.ANNUAL:
            return safe_name(f"{kind.label}_{self.year.value()}")
        return safe_name(f"{kind.label}_{clock.today().isoformat()}")

    # Actions ------------------------------------------------------------------------------------

    def _checked(self) -> ReportRequest | None:
        try:
            return self.request()
        except UserError as exc:
            self.status.setText(exc.message)
            return None

    def preview(self) -> None:
        request = self._checked()
        if request is not None:
            self.status.setText(self.tr("Preparing the preview…"))
            self.runner.preview(request, self.file_name())

    def print_document(self) -> None:
        request = self._checked()
        if request is not None:
            self.status.setText(self.tr("Preparing the document for printing…"))
            self.runner.print(request, self.file_name())

    def save_as(self, path: Path) -> None:
        request = self._checked()
        if request is not None:
            self.runner.save(request, path, self._on_saved)

    def _on_saved(self, result: ReportResult) -> None:
        text = self.tr("Saved %1 (%2 pages).").replace("%1", result.file).replace("%2", str(result.pages))
        if result.warnings:  # a 检举控告 copy left out in doubt: the clerk checks it before sending
            text += "\n" + self.tr("Check before sending: %1").replace("%1", " ".join(result.warnings))
        self.status.setText(text)

    # Slots --------------------------------------------------------------------------------------

    def _on_kinds_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        kind = ReportKind(current.data(ROLE_KIND))
        panel = {
            ReportKind.SUMMARY: self.summary_panel,
            ReportKind.AGENDA: self.agenda_panel,
            ReportKind.ANNUAL: self.annual_panel,
        }.get(kind, self.case_panel)
        self.panels.setCurrentWidget(panel)
        self.for_unit.setEnabled(kind in UNIT_COPIES)
        # The document is printed in Chinese: its printed name beside the UI's, once where they are the same.
        name = self.names[kind]
        self.title.setText(
            name
            if name == kind.label
            else self.tr("%1 (printed as %2)").replace("%1", name).replace("%2", kind.label)
        )
        self.status.clear()
        prefs().setValue("reports/kind", kind.value)

    def _on_runner_failed(self, message: str) -> None:
        self.status.setText(message)

    def _on_preview_button_clicked(self) -> None:
        self.preview()

    def _on_print_button_clicked(self) -> None:
        self.print_document()

    def _on_save_button_clicked(self) -> None:
        folder = str(prefs().value("reports/folder", str(Path.home())))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document"),
            str(Path(folder) / f"{self.file_name()}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
            prefs().setValue("reports/folder", str(path.parent))
            self.save_as(path)
