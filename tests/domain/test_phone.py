"""Phone numbers as they are written on visitor forms and letters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.phone import InvalidPhone, mask_phone, normalize_phone, validate_phone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("＋８６　１３８　１２３４　５６７８", "13812345678"),
        ("(0731) 8451-2345", "073184512345"),
        ("（0731）84512345", "073184512345"),
        ("0731－84512345", "073184512345"),
        ("", ""),
        ("无", ""),
    ],
)
def test_normalize(typed: str, expected: str) -> None:
    assert normalize_phone(typed) == expected


def test_country_code_is_kept_when_not_before_a_mobile() -> None:
    # 86 followed by something other than a mobile number is left alone (it may be a local number)
    assert normalize_phone("86123456") == "86123456"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13812345678", "13812345678"),
        ("+86 199 0000 1111", "19900001111"),
        ("010-62345678", "01062345678"),
        ("0731-8451234", "07318451234"),
        ("0731-84512345", "073184512345"),
        ("84512345", "84512345"),
        ("8451234", "8451234"),
        ("12345", "12345"),
        ("95588", "95588"),
    ],
)
def test_valid_phones(typed: str, expected: str) -> None:
    assert validate_phone(typed) == expected


def invalid_message(text: str) -> str:
    with pytest.raises(InvalidPhone) as caught:
        validate_phone(text)
    assert isinstance(caught.value, UserError)
    assert caught.value.field == "phone"
    return caught.value.message


def test_empty_phone() -> None:
    assert "为空" in invalid_message("  ")


@pytest.mark.parametrize("text", ["abc", "0731-84512345转8001", "13812345678/13912345678"])
def test_illegal_characters(text: str) -> None:
    assert "含非法字符" in invalid_message(text)


def test_mobile_with_an_impossible_prefix() -> None:
    assert "13–19" in invalid_message("12812345678")


@pytest.mark.parametrize("text", ["1381234567", "138123456789", "123456", "0731-0451234", "1234"])
def test_wrong_length_or_shape(text: str) -> None:
    message = invalid_message(text)
    assert "位数或格式不对" in message
    assert "请核对电话号码" in message


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("073184512345", "073*******45"),
        ("0731-84512345", "073*******45"),
        ("84512345", "845***45"),
        ("12345", "12345"),
        ("1234", "****"),
        ("", ""),
        ("不详", ""),
    ],
)
def test_masking(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_masking_never_raises_and_hides_the_middle(text: str) -> None:
    masked = mask_phone(text)
    digits = normalize_phone(text)
    assert len(masked) == len(digits)
    if len(digits) > 5:
        assert "*" in masked


@settings(max_examples=200)
@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_any_mobile_validates_and_masks(mobile: str) -> None:
    assert validate_phone(f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}") == mobile
    assert mask_phone(mobile) == mobile[:3] + "****" + mobile[7:]
