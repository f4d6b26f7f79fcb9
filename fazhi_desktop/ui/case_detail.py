"""The full record of one case (信访件): its fields, petitioners, matter, timeline and attachments.

Opening it is a view of a full record and so writes one audit entry (the service does). Above the
tabs, the statutory clock (`steps.clock_panel`) and the steps allowed now (`steps.step_bar`); each step
opens its dialog (`steps.dialog`), and the window reloads when the step is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.services.cases import detail as cases
from fazhi_desktop.services.cases.detail import (
    AttachmentView,
    CaseDetail,
    MatterCase,
    PetitionerView,
    StepView,
)
from fazhi_desktop.services.clock import procedure
from fazhi_desktop.services.outreach import reception
from fazhi_desktop.services.outreach.reception import ReceptionRow
from fazhi_desktop.ui.archive_action import ArchiveButton
from fazhi_desktop.ui.case_detail_lists import EMPTY, CaseDetailLists, format_date, shown_label
from fazhi_desktop.ui.conformity.panel import ConformityPanel
from fazhi_desktop.ui.fitted_text import FittedText
from fazhi_desktop.ui.prefs import prefs
from fazhi_desktop.ui.record_table import RecordTableModel, RecordTableView, record_view
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.steps.clock_panel import ClockPanel
from fazhi_desktop.ui.steps.dialog import StepDialog
from fazhi_desktop.ui.steps.forms import StepContext
from fazhi_desktop.ui.steps.step_bar import StepBar
from fazhi_desktop.ui.tier_reason_text import calendar_text

GEOMETRY_KEY = "case_detail/geometry"
STYLESHEET = """
QLabel#caseNumber { font-size: 15pt; font-weight: bold; }
QLabel#caseSummary { font-size: 11pt; }
QLabel#badge { background: #eef2f7; color: #33415c; border: 1px solid #c9d3df; border-radius: 3px;
               padding: 1px 8px; }
QLabel#alertBadge { background: #fdecea; color: #8e1b1b; border: 1px solid #e8b4b0; border-radius: 3px;
                    padding: 1px 8px; font-weight: bold; }
