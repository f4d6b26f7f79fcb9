"""接访: 领导接访日, 下访, 约访 and 联合接访 with the leader, the place and the cases received there,
counted apart from 宣传. A short form over the list.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.outreach import ReceptionKind
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories
from fazhi_desktop.services.outreach import reception
from fazhi_desktop.services.outreach.reception import ReceptionInput, ReceptionRow
from fazhi_desktop.ui.outreach.inline_form import InlineForm, count_spin
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.registration.fields import ChoiceCombo, DateEdit, DirectoryCombo
from fazhi_desktop.ui.vocab_text import choices, shown

RIGHT = Qt.AlignmentFlag.AlignRight


class ReceptionTab(QWidget):
    """The reception activities of the office."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = self._make_form()
        self.model: RecordTableModel[ReceptionRow] = RecordTableModel(
            [
                Column(self.tr("Date"), lambda r: r.held_on.isoformat()),
                Column(self.tr("Kind"), lambda r: shown(r.kind)),
                Column(self.tr("Leader"), lambda r: r.leader),
                Column(self.tr("Place"), lambda r: r.place or r.region_name),
                Column(self.tr("Batches"), lambda r: str(r.batches), RIGHT),
                Column(self.tr("People"), lambda r: str(r.people), RIGHT),
                Column(self.tr("Cases received"), lambda r: self.tr(", ").join(r.case_numbers)),
            ],
            parent=self,
        )
        self.table = record_view(self.model, self)
        self.table.setObjectName("receptionTable")
        self.delete_button = QPushButton(self.tr("Delete the selected activity"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.table, 1)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.delete_button)
        layout.addLayout(line)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.reload_directories()
        self.refresh()

    def _make_form(self) -> InlineForm:
        form = InlineForm(self.tr("Record a reception activity"), self.tr("Save (Ctrl+S)"), self.save, self)
        self.held_on = DateEdit(form)
        self.kind = ChoiceCombo(form)
        self.kind.set_choices(choices(ReceptionKind), blank=False)
        self.leader = QLineEdit(form)
        self.leader.setPlaceholderText(self.tr("Name (post)"))
        self.place = QLineEdit(form)
        self.township = DirectoryCombo(form)
        self.units = QLineEdit(form)
        self.units.setPlaceholderText(self.tr("Units taking part in a joint reception"))
        self.batches = count_spin(form, self.tr("batches"))
        self.people = count_spin(form, self.tr("person-times"))
        self.cases = QLineEdit(form)
        self.cases.setPlaceholderText(self.tr("Case numbers, separated by spaces or commas"))
        form.add(0, 0, "held_on", self.tr("Date"), self.held_on)
        form.add(0, 1, "kind", self.tr("Kind"), self.kind)
        form.add(0, 2, "leader", self.tr("Leader"), self.leader)
        form.add(1, 0, "place", self.tr("Place"), self.place)
        form.add(1, 1, "township", self.tr("Township"), self.township)
        form.add(1, 2, "partner_names", self.tr("Units"), self.units)
        form.add(2, 0, "batches", self.tr("Batches"), self.batches)
        form.add(2, 1, "people", self.tr("People"), self.people)
        form.add(2, 2, "cases", self.tr("Cases received"), self.cases)
        form.finish(3, 3)
        return form

    # Public -------------------------------------------------------------------------------------

    def reload_directories(self) -> None:
        townships = directories.list_entries(self.ctx, "township", include_retired=False)
        self.township.set_entries([(t.name, t.id) for t in townships])

    def refresh(self) -> None:
        self.model.set_records(reception.list_receptions(self.ctx))
        self.table.fit_columns()

    def focus_first(self) -> None:
        self.form.first().setFocus()

    def save(self) -> None:
        data = ReceptionInput(
            held_on=self.held_on.value(),
            kind=ReceptionKind(self.kind.value()),
            leader=self.leader.text(),
            place=self.place.text(),
            township=self.township.value(),
            partner_names=self.units.text(),
            batches=self.batches.value(),
            people=self.people.value(),
            cases=[n for n in re.split(r"[\s,，、;；]+", self.cases.text()) if n],
        )
        try:
            row = reception.add_reception(self.ctx, data)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.form.show_saved(self.tr("Saved: %s %s") % (row.held_on.isoformat(), shown(row.kind)))
        for edit in (self.place, self.units, self.cases):
            edit.clear()
        self.batches.setValue(0)
        self.people.setValue(0)
        self.form.first().setFocus()

    # Slots --------------------------------------------------------------------------------------

    def _on_delete_button_clicked(self) -> None:
        row = self.model.record(self.table.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete?"),
            self.tr("Delete the reception activity of %s (%s)?") % (row.held_on, row.leader),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                reception.delete_reception(self.ctx, row.id)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Not deleted"), exc.message)
