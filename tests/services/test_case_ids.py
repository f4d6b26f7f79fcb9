"""The ordered ids behind every long list, on SQLite and PostgreSQL: a name sorts by the name, a code
by its vocabulary's order, the id breaks ties; the lines of some ids come back in their order."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.services.cases.reading import CaseFilter, case_ids, case_rows, list_cases
from fazhi_desktop.services.clock.review_board import BoardFilter, board_ids, board_rows, board_rows_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from tests.services.helpers import register

D = date.fromisoformat


@pytest.fixture
def places(ctx: Context) -> dict[str, int]:
    """Cases in three new townships added in the opposite of their names' order (甲 U+7532 after
    乙 U+4E59 after 丙 U+4E19), so that sorting by id and by name disagree."""
    for name in ("甲镇", "乙镇", "丙镇"):
        add_entry(ctx, "township", name)
    on = D("2024-11-18")
    return {
        "jia": register(ctx, summary="一", region="甲镇", nature="claim", on=on).id,
        "bing": register(ctx, summary="二", region="丙镇", nature="claim", on=on).id,
        "yi": register(ctx, summary="三", region="乙镇", nature="claim", on=on).id,
        "bing_again": register(ctx, summary="四", region="丙镇", nature="claim", on=on, people=9).id,
        "nowhere": register(ctx, summary="五", nature="claim", on=D("2024-11-10")).id,
    }


def test_sorting_by_location_sorts_by_the_region_name(ctx: Context, places: dict[str, int]) -> None:
    names = {v: k for k, v in places.items()}
    placed = [names[i] for i in case_ids(ctx, CaseFilter(), sort="region_name", descending=False)]
    assert placed == ["bing", "bing_again", "yi", "jia", "nowhere"]  # 丙 丙 乙 甲, then no 属地
    backwards = [names[i] for i in case_ids(ctx, CaseFilter(), sort="region_name", descending=True)]
    assert backwards == ["jia", "yi", "bing_again", "bing", "nowhere"]
    page = list_cases(ctx, CaseFilter(), sort="region_name", descending=True, offset=1, limit=2)
    assert [names[r.id] for r in page] == ["yi", "bing_again"]  # a page reads the same order


def test_a_code_sorts_in_its_vocabularys_order(ctx: Context, places: dict[str, int]) -> None:
    rows = case_rows(ctx, case_ids(ctx, CaseFilter(), sort="tier", descending=False))
    assert [r.tier for r in rows] == ["red", "yellow", "green", "green", "green"]  # 红 黄 绿
    assert rows[0].id == places["bing_again"] and rows[1].id == places["nowhere"]


def test_the_lines_of_some_ids_come_in_their_order(ctx: Context, places: dict[str, int]) -> None:
    wanted = [places["yi"], 999_999, places["jia"], places["bing"]]
    rows = case_rows(ctx, wanted)
    assert [r.id for r in rows] == [places["yi"], places["jia"], places["bing"]]  # the unknown left out
    assert (rows[0].region_name, rows[0].summary) == ("乙镇", "三")
    assert case_rows(ctx, []) == []


def test_the_boards_ids_are_its_pages_order(ctx: Context, places: dict[str, int]) -> None:
    for tier in ("red", "yellow"):
        ids = list(board_ids(ctx, BoardFilter(), tier))
        assert ids == [r.id for r in board_rows(ctx, BoardFilter(), tier)]
        assert [r.id for r in board_rows_of(ctx, ids)] == ids
    assert list(board_ids(ctx, BoardFilter(), "red")) == [places["bing_again"]]
