"""Cell values as offices type them, read into dates, counts and text. Pure functions, no workbook.

Every parser takes what a sheet reader returns for a cell (a `date`, a `datetime`, an `int` or
`float`, a `str`, or None) and either returns the value or raises `BadValue` whose message says in
Chinese what was found and what was expected: an import puts it beside the Excel row number.

    parse_date("2024年3月5日") == parse_date("2024.3.5") == parse_date(45356) == date(2024, 3, 5)
    parse_count("5000份") == 5000; parse_count("1.2万") == 12000; parse_count("３人") == 3
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

#: Dates outside these years are typing mistakes (or counts in a date column), not petition work.
FIRST_YEAR = 1950
LAST_YEAR = 2099
#: Excel's day 0 in the 1900 date system (day 60 is the 29 February 1900 that never was).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_MIN = (date(FIRST_YEAR, 1, 1) - _EXCEL_EPOCH).days
_SERIAL_MAX = (date(LAST_YEAR, 12, 31) - _EXCEL_EPOCH).days

_CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_BLANKS = re.compile(r"\s+")
_ANY_BLANK = re.compile(r"[\s\u3000]")
_TIME_TAIL = r"(?:\s*(?:上午|下午|晚上)?\s*\d{1,2}[:：时点](?:\d{1,2}分?)?(?:[:：]\d{1,2}秒?)?)?"
_SEPARATED = re.compile(r"(\d{4})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[.日号]?" + _TIME_TAIL)
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?" + _TIME_TAIL)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH_ONLY = re.compile(r"\d{4}\s*(?:年|[./\-])\s*\d{1,2}\s*月?")
_SHORT_YEAR = re.compile(r"\d{2}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,2}日?")

_COUNT = re.compile(
    r"(?:约|共|计|合计|累计|大约)?\s*(\d+(?:\.\d+)?)\s*(万|千|百)?\s*(?:余|多)?\s*"
    r"(?:份|人次|人|场次|场|次|块|条|张|册|本|家|个|幅|件|批|余)?\s*(?:余|多)?"
)
_MULTIPLIERS = {"万": 10_000, "千": 1_000, "百": 100, None: 1}


class BadValue(ValueError):
    """A cell that could not be read; `message` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def shown(value: object) -> str:
    """A cell as a message quotes it: 5000.0 → "5000", text as typed."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    return str(value).strip()


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_text(value: object) -> str:
    """Text of a cell: numbers without a trailing ".0", blanks and line breaks folded, trimmed."""
    if type(value) is str and value and _ANY_BLANK.search(value) is None:
        return value  # nothing to fold or trim (most names and texts)
    if is_blank(value):
        return ""
    if isinstance(value, date | datetime):
        return shown(value)
    return _BLANKS.sub(" ", shown(value).replace("\u3000", " ")).strip()


def normalise(text: str) -> str:
    """NFKC (full-width digits, letters and punctuation become ASCII) without any blanks."""
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text)).replace("\u3000", "")


def _chinese_numerals(text: str) -> str:
    """二〇二四年三月五日 → 2024年3月5日 (years digit by digit; months and days with 十)."""
    if not any(ch in _CHINESE_DIGITS or ch == "十" for ch in text):
        return text

    def number(match: re.Match[str]) -> str:
        part = match.group(0)
        if "十" in part:
            tens, _, ones = part.partition("十")
            return str((_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(ones, 0)))
        return "".join(str(_CHINESE_DIGITS[ch]) for ch in part)

    return re.sub(r"[〇零一二三四五六七八九十]+", number, text)


def _make_date(year: int, month: int, day: int, raw: object) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadValue(f"日期「{shown(raw)}」的年份 {year} 不在 {FIRST_YEAR}—{LAST_YEAR} 之间，请检查。")
    try:
        return date(year, month, day)
    except ValueError:
        raise BadValue(
            f"「{shown(raw)}」不是有效日期（{month} 月没有 {day} 日，或月份不对），请检查。"
        ) from None


def _from_serial(number: float, raw: object) -> date:
    if not math.isfinite(number) or number < 0:
        raise BadValue(f"「{shown(raw)}」不是日期。")
    whole = int(number)
    if 19_500_101 <= whole <= 20_991_231 and number == whole:  # 20240305 typed as a number
        return _from_text(str(whole), raw)
    if not _SERIAL_MIN <= whole <= _SERIAL_MAX:
        raise BadValue(
            f"「{shown(raw)}」不是日期：作为 Excel 日期序号它落在 {FIRST_YEAR}—{LAST_YEAR} 年之外。"
            "请把单元格写成 2024-03-05 这样的日期。"
        )
    return _EXCEL_EPOCH + timedelta(days=whole)


def _from_text(text: str, raw: object) -> date:
    cleaned = _chinese_numerals(unicodedata.normalize("NFKC", text).strip())
    for pattern in (_SEPARATED, _CHINESE, _COMPACT):
        match = pattern.fullmatch(cleaned)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return _make_date(year, month, day, raw)
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned) and len(cleaned) <= 6:
        return _from_serial(float(cleaned), raw)  # a serial number stored as text
    if _MONTH_ONLY.fullmatch(cleaned):
        raise BadValue(f"日期「{shown(raw)}」缺少日，请写到哪一天，例如 2024-03-05。")
    if _SHORT_YEAR.fullmatch(cleaned):
        raise BadValue(f"日期「{shown(raw)}」的年份只有两位，请写成四位年份，例如 2024-03-05。")
    raise BadValue(
        f"无法识别的日期「{shown(raw)}」。可以写成 2024-03-05、2024/3/5、2024.3.5、2024年3月5日 或 20240305。"
    )


def parse_date(value: object) -> date:
    """A date from a date cell, an Excel serial number or text in any of the usual forms."""
    if is_blank(value):
        raise BadValue("日期是空的。")
    if isinstance(value, datetime):
        return _make_date(value.year, value.month, value.day, value)
    if isinstance(value, date):
        return _make_date(value.year, value.month, value.day, value)
    if isinstance(value, time | timedelta):
        raise BadValue(f"「{shown(value)}」只是时间，没有日期。")
    if isinstance(value, bool):
        raise BadValue(f"「{shown(value)}」不是日期。")
    if isinstance(value, int | float):
        return _from_serial(float(value), value)
    return _from_text(str(value), value)


def parse_count(value: object, *, what: str = "数量") -> int:
    """A whole count from 5000, 5000.0, "5000份", "3人", "3万", "1.2万余", "5,000", "５０００"; blank is 0."""
    if is_blank(value):
        return 0
    if isinstance(value, bool | date | time | timedelta):
        raise BadValue(f"{what}「{shown(value)}」不是数字。")
    if isinstance(value, int | float):
        number = Decimal(str(value))
        unit = None
    else:
        text = normalise(str(value)).replace(",", "")
        match = _COUNT.fullmatch(text)
        if match is None:
            raise BadValue(f"{what}「{shown(value)}」无法识别，请只写数字，例如 5000 或 5000份、1.2万。")
        try:
            number = Decimal(match.group(1))
        except InvalidOperation:  # pragma: no cover - the pattern admits only digits
            raise BadValue(f"{what}「{shown(value)}」无法识别。") from None
        unit = match.group(2)
    total = number * _MULTIPLIERS[unit]
    if total < 0:
        raise BadValue(f"{what}不能为负数：「{shown(value)}」。")
    if total != total.to_integral_value():
        raise BadValue(f"{what}「{shown(value)}」不是整数，请改为整数。")
    return int(total)


def parse_optional_count(value: object, *, what: str = "数量") -> int | None:
    """As `parse_count`, but blank is None (unknown) rather than 0."""
    return None if is_blank(value) else parse_count(value, what=what)
