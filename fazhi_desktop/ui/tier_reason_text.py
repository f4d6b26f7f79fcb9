"""A tier's reasons and a 研判 decision in the language of the UI.

The case row keeps them as the Chinese text `domain.triage` writes (the command line and the PDFs
print it as stored). `domain.tier_reasons` reads that text back into codes and values; each code has
its English here, translated through Qt, so zh_CN writes the stored text again to the character
(tests/test_ui_text_translations.py). Words no template knows, and a leader's name or a meeting's
reason, are shown as stored.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.deadlines import CHECK_WORDS
from fazhi_desktop.domain.tier_reasons import (
    ANY_DEADLINE,
    TEXT,
    UNOFFICIAL_YEAR,
    Decision,
    Reason,
    parse_note,
    parse_reasons,
)
from fazhi_desktop.domain.vocab import DeadlineKind
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.vocab_text import shown

CONTEXT = "TierReasons"

#: The English of every reason (`domain.tier_reasons.REASONS`), its values as %1, %2 … in FIELDS order.
REASONS = {
    "overdue": QT_TRANSLATE_NOOP("TierReasons", "Overdue by %1 days (%2 %3%4)"),
    "due_today": QT_TRANSLATE_NOOP("TierReasons", "Due today (%1%2)"),
    "due_in": QT_TRANSLATE_NOOP("TierReasons", "Due in %1 days (%2 %3%4)"),
    "urgent": QT_TRANSLATE_NOOP("TierReasons", "Major and urgent"),
    "threat": QT_TRANSLATE_NOOP("TierReasons", "Threatens extreme action"),
    "collective": QT_TRANSLATE_NOOP("TierReasons", "Collective visit of %1 people"),
    "cross_level": QT_TRANSLATE_NOOP("TierReasons", "Skipped a level"),
    "upper_visit": QT_TRANSLATE_NOOP("TierReasons", "Went to a higher level"),
    "after_recheck": QT_TRANSLATE_NOOP("TierReasons", "Petitions again after the recheck"),
    "repeat": QT_TRANSLATE_NOOP("TierReasons", "Repeat petition"),
    "repeat_count": QT_TRANSLATE_NOOP("TierReasons", "Repeated %1 times"),
    "three_cross": QT_TRANSLATE_NOOP("TierReasons", "Crosses regions, levels or sectors"),
    "leader": QT_TRANSLATE_NOOP("TierReasons", "Owned by a leader (%1)"),
    "supervised": QT_TRANSLATE_NOOP("TierReasons", "Supervised from above"),
    "green_due": QT_TRANSLATE_NOOP("TierReasons", "Due in %1 days%2"),
    "nothing": QT_TRANSLATE_NOOP("TierReasons", "No red or yellow factor"),
}
#: The English where the first value is 1 ("Overdue by 1 day"); the Chinese does not change.
SINGULAR = {
    "overdue": QT_TRANSLATE_NOOP("TierReasons", "Overdue by %1 day (%2 %3%4)"),
    "due_in": QT_TRANSLATE_NOOP("TierReasons", "Due in %1 day (%2 %3%4)"),
    "repeat_count": QT_TRANSLATE_NOOP("TierReasons", "Repeated %1 time"),
    "green_due": QT_TRANSLATE_NOOP("TierReasons", "Due in %1 day%2"),
}
#: The values each template takes, in the order of its placeholders.
FIELDS = {
    "overdue": ("days", "what", "due", "warnings"),
    "due_today": ("what", "warnings"),
    "due_in": ("days", "what", "due", "warnings"),
    "collective": ("people",),
    "repeat_count": ("count",),
    "leader": ("leader",),
    "green_due": ("days", "warnings"),
}
ANY_DEADLINE_TEXT = QT_TRANSLATE_NOOP("TierReasons", "deadline")
UNOFFICIAL = QT_TRANSLATE_NOOP("TierReasons", ", holidays of %1 not entered yet: counted with weekends only")
GROUP = QT_TRANSLATE_NOOP("TierReasons", "%1: %2")
REASON_JOIN = QT_TRANSLATE_NOOP("TierReasons", "; ")
GROUP_JOIN = QT_TRANSLATE_NOOP("TierReasons", ". ")

#: The words of a 研判 decision (`domain.tier_reasons.NOTE`).
NOTE = {
    "decided": QT_TRANSLATE_NOOP("TierReasons", "Set to %1 by the review meeting"),
    "automatic": QT_TRANSLATE_NOOP("TierReasons", " (automatic: %1)"),
    "reason": QT_TRANSLATE_NOOP("TierReasons", ": %1"),
    "no_reason": QT_TRANSLATE_NOOP("TierReasons", "no reason written"),
    "next_review": QT_TRANSLATE_NOOP("TierReasons", "; next review %1"),
    "lapsed": QT_TRANSLATE_NOOP("TierReasons", ", lapsed: the automatic tier applies, review it again"),
    "review_due": QT_TRANSLATE_NOOP("TierReasons", ", due: review it again"),
}

#: A deadline's warning (`Due.warnings`), and the same with `calendar_warning`'s advice.
NO_HOLIDAYS = QT_TRANSLATE_NOOP("TierReasons", "holidays of %1 not entered yet")
NO_HOLIDAYS_CHECK = QT_TRANSLATE_NOOP(
    "TierReasons", "Holidays of %1 not entered yet: the deadline counts weekends only, please check"
)

_KINDS = {kind.label: kind for kind in DeadlineKind}
_YEAR = re.compile(re.escape(UNOFFICIAL_YEAR).replace(r"\{year\}", r"(\d{4})"))
_PLACEHOLDER = re.compile(r"%(\d)")


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _fill(pattern: str, values: list[str]) -> str:
    """%1, %2 … replaced in one pass, so a value's own "%2" stays as it is."""
    return _PLACEHOLDER.sub(lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], pattern)


