"""学法: the bureau's sessions, exams and trainings, and the 法律顾问's service, each a short form over
its list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.outreach import StudyKind, TrainingMode
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import study
from fazhi_desktop.services.outreach.study import AdviceInput, AdviceRow, StudyInput, StudyRow
from fazhi_desktop.ui.outreach.inline_form import InlineForm, count_spin
from fazhi_desktop.ui.record_table import Column, RecordTableModel, record_view
from fazhi_desktop.ui.registration.fields import ChoiceCombo, DateEdit
from fazhi_desktop.ui.vocab_text import choices, shown

RIGHT = Qt.AlignmentFlag.AlignRight


class StudyTab(QWidget):
    """学法 and 法律顾问."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = self._make_study_form()
        self.advice_form = self._make_advice_form()
        self.model: RecordTableModel[StudyRow] = RecordTableModel(
            [
                Column(self.tr("Date"), lambda r: r.held_on.isoformat()),
                Column(self.tr("Kind"), lambda r: shown(r.kind)),
                Column(self.tr("Participants"), lambda r: str(r.participants), RIGHT),
                Column(self.tr("Passed"), self._passed_text, RIGHT),
                Column(self.tr("Mode"), lambda r: shown(r.mode)),
                Column(self.tr("Content"), lambda r: r.title),
            ],
            parent=self,
        )
        self.advice_model: RecordTableModel[AdviceRow] = RecordTableModel(
            [
                Column(self.tr("Period"), lambda a: f"{a.period_start} – {a.period_end}"),
                Column(self.tr("Consultations"), lambda a: str(a.consultations), RIGHT),
                Column(self.tr("Cases reviewed"), lambda a: str(a.cases_reviewed), RIGHT),
                Column(self.tr("Adviser"), lambda a: a.adviser),
            ],
            parent=self,
        )
        self.table = record_view(self.model, self)
        self.table.setObjectName("studyTable")
        self.advice_table = record_view(self.advice_model, self)
        self.delete_button = QPushButton(self.tr("Delete the selected study record"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.table, 3)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.delete_button)
        layout.addLayout(line)
        layout.addWidget(self.advice_form)
        layout.addWidget(self.advice_table, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._on_kind_current_index_changed()
        self.refresh()

    def _passed_text(self, row: StudyRow) -> str:
        if row.passed is None:
            return ""
        return self.tr("%1 (%2)").replace("%1", str(row.passed)).replace("%2", percent(row.pass_rate))

    def _make_study_form(self) -> InlineForm:
        form = InlineForm(self.tr("Record legal study"), self.tr("Save (Ctrl+S)"), self.save_study, self)
        self.held_on = DateEdit(form)
        self.kind = ChoiceCombo(form)
        self.kind.set_choices(choices(StudyKind), blank=False)
        self.title = QLineEdit(form)
        self.title.setPlaceholderText(self.tr("What was studied, or the name of the exam or training"))
        self.participants = count_spin(form, self.tr("people"))
        self.passed = count_spin(form, self.tr("people"))
        self.mode = ChoiceCombo(form)
        self.mode.set_choices(choices(TrainingMode), blank=True)
        form.add(0, 0, "held_on", self.tr("Date"), self.held_on)
        form.add(0, 1, "kind", self.tr("Kind"), self.kind)
        form.add(0, 2, "title", self.tr("Content"), self.title, span=2)
        form.add(1, 0, "participants", self.tr("Participants"), self.participants)
        form.add(1, 1, "passed", self.tr("Passed"), self.passed)
        form.add(1, 2, "mode", self.tr("Training mode"), self.mode)
        form.finish(2, 4)
        return form

    def _make_advice_form(self) -> InlineForm:
        form = InlineForm(
            self.tr("Legal adviser's service"), self.tr("Save (Ctrl+S)"), self.save_advice, self
        )
        self.period_start = DateEdit(form)
        self.period_end = DateEdit(form)
        self.consultations = count_spin(form, self.tr("times"))
        self.cases_reviewed = count_spin(form, self.tr("cases"))
        self.adviser = QLineEdit(form)
        form.add(0, 0, "period_start", self.tr("From"), self.period_start)
        form.add(0, 1, "period_end", self.tr("To"), self.period_end)
        form.add(0, 2, "consultations", self.tr("Consultations"), self.consultations)
        form.add(0, 3, "cases_reviewed", self.tr("Cases reviewed"), self.cases_reviewed)
        form.add(1, 0, "adviser", self.tr("Adviser"), self.adviser, span=2)
        form.finish(2, 4)
        return form

    # Public -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_records(study.list_study(self.ctx))
        self.advice_model.set_records(study.list_advice(self.ctx))
        self.table.fit_columns()
        self.advice_table.fit_columns()

    def focus_first(self) -> None:
        self.form.first().setFocus()

    def save_study(self) -> None:
        kind = StudyKind(self.kind.value())
        data = StudyInput(
            held_on=self.held_on.value(),
            kind=kind,
            title=self.title.text(),
            participants=self.participants.value(),
            passed=self.passed.value() if kind is StudyKind.EXAM else None,
            mode=self.mode.value() if kind is StudyKind.TRAINING else None,
        )
        try:
            row = study.add_study(self.ctx, data)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.form.show_saved(self.tr("Saved: %s %s") % (row.held_on.isoformat(), shown(row.kind)))
        self.title.clear()
        self.participants.setValue(0)
        self.passed.setValue(0)
        self.form.first().setFocus()

    def save_advice(self) -> None:
        data = AdviceInput(
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            consultations=self.consultations.value(),
            cases_reviewed=self.cases_reviewed.value(),
            adviser=self.adviser.text(),
        )
        try:
            study.add_advice(self.ctx, data)
        except ValidationError as exc:
            self.advice_form.show_errors(exc.errors)
            return
        self.advice_form.show_saved(self.tr("Saved"))

    # Slots --------------------------------------------------------------------------------------

    def _on_kind_current_index_changed(self) -> None:
        kind = self.kind.value()
        self.passed.setEnabled(kind == StudyKind.EXAM.value)
        self.mode.setEnabled(kind == StudyKind.TRAINING.value)

    def _on_delete_button_clicked(self) -> None:
        row = self.model.record(self.table.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete?"),
            self.tr("Delete the study record of %s “%s”?") % (row.held_on, row.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                study.delete_study(self.ctx, row.id)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Not deleted"), exc.message)
