"""A known petitioner: when the ID number, or the name and phone, finds earlier cases, the form offers
to fill 姓名, 电话, 住址 (and the ID number, which gives 性别) from the latest of them, in one key.

The latest case is read only when the clerk accepts: reading a petitioner's details is an audited view,
and the audit log should record the views a clerk made, not every keystroke of a search.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fazhi_desktop.services.cases.detail import PetitionerView, case_detail
from fazhi_desktop.services.cases.petitioners import EarlierCase
from fazhi_desktop.ui import shortcuts
from fazhi_desktop.ui.registration.body import RegistrationFields
from fazhi_desktop.ui.session import UiSession


def person_of(case: EarlierCase, people: list[PetitionerView]) -> PetitionerView | None:
    """The petitioner of `case` the search found: the same ID number, else the same name, else the first."""
    for person in people:
        if case.id_number and person.id_number == case.id_number:
            return person
    for person in people:
        if person.name == case.petitioner_name:
            return person
    return people[0] if people else None


def fill_empty(fields: RegistrationFields, person: PetitionerView) -> list[str]:
    """Put the person's details into the fields still empty (what the clerk typed stays); the keys filled."""
    filled = []
    for key, editor, value in (
        ("id_number", fields.id_number, person.id_number),
        ("name", fields.name, person.name),
        ("phone", fields.phone, person.phone),
        ("address", fields.address, person.address),
    ):
        if value and not editor.text().strip():
            editor.setText(value)
            filled.append(key)
    return filled


class KnownPersonOffer(QWidget):
    """ "此人有既往信访件 · 填入上次登记的姓名、性别、电话、住址 (Ctrl+D)", shown while there is something to fill."""

    #: The details were filled (carries the keys of the fields filled).
    filled = Signal(list)

    def __init__(self, session: UiSession, fields: RegistrationFields, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("knownPersonOffer")
        self.session = session
        self.fields = fields
        self.case: EarlierCase | None = None
        self.label = QLabel(self)
        self.label.setObjectName("hint")
        self.button = QPushButton(self.tr("Fill in from the latest case (Ctrl+D)"), self)
        self.button.setObjectName("fillKnownPerson")
        self.button.setAutoDefault(False)
        self.button.setToolTip(shortcuts.tip("fill_known"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.button.clicked.connect(self._on_button_clicked)
        self.hide()

    def consider(self, cases: list[EarlierCase]) -> None:
        """Offer the newest of `cases` while a field it could fill is empty; else hide."""
        self.case = cases[0] if cases else None
        empty = any(not e.text().strip() for e in (self.fields.name, self.fields.phone, self.fields.address))
        if self.case is None or not empty:
            self.hide()
            return
        self.label.setText(
            self.tr("Known petitioner: %1, last registered %2.")
            .replace("%1", self.case.petitioner_name)
            .replace("%2", self.case.registered_on.isoformat())
        )
        self.show()

    def fill(self) -> list[str]:
        """Fill the empty fields from the latest case; the keys filled (none when nothing is on offer)."""
        if self.case is None or self.isHidden():
            return []
        detail = case_detail(self.session.ctx, self.case.case_id, unmasked=True)
        person = person_of(self.case, detail.petitioners)
        if person is None:
            self.hide()
            return []
        done = fill_empty(self.fields, person)
        self.hide()
        self.filled.emit(done)
        return done

    def _on_button_clicked(self) -> None:
        self.fill()
