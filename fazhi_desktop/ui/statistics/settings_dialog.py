"""口径: the indicator settings (DOMAIN.md's [assumed] formulas) an administrator may change.

Which evaluations count as satisfied, how long after closing a repeat petition still counts against
一次性化解, and which indicators are counted by registration date instead of the date their
obligation fell due. Each change is one audited settings change (services.settings.set_value).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicators import DATED_BY_EVENT
from fazhi_desktop.domain.vocab import Satisfaction
from fazhi_desktop.services.office import settings
from fazhi_desktop.ui.indicator_text import name as indicator_name
from fazhi_desktop.ui.session import UiSession
from fazhi_desktop.ui.vocab_text import shown

SATISFACTIONS = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED)


class IndicatorSettingsDialog(QDialog):
    """The indicator settings, saved together."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Indicator settings"))
        values = settings.all_settings(session.ctx)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How the indicators are counted. Every figure lists the settings it used; "
                "docs/INDICATORS.md describes each indicator."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        satisfied_box = QGroupBox(self.tr("Satisfaction rate: evaluations counted as satisfied"), self)
        satisfied_layout = QVBoxLayout(satisfied_box)
        self.satisfied: dict[str, QCheckBox] = {}
        for value in SATISFACTIONS:
            box = QCheckBox(shown(value), satisfied_box)
            box.setObjectName(f"satisfied_{value.value}")
            box.setChecked(value.value in values["indicator_satisfied"])
            satisfied_layout.addWidget(box)
            self.satisfied[value.value] = box
        layout.addWidget(satisfied_box)

        window_box = QGroupBox(self.tr("One-time resolution"), self)
        form = QFormLayout(window_box)
        self.resolution_days = QSpinBox(window_box)
        self.resolution_days.setObjectName("resolutionDays")
        self.resolution_days.setRange(1, 3650)
        self.resolution_days.setSuffix(self.tr(" days"))
        self.resolution_days.setValue(int(values["indicator_resolution_days"]))
        form.addRow(
            self.tr("A repeat petition within this many days after closing counts against it:"),
            self.resolution_days,
        )
        layout.addWidget(window_box)

        dated_box = QGroupBox(self.tr("Counted by registration date"), self)
        dated_layout = QVBoxLayout(dated_box)
        note = QLabel(
            self.tr(
                "By default an indicator counts the cases whose obligation fell due (or whose event "
                "happened) in the period. Ticked indicators count the cases registered in the period instead."
            ),
            dated_box,
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        dated_layout.addWidget(note)
        self.by_registration: dict[str, QCheckBox] = {}
        for name in DATED_BY_EVENT:
            box = QCheckBox(indicator_name(name), dated_box)
            box.setObjectName(f"registered_{name}")
            box.setChecked(name in values["indicator_by_registration"])
            dated_layout.addWidget(box)
            self.by_registration[name] = box
        layout.addWidget(dated_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, Any]:
        return {
            "indicator_satisfied": [v for v, box in self.satisfied.items() if box.isChecked()],
            "indicator_resolution_days": self.resolution_days.value(),
            "indicator_by_registration": [n for n, box in self.by_registration.items() if box.isChecked()],
        }

    def save(self) -> bool:
        """Write the settings that changed; False (with a message) when one was refused."""
        current = settings.all_settings(self.session.ctx)
        try:
            with self.session.batched():  # the views refresh once for all the settings written
                for key, value in self.chosen().items():
                    if current[key] != value:
                        settings.set_value(self.session.ctx, key, value)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()
