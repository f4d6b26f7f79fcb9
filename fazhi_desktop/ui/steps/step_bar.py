"""The steps a case allows now, as buttons: the procedure's steps first (the usual next one leftmost),
then 研判, 督办, 包案 and 更正. Each step kind keeps its own key (ui.shortcuts.STEP_KEYS: 受理 is always
Alt+A), whatever the state and whichever buttons stand beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.ui import shortcuts
from fazhi_desktop.ui.flow_layout import FlowLayout
from fazhi_desktop.ui.vocab_text import shown

K = StepKind
#: The order of the buttons: the usual path first, then the rarer turns, then what any open case allows.
ORDER = (
    K.ACCEPT,
    K.FORWARD,
    K.ASSIGN,
    K.SIGN_FOR,
    K.REPLY,
    K.DELIVER,
    K.EVALUATE,
    K.EXTEND,
    K.INFORM,
    K.REVIEW_REQUEST,
    K.REVIEW_DECISION,
    K.RECHECK_REQUEST,
    K.RECHECK_DECISION,
    K.MEDIATE,
    K.COMPLETE,
    K.REPORT_UP,
    K.TERMINATE,
    K.TERMINATION_FILING,
    K.REJECT,
    K.RETURN,
    K.DIVERT,
    K.WITHDRAW,
    K.VOID,
    K.ASSESS,
    K.SUPERVISE,
    K.LEADER_OWN,
    K.CORRECT,
)
#: Steps that change no state: set apart from the procedure's own.
BESIDE = frozenset({K.ASSESS, K.SUPERVISE, K.LEADER_OWN, K.CORRECT})


def ordered(kinds: Sequence[StepKind]) -> list[StepKind]:
    allowed = set(kinds)
    return [kind for kind in ORDER if kind in allowed] + [k for k in kinds if k not in ORDER]


class StepBar(QWidget):
    """办理: one button per allowed step."""

    step_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The buttons shown, by step kind, in order.
        self.buttons: dict[StepKind, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = QLabel(self.tr("Next steps (Alt+letter):"), self)
        self.title.setObjectName("fieldName")
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        self.area = QWidget(self)
        self.flow = FlowLayout(self.area, spacing=6)
        layout.addWidget(self.area, 1)
        self.none_label = QLabel(self.tr("No step can be recorded on this case now."), self)
        self.none_label.setObjectName("hint")
        layout.addWidget(self.none_label, 1)
        # One shortcut per step kind for the bar's life; a key whose step is not offered does nothing.
        self.shortcuts: dict[StepKind, QShortcut] = {}
        for kind in StepKind:
            sequence = shortcuts.step_sequence(kind)
            if sequence is not None:
                shortcut = QShortcut(sequence, self)
                shortcut.activated.connect(lambda kind=kind: self._on_shortcut_activated(kind))
                self.shortcuts[kind] = shortcut
        self.set_allowed(())

    def set_allowed(self, kinds: Sequence[StepKind]) -> None:
        """Show a button for each step allowed now, and none for the others."""
        while (item := self.flow.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        self.buttons = {}
        for kind in ordered(kinds):
            key = shortcuts.step_key(kind)
            # 受理(A): the Chinese way of showing a button's key.
            button = QPushButton(f"{shown(kind)}({key})" if key else shown(kind), self.area)
            button.setObjectName("besideStep" if kind in BESIDE else "procedureStep")
            button.setAutoDefault(False)
            if key:
                button.setToolTip(shortcuts.tip(f"step:{kind.value}"))
            button.clicked.connect(lambda _checked=False, kind=kind: self.step_requested.emit(kind))
            self.flow.addWidget(button)
            self.buttons[kind] = button
        self.area.setVisible(bool(self.buttons))
        self.none_label.setVisible(not self.buttons)
        self.title.setVisible(bool(self.buttons))
        self.area.updateGeometry()

    def _on_shortcut_activated(self, kind: StepKind) -> None:
        if kind in self.buttons:
            self.step_requested.emit(kind)
