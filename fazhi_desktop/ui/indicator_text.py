"""The indicators' names, the two sides of each fraction and the settings a figure used, in the
language of the UI.

The domain keeps the Chinese a report prints (`domain.indicators.LABELS`, `SIDES`, `PERIOD_DATES`;
`services.statistics.indicators.settings_words`); screens show the English below, translated through
Qt, keyed by the indicator's name and the setting's key. zh_CN reads exactly the domain's words
(tests/test_ui_text_translations.py holds the two together).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.domain.indicators import CHANGES
from fazhi_desktop.domain.vocab import Nature, Satisfaction
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.settings_text import setting_label
from fazhi_desktop.ui.vocab_text import shown_code

CONTEXT = "Indicators"

NAMES = {
    "timely_acceptance_rate": QT_TRANSLATE_NOOP("Indicators", "Timely acceptance rate"),
    "on_time_completion_rate": QT_TRANSLATE_NOOP("Indicators", "On-time completion rate"),
    "participation_rate": QT_TRANSLATE_NOOP("Indicators", "Evaluation participation rate"),
    "satisfaction_rate": QT_TRANSLATE_NOOP("Indicators", "Public satisfaction rate"),
    "first_time_resolution_rate": QT_TRANSLATE_NOOP(
        "Indicators", "One-time resolution rate of first petitions"
    ),
    "accurate_forwarding_rate": QT_TRANSLATE_NOOP("Indicators", "Accurate forwarding rate"),
    "repeat_rate": QT_TRANSLATE_NOOP("Indicators", "Repeat petition rate"),
    "yoy_change": QT_TRANSLATE_NOOP("Indicators", "Year-on-year change (registrations)"),
    "yoy_change_people": QT_TRANSLATE_NOOP("Indicators", "Year-on-year change (people)"),
    "leader_resolution_rate": QT_TRANSLATE_NOOP("Indicators", "Resolution rate of leader-owned matters"),
}

#: What each side of the fraction counts (numerator, denominator).
SIDES = {
    "timely_acceptance_rate": (
        QT_TRANSLATE_NOOP(
            "Indicators", "Cases given a decision (acceptance, forwarding, assignment…) within the deadline"
        ),
        QT_TRANSLATE_NOOP(
            "Indicators", "Cases whose acceptance deadline falls in the period (passed or decided)"
        ),
    ),
    "on_time_completion_rate": (
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Cases replied to or settled by mediation within the handling deadline (extensions included)",
        ),
        QT_TRANSLATE_NOOP(
            "Indicators", "Cases whose handling deadline falls in the period (passed or completed)"
        ),
    ),
    "participation_rate": (
        QT_TRANSLATE_NOOP("Indicators", "Cases evaluated"),
        QT_TRANSLATE_NOOP("Indicators", "Cases whose reply was delivered and can be evaluated"),
    ),
    "satisfaction_rate": (
        QT_TRANSLATE_NOOP("Indicators", "Cases evaluated as satisfied (or as counted as satisfied)"),
        QT_TRANSLATE_NOOP("Indicators", "Cases evaluated"),
    ),
    "first_time_resolution_rate": (
        QT_TRANSLATE_NOOP(
            "Indicators", "First petitions with no repeat petition in the watch period after completion"
        ),
        QT_TRANSLATE_NOOP("Indicators", "First petitions completed in the period"),
    ),
    "accurate_forwarding_rate": (
        QT_TRANSLATE_NOOP("Indicators", "Forwarded or assigned cases not returned by the responsible unit"),
        QT_TRANSLATE_NOOP("Indicators", "Cases forwarded or assigned in the period"),
    ),
    "repeat_rate": (
        QT_TRANSLATE_NOOP("Indicators", "Repeat petitions registered in the period"),
        QT_TRANSLATE_NOOP("Indicators", "All cases registered in the period"),
    ),
    "yoy_change": (
        QT_TRANSLATE_NOOP("Indicators", "Cases registered in the period (registrations)"),
        QT_TRANSLATE_NOOP("Indicators", "Cases registered in the same period a year earlier (registrations)"),
    ),
    "yoy_change_people": (
        QT_TRANSLATE_NOOP("Indicators", "People in the cases registered in the period"),
        QT_TRANSLATE_NOOP("Indicators", "People in the cases registered in the same period a year earlier"),
    ),
    "leader_resolution_rate": (
        QT_TRANSLATE_NOOP("Indicators", "Leader-owned matters resolved (completed)"),
        QT_TRANSLATE_NOOP("Indicators", "Matters on the leaders' ownership list in the period"),
    ),
}

#: The date that puts a case into the period (`domain.indicators.PERIOD_DATES`).
PERIOD_DATES = {
    "timely_acceptance_rate": QT_TRANSLATE_NOOP("Indicators", "acceptance deadline"),
    "on_time_completion_rate": QT_TRANSLATE_NOOP("Indicators", "handling deadline"),
    "participation_rate": QT_TRANSLATE_NOOP("Indicators", "date the reply was delivered"),
    "satisfaction_rate": QT_TRANSLATE_NOOP("Indicators", "date the reply was delivered"),
    "first_time_resolution_rate": QT_TRANSLATE_NOOP("Indicators", "completion date"),
    "accurate_forwarding_rate": QT_TRANSLATE_NOOP("Indicators", "date first forwarded or assigned"),
    "leader_resolution_rate": QT_TRANSLATE_NOOP("Indicators", "period of leader ownership"),
    "repeat_rate": QT_TRANSLATE_NOOP("Indicators", "registration date"),
    "yoy_change": QT_TRANSLATE_NOOP("Indicators", "registration date"),
    "yoy_change_people": QT_TRANSLATE_NOOP("Indicators", "registration date"),
}
#: The period date of a figure counted by registration, and of one no table names.
BY_REGISTRATION = QT_TRANSLATE_NOOP("Indicators", "registration date")
BY_DUE_OR_EVENT = QT_TRANSLATE_NOOP("Indicators", "deadline or date of the event")

#: The fact an indicator could not judge a case without (`Fraction.missing`), by indicator.
MISSING = {
    "timely_acceptance_rate": QT_TRANSLATE_NOOP("Indicators", "an acceptance date"),
    "on_time_completion_rate": QT_TRANSLATE_NOOP("Indicators", "an acceptance date"),
    "participation_rate": QT_TRANSLATE_NOOP("Indicators", "a delivery date"),
    "satisfaction_rate": QT_TRANSLATE_NOOP("Indicators", "a delivery date"),
    "first_time_resolution_rate": QT_TRANSLATE_NOOP("Indicators", "a completion date"),
}

#: The settings a figure used, in short words (`services.statistics.indicators.SHORT_WORDS`).
SHORT_WORDS = {
    "period_route_days": QT_TRANSLATE_NOOP("Indicators", "acceptance deadline %1 days"),
    "period_handling_days": QT_TRANSLATE_NOOP("Indicators", "handling deadline %1 days"),
    "extension_max_days": QT_TRANSLATE_NOOP("Indicators", "extensions up to %1 days"),
    "handling_clock_natures": QT_TRANSLATE_NOOP("Indicators", "applies to %1"),
    "indicator_satisfied": QT_TRANSLATE_NOOP("Indicators", "counted as satisfied: %1"),
    "indicator_resolution_days": QT_TRANSLATE_NOOP("Indicators", "watched for %1 days after completion"),
}


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def name(indicator: str) -> str:
    """What the UI calls an indicator."""
    return _tr(NAMES[indicator]) if indicator in NAMES else indicator


def sides(indicator: str) -> tuple[str, str]:
    """What the numerator and the denominator count."""
    top, bottom = SIDES.get(indicator, (indicator, indicator))
    return _tr(top), _tr(bottom)


def method(indicator: str) -> str:
    """ "numerator ÷ denominator", with "− 1" for a change."""
    top, bottom = sides(indicator)
    return f"{top} ÷ {bottom}" + (" − 1" if indicator in CHANGES else "")


def unjudged(indicator: str, count: int) -> str:
    """ "37 more lack an acceptance date and are not counted", or "" for none."""
    if count <= 0:
        return ""
    fact = _tr(MISSING.get(indicator, QT_TRANSLATE_NOOP("Indicators", "the information needed")))
    return (
        _tr(QT_TRANSLATE_NOOP("Indicators", "%1 more lack %2 and are not counted"))
        .replace("%1", str(count))
        .replace("%2", fact)
    )


def unjudged_side(indicator: str) -> str:
    """What the cases it could not judge are, as a tab of the explanation says it."""
    fact = _tr(MISSING.get(indicator, QT_TRANSLATE_NOOP("Indicators", "the information needed")))
    return _tr(QT_TRANSLATE_NOOP("Indicators", "Cases lacking %1, which cannot be judged")).replace(
        "%1", fact
    )


def _choice(key: str, code: str) -> str:
    if key == "indicator_satisfied":
        return shown_code(Satisfaction, code)
    if key == "handling_clock_natures":
        return shown_code(Nature, code)
    return code


def settings_text(used: dict[str, Any], indicator: str | None = None) -> str:
    """The settings a figure used, in words (the screen's `settings_words`)."""
    words = []
    for key, setting in used.items():
        if key == "indicator_by_registration":
            date_word = _tr(
                BY_REGISTRATION if setting else PERIOD_DATES.get(indicator or "", BY_DUE_OR_EVENT)
            )
            words.append(_tr(QT_TRANSLATE_NOOP("Indicators", "Counted by %1")).replace("%1", date_word))
            continue
        if isinstance(setting, list):
            joined = _tr(QT_TRANSLATE_NOOP("Indicators", ", ")).join(_choice(key, str(v)) for v in setting)
            shown = joined or _tr(QT_TRANSLATE_NOOP("Indicators", "(none)"))
        else:
            shown = str(setting)
        if key in SHORT_WORDS:
            words.append(_tr(SHORT_WORDS[key]).replace("%1", shown))
        else:
            pattern = _tr(QT_TRANSLATE_NOOP("Indicators", "%1: %2"))
            words.append(pattern.replace("%1", setting_label(key)).replace("%2", shown))
    return _tr(QT_TRANSLATE_NOOP("Indicators", "; ")).join(words)
