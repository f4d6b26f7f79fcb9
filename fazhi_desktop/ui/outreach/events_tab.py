"""宣传活动: the list of events (filtered by year, kind and township in SQL) and, in its place, the form
of one event. Ins or Ctrl+N records a new one, Enter edits, Del deletes; a ledger is imported in the
background with progress (`import_flow`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import kinds as outreach_kinds
from fazhi_desktop.services.outreach.events import EventFilter, EventRow
from fazhi_desktop.ui.outreach.event_editor import EventEditor
from fazhi_desktop.ui.outreach.import_flow import LedgerImport
from fazhi_desktop.ui.record_table import Column, RecordTableModel, RecordTableView

RIGHT = Qt.AlignmentFlag.AlignRight


class EventTableView(RecordTableView):
    """The events; Enter opens the current one (as a double-click does)."""

    row_activated = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class EventsTab(QWidget):
    """The list of events with its filters, and the editor in its place while one is open."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RecordTableModel[EventRow] = RecordTableModel(self._columns(), parent=self)
        self.stack = QStackedWidget(self)
        self.editor = EventEditor(ctx, self)
        self.importer = LedgerImport(ctx, self)
        self.stack.addWidget(self._make_list())
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)
        self._fill_choices()
        self._connect()
        self.refresh()

    def _columns(self) -> list[Column[EventRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.held_on.isoformat()),
            Column(self.tr("Kind"), lambda r: r.kind_name),
            Column(self.tr("Township"), lambda r: r.region_name),
            Column(self.tr("Materials"), lambda r: f"{r.materials:,}", RIGHT),
            Column(self.tr("People reached"), lambda r: f"{r.people_reached:,}", RIGHT),
            Column(self.tr("Photos"), lambda r: str(r.photo_count) if r.photo_count else "", RIGHT),
            Column(self.tr("Place"), lambda r: r.place),
            Column(self.tr("Theme"), lambda r: r.title),
        ]

    def _make_list(self) -> QWidget:
        page = QWidget(self)
        self.year = QComboBox(page)
        self.year.setObjectName("eventYear")
        self.kind = QComboBox(page)
        self.kind.setObjectName("eventKind")
        self.township = QComboBox(page)
        self.township.setObjectName("eventTownship")
        for combo in (self.year, self.kind, self.township):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(6)
        self.text = QLineEdit(page)
        self.text.setPlaceholderText(self.tr("Words of the theme or place"))
        self.text.setClearButtonEnabled(True)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New event (Ins)"), page)
        self.edit_button = QPushButton(self.tr("Edit (Enter)"), page)
        self.delete_button = QPushButton(self.tr("Delete"), page)
        self.import_button = QPushButton(self.tr("Import a ledger…"), page)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Year"), self.year),
            (self.tr("Kind"), self.kind),
            (self.tr("Township"), self.township),
        ):
            filters.addWidget(QLabel(label, page))
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        self.table = EventTableView(self.model, page)
        self.table.setObjectName("eventTable")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._new_keys = [QShortcut(QKeySequence(k), page) for k in ("Ins", "Ctrl+N")]
        self._delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        return page

    def _fill_choices(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, Any]], every: str) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

        years = outreach.event_years(self.ctx)
        had_year = self.year.count() > 0
        fill(self.year, [(str(y), y) for y in years], self.tr("All years"))
        if not had_year:
            self.year.setCurrentIndex(1)  # this year (or the latest with events) to begin with
        fill(self.kind, [(k.name, k.id) for k in outreach_kinds.list_kinds(self.ctx)], self.tr("All kinds"))
        townships = directories.list_entries(self.ctx, "township", include_retired=False)
        fill(self.township, [(t.name, t.id) for t in townships], self.tr("All townships"))

    def _connect(self) -> None:
        for combo in (self.year, self.kind, self.township):
            combo.currentIndexChanged.connect(self.refresh)
        self.text.textChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.import_button.clicked.connect(self.importer.choose_and_import)
        self.table.row_activated.connect(self.edit_row)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        for key in self._new_keys:
            key.activated.connect(self.new_event)
        self._delete_key.activated.connect(self._on_delete_button_clicked)
        self.editor.closed.connect(self.show_list)

    # Public -------------------------------------------------------------------------------------

    def current_filter(self) -> EventFilter:
        return EventFilter(
            year=self.year.currentData(),
            kind_id=self.kind.currentData(),
            region_id=self.township.currentData(),
            text=self.text.text(),
        )

    def refresh(self) -> None:
        selected = self.model.record(self.table.currentIndex().row())
        self.model.set_records(outreach.list_events(self.ctx, self.current_filter()))
        self.count_label.setText(self.tr("%n event(s)", "", self.model.rowCount()))
        self.table.fit_columns()
        if selected is not None:
            row = self.model.row_of(lambda r: r.id == selected.id)
            if row >= 0:
                self.table.selectRow(row)

    def reload_directories(self) -> None:
        self._fill_choices()
        self.editor.reload_choices()
        self.refresh()

    def new_event(self) -> None:
        self.editor.new_event()
        self.stack.setCurrentWidget(self.editor)
        self.editor.focus_first()

    def edit_row(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            self.editor.edit_event(outreach.get_event(self.ctx, record.id))
            self.stack.setCurrentWidget(self.editor)
            self.editor.focus_first()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def focus_first(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.focus_first()
        else:
            self.table.setFocus()

    # Slots --------------------------------------------------------------------------------------

    def _on_edit_button_clicked(self) -> None:
        self.edit_row(self.table.currentIndex().row())

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_row(index.row())

    def _on_delete_button_clicked(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the event?"),
            self.tr("Delete the event of %s “%s” and its %n photo(s)?", "", record.photo_count)
            % (record.held_on.isoformat(), record.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outreach.delete_event(self.ctx, record.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), exc.message)

    def reload_records(self) -> None:
        """Events or their photos changed (the session said so): new years to choose, new rows."""
        self._fill_choices()
        self.refresh()
