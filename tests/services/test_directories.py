"""Directories: add, rename, retire; never delete what a case refers to."""

from __future__ import annotations

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import directories, offices
from fazhi_desktop.services.office.directories import DirectoryKind
from tests.services.helpers import visit


def test_the_code_tables_are_seeded(ctx: Context) -> None:
    top = [e.name for e in directories.list_entries(ctx, "category") if e.parent_id is None]
    assert top[:3] == ["城乡建设", "劳动和社会保障", "自然资源"]
    assert "其他" in top
    assert {e.name for e in directories.list_entries(ctx, "purpose")} == {
        "求决",
        "申诉",
        "检举控告",
        "建议意见",
        "咨询",
        "其他",
    }


def test_townships_and_villages(ctx: Context) -> None:
    town = directories.add_entry(ctx, "township", "塔峰镇", code="431127100")
    village = directories.add_entry(ctx, "village", "古城社区", parent="塔峰镇")
    assert village.parent_id == town.id and village.parent_name == "塔峰镇"
    with pytest.raises(UserError, match="必须属于一个乡镇"):
        directories.add_entry(ctx, "village", "无主村")
    with pytest.raises(UserError, match="已经存在"):
        directories.add_entry(ctx, "township", "塔峰镇")
    # The same village name under another township is another village.
    directories.add_entry(ctx, "township", "总市镇")
    directories.add_entry(ctx, "village", "古城社区", parent="总市镇")


def test_a_used_entry_is_retired_not_deleted(ctx: Context) -> None:
    town = directories.add_entry(ctx, "township", "新圩镇")
    register_case(ctx, visit(region="新圩镇"))
    with pytest.raises(UserError, match="不能删除"):
        directories.delete_entry(ctx, "township", town.id)
    retired = directories.retire_entry(ctx, "township", town.id)
    assert retired.retired
    with pytest.raises(UserError, match="已停用"):
        register_case(ctx, visit(region="新圩镇"))
    directories.retire_entry(ctx, "township", town.id, retired=False)
    register_case(ctx, visit(region="新圩镇"))


def test_an_unused_entry_can_be_deleted_and_renamed(ctx: Context) -> None:
    unit = directories.add_entry(ctx, DirectoryKind.UNIT, "县人社局")
    renamed = directories.rename_entry(ctx, "unit", unit.id, "县人力资源和社会保障局")
    assert renamed.name == "县人力资源和社会保障局"
    directories.delete_entry(ctx, "unit", unit.id)
    assert directories.list_entries(ctx, "unit") == []


def test_a_new_subcategory_gets_a_code_under_its_parent(ctx: Context) -> None:
    entry = directories.add_entry(ctx, "category", "电梯安全", parent="城乡建设")
    assert entry.code is not None and entry.code.startswith("01")


def test_offices(ctx: Context) -> None:
    township = offices.add_office(ctx, "431127100", "塔峰镇信访办", "township")
    assert township.parent_code == "431127"
    with pytest.raises(UserError, match="已经登记过"):
        offices.add_office(ctx, "431127100", "塔峰镇信访办", "township")
    with pytest.raises(UserError, match="不合规"):
        offices.add_office(ctx, "塔峰", "塔峰镇信访办", "township")
    with pytest.raises(UserError, match="不能改为"):
        offices.init_office(ctx, "431128", "别的县信访局")
    local = offices.get_local_office(ctx)
    assert local is not None and local.code == "431127" and local.is_local
