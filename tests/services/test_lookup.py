"""内容分类 and 责任单位 found by any word of their name or keywords, the most used first."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fazhi_desktop.domain.actors import Actor
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Role
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories, lookup
from fazhi_desktop.store.models import Category
from tests.services.helpers import register


def _category_id(ctx: Context, name: str) -> int:
    with ctx.db.reading() as session:
        return int(session.scalars(select(Category.id).where(Category.name == name)).one())


def test_wages_finds_labour_pay_first(ctx: Context) -> None:
    for word in ("工资", "欠薪"):
        found = lookup.look_up(ctx, "category", word)
        assert found[0].name == "劳动报酬", word
        assert found[0].shown == "劳动和社会保障 / 劳动报酬"


def test_a_word_of_the_name_or_the_parent_finds_it(ctx: Context) -> None:
    assert "劳动报酬" in [f.name for f in lookup.look_up(ctx, "category", "报酬")]
    under = {f.name for f in lookup.look_up(ctx, "category", "劳动和社会保障")}
    assert {"劳动报酬", "社会保险", "劳动关系"} <= under
    # Every word must match: 劳动 and 工资 together leave 劳动报酬.
    assert [f.name for f in lookup.look_up(ctx, "category", "劳动 工资")] == ["劳动报酬"]
    assert lookup.look_up(ctx, "category", "100%") == []


def test_the_most_used_come_first(ctx: Context) -> None:
    # 低保 is a keyword of both 惠农补贴 and 社会救助; the one the cases use wins.
    before = [f.name for f in lookup.look_up(ctx, "category", "低保")]
    assert set(before[:2]) == {"惠农补贴", "社会救助"}
    rescue = _category_id(ctx, "社会救助")
    for _ in range(2):
        register(ctx, category=rescue)
    found = lookup.look_up(ctx, "category", "低保")
    assert found[0].name == "社会救助" and found[0].uses == 2 and found[1].uses == 0


def test_keywords_of_a_unit_are_kept_and_found(ctx: Context) -> None:
    unit = directories.add_entry(ctx, "unit", "县人力资源和社会保障局")
    assert lookup.look_up(ctx, "unit", "人社") == []
    entry = lookup.set_keywords(ctx, "unit", unit.id, "人社局、劳动监察，欠薪 人社局")
    assert entry.keywords == "人社局 劳动监察 欠薪"
    assert [f.name for f in lookup.look_up(ctx, "unit", "人社")] == ["县人力资源和社会保障局"]
    assert [f.name for f in lookup.look_up(ctx, "unit", "")] == ["县人力资源和社会保障局"]


def test_a_reader_may_not_change_keywords(ctx: Context) -> None:
    unit = directories.add_entry(ctx, "unit", "县住建局")
    reader = Context(db=ctx.db, user="viewer", actor=Actor("viewer", "只读", Role.VIEWER))
    with pytest.raises(UserError, match="只读"):
        lookup.set_keywords(reader, "unit", unit.id, "住建")


def test_the_category_template_fills_what_is_missing(ctx: Context) -> None:
    pay = _category_id(ctx, "劳动报酬")
    lookup.set_keywords(ctx, "category", pay, "")
    directories.delete_entry(ctx, "category", _category_id(ctx, "噪声扰民"))
    result = lookup.take_category_template(ctx)
    assert result.added == 1 and result.keywords_filled == 1
    assert lookup.look_up(ctx, "category", "噪音")[0].shown == "生态环境 / 噪声扰民"
    assert lookup.look_up(ctx, "category", "工资")[0].name == "劳动报酬"
    assert lookup.take_category_template(ctx) == lookup.TemplateResult(0, 0)
