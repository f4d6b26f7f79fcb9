"""The fields of an outreach event, top to bottom in the order the paper ledger has them.

Laid out like the registration forms (`registration.grid.FieldGrid`): two columns of labelled
fields, a message line under each, Enter moves on. It collects an `EventInput` and never reaches
the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGroupBox, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from fazhi_desktop.domain.outreach import MAX_COUNT
from fazhi_desktop.services.outreach.events import COUNTS, EventInput
from fazhi_desktop.ui.registration.fields import ChoiceCombo, DateEdit, DirectoryCombo, to_qdate
from fazhi_desktop.ui.registration.grid import FieldGrid

SPIN_WIDTH = 150


class EventFields(QWidget):
    """Every input of one event, with a message line under each field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = FieldGrid(self)
        self.counts: dict[str, QSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._make_event_group())
        layout.addWidget(self._make_counts_group())
        layout.addStretch(1)
        self._grid.finish()

    # Building -----------------------------------------------------------------------------------

    def _spin(self, parent: QWidget, suffix: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_COUNT)
        spin.setGroupSeparatorShown(True)
        spin.setSuffix(" " + suffix)
        spin.setFixedWidth(SPIN_WIDTH)
        return spin

    def _make_event_group(self) -> QGroupBox:
        group, grid = self._grid.group(self.tr("Event"), self)
        self.held_on = DateEdit(group)
        self.kind = ChoiceCombo(group)
        self.title = QLineEdit(group)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("For example: the Regulations on Petitions in the community"))
        self.place = QLineEdit(group)
        self.place.setMaxLength(200)
        self.township = DirectoryCombo(group)
        self.organisers = QLineEdit(group)
        self.organisers.setMaxLength(200)
        self.partner_count = self._spin(group, self.tr("units"))
        self.partner_count.setSpecialValueText(self.tr("Count the names"))
        self.partner_names = QLineEdit(group)
        self.partner_names.setPlaceholderText(self.tr("Separate the names with 、 or commas"))
        place = self._grid.place
        place(grid, 0, 0, "held_on", self.tr("Date"), self.held_on)
        place(grid, 0, 1, "kind", self.tr("Kind"), self.kind)
        place(grid, 1, 0, "title", self.tr("Theme"), self.title, wide=True)
        place(grid, 2, 0, "place", self.tr("Place"), self.place)
        place(grid, 2, 1, "township", self.tr("Township"), self.township)
        place(grid, 3, 0, "organisers", self.tr("Organisers"), self.organisers)
        place(grid, 3, 1, "partner_count", self.tr("Co-organisers"), self.partner_count, stretch=False)
        place(grid, 4, 0, "partner_names", self.tr("Co-organising units"), self.partner_names, wide=True)
        return group

    def _make_counts_group(self) -> QGroupBox:
        group, grid = self._grid.group(self.tr("Materials and reach"), self)
        labels = {
            "leaflets": (self.tr("Leaflets"), self.tr("copies")),
            "brochures": (self.tr("Brochures"), self.tr("copies")),
            "other_materials": (self.tr("Other materials"), self.tr("copies")),
            "boards": (self.tr("Display boards"), self.tr("boards")),
            "banners": (self.tr("Banners"), self.tr("banners")),
            "consultations": (self.tr("Consultations"), self.tr("person-times")),
            "people_reached": (self.tr("People reached"), self.tr("person-times")),
            "media_count": (self.tr("Media reports"), self.tr("times")),
        }
        for n, name in enumerate(COUNTS):
            label, unit = labels[name]
            self.counts[name] = self._spin(group, unit)
            self._grid.place(grid, n // 2, n % 2, name, label, self.counts[name], stretch=False)
        row = len(COUNTS) // 2
        self.media_note = QLineEdit(group)
        self.media_note.setMaxLength(400)
        self.media_note.setPlaceholderText(self.tr("Which media reported it"))
        self.notes = QPlainTextEdit(group)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.media_note.sizeHint().height() * 2 + 8)
        self._grid.place(grid, row, 0, "media_note", self.tr("Media coverage"), self.media_note, wide=True)
        self._grid.place(grid, row + 1, 0, "notes", self.tr("Notes"), self.notes, wide=True, enter=False)
        return group

    # Public -------------------------------------------------------------------------------------

    def set_choices(self, kinds: Sequence[tuple[str, int]], townships: Sequence[tuple[str, int]]) -> None:
        self.kind.set_choices(kinds, blank=True)
        self.township.set_entries(townships)

    def first_field(self) -> QWidget:
        return self.held_on

    def last_field(self) -> QWidget:
        return self.notes

    def collect(self) -> EventInput:
        partner_count = self.partner_count.value()
        return EventInput(
            held_on=self.held_on.value(),
            title=self.title.text(),
            kind=self.kind.value(),
            place=self.place.text(),
            township=self.township.value(),
            organisers=self.organisers.text(),
            partner_names=self.partner_names.text(),
            partner_count=partner_count or None,
            media_note=self.media_note.text(),
            notes=self.notes.toPlainText(),
            **{name: spin.value() for name, spin in self.counts.items()},
        )

    def load(self, data: EventInput) -> None:
        """Fill the fields with an event (to edit it)."""
        self.clear()
        if data.held_on is not None:
            self.held_on.setDate(to_qdate(data.held_on))
        self.title.setText(data.title)
        self.kind.set_value(data.kind)
        self.place.setText(data.place)
        index = self.township.findData(data.township)
        if index >= 0:
            self.township.setCurrentIndex(index)
        self.organisers.setText(data.organisers)
        self.partner_names.setText(data.partner_names)
        self.partner_count.setValue(data.partner_count or 0)
        for name, spin in self.counts.items():
            spin.setValue(int(getattr(data, name) or 0))
        self.media_note.setText(data.media_note)
        self.notes.setPlainText(data.notes)

    def clear(self) -> None:
        self.held_on.reset()
        self.kind.reset()
        self.township.reset()
        for edit in (self.title, self.place, self.organisers, self.partner_names, self.media_note):
            edit.clear()
        self.notes.clear()
        self.partner_count.setValue(0)
        for spin in self.counts.values():
            spin.setValue(0)
        self._grid.clear_errors()

    def show_errors(self, errors: dict[str, str]) -> tuple[QWidget | None, dict[str, str]]:
        return self._grid.show_errors(errors)

    def clear_errors(self) -> None:
        self._grid.clear_errors()
