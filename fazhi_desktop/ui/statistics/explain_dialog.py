"""The cases behind an indicator: what each side of its fraction counts, and the cases on each side.

For a rate (the numerator a part of the denominator) there are three lists: the cases counted, the
cases of the denominator left out (the late, the returned, the dissatisfied: usually what a leader
asks about) and the whole denominator. For a year-on-year change: this period and the same period a
year earlier. A double-click opens a case (`case_opened`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from fazhi_desktop.domain.indicators import CHANGES, signed_percent
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics.explain import Explanation
from fazhi_desktop.ui import indicator_text
from fazhi_desktop.ui.breakdown_text import period_text
from fazhi_desktop.ui.statistics.case_list import CaseIdsModel, CaseIdsView


class ExplainDialog(QDialog):
    """明细: the cases on each side of one indicator's fraction."""

    case_opened = Signal(int)

    def __init__(self, ctx: Context, explanation: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = explanation
        e = explanation
        shown = signed_percent(e.value) if e.indicator in CHANGES else percent(e.value)
        label = indicator_text.name(e.indicator)
        self.setWindowTitle(self.tr("Cases behind %1").replace("%1", label))
        self.resize(1080, 640)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("%1: %2 (%3 / %4)")
            .replace("%1", label)
            .replace("%2", shown)
            .replace("%3", f"{e.numerator.count:,}")
            .replace("%4", f"{e.denominator.count:,}"),
            self,
        )
        heading.setObjectName("pageTitle")
        period = QLabel(self.tr("Period: %1").replace("%1", period_text(e.period)), self)
        top, bottom = indicator_text.sides(e.indicator)
        sides = QLabel(
            self.tr("Numerator: %1\nDenominator: %2").replace("%1", top).replace("%2", bottom),
            self,
        )
        sides.setWordWrap(True)
        rules = QLabel(
            self.tr("Settings used: %1").replace(
                "%1", indicator_text.settings_text(e.settings, e.indicator) or "—"
            ),
            self,
        )
        rules.setObjectName("hint")
        rules.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(period)
        layout.addWidget(sides)
        layout.addWidget(rules)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("explainTabs")
        self.models: dict[str, CaseIdsModel] = {}
        if e.nested:
            left_out = e.not_counted()
            self._add(ctx, "numerator", self.tr("Counted (%1)"), e.numerator.ids)
            self._add(ctx, "left_out", self.tr("Not counted (%1)"), left_out)
            self._add(ctx, "denominator", self.tr("All considered (%1)"), e.denominator.ids)
            if e.unjudged is not None and e.unjudged.count:
                # A fact is missing (no 受理日期 …): neither on time nor late, listed apart.
                self._add(ctx, "unjudged", self.tr("Not judged (%1)"), e.unjudged.ids)
        else:
            self._add(ctx, "numerator", self.tr("This period (%1)"), e.numerator.ids)
            self._add(ctx, "denominator", self.tr("A year earlier (%1)"), e.denominator.ids)
        layout.addWidget(self.tabs, 1)
        hint = QLabel(self.tr("Double-click a case (or press Enter) to open it."), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, ctx: Context, key: str, title: str, ids: tuple[int, ...]) -> None:
        model = CaseIdsModel(ctx, ids, self.explanation.columns, self)
        view = CaseIdsView(model, self.tabs)
        view.setObjectName(f"explain_{key}")
        view.case_activated.connect(self.case_opened)
        self.models[key] = model
        self.tabs.addTab(view, title.replace("%1", f"{len(ids):,}"))
