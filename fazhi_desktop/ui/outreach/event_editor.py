"""Recording or editing one outreach event, keyboard first: Enter moves on, Ctrl+S saves (and stays,
so photos can be added), Ctrl+Enter saves and starts the next, Esc goes back to the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import kinds as outreach_kinds
from fazhi_desktop.services.outreach.events import EventRow, check_event_input
from fazhi_desktop.ui.outreach.event_fields import EventFields
from fazhi_desktop.ui.outreach.gallery import PhotoGallery
from fazhi_desktop.ui.registration.fields import FieldError

FORM_MAX_WIDTH = 1100


class EventEditor(QWidget):
    """The form of one event with its photos below."""

    #: An event was saved (carries its id).
    event_saved = Signal(int)
    #: The clerk goes back to the list.
    closed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.keys_hint = QLabel(
            self.tr(
                "Enter moves on · Ctrl+S saves · Ctrl+Enter saves and starts the next · Esc back to the list"
            ),
            self,
        )
        self.keys_hint.setObjectName("hint")
        self.fields = EventFields(self)
        self.gallery = PhotoGallery(ctx, self)
        self.form_error = FieldError(self)
        self.saved_message = QLabel(self)
        self.saved_message.setObjectName("savedMessage")
        self.saved_message.setStyleSheet("QLabel#savedMessage { color: #2e7d32; font-weight: bold; }")
        self.back_button = QPushButton(self.tr("Back to the list (Esc)"), self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_next_button = QPushButton(self.tr("Save and record the next (Ctrl+Enter)"), self)
        for button in (self.back_button, self.save_button, self.save_next_button):
            button.setAutoDefault(True)
        self._lay_out()
        self._make_shortcuts()
        QWidget.setTabOrder(self.fields.last_field(), self.save_button)
        QWidget.setTabOrder(self.save_button, self.save_next_button)
        self._connect()
        self.reload_choices()
        self.new_event()

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.keys_hint, 0, Qt.AlignmentFlag.AlignBottom)
        photos = QGroupBox(self.tr("Photos"), self)
        photos.setStyleSheet("QGroupBox { font-weight: bold; }")
        box = QVBoxLayout(photos)
        box.setContentsMargins(12, 10, 12, 10)
        box.addWidget(self.gallery)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.fields)
        column.addWidget(photos)
        column.addStretch(1)
        inner.setMaximumWidth(FORM_MAX_WIDTH)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.saved_message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)

    def _make_shortcuts(self) -> None:
        def shortcut(keys: list[str], handler: Callable[[], None]) -> None:
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handler)
            self.addAction(action)

        shortcut(["Ctrl+S"], self._on_save_shortcut_triggered)
        shortcut(["Ctrl+Return", "Ctrl+Enter"], self._on_save_next_shortcut_triggered)
        shortcut(["Esc"], self._on_back_button_clicked)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self._on_save_shortcut_triggered)
        self.save_next_button.clicked.connect(self._on_save_next_shortcut_triggered)
        self.back_button.clicked.connect(self._on_back_button_clicked)

    # Public -------------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        kinds = [(k.name, k.id) for k in outreach_kinds.list_kinds(self.ctx, include_retired=False)]
        townships = [
            (t.name, t.id) for t in directories.list_entries(self.ctx, "township", include_retired=False)
        ]
        self.fields.set_choices(kinds, townships)

    def new_event(self) -> None:
        self.event_id = None
        self.fields.clear()
        self.form_error.clear_message()
        self.saved_message.clear()
        self.gallery.set_event(None)
        self.title.setText(self.tr("Record an outreach event"))
        self.scroll_area.verticalScrollBar().setValue(0)

    def edit_event(self, row: EventRow) -> None:
        self.new_event()
        self.event_id = row.id
        self.fields.load(outreach.to_input(row))
        self.gallery.set_event(row.id)
        self.title.setText(self.tr("Outreach event of %s") % row.held_on.isoformat())

    def focus_first(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.fields.first_field())
        self.fields.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> int | None:
        """Check and save; the event's id, or None when the messages beside the fields say what to fix."""
        data = self.fields.collect()
        errors = check_event_input(data, today=clock.today())
        if errors:
            self._show_errors(errors)
            return None
        try:
            if self.event_id is None:
                row = outreach.add_event(self.ctx, data)
            else:
                row = outreach.edit_event(self.ctx, self.event_id, data)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return None
        except UserError as exc:
            self._show_errors({exc.field or "": exc.message})
            return None
        self.fields.clear_errors()
        self.form_error.clear_message()
        self.event_id = row.id
        self.gallery.set_event(row.id)
        self.title.setText(self.tr("Outreach event of %s") % row.held_on.isoformat())
        self.saved_message.setText(self.tr("Saved: %s %s") % (row.held_on.isoformat(), row.title))
        self.event_saved.emit(row.id)
        return row.id

    # Slots --------------------------------------------------------------------------------------

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.saved_message.clear()
        first, others = self.fields.show_errors(errors)
        self.form_error.show_message("\n".join(others.values()))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_save_shortcut_triggered(self) -> None:
        self.save()

    def _on_save_next_shortcut_triggered(self) -> None:
        saved = self.save()
        if saved is not None:
            message = self.saved_message.text()
            self.new_event()
            self.saved_message.setText(message)
            self.focus_first()

    def _on_back_button_clicked(self) -> None:
        self.closed.emit()