def reason_text(reason: Reason) -> str:
    """One reason in the UI's language."""
    if reason.code == TEXT or reason.code not in REASONS:
        return reason.values.get("text", "")
    values = dict(reason.values)
    what = values.get("what")
    if what is not None:
        values["what"] = (
            shown(_KINDS[what])
            if what in _KINDS
            else _tr(ANY_DEADLINE_TEXT)
            if what == ANY_DEADLINE
            else what
        )
    values["warnings"] = "".join(_tr(UNOFFICIAL).replace("%1", str(y)) for y in reason.unofficial_years)
    filled = [values[f] for f in FIELDS.get(reason.code, ())]
    one = filled[:1] == ["1"] and reason.code in SINGULAR
    return _fill(_tr(SINGULAR[reason.code] if one else REASONS[reason.code]), filled)


def reasons_text(stored: str | None) -> str:
    """A case's stored `tier_reasons` in the UI's language ("" for none; as stored if unreadable)."""
    groups = parse_reasons(stored)
    if groups is None:
        return stored or ""
    return _tr(GROUP_JOIN).join(
        _fill(_tr(GROUP), [shown(g.tier), _tr(REASON_JOIN).join(reason_text(r) for r in g.reasons)])
        for g in groups
    )


def note_text(stored: str | None) -> str:
    """A case's stored `tier_note` (the 研判 decision) in the UI's language."""
    decision: Decision | None = parse_note(stored)
    if decision is None:
        return stored or ""
    text = _tr(NOTE["decided"]).replace("%1", shown(decision.tier))
    if decision.automatic is not None:
        text += _tr(NOTE["automatic"]).replace("%1", shown(decision.automatic))
    reason = decision.reason if decision.reason is not None else _tr(NOTE["no_reason"])
    text += _fill(_tr(NOTE["reason"]), [reason])
    if decision.next_review:
        text += _tr(NOTE["next_review"]).replace("%1", decision.next_review)
        text += _tr(NOTE[decision.review]) if decision.review else ""
    return text


def calendar_text(warning: str | None) -> str:
    """A deadline's calendar warning ("2027年节假日安排未录入…") in the UI's language; as stored if unknown."""
    found = _YEAR.fullmatch(warning or "") or _YEAR.fullmatch((warning or "").removesuffix(CHECK_WORDS))
    if warning is None or found is None:
        return warning or ""
    pattern = NO_HOLIDAYS_CHECK if warning.endswith(CHECK_WORDS) else NO_HOLIDAYS
    return _tr(pattern).replace("%1", found[1])
