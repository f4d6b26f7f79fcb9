"""The holiday calendar over the real arrangements shipped in resources/holidays/cn.csv."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import DayKind, HolidayCalendar

CN_CSV = Path(__file__).resolve().parents[2] / "resources" / "holidays" / "cn.csv"


@cache
def shipped() -> HolidayCalendar:
    return HolidayCalendar.from_csv_text(CN_CSV.read_text(encoding="utf-8"))


def days(first: str, last: str) -> list[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [start + timedelta(n) for n in range((end - start).days + 1)]


# Written by hand from the State Council's notices (国务院办公厅关于部分节假日安排的通知), not from the data:
# (window checked day by day, rest spans, make-up working days).
NOTICES = {
    # 国办发明电〔2023〕7号: 春节 2月10日至17日放假调休，2月4日（星期日）、2月18日（星期日）上班.
    "2024 春节": ("2024-01-20", "2024-03-10", [("2024-02-10", "2024-02-17")], ["2024-02-04", "2024-02-18"]),
    # 国庆节 10月1日至7日放假调休，9月29日（星期日）、10月12日（星期六）上班.
    "2024 国庆节": ("2024-09-20", "2024-10-31", [("2024-10-01", "2024-10-07")], ["2024-09-29", "2024-10-12"]),
    # 国办发明电〔2024〕12号: 春节 1月28日至2月4日放假调休，1月26日（星期日）、2月8日（星期六）上班.
    "2025 春节": ("2025-01-10", "2025-02-28", [("2025-01-28", "2025-02-04")], ["2025-01-26", "2025-02-08"]),
    # 国庆节、中秋节 10月1日至8日放假调休，9月28日（星期日）、10月11日（星期六）上班.
    "2025 国庆节": ("2025-09-15", "2025-10-31", [("2025-10-01", "2025-10-08")], ["2025-09-28", "2025-10-11"]),
    # 国办发明电〔2025〕7号: 春节 2月15日至23日放假调休，2月14日（星期六）、2月28日（星期六）上班.
    "2026 春节": ("2026-02-01", "2026-03-15", [("2026-02-15", "2026-02-23")], ["2026-02-14", "2026-02-28"]),
    # 中秋节 9月25日至27日放假; 国庆节 10月1日至7日放假调休，9月20日（星期日）、10月10日（星期六）上班.
    "2026 国庆节": (
        "2026-09-15",
        "2026-10-31",
        [("2026-09-25", "2026-09-27"), ("2026-10-01", "2026-10-07")],
        ["2026-09-20", "2026-10-10"],
    ),
}


@pytest.mark.parametrize("holiday", NOTICES)
def test_shipped_data_agrees_with_the_notice(holiday: str) -> None:
    first, last, spans, work = NOTICES[holiday]
    cal = shipped()
    rest_days = {d for a, b in spans for d in days(a, b)}
    work_days = {date.fromisoformat(w) for w in work}
    for d in days(first, last):
        expected_rest = d in rest_days or (d.weekday() >= 5 and d not in work_days)
        assert cal.is_rest_day(d) == expected_rest, d
        assert cal.is_working_day(d) == (not expected_rest), d


def test_make_up_working_day_counts_as_working() -> None:
    cal = shipped()
    sunday = date(2024, 9, 29)
    assert sunday.weekday() == 6
    assert cal.is_working_day(sunday)
    assert not cal.is_rest_day(sunday)
    assert cal.name_of(sunday) == "国庆节"
    assert cal.entries[sunday] == (DayKind.WORK, "国庆节")


def test_ordinary_days() -> None:
    cal = shipped()
    assert cal.is_rest_day(date(2024, 3, 9))  # a Saturday
    assert cal.is_working_day(date(2024, 3, 11))  # a Monday
    assert cal.is_working_day(date(2024, 2, 9))  # 除夕 2024 was officially a working day
    assert cal.name_of(date(2024, 3, 11)) is None
    assert cal.name_of(date(2024, 2, 12)) == "春节"
    assert cal.name_of(date(2024, 10, 1)) == "国庆节"
    assert cal.name_of(date(2025, 1, 1)) == "元旦"


def test_weekend_days_inside_a_holiday_are_listed_as_rest() -> None:
    assert shipped().entries[date(2024, 10, 5)] == (DayKind.REST, "国庆节")


def test_known_years() -> None:
    cal = shipped()
    assert cal.known_years() == set(range(2004, 2027))
    assert cal.has_year(2004)
    assert cal.has_year(2026)
    assert not cal.has_year(2027)
    assert not cal.has_year(2003)
    assert cal.missing_year_warning(2027) == "2027年节假日安排未录入"


def test_unknown_year_counts_weekends_only() -> None:
    cal = shipped()
    assert cal.is_working_day(date(2027, 1, 1))  # a Friday; 元旦 2027 has not been entered
    assert cal.is_rest_day(date(2027, 1, 2))
    assert cal.is_working_day(date(2027, 10, 1))


def test_shipped_csv_is_what_the_generator_writes() -> None:
    from fazhi_desktop.domain.holidays_cn import from_chinese_calendar

    generated = from_chinese_calendar()
    assert generated == shipped(), "resources/holidays/cn.csv is stale: run scripts/make_holidays.py"
    assert generated.to_csv_text() == CN_CSV.read_text(encoding="utf-8")


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_round_trip() -> None:
    cal = shipped()
    text = cal.to_csv_text()
    assert text.splitlines()[0] == "date,kind,name"
    assert HolidayCalendar.from_csv_text(text) == cal
    assert HolidayCalendar.from_csv_text(text).to_csv_text() == text


def test_csv_round_trip_of_awkward_names() -> None:
    cal = HolidayCalendar(
        {date(2027, 1, 1): (DayKind.REST, '元旦, "新年"'), date(2027, 1, 2): (DayKind.REST, "")}
    )
    assert HolidayCalendar.from_csv_text(cal.to_csv_text()) == cal
    assert cal.name_of(date(2027, 1, 2)) is None


def test_csv_without_header_with_synonyms_comments_and_blank_lines() -> None:
    text = (
        "\ufeff# 2027 年安排（管理员录入）\n"
        "\n"
        "2027-01-01,休,元旦\n"
        "  2027-02-06 , 班 , 春节 \n"
        "2027/2/8,休息,春节\n"
        "2027-02-20,上班,春节\n"
        "2027-10-01,REST,国庆节\n"
        "2027-10-09,work\n"
    )
    cal = HolidayCalendar.from_csv_text(text)
    assert cal.entries == {
        date(2027, 1, 1): (DayKind.REST, "元旦"),
        date(2027, 2, 6): (DayKind.WORK, "春节"),
        date(2027, 2, 8): (DayKind.REST, "春节"),
        date(2027, 2, 20): (DayKind.WORK, "春节"),
        date(2027, 10, 1): (DayKind.REST, "国庆节"),
        date(2027, 10, 9): (DayKind.WORK, ""),
    }
    assert cal.has_year(2027)
    assert cal.is_working_day(date(2027, 2, 6))  # a Saturday made a working day


def test_csv_with_chinese_header() -> None:
    cal = HolidayCalendar.from_csv_text("日期,类型,名称\n2027-01-01,休,元旦\n")
    assert len(cal) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "date,kind,name\n2024-10-01,rest,国庆节\n2024-13-01,rest,国庆节\n",
            "第 3 行：日期无法识别（2024-13-01），应为 YYYY-MM-DD",
        ),
        ("# 注释\n\n2024-10-1x,rest,国庆节\n", "第 3 行：日期无法识别（2024-10-1x），应为 YYYY-MM-DD"),
        ("2023-02-29,rest,x\n", "第 1 行：日期无法识别（2023-02-29），应为 YYYY-MM-DD"),
        ("2024-10-01,holiday,国庆节\n", "第 1 行：类型无法识别（holiday），应为 rest（休）或 work（班）"),
        ("2024-10-01\n", "第 1 行：应有 3 列（日期,rest 或 work,名称），用英文逗号分隔，现有 1 列"),
        (
            "2024-10-01，休，国庆节\n",
            "第 1 行：应有 3 列（日期,rest 或 work,名称），用英文逗号分隔，现有 1 列",
        ),
        (
            "2024-10-01,rest,国庆节,多余\n",
            "第 1 行：应有 3 列（日期,rest 或 work,名称），用英文逗号分隔，现有 4 列",
        ),
        (
            "2024-10-01,rest,国庆节\n2024-10-01,work,国庆节\n",
            "第 2 行：日期 2024-10-01 与第 1 行重复，请删去其中一行",
        ),
    ],
)
def test_bad_csv_lines_are_named(text: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        HolidayCalendar.from_csv_text(text)
    assert caught.value.message == message


def test_empty_csv_is_an_empty_calendar() -> None:
    cal = HolidayCalendar.from_csv_text("date,kind,name\n")
    assert len(cal) == 0
    assert cal.known_years() == set()
    assert cal.is_rest_day(date(2024, 10, 1)) is False  # a Tuesday, with no data


# -- corrections -------------------------------------------------------------------------------


def test_merged_entries_override() -> None:
    base = shipped()
    correction = HolidayCalendar.from_csv_text(
        "2024-09-29,rest,更正\n2024-10-08,rest,国庆节\n2027-01-01,rest,元旦\n"
    )
    merged = base.merged(correction)
    assert merged.is_rest_day(date(2024, 9, 29))
    assert merged.name_of(date(2024, 9, 29)) == "更正"
    assert merged.is_rest_day(date(2024, 10, 8))
    assert merged.has_year(2027)
    assert merged.is_rest_day(date(2027, 1, 1))
    # everything else, and the original, unchanged
    assert merged.is_working_day(date(2024, 10, 12))
    assert base.is_working_day(date(2024, 9, 29))
    assert not base.has_year(2027)
    assert len(merged) == len(base) + 2


def test_replace_year() -> None:
    base = shipped()
    replaced = base.replace_year(2024, {date(2024, 10, 1): (DayKind.REST, "国庆节")})
    assert replaced.entries_of_year(2024) == {date(2024, 10, 1): (DayKind.REST, "国庆节")}
    assert replaced.is_working_day(date(2024, 10, 2))  # no longer listed: an ordinary Wednesday
    assert replaced.is_working_day(date(2024, 9, 29)) is False  # an ordinary Sunday again
    assert replaced.entries_of_year(2025) == base.entries_of_year(2025)
    assert base.is_rest_day(date(2024, 10, 2))
    with pytest.raises(UserError, match="不属于 2024 年"):
        base.replace_year(2024, {date(2025, 1, 1): (DayKind.REST, "元旦")})


def test_replace_year_with_nothing_forgets_the_year() -> None:
    replaced = shipped().replace_year(2026, {})
    assert not replaced.has_year(2026)
    assert replaced.known_years() == set(range(2004, 2026))
