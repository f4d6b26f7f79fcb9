"""Every keyboard shortcut of the program in one table: the widgets take their keys and tooltips from
it and 帮助 › 快捷键 lists it, so what the sheet says and what the keys do cannot disagree.

    action.setShortcuts(shortcuts.sequences("save_next"))
    button.setToolTip(shortcuts.tip("save_next"))
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.vocab_text import shown as shown_member

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    """One shortcut: its keys (the first is the one shown), where it works and what it does."""

    name: str
    keys: tuple[str, ...]
    where: str
    does: str
    #: A step button's key: what it does is the step's name (translated as vocabulary).
    step: StepKind | None = None


_EVERYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")
_REGISTRATION = QT_TRANSLATE_NOOP("Shortcuts", "Registration")
_STEP = QT_TRANSLATE_NOOP("Shortcuts", "Case detail and step forms")

TABLE: tuple[Shortcut, ...] = (
    Shortcut("register_next", ("Ctrl+N",), _EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Register a petition (the channel last used)")),
    Shortcut("visit", ("Ctrl+1",), _EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "Register a visit")),
    Shortcut("letter", ("Ctrl+2",), _EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "Register a letter")),
    Shortcut("online", ("Ctrl+3",), _EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Register an online petition")),
    Shortcut("phone", ("Ctrl+4",), _EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "Register a phone call")),
    Shortcut("cases", ("Ctrl+L",), _EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "The case list")),
    Shortcut("search", ("Ctrl+F",), _EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Search cases by number, name or words")),
    Shortcut("import", ("Ctrl+I",), _EVERYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Import the cases of an Excel ledger")),
    Shortcut("help", ("F1",), _EVERYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts")),
    Shortcut("next_field", ("Return",), _REGISTRATION,
             QT_TRANSLATE_NOOP("Shortcuts", "Move to the next field (a new line in the details)")),
    Shortcut("save", ("Ctrl+S",), _REGISTRATION,
             QT_TRANSLATE_NOOP("Shortcuts", "Save and open the new case")),
    Shortcut("save_next", ("Ctrl+Return", "Ctrl+Enter"), _REGISTRATION,
             QT_TRANSLATE_NOOP("Shortcuts", "Save and register the next visitor")),
    Shortcut("fill_known", ("Ctrl+D",), _REGISTRATION,
             QT_TRANSLATE_NOOP("Shortcuts", "Fill in a known petitioner from the latest case")),
    Shortcut("receipt", ("Ctrl+P",), _REGISTRATION,
             QT_TRANSLATE_NOOP("Shortcuts", "Print the registration receipt (a typed visitor is saved first)")),
    Shortcut("step_save", ("Ctrl+S", "Ctrl+Return"), _STEP,
             QT_TRANSLATE_NOOP("Shortcuts", "Record the step")),
    Shortcut("assess", ("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Case review"),
             QT_TRANSLATE_NOOP("Shortcuts", "Assess the chosen case")),
    Shortcut("new_event", ("Ins", "Ctrl+N"), QT_TRANSLATE_NOOP("Shortcuts", "Outreach events"),
             QT_TRANSLATE_NOOP("Shortcuts", "A new outreach event (there Ctrl+N does this)")),
)  # fmt: skip

K = StepKind
#: The key of each step's button in the case detail: the same whatever the case's state and
#: whichever buttons are shown beside it (Alt and the letter; 更正 on Alt+0, the letters being used up).
STEP_KEYS: dict[StepKind, str] = {
    K.ACCEPT: "A", K.REJECT: "N", K.FORWARD: "F", K.ASSIGN: "G", K.SIGN_FOR: "Q", K.RETURN: "B",
    K.INFORM: "I", K.EXTEND: "E", K.DIVERT: "D", K.MEDIATE: "M", K.WITHDRAW: "W", K.VOID: "X",
    K.REPLY: "R", K.DELIVER: "S", K.EVALUATE: "P", K.REVIEW_REQUEST: "C", K.REVIEW_DECISION: "V",
    K.RECHECK_REQUEST: "K", K.RECHECK_DECISION: "H", K.SUPERVISE: "U", K.ASSESS: "Y",
    K.LEADER_OWN: "L", K.COMPLETE: "J", K.REPORT_UP: "O", K.TERMINATE: "Z",
    K.TERMINATION_FILING: "T", K.CORRECT: "0",
}  # fmt: skip
TABLE += tuple(
    Shortcut(f"step:{kind.value}", (f"Alt+{key}",), _STEP, "", step=kind) for kind, key in STEP_KEYS.items()
)

_BY_NAME = {s.name: s for s in TABLE}


def step_key(kind: StepKind) -> str | None:
    """The letter (or digit) of a step's button; None for a step no button records."""
    return STEP_KEYS.get(kind)


def step_sequence(kind: StepKind) -> QKeySequence | None:
    key = STEP_KEYS.get(kind)
    return QKeySequence(f"Alt+{key}") if key else None


def get(name: str) -> Shortcut:
    return _BY_NAME[name]


def sequences(name: str) -> list[QKeySequence]:
    """The keys of a shortcut, for QAction.setShortcuts."""
    return [QKeySequence(k) for k in _BY_NAME[name].keys]


def key_text(name: str) -> str:
    """The first key as the system writes it (Ctrl+S; ⌘S on a Mac)."""
    return QKeySequence(_BY_NAME[name].keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def tip(name: str) -> str:
    """A tooltip: what the shortcut does, and its key."""
    entry = _BY_NAME[name]
    does = shown_member(entry.step) if entry.step is not None else translate(CONTEXT, entry.does)
    return f"{does} ({key_text(name)})"


def rows() -> list[tuple[str, str, str]]:
    """(keys, what it does, where) for the 快捷键 sheet, translated."""
    shown = []
    for s in TABLE:
        keys = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in s.keys)
        does = shown_member(s.step) if s.step is not None else translate(CONTEXT, s.does)
        shown.append((keys, does, translate(CONTEXT, s.where)))
    return shown
