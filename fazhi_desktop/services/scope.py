"""Which cases the acting user may see: the one condition every query on cases adds.

A 乡镇用户 sees and edits only its township's cases (issue #17). Every service that lists, counts,
searches, exports, prints or packages cases adds `case_scope(ctx)` to its WHERE clause, so the
rule is enforced in the queries and never in the windows.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from fazhi_desktop.services.context import Context


def case_scope(ctx: Context) -> ColumnElement[bool]:
    """A condition on `Case` (store.models.Case) true for the cases `ctx.actor` may see.

    TODO(#17 scope): for an actor with `scoped_township`, the cases whose 问题属地 is that township
    or a village under it, or that its township office registered.
    """
    return true()
