"""The checks a service makes before it acts: may this user write, manage users, read the trail.

A refusal is a Chinese UserError saying what to do, and an entry in the audit trail with outcome
failed (等保 2.0: access control and security audit), so an attempt beyond one's role is on record.
"""

from __future__ import annotations

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.writes import record_refusal


def refuse(ctx: Context, what: str, message: str) -> UserError:
    """Record the refusal of `what` and return the error to raise."""
    record_refusal(ctx.db, ctx.actor, "permission.refused", f"拒绝：{what}", message, what=what)
    return UserError(message)


def require_write(ctx: Context, what: str) -> None:
    """Refuse a change of data (`what`, e.g. "登记信访件") to a role that only reads."""
    if not ctx.actor.may_write:
        raise refuse(
            ctx,
            what,
            f"当前用户（{ctx.actor.role.label}）不能{what}。请用有登记或办理权限的账号登录。",
        )


def require_admin(ctx: Context, what: str) -> None:
    """Refuse managing users (`what`, e.g. "添加用户") to everyone but the 管理员."""
    if not ctx.actor.may_manage_users:
        raise refuse(ctx, what, f"只有管理员可以{what}。请用管理员账号登录。")


def require_auditor(ctx: Context, what: str) -> None:
    """Refuse reading, verifying and exporting the trail to everyone but the 审计员 (the administrator too)."""
    if not ctx.actor.may_read_audit:
        raise refuse(
            ctx,
            what,
            f"只有审计员可以{what}（当前用户是{ctx.actor.role.label}）。请用审计员账号登录。",
        )
