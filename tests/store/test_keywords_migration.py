"""Migration 0017_keywords: an older database's template categories get their keywords; going down
and up again keeps the cases."""

from __future__ import annotations

from sqlalchemy import select, text

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import lookup
from fazhi_desktop.store.migrate import upgrade_schema
from fazhi_desktop.store.models import Category
from tests.services.helpers import register
from tests.store.downgrading import downgraded


def test_an_older_database_gets_the_templates_keywords(ctx: Context) -> None:
    case = register(ctx, category="劳动报酬")
    with downgraded(ctx.db, "0011") as conn:
        columns = conn.execute(text("SELECT * FROM categories LIMIT 1")).keys()
        assert "keywords" not in columns
        conn.execute(text("UPDATE categories SET name = '自定义分类' WHERE name = '噪声扰民'"))
    upgrade_schema(ctx.db)
    with ctx.db.reading() as session:
        kept = dict(session.execute(select(Category.name, Category.keywords)).all())
    assert "工资" in kept["劳动报酬"].split() and kept["自定义分类"] == ""
    found = lookup.look_up(ctx, "category", "欠薪")
    assert found[0].name == "劳动报酬" and found[0].uses == 1
    assert case.id
