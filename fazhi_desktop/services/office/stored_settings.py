"""Settings as they are stored: every key the program knows with its default, read and written in a
caller's transaction (DOMAIN.md's **[assumed]** values live here).

A leaf of services/: the clock's rules and the tiers read it, while changing a setting
(`services.office.settings.set_value`) recomputes the tiers, so that module sits above them all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Setting

#: Every setting the program knows, with its default.
DEFAULTS: dict[str, Any] = {
    # The office this database belongs to (set by `fazhi init --office`).
    "office_code": None,
    # 集体访: a visit by this many people or more.
    "collective_threshold": 5,
    # The statutory clock (《信访工作条例》; DOMAIN.md "The statutory clock"), in days.
    "period_route_days": 15,
    "period_inform_days": 15,
    "period_objection_days": 5,
    "period_handling_days": 60,
    "extension_max_days": 30,
    "extension_max_count": 1,
    # An extension runs on from the original last day of the handling period, before any rest-day
    # shift: the stricter reading [assumed]; false runs it from the working day the shift gave.
    "extension_from_original_day": True,
    "period_review_request_days": 30,
    "period_review_decision_days": 30,
    "period_recheck_request_days": 30,
    "period_recheck_decision_days": 30,
    # The periods counted in working days; all others are calendar days.
    "working_day_periods": ["objection"],
    # The 性质 under the handling clock (60 days, extension, 复查, 复核). 建议意见 is answered without it
    # [assumed]; 检举控告 leaves the petition clock for 纪检监察.
    "handling_clock_natures": ["claim"],
    # 红黄绿: yellow when the next deadline is this many days away or fewer; yellow for a matter
    # registered again this many times.
    "tier_due_soon_days": 5,
    "tier_repeat_threshold": 1,
    # The day the tiers were last recomputed (kept by the program).
    "tiers_computed_on": None,
    # The indicators (DOMAIN.md "Indicators" [assumed]; docs/INDICATORS.md): the evaluations counted as
    # satisfied (基本满意 by default too), the days after closing within which a repeat registration
    # means a first-time matter was not resolved at once, and the indicators counted by the
    # registration date rather than by the date their obligation fell due or their event happened.
    "indicator_satisfied": ["satisfied", "basically_satisfied"],
    "indicator_resolution_days": 90,
    "indicator_by_registration": [],
    # The office's changes to the wording of printed documents (services/reports/templates.py).
    "report_templates": {},
    # 规范化评查 (services/conformity): an administrator's choices of rules ({id: {"enabled", "weight"}})
    # and the day and rules version every case was last judged on (kept by the program).
    "conformity_rules": {},
    "conformity_computed_on": None,
    # Log-in and passwords (等保 2.0 level 2; domain/passwords.py): length and kinds of characters, the
    # days a password lasts (0: for ever), the wrong passwords that lock an account and for how long,
    # the idle minutes after which the window locks.
    "password_min_length": 8,
    "password_min_kinds": 3,
    "password_max_age_days": 90,
    "login_max_failures": 5,
    "login_lock_minutes": 15,
    "idle_logout_minutes": 20,
    # The ledger import's column choices, by the header row they were made for (services/ledger/importing.py).
    "ledger_mappings": {},
    # 归档: the archive number's pattern (domain/archive.py), e.g. 2024-431127-0001.
    "archive_number_pattern": "{year}-{office_code}-{seq:04d}",
    # Automatic backups (services/auto_backup.py): the folder (empty: `backups` beside the database),
    # how many daily and monthly copies to keep, and after how many days the 工作台 warns.
    "backup_folder": "",
    "backup_keep_daily": 7,
    "backup_keep_monthly": 12,
    "backup_warn_days": 7,
}


def read(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    return row.value.get("value")


def write(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"value": value}))
    else:
        row.value = {"value": value}


def get(ctx: Context, key: str) -> Any:
    with ctx.db.reading() as session:
        return read(session, key)


def read_all(session: Session) -> dict[str, Any]:
    """Every setting: the stored value, else the default."""
    stored = {row.key: row.value.get("value") for row in session.scalars(select(Setting))}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}
