"""The steps a case allows now, as buttons: the procedure's steps first (the usual next one leftmost),
then 研判, 督办, 包案 and 更正. Alt+1 … Alt+9 (and Alt+0 for the tenth) press them from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fazhi_desktop.domain.vocab import StepKind
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
DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
DIGITS += (Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0)


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
        self.title = QLabel(self.tr("Next steps (Alt+number):"), self)
        self.title.setObjectName("fieldName")
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        self.area = QWidget(self)
        self.flow = FlowLayout(self.area, spacing=6)
        layout.addWidget(self.area, 1)
        self.none_label = QLabel(self.tr("No step can be recorded on this case now."), self)
        self.none_label.setObjectName("hint")
        layout.addWidget(self.none_label, 1)
        self.shortcuts = [
            QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key), self) for key in DIGITS
        ]
        for n, shortcut in enumerate(self.shortcuts):
            shortcut.activated.connect(lambda n=n: self._on_shortcut_activated(n))
        self.set_allowed(())

    def set_allowed(self, kinds: Sequence[StepKind]) -> None:
        """Show a button for each step allowed now, and none for the others."""
        while (item := self.flow.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        self.buttons = {}
        for n, kind in enumerate(ordered(kinds)):
            number = f"{(n + 1) % 10} " if n < len(DIGITS) else ""
            button = QPushButton(f"{number}{shown(kind)}", self.area)
            button.setObjectName("besideStep" if kind in BESIDE else "procedureStep")
            button.setAutoDefault(False)
            if n < len(DIGITS):
                button.setToolTip(self.tr("Alt+%d") % ((n + 1) % 10))
            button.clicked.connect(lambda _checked=False, kind=kind: self.step_requested.emit(kind))
            self.flow.addWidget(button)
            self.buttons[kind] = button
        self.area.setVisible(bool(self.buttons))
        self.none_label.setVisible(not self.buttons)
        self.title.setVisible(bool(self.buttons))
        self.area.updateGeometry()

    def _on_shortcut_activated(self, n: int) -> None:
        kinds = list(self.buttons)
        if n < len(kinds):
            self.step_requested.emit(kinds[n])
