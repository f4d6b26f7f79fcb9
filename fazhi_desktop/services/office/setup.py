"""Making a database ready for work: the schema (done on open) and the seeded code tables."""

from __future__ import annotations

from sqlalchemy import func, select

from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import seed_defaults
from fazhi_desktop.store.models import Category, Purpose
from fazhi_desktop.store.writes import change


def ensure_ready(ctx: Context) -> Changes:
    """Seed empty code tables (内容分类, 信访目的) with their defaults, once."""
    with ctx.db.reading() as session:
        empty = any(session.scalar(select(func.count()).select_from(m)) == 0 for m in (Category, Purpose))
    if not empty:
        return NO_CHANGES
    with change(ctx.db, ctx.actor, "directory.seed") as current:
        if seed_defaults(current.session):
            current.describe("填入默认的内容分类和信访目的")
    return current.changes
