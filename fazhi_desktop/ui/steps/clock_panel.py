"""Where a case stands on the statutory clock: its state, each pending deadline with the days left and
whether it is overdue, due soon or on time (in words and in colour), the extensions used and left, the
petitioner's request window, and the 研判 decision beside the automatic tier and its reasons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fazhi_desktop.domain.vocab import FINAL_STATES, CaseState, DeadlineKind, DeadlineState, StepKind, Tier
from fazhi_desktop.services.cases.detail import CaseTiers
from fazhi_desktop.services.clock.procedure import CaseClock, DeadlineView
from fazhi_desktop.ui.style import TIER_BACKGROUNDS, TIER_COLORS
from fazhi_desktop.ui.tier_reason_text import calendar_text, note_text, reasons_text
from fazhi_desktop.ui.vocab_text import shown, shown_code

#: The colour of each deadline state: the tier colour it leads to.
STATE_TIER = {DeadlineState.OVERDUE: "red", DeadlineState.DUE_SOON: "yellow", DeadlineState.ON_TIME: "green"}
STYLESHEET = """
QFrame#clockPanel { background: #f7f9fc; border: 1px solid #d9e0e8; border-radius: 4px; }
QFrame#tierBox { background: white; border: 1px solid #e1e6ed; border-radius: 3px; }
QLabel#boxTitle { color: #5f6b7a; }
"""


def pill(text: str, tier: str | None, parent: QWidget) -> QLabel:
    """A word on the colour it stands for (a tier, a deadline state): never colour without the word."""
    label = QLabel(text, parent)
    if tier in TIER_COLORS:
        label.setStyleSheet(
            f"background: {TIER_BACKGROUNDS[tier].name()}; color: {TIER_COLORS[tier].name()};"
            "border-radius: 3px; padding: 1px 6px; font-weight: bold;"
        )
    return label


class ClockPanel(QFrame):
    """办理时限: shown above the tabs of the case detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockPanel")
        self.setStyleSheet(STYLESHEET)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet("font-weight: bold;")
        self.extension_label = QLabel(self)
        self.extension_label.setObjectName("hint")
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.extension_label)
        layout.addLayout(top)
        self.deadlines = QGridLayout()
        self.deadlines.setHorizontalSpacing(12)
        self.deadlines.setVerticalSpacing(3)
        layout.addLayout(self.deadlines)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        layout.addWidget(self.notes_label)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("banner")
        self.problems_label.setWordWrap(True)
        layout.addWidget(self.problems_label)
        tiers = QHBoxLayout()
        tiers.setSpacing(8)
        self.decision_box, self.decision_pill, self.decision_text = self._tier_box(self.tr("Review meeting"))
        self.auto_box, self.auto_pill, self.auto_text = self._tier_box(self.tr("Automatic tier"))
        tiers.addWidget(self.decision_box, 1)
        tiers.addWidget(self.auto_box, 1)
        layout.addLayout(tiers)
        #: The deadlines as read (for tests and for the screen reader): one line each.
        self.deadline_texts: list[str] = []

    def _tier_box(self, title: str) -> tuple[QFrame, QLabel, QLabel]:
        box = QFrame(self)
        box.setObjectName("tierBox")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 5, 8, 5)
        grid.setHorizontalSpacing(8)
        heading = QLabel(title, box)
        heading.setObjectName("boxTitle")
        badge = QLabel(box)
        text = QLabel(box)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(badge, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 1, 1)
        grid.setColumnStretch(1, 1)
        return box, badge, text

    # Showing ------------------------------------------------------------------------------------

    def show_clock(self, clock: CaseClock, tiers: CaseTiers) -> None:
        self.state_label.setText(self.tr("State: %s") % shown(clock.state))
        self._show_extensions(clock)
        self._show_deadlines(clock.deadlines)
        notes = []
        if clock.window_end is not None:
            notes.append(self._window_text(clock.state, clock.window_end))
        if clock.report_owed and clock.state in FINAL_STATES:  # closed here, still owed upwards
            notes.append(self.tr("A completion report to the higher level is still owed."))
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        problems = [
            self.tr("%1 %2: %3")
            .replace("%1", str(p.occurred_on))
            .replace("%2", shown(p.kind))
            .replace("%3", p.message)
            for p in clock.problems
        ]
        self.problems_label.setText(
            self.tr("Steps that break the procedure (please check):") + "\n" + "\n".join(problems)
        )
        self.problems_label.setVisible(bool(problems))
        self._show_tiers(tiers)

    def _show_extensions(self, clock: CaseClock) -> None:
        shown = clock.extensions > 0 or StepKind.EXTEND in clock.allowed
        text = self.tr("Extended %d time(s), %d days; %d days of extension left") % (
            clock.extensions,
            clock.extension_days,
            clock.extension_days_left,
        )
        self.extension_label.setText(text if shown else "")

    def _show_deadlines(self, deadlines: tuple[DeadlineView, ...]) -> None:
        while (item := self.deadlines.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        self.deadline_texts = []
        if not deadlines:
            none = QLabel(self.tr("No deadline is pending."), self)
            none.setObjectName("hint")
            self.deadlines.addWidget(none, 0, 0, 1, 4)
            self.deadline_texts.append(none.text())
            return
        for row, deadline in enumerate(deadlines):
            state = pill(shown(deadline.state), STATE_TIER.get(deadline.state), self)
            what = QLabel(f"{shown_code(DeadlineKind, deadline.kind)}  {deadline.due.isoformat()}", self)
            what.setStyleSheet("font-weight: bold;")
            left = QLabel(self._days_text(deadline.days_left), self)
            if deadline.state in STATE_TIER:
                left.setStyleSheet(f"color: {TIER_COLORS[STATE_TIER[deadline.state]].name()};")
            since = self.tr("counted from %s") % deadline.since.isoformat()
            unofficial = [
                self.tr("⚠ %s, counted with weekends only") % calendar_text(w) for w in deadline.warnings
            ]
            detail = QLabel(self.tr("; ").join([since, *unofficial]), self)
            detail.setObjectName("hint")
            detail.setWordWrap(True)
            self.deadlines.addWidget(state, row, 0, Qt.AlignmentFlag.AlignLeft)
            self.deadlines.addWidget(what, row, 1)
            self.deadlines.addWidget(left, row, 2)
            self.deadlines.addWidget(detail, row, 3)
            self.deadline_texts.append(" ".join(w.text() for w in (state, what, left, detail)))
        self.deadlines.setColumnStretch(3, 1)

    def _days_text(self, left: int) -> str:
        if left < 0:
            return self.tr("overdue by %d days") % -left
        if left == 0:
            return self.tr("due today")
        return self.tr("%d days left") % left

    def _window_text(self, state: CaseState, end: date) -> str:
        if state is CaseState.DELIVERED:
            return self.tr("The petitioner may ask for a review until %s.") % end.isoformat()
        if state is CaseState.REVIEW_DELIVERED:
            return self.tr("The petitioner may ask for a recheck until %s.") % end.isoformat()
        return self.tr("The petitioner's request window ends on %s.") % end.isoformat()

    def _show_tiers(self, tiers: CaseTiers) -> None:
        self._fill(self.auto_pill, self.auto_text, tiers.auto_tier, reasons_text(tiers.tier_reasons))
        if not tiers.tier:
            self.auto_text.setText(self.tr("Closed matters have no tier."))
        if tiers.assessed_tier:
            self._fill(
                self.decision_pill, self.decision_text, tiers.assessed_tier, note_text(tiers.tier_note)
            )
        else:
            self._fill(self.decision_pill, self.decision_text, None, self.tr("Not reviewed by the meeting."))

    def _fill(self, badge: QLabel, text: QLabel, tier: str | None, words: str) -> None:
        badge.setText(shown_code(Tier, tier))
        badge.setVisible(bool(tier))
        badge.setStyleSheet(
            f"background: {TIER_BACKGROUNDS[tier].name()}; color: {TIER_COLORS[tier].name()};"
            "border-radius: 3px; padding: 1px 8px; font-weight: bold;"
            if tier in TIER_COLORS
            else ""
        )
        text.setText(words)
