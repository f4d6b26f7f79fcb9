"""Which cases the acting user may see: the one condition every query on cases adds.

A 乡镇用户 sees and edits only its township's cases (issue #17). Every service that lists, counts,
searches, exports, prints or packages cases adds `case_scope(ctx)` to its WHERE clause, so the
rule is enforced in the queries and never in the windows. A single case opened by its id goes
through `require_case_in_scope`, which refuses (and audits the refusal) a case outside the scope.

The rule (docs/SECURITY.md, "Township scope"): a case belongs to township T when its 问题属地 is
the township region named T or a village under it, or when the township office named T registered
it (an office of township level named T, or whose name begins with T: 塔峰镇信访办). A township that names neither a region nor an office matches nothing: a mistyped township
sees no case rather than every case.
"""

from __future__ import annotations

import uuid
from typing import Any, NoReturn

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import OfficeLevel, RegionKind
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Case, Office, Region
from fazhi_desktop.store.writes import change

#: The message of a case outside the user's township (the same for a case that does not exist, so
#: a refusal does not tell a 乡镇用户 that another township's case number is real).
OUT_OF_SCOPE = "无权查看该信访件：它不属于你所在乡镇（{township}）。如需办理，请联系县信访局。"


def case_scope(ctx: Context) -> ColumnElement[bool]:
    """A condition on `Case` (store.models.Case) true for the cases `ctx.actor` may see."""
    township = ctx.actor.scoped_township
    if township is None:
        return true()
    return township_condition(township)


def township_condition(township: str) -> ColumnElement[bool]:
    """The cases of one township: 问题属地 the township or a village under it, or its office registered them."""
    name = township.strip()
    if not name:
        return false()
    towns = select(Region.id).where(Region.name == name, Region.kind == RegionKind.TOWNSHIP)
    villages = select(Region.id).where(Region.parent_id.in_(towns))
    # A township office is named for its township: 塔峰镇, 塔峰镇信访办, 塔峰镇人民政府.
    offices = select(Office.id).where(
        or_(Office.name == name, Office.name.startswith(name, autoescape=True)),
        Office.level == OfficeLevel.TOWNSHIP,
    )
    return or_(
        and_(Case.region_id.is_not(None), or_(Case.region_id.in_(towns), Case.region_id.in_(villages))),
        Case.office_id.in_(offices),
    )


def is_scoped(ctx: Context) -> bool:
    """Whether the acting user sees only part of the cases (a 乡镇用户)."""
    return ctx.actor.scoped_township is not None


def case_in_scope(ctx: Context, session: Session, case_id: int) -> bool:
    """Whether the case exists and the acting user may see it."""
    found = session.scalar(select(Case.id).where(Case.id == case_id, case_scope(ctx)))
    return found is not None


def require_case_in_scope(ctx: Context, case_id: int, action: str = "case.view") -> None:
    """Refuse a case the acting user may not see, with an audited refusal (outcome failed).

    A case that does not exist is left to the caller's own message: only an existing case outside
    the scope is refused here (the refusal names no detail of it). Call it outside any session: the
    refusal is written in a transaction of its own."""
    if not is_scoped(ctx):
        return
    with ctx.db.reading() as session:
        if case_in_scope(ctx, session, case_id):
            return
        case_uuid = session.scalar(select(Case.uuid).where(Case.id == case_id))
    if case_uuid is None:
        return
    refuse(
        ctx,
        f"{action}.refused",
        OUT_OF_SCOPE.format(township=ctx.actor.scoped_township),
        entity="case",
        entity_uuid=case_uuid,
        reason="out_of_scope",
    )


def refuse(
    ctx: Context,
    action: str,
    message: str,
    *,
    entity: str | None = None,
    entity_uuid: uuid.UUID | None = None,
    **details: Any,
) -> NoReturn:
    """Raise a UserError with `message` after recording the attempt in the audit trail as failed.

    `store.writes.change` records a change that raises as `failed` in a transaction of its own, so
    the refusal is raised inside an otherwise empty change."""
    error = UserError(message)
    with change(ctx.db, ctx.actor, action) as current:
        current.describe(message, entity=entity, entity_uuid=entity_uuid, **details)
        raise error
    raise error  # unreachable: keeps the type checker sure this never returns