QLabel#fieldName { color: #5f6b7a; }
QLabel#hint { color: #5f6b7a; }
"""


class CaseDetailDialog(QDialog):
    """信访件详情: a non-modal window per case; several may be open side by side."""

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.clock: procedure.CaseClock | None = None
        #: The step dialog open over this window, if any.
        self.step_dialog: StepDialog | None = None
        #: The label showing each field's value, by the attribute it shows (`CaseDetailLists.field_groups`).
        self.values: dict[str, QLabel] = {}
        #: The cases opened from this one's matter (kept alive while this window is).
        self.opened: list[CaseDetailDialog] = []
        self.lists = CaseDetailLists(self)
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setStyleSheet(STYLESHEET)
        self.setWindowTitle(self.tr("Case"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self._make_header())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("banner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.clock_panel = ClockPanel(self)
        layout.addWidget(self.clock_panel)
        self.step_bar = StepBar(self)
        layout.addWidget(self.step_bar)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._make_overview(), self.tr("Overview"))
        self._make_lists(case_id)
        self.conformity_panel = ConformityPanel(session, case_id, self.tabs)  # 规范性 (#22)
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)  # Enter opens a case of the matter; it must not close the window
        from fazhi_desktop.ui.reports.case_menu import build_print_menu

        self.print_button = self.buttons.addButton(self.tr("Print"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAutoDefault(False)
        self.print_button.setMenu(build_print_menu(session, case_id, self))
        self.archive_button: ArchiveButton | None = None  # made once the case's number is read
        layout.addWidget(self.buttons)
        self._connect()
        self._restore_geometry()
        self.reload()

    # Building -----------------------------------------------------------------------------------

    def _make_header(self) -> QWidget:
        header = QFrame(self)
        grid = QVBoxLayout(header)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setSpacing(4)
        top = QHBoxLayout()
        self.number_label = QLabel(header)
        self.number_label.setObjectName("caseNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.number_label)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        top.addSpacing(8)
        top.addLayout(self.badges)
        top.addStretch(1)
        grid.addLayout(top)
        self.meta_label = QLabel(header)
        self.meta_label.setWordWrap(True)
        grid.addWidget(self.meta_label)
        self.summary_label = QLabel(header)
        self.summary_label.setObjectName("caseSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.summary_label)
        return header

    def _make_overview(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll)
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 8, 8, 8)
        column.setSpacing(10)

        people = QGroupBox(self.tr("Petitioners"), page)
        people_layout = QVBoxLayout(people)
        self.petitioners_model: RecordTableModel[PetitionerView] = RecordTableModel(
            self.lists.petitioner_columns(), parent=self
        )
        self.petitioners_view = record_view(self.petitioners_model, people, fit_height=True)
        people_layout.addWidget(self.petitioners_view)
        column.addWidget(people)

        groups = self.lists.field_groups()
        metrics = self.fontMetrics()
        label_width = max(
            metrics.horizontalAdvance(label + self.tr(":")) for _, fields in groups for _, label, _ in fields
        )
        for title, fields in groups:
            column.addWidget(self._make_group(title, fields, label_width, page))
        column.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _make_group(
        self, title: str, fields: list[tuple[str, str, bool]], label_width: int, parent: QWidget
    ) -> QGroupBox:
        """Fields in two label–value columns; a wide field takes a whole row."""
        box = QGroupBox(title, parent)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for col in (0, 2):
            grid.setColumnMinimumWidth(col, label_width + 8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        row = col = 0
        for key, label, wide in fields:
            if wide and col:
                row, col = row + 1, 0
            name = QLabel(label + self.tr(":"), box)
            name.setObjectName("fieldName")
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, col)
            value: QWidget
            if key == "content":
                value = self.content_view = FittedText(box)
            else:
                value = self.values[key] = QLabel(box)
                self.values[key].setWordWrap(True)
                self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[key].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col + 1, 1, 3 if wide else 1)
            row, col = (row + 1, 0) if wide or col else (row, 2)
        return box

    def _make_lists(self, case_id: int) -> None:
        """The tabs after the overview: timeline, the matter's cases, attachments, receptions."""
        self.steps_model: RecordTableModel[StepView] = RecordTableModel(
            self.lists.step_columns(), parent=self
        )
        self.steps_note, self.steps_view = self._add_list(self.steps_model)
        self.matter_model: RecordTableModel[MatterCase] = RecordTableModel(
            self.lists.matter_columns(case_id), parent=self
        )
        self.matter_note, self.matter_view = self._add_list(self.matter_model)
        self.matter_open_shortcut = QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.matter_view, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.attachments_model: RecordTableModel[AttachmentView] = RecordTableModel(
            self.lists.attachment_columns(), parent=self
        )
        self.attachments_note, self.attachments_view = self._add_list(self.attachments_model)
        self.receptions_model: RecordTableModel[ReceptionRow] = RecordTableModel(
            self.lists.reception_columns(), parent=self
        )
        self.receptions_note, self.receptions_view = self._add_list(self.receptions_model)

    def _add_list(self, model: RecordTableModel[Any]) -> tuple[QLabel, RecordTableView]:
        """A tab with a line that explains the list, and the list."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        note = QLabel(page)
        note.setObjectName("hint")
        note.setWordWrap(True)
        view = record_view(model, page)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        self.tabs.addTab(page, "")
        return note, view

    # Signals ------------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.matter_view.doubleClicked.connect(self._on_matter_view_double_clicked)
        self.matter_open_shortcut.activated.connect(self._on_matter_open_shortcut_activated)
        self.session.cases_changed.connect(self._on_session_cases_changed)
        self.step_bar.step_requested.connect(self._on_step_bar_step_requested)

    # Showing ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again (a view of the full record: the service audits it)."""
        try:
            detail = cases.case_detail(self.session.ctx, self.case_id)
            clock = procedure.case_clock(self.session.ctx, self.case_id)
        except UserError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.tabs.setEnabled(False)
            self.clock_panel.hide()
            self.step_bar.set_allowed(())
            return
        self.detail, self.clock = detail, clock
        self.error_label.hide()
        self.tabs.setEnabled(True)
        self._show(detail)
        self.conformity_panel.reload()
        self.clock_panel.show_clock(clock, detail.tiers)
        self.clock_panel.show()
        if self.archive_button is None:
            self.archive_button = ArchiveButton(self.session, self.case_id, detail.number, self)
            self.buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
        archived = self.archive_button.refresh()
        self.step_bar.set_allowed(() if archived else clock.allowed)  # an archived matter is read-only

    def _show(self, detail: CaseDetail) -> None:
        reg, subject, handling = detail.registration, detail.subject, detail.handling
        self.setWindowTitle(self.tr("Case %s") % detail.number)
        self.number_label.setText(detail.number)
        principal = detail.petitioners[0].name if detail.petitioners else self.tr("Anonymous")
        if len(detail.petitioners) > 1:
            principal = self.tr("%s and others, %d people") % (principal, len(detail.petitioners))
        self.meta_label.setText(
            self.tr("%s · registered on %s · %s · %s")
            % (
                shown_label(reg.channel),
                format_date(reg.registered_on),
                shown_label(handling.state),
                principal,
            )
        )
        self._show_badges(detail)
        self.summary_label.setText(subject.summary)
        values: dict[str, object] = {
            **vars(reg),
            **vars(subject),
            **vars(handling),
            "source": shown_label(reg.source),
            "nature": shown_label(subject.nature),
            "state": shown_label(handling.state),
            "satisfaction": shown_label(handling.satisfaction),
            "head_count": (self.tr("%d person") if subject.head_count == 1 else self.tr("%d people"))
            % subject.head_count,
            "flags": self.lists.flags_text(detail.flags),
        }
        for key, label in self.values.items():
            value = values[key]
            label.setText(
                format_date(value) if isinstance(value, date) or value is None else str(value) or EMPTY
            )
        due_label = self.values.get("due_date")
        if due_label is not None:
            # The date may sit inside a holiday not yet announced: say so beside it, not only in a tooltip.
            warning = calendar_text(handling.calendar_warning)
            if warning:
                due_label.setText(f"{format_date(handling.due_date)}  ⚠ {warning}")
            due_label.setToolTip(warning or "")
        self.content_view.set_text(subject.content or "")
        self.content_view.setPlaceholderText(self.tr("No details recorded."))
        self.petitioners_model.set_records(detail.petitioners)
        self.petitioners_view.fit_columns()
        self.steps_model.set_records(detail.steps)
        self.matter_model.set_records(detail.matter_cases)
        self.attachments_model.set_records(detail.attachments)
        self._show_lists(detail)

    def _show_badges(self, detail: CaseDetail) -> None:
        while (item := self.badges.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        flags = detail.flags
        badges: list[tuple[str, str]] = []
        if flags.is_collective:
            badges.append((self.tr("Collective visit · %d people") % detail.subject.head_count, "alertBadge"))
        if flags.is_repeat:
            first = next((c.number for c in detail.matter_cases if not c.is_repeat), None)
            badges.append((self.tr("Repeat of %s") % first if first else self.tr("Repeat"), "badge"))
        if flags.urgent:
            badges.append((self.tr("Major or urgent"), "alertBadge"))
        if detail.handling.calendar_warning:
            badges.append((self.tr("Deadline in a year without a holiday table"), "alertBadge"))
        for text, name in badges:
            badge = QLabel(text, self)
            badge.setObjectName(name)
            self.badges.addWidget(badge)

    def _show_lists(self, detail: CaseDetail) -> None:
        repeats = sum(1 for c in detail.matter_cases if c.is_repeat)
        self.tabs.setTabText(1, self.tr("Timeline (%d)") % len(detail.steps))
        self.tabs.setTabText(2, self.tr("Same matter (%d)") % len(detail.matter_cases))
        self.tabs.setTabText(3, self.tr("Attachments (%d)") % len(detail.attachments))
        receptions = reception.receptions_of_case(self.session.ctx, self.case_id)
        self.receptions_model.set_records(receptions)
        self.tabs.setTabText(4, self.tr("Received at (%d)") % len(receptions))
        self.receptions_note.setText(
            self.tr("The reception days, visits and appointments where a leader received this case.")
            if receptions
            else self.tr("This case was not received at a leader's reception day, visit or appointment.")
        )
        self.receptions_view.setVisible(bool(receptions))
        self.steps_note.setText(
            self.tr(
                "Every step of the case, oldest first. Steps are never changed: a correction is a further step."
            )
        )
        self.matter_note.setText(
            self.tr(
                "This matter has %d registrations: the first one and %d repeats. Double-click a case to open it."
            )
            % (len(detail.matter_cases), repeats)
        )
        self.attachments_note.setText(
            self.tr("Scanned letters, receipts and agreements attached to this case.")
            if detail.attachments
            else self.tr("No attachments yet.")
        )
        self.attachments_view.setVisible(bool(detail.attachments))
        self.attachments_note.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if detail.attachments
            else Qt.AlignmentFlag.AlignCenter  # an empty tab says so in the middle, not as a blank table
        )
        for view in (self.steps_view, self.matter_view, self.attachments_view, self.receptions_view):
            view.fit_columns()

    # Slots --------------------------------------------------------------------------------------

    def _on_matter_view_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_matter_case(index.row())

    def _on_matter_open_shortcut_activated(self) -> None:
        self.open_matter_case(self.matter_view.currentIndex().row())

    def open_matter_case(self, row: int) -> None:
        """Open another case of the matter in a window of its own (not this one again)."""
        case = self.matter_model.record(row)
        if case is None or case.id == self.case_id:
            return
        dialog = CaseDetailDialog(self.session, case.id, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened.append(dialog)
        dialog.show()

    def _on_step_bar_step_requested(self, kind: StepKind) -> None:
        self.open_step(kind)

    def open_step(self, kind: StepKind) -> StepDialog | None:
        """The dialog of one step, modal over this window (the window reloads once it is recorded)."""
        if self.detail is None or kind not in (self.clock.allowed if self.clock else ()):
            return None
        context = StepContext(
            case_id=self.case_id,
            number=self.detail.number,
            steps=self.detail.steps,
            matter_cases=self.detail.matter_cases,
            clock=self.clock,
            tier=self.detail.tiers.tier,
            version=self.detail.version,
        )
        self.step_dialog = StepDialog(self.session, kind, context, self)
        self.step_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.step_dialog.finished.connect(self._on_step_dialog_finished)
        self.step_dialog.open()
        return self.step_dialog

    def _on_step_dialog_finished(self, _result: int) -> None:
        self.step_dialog = None

    def _on_session_cases_changed(self, case_id: int) -> None:
        if case_id in (0, self.case_id):
            self.reload()

    # Geometry -----------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = prefs().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(900, available.width() - 40), min(680, available.height() - 60))

    def done(self, result: int) -> None:
        prefs().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
