"""What each stored setting is called, in the language of the UI.

`services.office.settings.LABELS` keeps the Chinese the command line and the audit trail print
(`fazhi settings`); screens show the English below, translated through Qt and keyed by the setting's
key, so zh_CN reads exactly the service's label (tests/test_ui_text_translations.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fazhi_desktop.ui.i18n import translate

CONTEXT = "Settings"

LABELS = {
    "password_min_length": QT_TRANSLATE_NOOP("Settings", "Shortest password (characters)"),
    "password_min_kinds": QT_TRANSLATE_NOOP(
        "Settings", "Kinds of characters a password needs (upper case, lower case, digits, others)"
    ),
    "password_max_age_days": QT_TRANSLATE_NOOP("Settings", "Days a password lasts (0: for ever)"),
    "login_max_failures": QT_TRANSLATE_NOOP("Settings", "Wrong passwords in a row that lock an account"),
    "login_lock_minutes": QT_TRANSLATE_NOOP("Settings", "Minutes an account stays locked"),
    "idle_logout_minutes": QT_TRANSLATE_NOOP("Settings", "Idle minutes before the window locks"),
    "backup_folder": QT_TRANSLATE_NOOP(
        "Settings", "Folder of the automatic backups (empty: a backups folder beside the database)"
    ),
    "backup_keep_daily": QT_TRANSLATE_NOOP("Settings", "Automatic backups: daily copies kept (days)"),
    "backup_keep_monthly": QT_TRANSLATE_NOOP("Settings", "Automatic backups: monthly copies kept (months)"),
    "backup_warn_days": QT_TRANSLATE_NOOP("Settings", "Dashboard warning: days without a backup"),
    "archive_number_pattern": QT_TRANSLATE_NOOP(
        "Settings", "Archive number pattern (may use {year}, {office_code}, {seq})"
    ),
    "office_code": QT_TRANSLATE_NOOP("Settings", "Office code"),
    "collective_threshold": QT_TRANSLATE_NOOP("Settings", "Collective visit threshold (people)"),
    "period_route_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline to accept, forward or assign after registration (days)"
    ),
    "period_inform_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline for the responsible unit to inform the petitioner (days)"
    ),
    "period_objection_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline for the responsible unit to object (days)"
    ),
    "period_handling_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline to handle and reply in writing (days, from acceptance)"
    ),
    "extension_max_days": QT_TRANSLATE_NOOP("Settings", "Extensions in total at most (days)"),
    "extension_max_count": QT_TRANSLATE_NOOP("Settings", "Extensions per case at most"),
    "extension_from_original_day": QT_TRANSLATE_NOOP(
        "Settings", "Extensions run from the original last day (before any rest-day shift)"
    ),
    "period_review_request_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline to request a review (days, from receiving the written reply)"
    ),
    "period_review_decision_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline to give the review opinion (days)"
    ),
    "period_recheck_request_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline to request a recheck (days, from receiving the review opinion)"
    ),
    "period_recheck_decision_days": QT_TRANSLATE_NOOP(
        "Settings", "Deadline to give the recheck opinion (days)"
    ),
    "working_day_periods": QT_TRANSLATE_NOOP(
        "Settings", "Deadlines counted in working days (the others in calendar days)"
    ),
    "handling_clock_natures": QT_TRANSLATE_NOOP(
        "Settings", "Natures the handling deadline, review and recheck apply to"
    ),
    "tier_due_soon_days": QT_TRANSLATE_NOOP("Settings", "Yellow warning: deadline within (days)"),
    "tier_repeat_threshold": QT_TRANSLATE_NOOP(
        "Settings", "Yellow warning: repeat petitions reaching (times)"
    ),
    "tiers_computed_on": QT_TRANSLATE_NOOP("Settings", "Tiers last computed on"),
    "conformity_rules": QT_TRANSLATE_NOOP(
        "Settings",
        "Conformity rules switched off or reweighted (change them under Conformity review › Rules)",
    ),
    "conformity_computed_on": QT_TRANSLATE_NOOP("Settings", "Conformity last judged on"),
    "indicator_satisfied": QT_TRANSLATE_NOOP(
        "Settings", "Satisfaction rate: evaluations counted as satisfied"
    ),
    "indicator_resolution_days": QT_TRANSLATE_NOOP(
        "Settings", "One-time resolution: days watched for a repeat petition after completion"
    ),
    "indicator_by_registration": QT_TRANSLATE_NOOP(
        "Settings", "Indicators counted by registration date (not by deadline or date of the event)"
    ),
    "report_templates": QT_TRANSLATE_NOOP(
        "Settings", "Document templates (change them with fazhi report templates)"
    ),
    "ledger_mappings": QT_TRANSLATE_NOOP(
        "Settings", "Ledger column mappings saved by the import (change them in the import wizard)"
    ),
}


def setting_label(key: str) -> str:
    """What the UI calls a setting; a key this version does not know reads as itself."""
    return translate(CONTEXT, LABELS[key]) if key in LABELS else key
