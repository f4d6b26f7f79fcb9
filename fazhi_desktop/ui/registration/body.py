"""The fields of a registration form, top to bottom in the order a clerk asks the questions.

`RegistrationFields` builds the editors of one channel, collects them into a `CaseInput`, shows
messages beside the fields and clears itself for the next visitor. It never reaches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.idnumber import IdNumber, InvalidIdNumber, normalize_id_number, parse_id_number
from fazhi_desktop.domain.vocab import UPPER_SOURCES, Channel, Nature, Source
from fazhi_desktop.services.cases.registration import MAX_HEAD_COUNT, SUMMARY_MAX, CaseInput, PetitionerInput
from fazhi_desktop.ui.registration.fields import (
    ChoiceCombo,
    DateEdit,
    DirectoryCombo,
    OptionalDateEdit,
    RegionMissingNote,
)
from fazhi_desktop.ui.registration.grid import FieldGrid
from fazhi_desktop.ui.style import labelled
from fazhi_desktop.ui.vocab_text import choices, shown

#: The flags of a case (CaseInput attribute names), in the order the check boxes show them.
FLAGS = ("cross_level", "urgent", "threat", "three_cross", "anonymous", "consent_public", "not_public")
_FLAGS_PER_LINE = 4  # 越级 重大紧急 扬言 三跨三分离 / 匿名 同意公开 不宜公开
_NO_VALUE = "—"


class RegistrationFields(QWidget):
    """Every input of a case of one channel, with a message line under each field."""

    #: The ID number changed: the earlier cases may be others now.
    id_number_changed = Signal()
    #: The name or the phone changed (they find the earlier cases when there is no ID number).
    contact_changed = Signal()
    #: The head count changed (the 集体访 banner follows it).
    head_count_changed = Signal(int)
    #: A link in a hint was followed ("settings:township": where 问题属地 are added).
    link_requested = Signal(str)

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self._grid = FieldGrid(self)
        self._upper_widgets: list[QWidget] = []
        self.flags: dict[str, QCheckBox] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._make_person_group())
        layout.addWidget(self._make_petition_group())
        layout.addStretch(1)
        self._grid.finish()
        self._connect()
        self._on_source_current_index_changed()

    # Building -----------------------------------------------------------------------------------

    def _make_person_group(self) -> QGroupBox:
        group, grid = self._grid.group(self.tr("Petitioner"), self)
        self.id_number = QLineEdit(group)
        self.id_number.setMaxLength(24)
        self.id_number.setPlaceholderText(self.tr("18-digit ID number (15 on old cards)"))
        self.sex = QLabel(_NO_VALUE, group)
        self.birth_date = QLabel(_NO_VALUE, group)
        self.name = QLineEdit(group)
        self.name.setMaxLength(50)
        self.phone = QLineEdit(group)
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText(self.tr("Mobile or landline"))
        self.address = QLineEdit(group)
        self.address.setMaxLength(200)
        self.head_count = QSpinBox(group)
        self.head_count.setRange(1, MAX_HEAD_COUNT)
        self._set_head_count_suffix(1)
        self.head_count.setMinimumWidth(110)

        identity = QWidget(group)
        row = QHBoxLayout(identity)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        birth_label = QLabel(labelled(self.tr("Date of birth")), identity)
        for widget in (self.sex, birth_label, self.birth_date):
            widget.setMinimumHeight(self.id_number.sizeHint().height())
        row.addWidget(self.sex)
        row.addSpacing(24)
        row.addWidget(birth_label)
        row.addWidget(self.birth_date)
        row.addStretch(1)

        self._grid.place(grid, 0, 0, "id_number", self.tr("ID number"), self.id_number)
        self._grid.place(grid, 0, 1, None, self.tr("Sex"), identity, focus=False)
        self._grid.place(grid, 1, 0, "name", self.tr("Name"), self.name)
        self._grid.place(grid, 1, 1, "phone", self.tr("Phone"), self.phone)
        self._grid.place(grid, 2, 0, "address", self.tr("Address"), self.address)
        self._grid.place(
            grid, 2, 1, "head_count", self.tr("Number of people"), self.head_count, stretch=False
        )
        return group

    def _make_petition_group(self) -> QGroupBox:
        group, grid = self._grid.group(self.tr("Petition"), self)
        self.registered_on = DateEdit(group)
        self.source = ChoiceCombo(group)
        self.source.set_choices(choices(Source), blank=False)
        self.upper_number = QLineEdit(group)
        self.upper_number.setMaxLength(50)
        self.upper_deadline = OptionalDateEdit(group)
        row = 0
        self._grid.place(grid, row, 0, "registered_on", self.tr("Registration date"), self.registered_on)
        self._grid.place(grid, row, 1, "source", self.tr("Source"), self.source)
        row += 1
        self._upper_widgets += self._grid.place(
            grid, row, 0, "upper_number", self.tr("Higher level's number"), self.upper_number
        )
        self._upper_widgets += self._grid.place(
            grid, row, 1, "upper_deadline", self.tr("Higher level's deadline"), self.upper_deadline
        )
        row += 1
        if self.channel is Channel.LETTER:
            row = self._add_letter_rows(group, grid, row)
        if self.channel is Channel.ONLINE:
            self.online_number = QLineEdit(group)
            self.online_number.setMaxLength(50)
            self._grid.place(
                grid, row, 0, "online_number", self.tr("Online petition number"), self.online_number
            )
            row += 1

        self._make_matter_editors(group)

        _label, region_cell = self._grid.place(
            grid, row, 0, "region", self.tr("Place of the problem"), self.region
        )
        # On the first start there is nothing to choose: said here, not only on saving.
        self.region_missing = RegionMissingNote(region_cell)
        self._grid.place(grid, row, 1, "category", self.tr("Category"), self.category)
        row += 1
        self._grid.place(grid, row, 0, "nature", self.tr("Nature"), self.nature)
        self._grid.place(grid, row, 1, "purpose", self.tr("Purpose"), self.purpose)
        row += 1
        self._grid.place(grid, row, 0, "accused", self.tr("Complained about"), self.accused, wide=True)
        row += 1
        self._grid.place(grid, row, 0, "summary", self.tr("Summary"), self.summary, wide=True)
        row += 1
        self._grid.place(grid, row, 0, "content", self.tr("Details"), self.content, wide=True, enter=False)
        row += 1
        self._grid.place(
            grid, row, 0, None, self.tr("Flags"), self._make_flags(group), wide=True, focus=False
        )
        return group

    def _make_matter_editors(self, group: QGroupBox) -> None:
        self.region = DirectoryCombo(group)
        self.region.edit().setPlaceholderText(self.tr("Type a township or village to search"))
        self.category = DirectoryCombo(group)
        self.category.edit().setPlaceholderText(self.tr("Type a word to search"))
        self.nature = ChoiceCombo(group)
        self.nature.set_choices(choices(Nature), blank=True)
        self.purpose = ChoiceCombo(group)
        self.accused = QLineEdit(group)
        self.accused.setMaxLength(200)
        self.accused.setPlaceholderText(self.tr("The person or unit complained about, if any"))
        self.summary = QLineEdit(group)
        self.summary.setMaxLength(SUMMARY_MAX + 50)  # a longer one gets a message, not a silent cut
        self.summary.setPlaceholderText(self.tr("One sentence: the problem and what the petitioner asks for"))
        self.content = QPlainTextEdit(group)
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What the petitioner says, in detail (Tab moves on)"))
        line = self.content.fontMetrics().lineSpacing()
        self.content.setFixedHeight(4 * line + 14)

    def _add_letter_rows(self, group: QGroupBox, grid: QGridLayout, row: int) -> int:
        self.postmarked_on = OptionalDateEdit(group)
        self.received_on = OptionalDateEdit(group)
        self.received_on.setToolTip(
            self.tr(
                "The day the office received the letter: the 15 days to accept or route it run from "
                "this day (from the registration date when left empty)."
            )
        )
        self.envelope_address = QLineEdit(group)
        self.envelope_address.setMaxLength(200)
        self.envelope_address.setPlaceholderText(self.tr("The sender's address on the envelope"))
        self._grid.place(grid, row, 0, "postmarked_on", self.tr("Letter date (postmark)"), self.postmarked_on)
        self._grid.place(grid, row, 1, "received_on", self.tr("Received on"), self.received_on)
        self._grid.place(
            grid,
            row + 1,
            0,
            "envelope_address",
            self.tr("Envelope address"),
            self.envelope_address,
            wide=True,
        )
        return row + 2

    def _make_flags(self, parent: QWidget) -> QWidget:
        """The flags in two lines: how the matter must be handled, then consent and privacy."""
        box = QWidget(parent)
        lines = QGridLayout(box)
        lines.setContentsMargins(0, 2, 0, 0)
        lines.setHorizontalSpacing(20)
        lines.setVerticalSpacing(6)
        lines.setColumnStretch(len(FLAGS), 1)
        texts = {
            "cross_level": (self.tr("Skipped a level"), self.tr("The visit skips the competent level")),
            "urgent": (self.tr("Major or urgent"), ""),
            "threat": (self.tr("Threat of extreme action"), ""),
            "three_cross": (
                self.tr("Three-cross"),
                self.tr(
                    "Crosses regions, departments or trades, or the person, the problem and the home are apart"
                ),
            ),
            "anonymous": (self.tr("Anonymous"), self.tr("No name is needed for an anonymous petition")),
            "consent_public": (self.tr("Agrees to publication"), ""),
            "not_public": (
                self.tr("Not for publication"),
                self.tr("Left out of evaluation and public figures"),
            ),
        }
        for n, key in enumerate(FLAGS):
            text, tip = texts[key]
            check = QCheckBox(text, box)
            check.setToolTip(tip)
            self.flags[key] = check
            self._grid.add_to_order(check)
            line, column = divmod(n, _FLAGS_PER_LINE)
            lines.addWidget(check, line, column)
        return box

    def _connect(self) -> None:
        self.id_number.textChanged.connect(self._on_id_number_text_changed)
        self.id_number.editingFinished.connect(self._on_id_number_editing_finished)
        self.name.textChanged.connect(self._on_name_text_changed)
        self.phone.textChanged.connect(self._on_phone_text_changed)
        self.head_count.valueChanged.connect(self._on_head_count_value_changed)
        self.source.currentIndexChanged.connect(self._on_source_current_index_changed)
        # Enter on a completion in the pop-up list chooses it and moves on, as Enter does elsewhere.
        self.region.edit().returnPressed.connect(self._on_region_return_pressed)
        self.category.edit().returnPressed.connect(self._on_category_return_pressed)
        self.region_missing.linkActivated.connect(self.link_requested)

    # Public -------------------------------------------------------------------------------------

    @property
    def editors(self) -> dict[str, QWidget]:
        """Every field's editor by key (drafts walk them)."""
        return self._grid.editors

    def first_field(self) -> QWidget:
        return self.id_number

    def last_field(self) -> QWidget:
        return self._grid.order[-1]

    def set_directories(
        self,
        regions: Sequence[tuple[str, int]],
        categories: Sequence[tuple[str, int]],
        purposes: Sequence[tuple[str, int]],
    ) -> None:
        self.region.set_entries(regions)
        self.region_missing.setVisible(not regions)
        self.category.set_entries(categories)
        self.purpose.set_choices(purposes, blank=True)

    def identity(self) -> IdNumber | None:
        """The ID number decoded, when what is typed is a valid one."""
        try:
            return parse_id_number(self.id_number.text(), today=clock.today())
        except InvalidIdNumber:
            return None

    def lookup_keys(self) -> tuple[str, str, str]:
        """(ID number, name, phone) to look the person's earlier cases up by; an old 15-digit number
        becomes its 18-digit form, as the database keeps it."""
        parsed = self.identity()
        number = parsed.number if parsed else normalize_id_number(self.id_number.text())
        return number, self.name.text().strip(), self.phone.text().strip()

    def collect(self) -> tuple[CaseInput, dict[str, str]]:
        """The case as typed, and the messages of dates that could not be read."""
        errors: dict[str, str] = {}
        dates: dict[str, Any] = {}
        for key in ("upper_deadline", "postmarked_on", "received_on"):
            editor = self._grid.editors.get(key)
            if not isinstance(editor, OptionalDateEdit) or (key == "upper_deadline" and not self._is_upper()):
                continue
            try:
                dates[key] = editor.value()
            except UserError as exc:
                errors[key] = exc.message
        person = PetitionerInput(
            name=self.name.text().strip(),
            id_number=self.id_number.text().strip(),
            phone=self.phone.text().strip(),
            address=self.address.text().strip(),
        )
        has_person = any((person.name, person.id_number, person.phone, person.address))
        data = CaseInput(
            channel=self.channel,
            summary=self.summary.text().strip(),
            content=self.content.toPlainText().strip(),
            registered_on=self.registered_on.value(),
            petitioners=[person] if has_person else [],
            head_count=self.head_count.value(),
            source=str(self.source.value()),
            upper_number=self.upper_number.text().strip() if self._is_upper() else "",
            online_number=self.online_number.text().strip() if self.channel is Channel.ONLINE else "",
            envelope_address=(self.envelope_address.text().strip() if self.channel is Channel.LETTER else ""),
            region=self.region.value(),
            category=self.category.value(),
            nature=self.nature.value(),
            purpose=self.purpose.value(),
            accused=self.accused.text().strip(),
            **dates,
        )
        for key, check in self.flags.items():
            setattr(data, key, check.isChecked())
        return data, errors

    def show_errors(self, errors: dict[str, str]) -> tuple[QWidget | None, dict[str, str]]:
        """Show each message under its field; returns the first bad field (top to bottom) and the
        messages that belong to no field of this form."""
        return self._grid.show_errors(errors)

    def error_text(self, key: str) -> str:
        """The message shown under a field ("" when none), for tests and accessibility."""
        return self._grid.error_text(key)

    def clear_errors(self) -> None:
        self._grid.clear_errors()

    def clear(self) -> None:
        """Empty every field for the next visitor (the registration date goes back to today)."""
        for editor in self._grid.editors.values():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.clear()
            elif isinstance(editor, ChoiceCombo | DirectoryCombo | DateEdit | OptionalDateEdit):
                editor.reset()
        self.head_count.setValue(1)
        for check in self.flags.values():
            check.setChecked(False)
        self.clear_errors()
        self._show_identity(None)

    # Slots --------------------------------------------------------------------------------------

    def _on_id_number_text_changed(self, text: str) -> None:
        number = normalize_id_number(text)
        parsed: IdNumber | None = None
        message = ""
        if len(number) in (15, 18) or len(number) > 18:
            try:
                parsed = parse_id_number(number, today=clock.today())
            except InvalidIdNumber as exc:
                # 15 characters may be the start of an 18-digit number: judge them when the clerk leaves.
                message = exc.message if len(number) >= 18 else ""
        self._show_identity(parsed)
        self._grid.errors["id_number"].show_message(message)
        self.id_number_changed.emit()

    def _on_id_number_editing_finished(self) -> None:
        text = self.id_number.text().strip()
        if not text:
            return
        try:
            parse_id_number(text, today=clock.today())
        except InvalidIdNumber as exc:
            self._grid.errors["id_number"].show_message(exc.message)

    def _on_name_text_changed(self, _text: str) -> None:
        self.contact_changed.emit()

    def _on_phone_text_changed(self, _text: str) -> None:
        self.contact_changed.emit()

    def _on_region_return_pressed(self) -> None:
        self.region.focusNextChild()

    def _on_category_return_pressed(self) -> None:
        self.category.focusNextChild()

    def _set_head_count_suffix(self, value: int) -> None:
        """ "1 person", "3 people" (Chinese: 人 for both)."""
        self.head_count.setSuffix(" " + (self.tr("person") if value == 1 else self.tr("people")))

    def _on_head_count_value_changed(self, value: int) -> None:
        self._set_head_count_suffix(value)
        self.head_count_changed.emit(value)

    def _on_source_current_index_changed(self, _index: int = 0) -> None:
        upper = self._is_upper()
        for widget in self._upper_widgets:
            widget.setVisible(upper)

    # Helpers ------------------------------------------------------------------------------------

    def _is_upper(self) -> bool:
        return Source(str(self.source.value())) in UPPER_SOURCES

    def _show_identity(self, parsed: IdNumber | None) -> None:
        self.sex.setText(shown(parsed.sex) if parsed else _NO_VALUE)
        self.birth_date.setText(parsed.birth_date.isoformat() if parsed else _NO_VALUE)
