"""The statistics breakdowns' titles and the words of their lines, in the language of the UI.

`services.statistics.breakdowns` labels its lines in Chinese for the reports and the Excel export;
screens show the English below, keyed by the breakdown's name and the line's key. Lines that are
vocabulary codes read through `ui.vocab_text`; the names of townships, units, categories and purposes
are what the county typed and stay as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.indicators import ReportPeriod
from fazhi_desktop.domain.vocab import Channel, Labelled, LegalProcedure, Nature, ReplyOutcome, Source
from fazhi_desktop.services.statistics.breakdowns import NONE, Breakdown, BreakdownRow
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.vocab_text import shown_code

CONTEXT = "Breakdowns"

TITLES = {
    "channel": QT_TRANSLATE_NOOP("Breakdowns", "Channel"),
    "source": QT_TRANSLATE_NOOP("Breakdowns", "Source"),
    "township": QT_TRANSLATE_NOOP("Breakdowns", "Township"),
    "unit": QT_TRANSLATE_NOOP("Breakdowns", "Responsible unit"),
    "category": QT_TRANSLATE_NOOP("Breakdowns", "Content category"),
    "nature": QT_TRANSLATE_NOOP("Breakdowns", "Nature"),
    "purpose": QT_TRANSLATE_NOOP("Breakdowns", "Petition purpose"),
    "outcome": QT_TRANSLATE_NOOP("Breakdowns", "Outcome"),
    "month": QT_TRANSLATE_NOOP("Breakdowns", "Month"),
}

#: The line of the cases without a value (`NONE_LABELS`).
NONE_LABELS = {
    "township": QT_TRANSLATE_NOOP("Breakdowns", "No township given"),
    "unit": QT_TRANSLATE_NOOP("Breakdowns", "Not passed to a unit"),
    "category": QT_TRANSLATE_NOOP("Breakdowns", "Uncategorised"),
    "nature": QT_TRANSLATE_NOOP("Breakdowns", "Uncategorised"),
    "purpose": QT_TRANSLATE_NOOP("Breakdowns", "Not given"),
    "outcome": QT_TRANSLATE_NOOP("Breakdowns", "Not yet completed"),
}

#: How the handling ended (`domain.indicator_facts.OUTCOME_LABELS`), by outcome code or its prefix.
OUTCOMES = {
    "reply_": QT_TRANSLATE_NOOP("Breakdowns", "Reply: %1"),
    "divert_": QT_TRANSLATE_NOOP("Breakdowns", "Referred to a legal procedure: %1"),
    "mediate": QT_TRANSLATE_NOOP("Breakdowns", "Mediation agreement reached"),
    "withdraw": QT_TRANSLATE_NOOP("Breakdowns", "Withdrawn"),
    "reject": QT_TRANSLATE_NOOP("Breakdowns", "Not accepted"),
    "inform": QT_TRANSLATE_NOOP("Breakdowns", "Informed"),
    "complete": QT_TRANSLATE_NOOP("Breakdowns", "Completed"),
    "void": QT_TRANSLATE_NOOP("Breakdowns", "Voided"),
}
_OUTCOME_VOCABULARIES: dict[str, type[Labelled]] = {"reply_": ReplyOutcome, "divert_": LegalProcedure}

MONTHS = (
    QT_TRANSLATE_NOOP("Breakdowns", "January"),
    QT_TRANSLATE_NOOP("Breakdowns", "February"),
    QT_TRANSLATE_NOOP("Breakdowns", "March"),
    QT_TRANSLATE_NOOP("Breakdowns", "April"),
    QT_TRANSLATE_NOOP("Breakdowns", "May"),
    QT_TRANSLATE_NOOP("Breakdowns", "June"),
    QT_TRANSLATE_NOOP("Breakdowns", "July"),
    QT_TRANSLATE_NOOP("Breakdowns", "August"),
    QT_TRANSLATE_NOOP("Breakdowns", "September"),
    QT_TRANSLATE_NOOP("Breakdowns", "October"),
    QT_TRANSLATE_NOOP("Breakdowns", "November"),
    QT_TRANSLATE_NOOP("Breakdowns", "December"),
)
#: Breakdowns whose lines are vocabulary codes.
VOCABULARY_BREAKDOWNS: dict[str, type[Labelled]] = {"channel": Channel, "source": Source, "nature": Nature}


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def title(name: str) -> str:
    """What the UI calls a breakdown."""
    return _tr(TITLES[name]) if name in TITLES else name


def outcome(code: str) -> str:
    """An outcome code in words; a code this version does not know reads as itself."""
    if code in OUTCOMES:
        return _tr(OUTCOMES[code])
    for prefix, vocabulary in _OUTCOME_VOCABULARIES.items():
        if code.startswith(prefix):
            return _tr(OUTCOMES[prefix]).replace("%1", shown_code(vocabulary, code[len(prefix) :]))
    return code


def month(key: str, suffix: str = "") -> str:
    """ "March 2024" for "2024-03"; `suffix` is the service's "（截至3日）" on a month cut at today."""
    year, number = int(key[:4]), int(key[5:7])
    text = _tr(QT_TRANSLATE_NOOP("Breakdowns", "%2 %1")).replace("%1", str(year))
    text = text.replace("%2", _tr(MONTHS[number - 1]))
    if suffix:
        day = "".join(c for c in suffix if c.isdigit())
        text += _tr(QT_TRANSLATE_NOOP("Breakdowns", " (to day %1)")).replace("%1", day)
    return text


def period_text(period: ReportPeriod) -> str:
    """A period as `ReportPeriod.describe` says it: "2024", "March 2024" or "2024-01-01 to 2024-06-30"."""
    start, end = period.start, period.end
    if period == ReportPeriod.year(start.year):
        return _tr(QT_TRANSLATE_NOOP("Breakdowns", "Year %1")).replace("%1", str(start.year))
    if period == ReportPeriod.month(start.year, start.month):
        return month(f"{start.year:04d}-{start.month:02d}")
    pattern = _tr(QT_TRANSLATE_NOOP("Breakdowns", "%1 to %2"))
    return pattern.replace("%1", start.isoformat()).replace("%2", end.isoformat())


def row_label(part: Breakdown, row: BreakdownRow) -> str:
    """A line of a breakdown in the UI's language; names a county typed stay as typed."""
    if row.key == NONE and part.name in NONE_LABELS:
        return _tr(NONE_LABELS[part.name])
    vocabulary = VOCABULARY_BREAKDOWNS.get(part.name)
    if vocabulary is not None:
        return shown_code(vocabulary, row.key) if row.key in {m.value for m in vocabulary} else row.label
    if part.name == "outcome":
        return outcome(row.key)
    if part.name == "month" and len(row.key) == 7:
        return month(row.key, row.label.partition("（")[2])
    return row.label
