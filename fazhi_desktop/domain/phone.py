"""Telephone numbers of petitioners: normalizing, checking, masking."""

from __future__ import annotations

import re
import unicodedata

from fazhi_desktop.domain.errors import UserError

FIELD = "phone"
_ADVICE = "请核对电话号码"

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
# Optional area code 0xx / 0xxx, then a local number of 7-8 digits that never starts with 0 or 1.
_LANDLINE_RE = re.compile(r"(?:0\d{2,3})?[2-9]\d{6,7}")
_SERVICE_RE = re.compile(r"[19]\d{4}")  # 12345, 12315, 95588, 10086, ...
# What may separate the digits of one number; anything else (letters, 转, /) is refused.
_SEPARATORS = frozenset(" -()+.\t")


class InvalidPhone(UserError):
    """A phone number that cannot be right; the message says what is wrong and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field=FIELD)


def _strip_country_code(digits: str) -> str:
    for prefix in ("0086", "86"):
        rest = digits[len(prefix) :]
        if digits.startswith(prefix) and _MOBILE_RE.fullmatch(rest):
            return rest
    return digits


def normalize_phone(text: str) -> str:
    """Digits only: separators and full-width forms go, a +86/0086/86 before a mobile goes."""
    # NFKC folds full-width digits, brackets, ＋ and the ideographic space into ASCII.
    if text.isdigit() and text.isascii():
        return _strip_country_code(text)
    folded = unicodedata.normalize("NFKC", text)
    digits = "".join(ch for ch in folded if ch.isascii() and ch.isdigit())
    return _strip_country_code(digits)


def validate_phone(text: str) -> str:
    """The normalized phone if it is a mobile, a landline (with or without area code) or a service number."""
    if text.isdigit() and text.isascii():
        folded = text  # the usual case, with nothing to fold or refuse
        bad: list[str] = []
    else:
        folded = unicodedata.normalize("NFKC", text).strip()
        bad = sorted({ch for ch in folded if not (ch.isascii() and ch.isdigit()) and ch not in _SEPARATORS})
    if bad:
        raise InvalidPhone(
            f"电话号码含非法字符（{''.join(bad)}），只能填写数字；分机号或第二个号码请写在备注里"
        )
    phone = normalize_phone(folded)
    if not phone:
        raise InvalidPhone("电话号码为空，请填写手机号或座机号")
    if _MOBILE_RE.fullmatch(phone) or _LANDLINE_RE.fullmatch(phone) or _SERVICE_RE.fullmatch(phone):
        return phone
    if phone.startswith("1") and len(phone) == 11:
        raise InvalidPhone(f"手机号应以 13–19 开头（现为 {phone[:2]}），{_ADVICE}")
    raise InvalidPhone(
        f"电话号码位数或格式不对（{len(phone)} 位）：手机号应为 11 位，座机号为 7–8 位（可加区号，如 0731），"
        f"{_ADVICE}"
    )


def mask_phone(phone: str) -> str:
    """A mobile as 138****5678; other numbers keep their first 3 and last 2 digits."""
    digits = normalize_phone(phone)
    length = len(digits)
    if _MOBILE_RE.fullmatch(digits):
        return digits[:3] + "****" + digits[7:]
    if length > 5:
        return digits[:3] + "*" * (length - 5) + digits[-2:]
    # Service numbers like 12345 are public; any other short remnant is hidden entirely.
    if _SERVICE_RE.fullmatch(digits):
        return digits
    return "*" * length
