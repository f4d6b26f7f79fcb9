"""The 化解率 rule of registers (as of a day), the kinds' words, and the level a 上级件号 names."""

from __future__ import annotations

from datetime import date

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.higher_level import UpperLevel, level_of
from fazhi_desktop.domain.registers import (
    EntryDates,
    RegisterInput,
    RegisterKind,
    check_resolution,
    parse_kind,
    resolution_as_of,
)

D = date.fromisoformat


def test_the_rate_counts_what_the_register_held_and_had_resolved_on_the_day() -> None:
    entries = [
        EntryDates(D("2024-01-01"), D("2024-03-01")),
        EntryDates(D("2024-01-01"), D("2024-09-01")),
        EntryDates(D("2024-01-01"), None),
        EntryDates(D("2024-07-01"), D("2024-08-01")),  # joined in July
    ]
    june = resolution_as_of(entries, D("2024-06-30"))
    assert (june.cases, june.resolved, june.rate) == (3, 1, 1 / 3)
    year = resolution_as_of(entries, D("2024-12-31"))
    assert (year.cases, year.resolved, year.rate) == (4, 3, 0.75)
    assert resolution_as_of([], D("2024-12-31")).rate is None
    assert resolution_as_of(entries, D("2023-12-31")).rate is None


def test_kinds_are_named_as_offices_name_them() -> None:
    assert parse_kind("包案") is parse_kind("领导包案") is parse_kind("leader") is RegisterKind.LEADER
    assert parse_kind("积案") is RegisterKind.BACKLOG
    assert parse_kind("专项") is parse_kind("攻坚") is RegisterKind.SPECIAL
    with pytest.raises(UserError, match="包案、积案 或 专项"):
        parse_kind("重点")


def test_a_register_and_a_resolution_are_checked() -> None:
    bad = RegisterInput(RegisterKind.LEADER, " ", starts_on=D("2024-12-31"), ends_on=D("2024-01-01"))
    assert set(bad.problems()) == {"name", "ends_on"}
    with pytest.raises(UserError, match="晚于今天"):
        check_resolution(D("2024-11-21"), D("2024-01-01"), D("2024-11-20"))
    with pytest.raises(UserError, match="早于该信访件的登记日期"):
        check_resolution(D("2023-12-31"), D("2024-01-01"), D("2024-11-20"))


@pytest.mark.parametrize(
    ("number", "level"),
    [
        ("国信督〔2024〕12号", UpperLevel.NATIONAL),
        ("国信转〔2024〕7号", UpperLevel.NATIONAL),
        ("国家信访局交办（2024）3号", UpperLevel.NATIONAL),
        ("湘信交〔2024〕1234号", UpperLevel.PROVINCE),
        ("湖南省信访局转〔2024〕5号", UpperLevel.PROVINCE),
        ("永信交〔2024〕87号", UpperLevel.CITY),
        ("永州市信访局督〔2024〕2号", UpperLevel.CITY),
        ("430000-2024-000123", UpperLevel.PROVINCE),
        ("431100-2024-000123", UpperLevel.CITY),
        ("100000-2024-000001", UpperLevel.NATIONAL),
        ("431127-2024-000001", UpperLevel.UNKNOWN),
        ("第12号", UpperLevel.UNKNOWN),
        ("", UpperLevel.UNKNOWN),
    ],
)
def test_the_level_is_read_from_the_higher_levels_number(number: str, level: UpperLevel) -> None:
    assert level_of(number) is level
