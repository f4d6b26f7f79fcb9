"""Cell values as offices type them: dates and counts in every usual form, and clear reasons."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from fazhi_desktop.excel.values import BadValue, clean_text, parse_count, parse_date, parse_optional_count

MARCH_5 = date(2024, 3, 5)


@pytest.mark.parametrize(
    "value",
    [
        MARCH_5,
        datetime(2024, 3, 5, 10, 30),
        45356,  # Excel's serial number of 2024-03-05
        45356.0,
        45356.75,  # a serial with a time of day
        "45356",
        "2024.3.5",
        "2024.03.05",
        "2024-03-05",
        "2024-3-5",
        "2024/3/5",
        "2024/03/05 10:30",
        "2024年3月5日",
        "2024年3月5号",
        "2024年03月05日 上午9:30",
        "20240305",
        20240305,
        "２０２４年３月５日",  # full-width digits
        "２０２４－０３－０５",
        "二〇二四年三月五日",
        " 2024 . 3 . 5 ",
    ],
)
def test_a_date_in_every_usual_form(value: object) -> None:
    assert parse_date(value) == MARCH_5


def test_chinese_numerals_with_ten() -> None:
    assert parse_date("二〇二四年十二月二十五日") == date(2024, 12, 25)
    assert parse_date("二〇二四年十月十日") == date(2024, 10, 10)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-02-30", "不是有效日期"),
        ("2024年3月", "缺少日"),
        ("24.3.5", "四位年份"),
        ("下周三", "无法识别的日期"),
        ("", "空"),
        (None, "空"),
        (time(10, 30), "只是时间"),
        (12, "Excel 日期序号"),
        ("1899-01-01", "年份"),
        (True, "不是日期"),
    ],
)
def test_a_date_that_is_not_one_says_why(value: object, reason: str) -> None:
    with pytest.raises(BadValue, match=reason):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5000, 5000),
        (5000.0, 5000),
        ("5000", 5000),
        ("5000份", 5000),
        ("5,000份", 5000),
        ("５０００份", 5000),
        ("3人", 3),
        ("３人", 3),
        ("15条", 15),
        ("8块", 8),
        ("3万", 30000),
        ("3万余份", 30000),
        ("1.2万", 12000),
        ("8.5万人次", 85000),
        ("约5000份", 5000),
        ("5000余份", 5000),
        ("5千", 5000),
        ("320 人次", 320),
        (None, 0),
        ("", 0),
        ("  ", 0),
    ],
)
def test_counts_as_offices_write_them(value: object, expected: int) -> None:
    assert parse_count(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [("很多", "无法识别"), ("2.5", "不是整数"), (-3, "负数"), ("3-5人", "无法识别"), (MARCH_5, "不是数字")],
)
def test_a_count_that_is_not_one_says_why(value: object, reason: str) -> None:
    with pytest.raises(BadValue, match=reason) as info:
        parse_count(value, what="宣传单")
    assert "宣传单" in info.value.message or reason in info.value.message


def test_blank_is_unknown_for_optional_counts() -> None:
    assert parse_optional_count(None) is None and parse_optional_count("0") == 0


def test_text_of_a_cell() -> None:
    assert clean_text(5000.0) == "5000"
    assert clean_text("  塔峰镇\n文化广场 ") == "塔峰镇 文化广场"
    assert clean_text(None) == ""
    assert clean_text(datetime(2024, 3, 5)) == "2024-03-05"
