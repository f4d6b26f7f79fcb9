"""The first start on a new database: which office is this PC's?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import OfficeLevel
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import offices
from fazhi_desktop.ui.style import labelled
from fazhi_desktop.ui.vocab_text import shown


class OfficeSetupDialog(QDialog):
    """Asks for the office code, name and level, and saves them with `offices.init_office`."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up this office"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database does not yet say which office it belongs to. Enter your office's code (the "
                "administrative division code, e.g. 431127) and name; case numbers start with the code."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("officeCode")
        # "e.g." in front, so that the grey example never reads as a code already filled in.
        self.code.setPlaceholderText(self.tr("e.g. %1").replace("%1", "431127"))
        self.name = QLineEdit(self)
        self.name.setObjectName("officeName")
        self.name.setPlaceholderText(self.tr("e.g. Lanshan County Petition Bureau"))
        self.level = QComboBox(self)
        for level in (OfficeLevel.COUNTY, OfficeLevel.TOWNSHIP, OfficeLevel.DEPARTMENT):
            self.level.addItem(shown(level), level.value)
        form.addRow(labelled(self.tr("Office code")), self.code)
        form.addRow(labelled(self.tr("Office name")), self.name)
        form.addRow(labelled(self.tr("Level")), self.level)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def _on_buttons_accepted(self) -> None:
        try:
            offices.init_office(self.ctx, self.code.text(), self.name.text(), str(self.level.currentData()))
        except UserError as exc:
            self.error.setText(exc.message)
            (self.name if exc.field == "name" else self.code).setFocus()
            return
        self.accept()
