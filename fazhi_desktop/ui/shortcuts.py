"""Every keyboard shortcut of the program in one table: the widgets take their keys and tooltips from
it and 帮助 › 快捷键 lists it, so what the sheet says and what the keys do cannot disagree.

    action.setShortcuts(shortcuts.sequences("save_next"))
    button.setToolTip(shortcuts.tip("save_next"))
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from fazhi_desktop.ui.i18n import translate

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    """One shortcut: its keys (the first is the one shown), where it works and what it does."""

    name: str
    keys: tuple[str, ...]
    where: str
    does: str


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
    Shortcut("step_keys", ("Alt+1",), _STEP,
             QT_TRANSLATE_NOOP("Shortcuts", "Alt+1…9: the step buttons of the case, from the left")),
    Shortcut("step_save", ("Ctrl+S", "Ctrl+Return"), _STEP,
             QT_TRANSLATE_NOOP("Shortcuts", "Record the step")),
    Shortcut("assess", ("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Case review"),
             QT_TRANSLATE_NOOP("Shortcuts", "Assess the chosen case")),
    Shortcut("new_event", ("Ins", "Ctrl+N"), QT_TRANSLATE_NOOP("Shortcuts", "Outreach events"),
             QT_TRANSLATE_NOOP("Shortcuts", "A new outreach event (there Ctrl+N does this)")),
)  # fmt: skip

_BY_NAME = {s.name: s for s in TABLE}


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
    return f"{translate(CONTEXT, _BY_NAME[name].does)} ({key_text(name)})"


def rows() -> list[tuple[str, str, str]]:
    """(keys, what it does, where) for the 快捷键 sheet, translated."""
    shown = []
    for s in TABLE:
        keys = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in s.keys)
        shown.append((keys, translate(CONTEXT, s.does), translate(CONTEXT, s.where)))
    return shown
