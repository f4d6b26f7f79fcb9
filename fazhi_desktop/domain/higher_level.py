"""Which higher level a case came from (国家信访局, the province, the city), read from its 上级件号.

A case from above keeps the higher level's number (DESIGN.md "Data"). Those numbers are document
numbers whose issuer names the level: 国信转〔2024〕12号 (国家信访局), 湘信交〔2024〕1234号 (a province,
by its one-character abbreviation), 永信督〔2024〕87号 (a city); or, as some systems print them, an
administrative division code first: 430000-2024-… (a province), 431100-2024-… (a city),
100000/000000-… (national). A number none of these fit is counted as 未识别 rather than guessed.
"""

from __future__ import annotations

import re
from enum import StrEnum


class UpperLevel(StrEnum):
    """国家, 省, 市 or not told by the number."""

    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    UpperLevel.NATIONAL: "国家信访局",
    UpperLevel.PROVINCE: "省级",
    UpperLevel.CITY: "市级",
    UpperLevel.UNKNOWN: "未识别层级",
}

#: The one-character abbreviations of the provinces, as their bureaus' document numbers begin.
PROVINCES = frozenset("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台")
_NATIONAL_WORDS = ("国信", "国家信访局", "中央", "国办")
_ISSUER = re.compile(r"^\s*([\u4e00-\u9fff]{1,6}?)信[\u4e00-\u9fff]{0,3}[〔\[(（【]")
_CODE = re.compile(r"^\s*(\d{6})\D")


def level_of(upper_number: str | None) -> UpperLevel:
    """The level a 上级件号 names (UNKNOWN when it names none)."""
    text = (upper_number or "").strip()
    if not text:
        return UpperLevel.UNKNOWN
    if text.startswith(_NATIONAL_WORDS):
        return UpperLevel.NATIONAL
    code = _CODE.match(text)
    if code is not None:
        digits = code.group(1)
        if digits in ("000000", "100000"):
            return UpperLevel.NATIONAL
        if digits.endswith("0000"):
            return UpperLevel.PROVINCE
        if digits.endswith("00"):
            return UpperLevel.CITY
        return UpperLevel.UNKNOWN
    issuer = _ISSUER.match(text)
    if issuer is None:
        return UpperLevel.UNKNOWN
    name = issuer.group(1)
    if name == "国":
        return UpperLevel.NATIONAL
    if (len(name) == 1 and name in PROVINCES) or name.endswith("省"):
        return UpperLevel.PROVINCE
    return UpperLevel.CITY
