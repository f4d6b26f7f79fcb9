"""Resident ID numbers as clerks type them: blanks, full-width digits, lower-case x, old 15-digit cards."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.idnumber import (
    IdNumber,
    InvalidIdNumber,
    check_digit,
    is_valid_id_number,
    mask_id_number,
    normalize_id_number,
    parse_id_number,
    upgrade_15,
)
from fazhi_desktop.domain.vocab import Sex

# Made-up numbers (region 431127, born 1990-03-07), not any real person's.
# 43112719900307123: 4·7+3·9+1·10+1·5+2·8+7·4+1·2+9·1+9·6+0·3+0·7+3·9+0·10+7·5+1·8+2·4+3·2 = 263,
# 263 mod 11 = 10 → "10X98765432"[10] = "2".
MALE = "431127199003071232"
# 43112719900307103: 263 − 2·4 (16th digit 2 → 0) = 255, 255 mod 11 = 2 → "X".
WITH_X = "43112719900307103X"
# 43112719900307124: 263 − 3·2 + 4·2 = 265, 265 mod 11 = 1 → "0"; 17th digit 4 is even → female.
FEMALE = "431127199003071240"


def make(first17: str) -> str:
    return first17 + check_digit(first17)


def test_hand_computed_check_digits_agree() -> None:
    assert make(MALE[:17]) == MALE
    assert make(WITH_X[:17]) == WITH_X
    assert make(FEMALE[:17]) == FEMALE


def test_valid_18_digit_number_is_decoded() -> None:
    parsed = parse_id_number(MALE)
    assert parsed == IdNumber(
        number=MALE,
        region_code="431127",
        birth_date=date(1990, 3, 7),
        sex=Sex.MALE,
        converted_from_15=False,
    )
    assert parse_id_number(FEMALE).sex is Sex.FEMALE


def test_x_check_digit_upper_lower_and_full_width() -> None:
    assert parse_id_number(WITH_X).number == WITH_X
    assert parse_id_number(WITH_X.lower()).number == WITH_X
    assert parse_id_number(WITH_X[:17] + "ｘ").number == WITH_X
    assert parse_id_number(WITH_X[:17] + "Ｘ").number == WITH_X


@pytest.mark.parametrize(
    "typed",
    [
        "4311 2719 9003 07 1232",
        " 431127 19900307 1232 ",
        "431127-19900307-1232",
        "431127\t19900307\u30001232",
        "431127\u00a019900307\u00a01232",
        "４３１１２７１９９００３０７１２３２",
        "４３１１２７ 1990０３０７\u30001232",
    ],
)
def test_real_world_typing_is_accepted(typed: str) -> None:
    assert parse_id_number(typed).number == MALE


def test_normalize_does_not_validate() -> None:
    assert normalize_id_number(" ab-c\u3000x ") == "abcX"
    assert normalize_id_number("") == ""


def test_15_digit_number_is_converted() -> None:
    # 431127 900307 123 → insert "19" after the region: 431127 19900307 123, whose check digit is
    # "2" (computed above for MALE), so the 18-digit form is 431127199003071232.
    assert upgrade_15("431127900307123") == MALE
    parsed = parse_id_number("431127 900307 123")
    assert parsed.number == MALE
    assert parsed.converted_from_15 is True
    assert parsed.birth_date == date(1990, 3, 7)
    assert parsed.sex is Sex.MALE  # last digit 3 of the old form is odd


def test_helpers_reject_malformed_input() -> None:
    with pytest.raises(ValueError):
        check_digit("1234")
    with pytest.raises(ValueError):
        check_digit("４３１１２７１９９００３０７１２３")
    with pytest.raises(ValueError):
        upgrade_15("43112790030712")


def message_of(text: str, **kwargs: date) -> str:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number(text, **kwargs)
    error = caught.value
    assert isinstance(error, UserError)
    assert error.field == "id_number"
    return error.message


def test_wrong_check_digit_names_the_right_one() -> None:
    message = message_of(MALE[:17] + "3")
    assert "校验码不符" in message
    assert "应为 2" in message
    assert "请核对证件号码" in message
    assert "应为 X" in message_of(WITH_X[:17] + "0")


@pytest.mark.parametrize("text", ["", "   ", "43112719900307", "4311271990030712321", "431127900307"])
def test_wrong_length(text: str) -> None:
    message = message_of(text)
    assert "长度不对" in message or "为空" in message


def test_wrong_length_says_how_long_it_is() -> None:
    assert "现为 14 位" in message_of("43112719900307")


@pytest.mark.parametrize(
    "text", ["43112719900307123A", "4311271990030X1232", "43112790030712X", "431127.9900307123"]
)
def test_illegal_characters(text: str) -> None:
    message = message_of(text)
    assert "含非法字符" in message
    assert "请核对证件号码" in message


def test_illegal_characters_are_named() -> None:
    assert "（A）" in message_of("43112719900307123A")


def test_february_29_only_in_leap_years() -> None:
    assert "出生日期无效" in message_of(make("43112719900229123"))
    assert parse_id_number(make("43112720000229123")).birth_date == date(2000, 2, 29)
    # 1900 is not a leap year (divisible by 100, not by 400)
    assert "出生日期无效" in message_of(make("43112719000229123"))


@pytest.mark.parametrize("birth", ["19901301", "19900400", "19900431", "18891231"])
def test_impossible_birth_dates(birth: str) -> None:
    assert "出生日期无效" in message_of(make("431127" + birth + "123"))


def test_birth_date_after_today() -> None:
    number = make("43112720240306123")
    message = message_of(number, today=date(2024, 3, 5))
    assert "出生日期晚于今天" in message
    assert "2024-03-06" in message
    # born today is fine, and without today= there is no such check
    assert parse_id_number(number, today=date(2024, 3, 6)).birth_date == date(2024, 3, 6)
    assert parse_id_number(number).birth_date == date(2024, 3, 6)


def test_is_valid() -> None:
    assert is_valid_id_number(MALE)
    assert is_valid_id_number("431127900307123")
    assert not is_valid_id_number(MALE[:17] + "0")
    assert not is_valid_id_number("hello")
    assert not is_valid_id_number(make("43112720240306123"), today=date(2024, 3, 5))


def test_masking() -> None:
    assert mask_id_number(MALE) == "431127********1232"
    assert mask_id_number(WITH_X.lower()) == "431127********103X"
    assert mask_id_number("431127900307123") == "431127*****7123"
    assert mask_id_number("") == ""
    assert mask_id_number("1234") == "****"
    assert mask_id_number("12345678") == "12****78"
    assert mask_id_number("123") == "***"
    # nothing in the middle of a mistyped number leaks either
    assert mask_id_number("43112719900307") == "431********307"


# -- properties --------------------------------------------------------------------------------

_NOISE_CHARS = st.sampled_from(["", "", "", " ", "\u3000", "\t", "\u00a0", "-", "－"])
_FULL_WIDTH = {str(i): chr(0xFF10 + i) for i in range(10)} | {"X": "Ｘ"}


@st.composite
def valid_numbers(draw: st.DrawFn) -> str:
    region = draw(st.from_regex(r"[1-9][0-9]{5}", fullmatch=True))
    born = draw(st.dates(min_value=date(1890, 1, 1), max_value=date(2025, 12, 31)))
    sequence = draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
    return make(f"{region}{born:%Y%m%d}{sequence}")


@st.composite
def as_typed(draw: st.DrawFn, number: str) -> str:
    """The number as a person might type it: stray blanks and hyphens, full-width, lower-case x."""
    out = []
    for ch in number:
        out.append(draw(_NOISE_CHARS))
        style = draw(st.sampled_from(["plain", "full", "lower"]))
        if style == "full":
            out.append(_FULL_WIDTH[ch])
        elif style == "lower":
            out.append(ch.lower())
        else:
            out.append(ch)
    out.append(draw(_NOISE_CHARS))
    return "".join(out)


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from("0123456789xX ０１９ｘＸ\u3000\t\u00a0-－ab中"), max_size=30))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_id_number(text)
    assert normalize_id_number(once) == once


@settings(max_examples=200)
@given(st.data())
def test_typing_noise_does_not_change_the_result(data: st.DataObject) -> None:
    number = data.draw(valid_numbers())
    typed = data.draw(as_typed(number))
    parsed = parse_id_number(number)
    assert parse_id_number(typed) == parsed
    assert parsed.number == number
    assert parsed.birth_date.strftime("%Y%m%d") == number[6:14]
    assert (parsed.sex is Sex.MALE) == (int(number[16]) % 2 == 1)


@settings(max_examples=200)
@given(valid_numbers())
def test_masking_keeps_length_and_the_ends(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number) == 18
    assert masked[:6] == number[:6]
    assert masked[-4:] == number[-4:]
    assert masked[6:-4] == "*" * 8


@settings(max_examples=200)
@given(st.text(max_size=40))
def test_masking_never_raises(text: str) -> None:
    assert isinstance(mask_id_number(text), str)
