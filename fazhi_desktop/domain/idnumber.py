"""Chinese resident ID numbers (公民身份号码, GB 11643-1999): normalizing, checking, masking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import mul

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Sex

FIELD = "id_number"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_EARLIEST_BIRTH_YEAR = 1890
_ADVICE = "请核对证件号码"

_HYPHENS = "-‐‑‒–—―−－﹣"
# Full-width digits and X/x come from a Chinese IME; a lower-case x from careless typing.
_TRANSLATE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "Ｘ": "X",
        "ｘ": "X",
        "x": "X",
        **dict.fromkeys(_HYPHENS, ""),
    }
)


class InvalidIdNumber(UserError):
    """An ID number that cannot be right; the message says what is wrong and to check it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field=FIELD)


@dataclass(frozen=True)
class IdNumber:
    """A checked ID number in its canonical 18-character form and what it encodes."""

    number: str
    region_code: str
    birth_date: date
    sex: Sex
    converted_from_15: bool


def normalize_id_number(text: str) -> str:
    """Remove blanks and hyphens, make digits and X ASCII and X upper-case; no validation."""
    if text.isdigit() and text.isascii():
        return text  # already so (a ledger's thousands of numbers)
    return "".join(ch for ch in text.translate(_TRANSLATE) if not ch.isspace())


def check_digit(first17: str) -> str:
    """The GB 11643 check character (0-9 or X) of the first 17 digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"check_digit needs 17 ASCII digits, got {first17!r}")
    total = sum(map(mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def upgrade_15(number15: str) -> str:
    """The 18-digit form of an old 15-digit number: "19" before the birth year, check digit after."""
    if len(number15) != 15 or not (number15.isascii() and number15.isdigit()):
        raise ValueError(f"upgrade_15 needs 15 ASCII digits, got {number15!r}")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_digit(first17)


def _check_characters(number: str) -> None:
    if number.isdigit() and number.isascii():
        return
    bad = sorted({ch for ch in number if ch not in "0123456789X"})
    if bad:
        shown = "".join(bad)
        raise InvalidIdNumber(f"证件号码含非法字符（{shown}），只能是数字和末位的 X，{_ADVICE}")
    if "X" in number[:-1] or (len(number) == 15 and "X" in number):
        raise InvalidIdNumber(f"证件号码含非法字符：X 只能是 18 位号码的最后一位，{_ADVICE}")


def _birth_date(number: str, today: date | None) -> date:
    digits = number[6:14]
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise InvalidIdNumber(f"出生日期无效（{digits}），{_ADVICE}") from None
    if born.year < _EARLIEST_BIRTH_YEAR:
        raise InvalidIdNumber(f"出生日期无效（{digits}，早于 {_EARLIEST_BIRTH_YEAR} 年），{_ADVICE}")
    if today is not None and born > today:
        raise InvalidIdNumber(f"出生日期晚于今天（{born.isoformat()}），{_ADVICE}")
    return born


def parse_id_number(text: str, *, today: date | None = None) -> IdNumber:
    """Check an 18- or 15-digit ID number and decode it; raises InvalidIdNumber saying what is wrong.

    The birth date must exist, be in 1890 or later and, when `today` is given, not after it.
    """
    number = normalize_id_number(text)
    if not number:
        raise InvalidIdNumber("证件号码为空，请填写 18 位身份证号码（旧证 15 位）")
    _check_characters(number)
    if len(number) not in (15, 18):
        raise InvalidIdNumber(f"证件号码长度不对：应为 18 位（旧证 15 位），现为 {len(number)} 位，{_ADVICE}")
    converted = len(number) == 15
    if converted:
        number = upgrade_15(number)
    # The birth date goes before the check digit: a typo in it fails both, and naming the date
    # tells the clerk where to look.
    born = _birth_date(number, today)
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise InvalidIdNumber(f"校验码不符，应为 {expected}（现为 {number[17]}），{_ADVICE}")
    sex = Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE
    return IdNumber(
        number=number, region_code=number[:6], birth_date=born, sex=sex, converted_from_15=converted
    )


def is_valid_id_number(text: str, *, today: date | None = None) -> bool:
    """Whether `text` is an acceptable ID number (see parse_id_number)."""
    try:
        parse_id_number(text, today=today)
    except InvalidIdNumber:
        return False
    return True


def mask_id_number(number: str) -> str:
    """Show the first 6 and last 4 characters (前6后4), `*` between; shorter input shows less."""
    if not number:
        return ""
    shown = normalize_id_number(number)
    length = len(shown)
    # 6 + 4 visible is only safe when enough is hidden; for short or mistyped input reveal a
    # quarter at each end, and nothing at all when it is tiny.
    if length >= 15:
        head, tail = 6, 4
    elif length > 4:
        head = tail = length // 4
    else:
        head = tail = 0
    return shown[:head] + "*" * (length - head - tail) + (shown[length - tail :] if tail else "")
