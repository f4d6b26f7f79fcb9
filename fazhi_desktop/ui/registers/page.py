"""台账/专项: the registers (领导包案, 积案, 专项攻坚) with their 化解率 on the left; the matters of the one
selected on the right, with their leader, plan, 化解 date and notes; actions to make a register, add
cases, import a higher level's list (off the GUI thread), record a 化解 or a note, and print."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.changes import Changes, Touched
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.domain.registers import RegisterInput, RegisterKind
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.registers import importing, outputs, reading, writing
from fazhi_desktop.services.registers.importing import ListImport
from fazhi_desktop.services.registers.reading import EntryView, RegisterSummary
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.registers.dialogs import CasesDialog, DatedDialog, NewRegisterDialog
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.worker import start

log = logging.getLogger(__name__)
RIGHT = Qt.AlignmentFlag.AlignRight


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class RegistersPage(QWidget):
    """The 台账/专项 page."""

    #: A matter's case was double-clicked: open it (the main window shows its detail).
    case_activated = Signal(int)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("registersPage")
        self.kinds = {
            RegisterKind.LEADER: self.tr("Leader-owned cases"),
            RegisterKind.BACKLOG: self.tr("Backlog cases"),
            RegisterKind.SPECIAL: self.tr("Special campaign"),
        }
        self.registers = RecordTableModel[RegisterSummary](
            [
                Column(self.tr("Kind"), lambda r: self.kinds.get(r.kind, str(r.kind))),
                Column(self.tr("Register"), lambda r: r.name),
                Column(self.tr("Cases"), lambda r: str(r.cases), RIGHT),
                Column(self.tr("Resolved"), lambda r: str(r.resolved), RIGHT),
                Column(self.tr("Resolution rate"), lambda r: percent(r.rate), RIGHT),
            ],
            parent=self,
        )
        self.entries = RecordTableModel[EntryView](
            [
                Column(self.tr("Case number"), lambda e: e.number),
                Column(self.tr("Petitioner"), lambda e: e.principal or ""),
                Column(self.tr("Summary"), lambda e: e.summary),
                Column(
                    self.tr("Resolved on"),
                    lambda e: _day(e.resolved_on) if e.resolved_on else self.tr("Not resolved"),
                ),
                Column(self.tr("Decided by"), lambda e: e.resolved_by or ""),
                Column(self.tr("State"), lambda e: e.state),
                Column(self.tr("Leader"), lambda e: e.leader or ""),
                Column(self.tr("Due"), lambda e: _day(e.due_on)),
                Column(self.tr("Plan"), lambda e: e.plan or ""),
                Column(self.tr("Latest progress"), lambda e: e.notes[-1].text if e.notes else ""),
            ],
            parent=self,
        )
        #: The outcome of the last import and print, and the last message shown (what tests read).
        self.last_import: ListImport | None = None
        self.last_print: outputs.PrintedRegister | None = None
        self.message_box: QMessageBox | None = None
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New register…"), self)
        self.add_button = QPushButton(self.tr("Add cases…"), self)
        self.import_button = QPushButton(self.tr("Import list…"), self)
        self.resolve_button = QPushButton(self.tr("Resolved…"), self)
        self.note_button = QPushButton(self.tr("Progress note…"), self)
        self.print_button = QPushButton(self.tr("Print table…"), self)
        for button in (
            self.new_button,
            self.add_button,
            self.import_button,
            self.resolve_button,
            self.note_button,
            self.print_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.register_view = record_view(self.registers, splitter)
        right = QSplitter(Qt.Orientation.Vertical, splitter)
        self.entry_view = record_view(self.entries, right)
        self.notes_view = QPlainTextEdit(right)
        self.notes_view.setReadOnly(True)
        self.notes_view.setPlaceholderText(self.tr("Select a case to see its plan and progress notes."))
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 880])
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.session.data_changed.connect(self._on_session_data_changed)
        self.register_view.selectionModel().currentRowChanged.connect(self._on_register_view_current_changed)
        self.entry_view.selectionModel().currentRowChanged.connect(self._on_entry_view_current_changed)
        self.entry_view.doubleClicked.connect(self._on_entry_view_double_clicked)
        self.new_button.clicked.connect(self.new_register)
        self.add_button.clicked.connect(self.add_cases)
        # Not connected straight to import_list/print_current: clicked(bool) would land in `path`.
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.note_button.clicked.connect(self.note_current)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    # Reading ------------------------------------------------------------------------------------

    def current_register(self) -> RegisterSummary | None:
        return self.registers.record(self.register_view.currentIndex().row())

    def current_entry(self) -> EntryView | None:
        return self.entries.record(self.entry_view.currentIndex().row())

    def reload(self) -> None:
        """Read the registers again, keeping the one selected (and its case) selected."""
        name = current.name if (current := self.current_register()) else None
        self.registers.set_records(reading.list_registers(self.session.ctx))
        self.register_view.fit_columns()
        row = self.registers.row_of(lambda r: r.name == name) if name else -1
        self.register_view.selectRow(max(row, 0))
        self._show_register()

    def _show_register(self) -> None:
        register = self.current_register()
        number = entry.number if (entry := self.current_entry()) else None
        if register is None:
            self.entries.set_records([])
            self.summary_label.setText(self.tr("No register yet: make one with “New register…”."))
        else:
            view = reading.register_view(self.session.ctx, register.name)
            self.entries.set_records(view.entries)
            self.entry_view.fit_columns()
            for column in (2, 8):  # 反映问题 and 化解方案 wrap rather than push the rest off the page
                self.entry_view.setColumnWidth(column, min(self.entry_view.columnWidth(column), 220))
            self.summary_label.setText(self._summary_words(register))
            row = self.entries.row_of(lambda e: e.number == number) if number else -1
            if row >= 0:
                self.entry_view.selectRow(row)
        for button in (self.add_button, self.import_button, self.print_button):
            button.setEnabled(register is not None)
        self._show_entry()

    def _summary_words(self, r: RegisterSummary) -> str:
        text = (
            self.tr("%1 “%2”: %3 cases, %4 resolved, resolution rate %5 (as of %6).")
            .replace("%1", self.kinds.get(r.kind, str(r.kind)))
            .replace("%2", r.name)
            .replace("%3", str(r.cases))
            .replace("%4", str(r.resolved))
            .replace("%5", percent(r.rate))
            .replace("%6", r.as_of.isoformat())
        )
        if r.leader:
            text += " " + self.tr("Leader: %1.").replace("%1", r.leader)
        return text

    def _show_entry(self) -> None:
        entry = self.current_entry()
        self.resolve_button.setEnabled(entry is not None and entry.resolved_on is None)
        self.note_button.setEnabled(entry is not None)
        if entry is None:
            self.notes_view.clear()
            return
        lines = [
            self.tr("Leader: %1").replace("%1", entry.leader or "—"),
            self.tr("Plan: %1").replace("%1", entry.plan or "—"),
            self.tr("Staff: %1").replace("%1", entry.staff or "—"),
            self.tr("Due: %1").replace("%1", _day(entry.due_on) or "—"),
            "",
        ]
        lines += [f"{n.noted_on}  {n.text}" for n in entry.notes] or [self.tr("No progress notes yet.")]
        self.notes_view.setPlainText("\n".join(lines))

    def _on_session_data_changed(self, changes: Changes) -> None:
        if Touched.REGISTERS in changes or Touched.CASES in changes:
            self.reload()

    def _on_register_view_current_changed(self, *_args: Any) -> None:
        self._show_register()

    def _on_entry_view_current_changed(self, *_args: Any) -> None:
        self._show_entry()

    def _on_entry_view_double_clicked(self, *_args: Any) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.case_activated.emit(entry.case_id)

    def _on_import_button_clicked(self) -> None:
        self.import_list()

    def _on_print_button_clicked(self) -> None:
        self.print_current()

    # Actions ------------------------------------------------------------------------------------

    def new_register(self) -> None:
        def submit(data: RegisterInput) -> None:
            writing.add_register(self.session.ctx, data)
            self._select(data.name.strip())

        NewRegisterDialog(self.kinds, submit, self).exec()

    def _select(self, name: str) -> None:
        self.reload()
        row = self.registers.row_of(lambda r: r.name == name)
        if row >= 0:
            self.register_view.selectRow(row)

    def add_cases(self) -> None:
        register = self.current_register()
        if register is None:
            return

        def submit(numbers: list[str]) -> None:
            if not numbers:
                raise UserError(self.tr("Type at least one case number."))
            done = writing.add_cases(self.session.ctx, register.name, numbers)
            if done.missing or done.already:
                self._tell(
                    self.tr("Add cases"),
                    self.tr("Added %1. Already listed: %2. Not found: %3.")
                    .replace("%1", str(len(done.added)))
                    .replace("%2", "、".join(done.already) or "—")
                    .replace("%3", "、".join(done.missing) or "—"),
                )

        CasesDialog(register.name, submit, self).exec()

    def import_list(self, path: str | None = None) -> None:
        register = self.current_register()
        if register is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a higher level's list"), "", self.tr("Excel workbooks (*.xlsx *.xls)")
            )
        if not path:
            return
        name = register.name

        def work(progress: Progress, _cancelled: CancelCheck) -> ListImport:
            return importing.import_list(self.session.ctx, name, path, progress=progress)

        start(self, self.tr("Importing the list…"), work, self._on_import_finished, self._on_work_failed)

    def _on_import_finished(self, result: object) -> None:
        assert isinstance(result, ListImport)
        self.last_import = result
        text = (
            self.tr("%1 rows read, %2 cases added, %3 already listed.")
            .replace("%1", str(result.rows))
            .replace("%2", str(len(result.added)))
            .replace("%3", str(len(result.already)))
        )
        if result.unmatched:
            text += "\n\n" + "\n".join(u.reason for u in result.unmatched)
        self._tell(self.tr("Import a higher level's list"), text)

    def _on_work_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._tell(self.tr("Registers"), error.message, QMessageBox.Icon.Warning)
            return
        raise error

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        """A message that does not block (an import's report can be long; the page stays usable)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def resolve_current(self) -> None:
        register, entry = self.current_register(), self.current_entry()
        if register is None or entry is None:
            return

        def submit(day: date, _text: str) -> None:
            writing.resolve(self.session.ctx, register.name, entry.number, day)

        DatedDialog(self.tr("Resolved"), entry.number, submit, with_text=False, parent=self).exec()

    def note_current(self) -> None:
        register, entry = self.current_register(), self.current_entry()
        if register is None or entry is None:
            return

        def submit(day: date, text: str) -> None:
            writing.add_note(self.session.ctx, register.name, entry.number, text, day)

        DatedDialog(self.tr("Progress note"), entry.number, submit, with_text=True, parent=self).exec()

    def print_current(self, path: str | None = None) -> None:
        register = self.current_register()
        if register is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Print the progress table"),
                f"{register.name}.pdf",
                self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
            )
        if not path:
            return
        name = register.name

        def work(progress: Progress, cancelled: CancelCheck) -> outputs.PrintedRegister:
            return outputs.print_register(
                self.session.ctx, name, Path(path), progress=progress, cancelled=cancelled
            )

        start(self, self.tr("Printing…"), work, self._on_print_finished, self._on_work_failed)

    def _on_print_finished(self, result: object) -> None:
        assert isinstance(result, outputs.PrintedRegister)
        self.last_print = result
