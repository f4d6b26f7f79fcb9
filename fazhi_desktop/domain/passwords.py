"""Password and log-in rules (网络安全等级保护 2.0, level 2: identification and authentication).

Pure rules over plain data: how strong a new password must be, when one has expired, and what a
log-in attempt does to a user's failure counter and lock. Hashing and the database live in
services/users; every number here comes from a setting whose default is the level-2 value.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum

from fazhi_desktop.domain.errors import UserError


@dataclass(frozen=True)
class PasswordPolicy:
    """The rules in force (settings password_* / login_* / idle_logout_minutes)."""

    min_length: int = 8
    #: Of the four kinds: upper-case letters, lower-case letters, digits, anything else.
    min_kinds: int = 3
    #: A password older than this must be changed at the next log-in (0: never expires).
    max_age_days: int = 90
    #: Failed attempts in a row that lock the account…
    max_failures: int = 5
    #: …for this many minutes.
    lock_minutes: int = 15
    #: Minutes without input after which the program locks its window.
    idle_minutes: int = 20


DEFAULT_POLICY = PasswordPolicy()


def normal_login(login: str) -> str:
    """The one spelling of a login: width-folded, trimmed, lower-case. `Admin `, `ＡＤＭＩＮ` and `admin`
    are one account (and one failure counter)."""
    return unicodedata.normalize("NFKC", login).strip().casefold()


def check_login(login: str) -> str:
    """A login as it will be stored, or a UserError saying what a login may hold."""
    name = normal_login(login)
    if not name:
        raise UserError("登录名不能为空。", field="login")
    if len(name) > 64:
        raise UserError("登录名不能超过 64 个字符。", field="login")
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in name):
        raise UserError("登录名不能含空格或控制字符。", field="login")
    return name


def character_kinds(password: str) -> int:
    """How many of the four kinds (upper, lower, digit, other) the password uses."""
    kinds = set()
    for ch in password:
        if ch.isupper():
            kinds.add("upper")
        elif ch.islower():
            kinds.add("lower")
        elif ch.isdigit():
            kinds.add("digit")
        else:
            kinds.add("other")
    return len(kinds)


def check_new_password(password: str, login: str, policy: PasswordPolicy = DEFAULT_POLICY) -> None:
    """Refuse a new password that breaks the rules, saying which rule and how to meet it."""
    if len(password) < policy.min_length:
        raise UserError(f"密码至少要有 {policy.min_length} 个字符。", field="password")
    if character_kinds(password) < policy.min_kinds:
        raise UserError(
            f"密码要包含大写字母、小写字母、数字、其他符号中的至少 {policy.min_kinds} 种。",
            field="password",
        )
    folded = normal_login(password)
    name = normal_login(login)
    if name and (folded == name or folded == name[::-1]):
        raise UserError("密码不能与登录名相同（或是登录名倒过来）。", field="password")
    if password != password.strip():
        raise UserError("密码的开头和结尾不能是空格。", field="password")


def is_expired(changed_at: datetime | None, now: datetime, policy: PasswordPolicy = DEFAULT_POLICY) -> bool:
    """Whether a password set at `changed_at` must be changed now (never set: it must)."""
    if changed_at is None:
        return True
    if policy.max_age_days <= 0:
        return False
    return now - changed_at >= timedelta(days=policy.max_age_days)


@dataclass(frozen=True)
class LockState:
    """What a user's row says about failed attempts."""

    failed_attempts: int = 0
    locked_until: datetime | None = None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


class Verdict(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"  # a wrong password, the account not (yet) locked
    LOCKED_NOW = "locked_now"  # this wrong password locked the account
    LOCKED = "locked"  # locked before this attempt: the password was not even looked at


@dataclass(frozen=True)
class Attempt:
    """The outcome of one log-in attempt and the lock state to store."""

    verdict: Verdict
    state: LockState
    #: Attempts left before the lock (for the message after a wrong password).
    tries_left: int = 0


def attempt(
    state: LockState, password_ok: bool, now: datetime, policy: PasswordPolicy = DEFAULT_POLICY
) -> Attempt:
    """Apply one attempt. A locked account refuses even the right password until the lock ends; the
    lock comes after `max_failures` wrong ones in a row; a success clears the counter."""
    if state.locked_at(now):
        return Attempt(Verdict.LOCKED, state)
    if state.locked_until is not None:  # a lock that has run out starts a fresh count
        state = LockState()
    if password_ok:
        return Attempt(Verdict.ACCEPTED, LockState())
    failures = state.failed_attempts + 1
    limit = max(policy.max_failures, 1)
    if failures >= limit:
        until = now + timedelta(minutes=max(policy.lock_minutes, 1))
        return Attempt(Verdict.LOCKED_NOW, replace(state, failed_attempts=0, locked_until=until))
    return Attempt(Verdict.WRONG, replace(state, failed_attempts=failures), tries_left=limit - failures)
