"""Who may have complete ID numbers and phones in an output, asked by every output that can show them.

Lists, exports, prints, the case detail and exchange packages mask ID numbers and phones unless the
caller asks (`unmasked=True`) and the acting user's role may see them (`Actor.may_unmask`). A request
the role may not make is refused with a Chinese message and recorded in the audit trail as failed;
an allowed one is recorded by the output's own entry, which says it was unmasked (docs/SECURITY.md).
"""

from __future__ import annotations

from sqlalchemy import select

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.vocab import Role, label_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import refuse
from fazhi_desktop.store.models import User


def may_unmask(ctx: Context) -> bool:
    """Whether the acting user may see complete ID numbers and phones.

    The actor's role decides; a stored account of the same login whose role may not (a user record
    changed after the log-in, or a context opened without one) also refuses."""
    return ctx.actor.may_unmask and _stored_role(ctx) in (None, *UNMASKING_ROLES)


UNMASKING_ROLES = tuple(role for role in Role if Actor(login="", name="", role=role).may_unmask)


def _stored_role(ctx: Context) -> Role | str | None:
    """The role of the stored account of the acting login (None when there is none)."""
    with ctx.db.reading() as session:
        stored = session.scalar(select(User.role).where(User.login == ctx.user))
    if stored is None:
        return None
    try:
        return Role.parse(str(stored))
    except ValueError:
        return str(stored)  # a role this version does not know may not unmask


def require_unmask(ctx: Context, unmasked: bool, action: str, what: str) -> None:
    """Refuse (audited) an unmasked `what` (打印/导出/查看/打包) to a user whose role may not see it."""
    if not unmasked or may_unmask(ctx):
        return
    role = ctx.actor.role if not ctx.actor.may_unmask else _stored_role(ctx)
    refuse(
        ctx,
        f"{action}.refused",
        f"你的账号（{label_of(role or '')}）不能{what}完整的证件号码和电话。"
        "请去掉“不遮蔽”重试，或请管理员调整账号角色。",
        reason="unmask_not_allowed",
        unmasked=True,
    )
