"""The administrator's accounts: add, list, reset, disable, enable; and a user changing its own password.

Every change is one audited write (store.writes.change); only the 管理员 manages accounts, and a
refusal is audited too (services.permissions). Times are the machine's clock, never `--today`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import passwords
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import RegionKind, Role
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, find
from fazhi_desktop.services.permissions import require_admin
from fazhi_desktop.services.users.hashing import hash_password, verify
from fazhi_desktop.services.users.login import find_user
from fazhi_desktop.services.users.policy import read_policy
from fazhi_desktop.store.models import Region, User
from fazhi_desktop.store.writes import change


@dataclass(frozen=True)
class UserInfo:
    """One account as the 用户 page and `fazhi user list` show it (never its hash)."""

    login: str
    name: str
    role: Role
    township: str | None
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    password_changed_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime


def _info(user: User) -> UserInfo:
    return UserInfo(
        login=user.login,
        name=user.display_name,
        role=Role(user.role),
        township=user.township,
        active=user.active,
        must_change_password=user.must_change_password,
        locked_until=user.locked_until,
        password_changed_at=user.password_changed_at,
        last_login_at=user.last_login_at,
        created_at=user.created_at,
    )


def list_users(ctx: Context) -> list[UserInfo]:
    require_admin(ctx, "查看用户")
    with ctx.db.reading() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.login))]


def add_user(
    ctx: Context,
    login: str,
    name: str,
    role: Role | str,
    password: str,
    *,
    township: str | None = None,
    now: datetime | None = None,
) -> UserInfo:
    """A new account; its first log-in asks for a password of the user's own (the administrator knows this one)."""
    require_admin(ctx, "添加用户")
    clean = passwords.check_login(login)
    name = name.strip()
    if not name:
        raise UserError("请填写用户的姓名（文书上的经办人、登记人印这个名字）。", field="name")
    if len(name) > 50:
        raise UserError("姓名不能超过 50 个字符。", field="name")
    chosen = _role(role)
    moment = now or datetime.now()
    with change(ctx.db, ctx.actor, "user.add") as current:
        session = current.session
        if find_user(session, clean) is not None:
            raise UserError(f"登录名「{clean}」已经有人用了。请换一个。", field="login")
        place = _township(session, chosen, township)
        passwords.check_new_password(password, clean, read_policy(session))
        user = User(
            login=clean,
            display_name=name,
            role=chosen,
            township=place,
            password_hash=hash_password(password),
            active=True,
            created_at=moment,
            password_changed_at=moment,
            must_change_password=True,
        )
        session.add(user)
        session.flush()
        where = f"，{place}" if place else ""
        current.describe(
            f"添加用户 {name}（{clean}，{chosen.label}{where}）", entity="user", entity_uuid=user.uuid
        )
        return _info(user)


def reset_password(ctx: Context, login: str, password: str, *, now: datetime | None = None) -> UserInfo:
    """The administrator sets a new password (the user changes it at the next log-in) and lifts a lock."""
    require_admin(ctx, "重置密码")
    with change(ctx.db, ctx.actor, "user.reset") as current:
        user = _existing(current.session, login)
        passwords.check_new_password(password, user.login, read_policy(current.session))
        user.password_hash = hash_password(password)
        user.password_changed_at = now or datetime.now()
        user.must_change_password = True
        user.failed_attempts, user.locked_until = 0, None
        current.describe(
            f"重置用户 {user.display_name}（{user.login}）的密码", entity="user", entity_uuid=user.uuid
        )
        return _info(user)


def set_active(ctx: Context, login: str, active: bool) -> UserInfo:
    """Disable (or enable again) an account; the last active administrator cannot be disabled."""
    require_admin(ctx, "停用或启用用户" if not active else "启用用户")
    with change(ctx.db, ctx.actor, "user.enable" if active else "user.disable") as current:
        session = current.session
        user = _existing(session, login)
        if not active and user.role == Role.ADMIN:
            others = session.scalars(
                select(User.id).where(User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
            ).first()
            if others is None:
                raise UserError("不能停用唯一的管理员账号。请先添加另一个管理员。")
        user.active = active
        if active:
            user.failed_attempts, user.locked_until = 0, None
        verb = "启用" if active else "停用"
        current.describe(
            f"{verb}用户 {user.display_name}（{user.login}）", entity="user", entity_uuid=user.uuid
        )
        return _info(user)


def change_password(ctx: Context, old: str, new: str, *, now: datetime | None = None) -> None:
    """The acting user changes its own password (after a reset or expiry, or whenever it likes)."""
    with ctx.db.reading() as session:
        user = find_user(session, ctx.actor.login)
        if user is None:
            raise UserError("当前登录的用户不在用户列表中，不能修改密码。")
        stored = user.password_hash
    if not verify(stored, old):
        raise UserError("原密码不对。", field="old_password")
    if old == new:
        raise UserError("新密码不能与原密码相同。", field="password")
    with change(ctx.db, ctx.actor, "user.passwd") as current:
        row = _existing(current.session, ctx.actor.login)
        passwords.check_new_password(new, row.login, read_policy(current.session))
        row.password_hash = hash_password(new)
        row.password_changed_at = now or datetime.now()
        row.must_change_password = False
        current.describe(
            f"{row.display_name}（{row.login}）修改了自己的密码", entity="user", entity_uuid=row.uuid
        )


def _existing(session: Session, login: str) -> User:
    user = find_user(session, login)
    if user is None:
        raise UserError(
            f"没有登录名为「{login.strip()}」的用户。fazhi user list 列出全部用户。", field="login"
        )
    return user


def _role(role: Role | str) -> Role:
    if isinstance(role, Role):
        return role
    try:
        return Role.parse(role)
    except (ValueError, KeyError):
        labels = "、".join(r.label for r in Role)
        raise UserError(f"没有「{role}」这个角色。可选：{labels}。", field="role") from None


def _township(session: Session, role: Role, township: str | None) -> str | None:
    """A 乡镇用户's township, which must be a township of the 问题属地 directory; None for other roles."""
    if role is not Role.TOWNSHIP:
        if township:
            raise UserError("只有乡镇用户才填写所属乡镇。", field="township")
        return None
    if not township or not township.strip():
        raise UserError("乡镇用户要填写所属乡镇（--township 乡镇名称）。", field="township")
    row = find(session, DirectoryKind.TOWNSHIP, township)
    if not isinstance(row, Region) or row.kind != RegionKind.TOWNSHIP.value or row.retired:
        raise UserError(
            f"问题属地目录中没有乡镇「{township.strip()}」。请先在 设置 › 目录 中添加，或检查名称。",
            field="township",
        )
    return row.name
