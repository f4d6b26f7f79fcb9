"""Logging in: a login and a password in, the Actor out, or a Chinese UserError saying why not.

The rules (lock after repeated failures, expiry) are domain/passwords.py's; this module applies them
to the user's row and records every failure in the audit trail (outcome failed) in the same
transaction as the failure counter, so a lock cannot be dodged by a crash or another PC.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import passwords
from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.passwords import LockState, PasswordPolicy, Verdict
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.users.hashing import hash_password, verify
from fazhi_desktop.services.users.policy import read_policy
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.models import User
from fazhi_desktop.store.writes import change, refusal

log = logging.getLogger(__name__)


class PasswordChangeRequired(UserError):
    """The password was right but has expired or was reset: the user must choose a new one first."""

    def __init__(self, message: str, actor: Actor) -> None:
        super().__init__(message, field="password")
        self.actor = actor


@dataclass(frozen=True)
class LoginRules:
    """What the log-in screen needs to know before anyone logs in."""

    has_users: bool
    policy: PasswordPolicy


def actor_of(user: User) -> Actor:
    return Actor(login=user.login, name=user.display_name, role=Role(user.role), township=user.township)


def find_user(session: Session, login: str) -> User | None:
    """The user whose login is `login` in any case, width or surrounding spaces."""
    name = passwords.normal_login(login)
    return session.scalars(select(User).where(func.lower(User.login) == name)).first()


def login_rules(db: Database) -> LoginRules:
    with db.reading() as session:
        count = session.scalar(select(func.count()).select_from(User)) or 0
        return LoginRules(has_users=count > 0, policy=read_policy(session))


def authenticate(
    db: Database, login: str, password: str, now: datetime, *, allow_change: bool = False, record: bool = True
) -> Actor:
    """The actor `login` logs in as. Refused (UserError) for a wrong password (saying how many tries
    are left), a locked account (until when), a disabled one, or, unless `allow_change`, a password
    that has expired or was reset (PasswordChangeRequired). `record` writes a `user.login` entry for
    a success (the GUI's log-in; a command's own entry already names its user)."""
    with db.reading() as session:
        user = find_user(session, login)
        stored = user.password_hash if user is not None else None
    correct = verify(stored, password)  # outside any transaction: it takes a tenth of a second
    if user is None:
        message = "用户名或密码不对。请检查后重试。"
        with refusal(db, passwords.normal_login(login)[:64] or "?", "user.login") as current:
            current.describe("登录失败：用户名不存在", entity="user", reason=message)
        raise UserError(message, field="login")
    with db.reading() as session:
        row = session.get(User, user.id)
        assert row is not None
        policy = read_policy(session)
        before = LockState(row.failed_attempts, row.locked_until)
        accepted = passwords.attempt(before, correct, now, policy).verdict is Verdict.ACCEPTED
        actor, must_change, active = actor_of(row), row.must_change_password, row.active
        changed_at = row.password_changed_at
    if not accepted or not active:
        raise UserError(_fail(db, actor, now, disabled=accepted), field="password")
    if record or before != LockState():
        with change(db, actor, "user.login") as current:
            again = current.session.get(User, user.id)
            assert again is not None
            again.failed_attempts, again.locked_until = 0, None
            if record:
                again.last_login_at = now
            current.describe(f"{actor.name}（{actor.role.label}）登录", entity="user", entity_uuid=user.uuid)
    if not allow_change and (must_change or passwords.is_expired(changed_at, now, policy)):
        reason = "管理员重置了你的密码" if must_change else f"密码已超过 {policy.max_age_days} 天未修改"
        raise PasswordChangeRequired(
            f"{reason}，请先修改密码：在程序中登录后按提示修改，或运行 "
            f"fazhi --user {user.login} user passwd（旧密码用 FAZHI_PASSWORD，新密码用 FAZHI_NEW_PASSWORD）。",
            actor,
        )
    return actor


def needs_change(db: Database, login: str, now: datetime) -> bool:
    """Whether `login` must choose a new password before working (reset, or expired)."""
    with db.reading() as session:
        user = find_user(session, login)
        if user is None:
            return False
        return user.must_change_password or passwords.is_expired(
            user.password_changed_at, now, read_policy(session)
        )


def _refusal_message(outcome: passwords.Attempt, policy: PasswordPolicy) -> str:
    if outcome.verdict is Verdict.WRONG:
        return f"用户名或密码不对。再输错 {outcome.tries_left} 次，账号将锁定 {policy.lock_minutes} 分钟。"
    until = outcome.state.locked_until
    when = until.strftime("%H:%M") if until else "稍后"
    if outcome.verdict is Verdict.LOCKED_NOW:
        return f"连续 {policy.max_failures} 次输错密码，账号已锁定到 {when}。请到时再试，或请管理员重置密码。"
    return f"账号已锁定到 {when}（连续输错密码）。请到时再试，或请管理员重置密码。"


def _fail(db: Database, who: Actor, now: datetime, *, disabled: bool) -> str:
    """Count the failure on the user's row as it is now (another PC may have counted one meanwhile)
    and record the failed log-in (with the account's role), in one transaction; the message for the user."""
    with refusal(db, who, "user.login") as current:
        row = find_user(current.session, who.login)
        assert row is not None
        if disabled:
            message, why = "这个账号已停用。请联系管理员。", "账号已停用"
        else:
            policy = read_policy(current.session)
            outcome = passwords.attempt(LockState(row.failed_attempts, row.locked_until), False, now, policy)
            row.failed_attempts, row.locked_until = outcome.state.failed_attempts, outcome.state.locked_until
            message, why = _refusal_message(outcome, policy), _WHY[outcome.verdict]
        current.describe(f"登录失败：{why}", entity="user", entity_uuid=row.uuid, reason=message)
    log.info("failed log-in for %s: %s", who.login, why)
    return message


_WHY = {
    Verdict.WRONG: "密码不对",
    Verdict.LOCKED_NOW: "密码不对，账号锁定",
    Verdict.LOCKED: "账号锁定中",
    Verdict.ACCEPTED: "",
}


def create_first_admin(db: Database, login: str, name: str, password: str, now: datetime) -> Actor:
    """The administrator of a database that has no users yet (a new one, or one made before log-ins
    existed): the one account anyone may create, and only while there is none."""
    name = name.strip() or passwords.normal_login(login)
    clean = passwords.check_login(login)
    with db.reading() as session:
        passwords.check_new_password(password, clean, read_policy(session))
    digest = hash_password(password)
    actor = Actor(login=clean, name=name[:50], role=Role.ADMIN)
    with change(db, actor, "user.add") as current:
        if current.session.scalar(select(func.count()).select_from(User)):
            raise UserError("这个数据库已经有用户了。请用已有的账号登录，或请管理员为你添加账号。")
        user = User(
            login=clean,
            display_name=actor.name,
            role=Role.ADMIN,
            password_hash=digest,
            active=True,
            created_at=now,
            password_changed_at=now,
            last_login_at=now,
        )
        current.session.add(user)
        current.session.flush()
        current.describe(
            f"首次启动：创建管理员 {actor.name}（{clean}）", entity="user", entity_uuid=user.uuid
        )
    return actor
