"""The password rules in force: the settings, read into domain.passwords.PasswordPolicy."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fazhi_desktop.domain.passwords import PasswordPolicy
from fazhi_desktop.services.office.stored_settings import read


def read_policy(session: Session) -> PasswordPolicy:
    return PasswordPolicy(
        min_length=int(read(session, "password_min_length")),
        min_kinds=int(read(session, "password_min_kinds")),
        max_age_days=int(read(session, "password_max_age_days")),
        max_failures=int(read(session, "login_max_failures")),
        lock_minutes=int(read(session, "login_lock_minutes")),
        idle_minutes=int(read(session, "idle_logout_minutes")),
    )
