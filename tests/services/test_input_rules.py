"""The one rule for text and dates (domain/input_rules.py) at the form and the command line (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.input_rules import FIELDS, fit_text, has_forbidden, strip_forbidden, text_problem
from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, check_case_input

TODAY = date(2024, 11, 20)


def test_control_characters_are_refused_at_the_form() -> None:
    data = CaseInput(channel="visit", summary="物业\x01电梯", petitioners=[PetitionerInput(name="王\x00某")])
    errors = check_case_input(data, today=TODAY)
    assert "控制字符" in errors["summary"] and "控制字符" in errors["name"]


def test_each_field_has_its_length() -> None:
    data = CaseInput(
        channel="visit",
        summary="物业",
        content="长" * (FIELDS["content"].max_chars + 1),
        petitioners=[PetitionerInput(name="王" * 51, address="址" * 201)],
    )
    errors = check_case_input(data, today=TODAY)
    assert set(errors) >= {"content", "name", "address"}
    assert "最多 50 字" in errors["name"]


def test_dates_out_of_range_are_refused_everywhere() -> None:
    errors = check_case_input(
        CaseInput(channel="visit", summary="x", anonymous=True, registered_on=date(1, 1, 1)), today=TODAY
    )
    assert "1950" in errors["registered_on"]
    with pytest.raises(UserError, match="1950 年至 2099 年"):
        clock.parse_date("1900-01-01")
    assert clock.parse_date("1950-01-01") == date(1950, 1, 1)


def test_anonymous_with_a_name_is_refused() -> None:
    data = CaseInput(
        channel="letter", summary="x", anonymous=True, petitioners=[PetitionerInput(name="王某")]
    )
    assert "匿名" in check_case_input(data, today=TODAY)["anonymous"]
    bare = CaseInput(
        channel="letter", summary="x", anonymous=True, petitioners=[PetitionerInput(address="某村")]
    )
    assert "anonymous" not in check_case_input(bare, today=TODAY)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(sorted(FIELDS)))
def test_fuzz_every_text_is_either_refused_in_words_or_acceptable(text: str, name: str) -> None:
    problem = text_problem(name, text)
    fitted, notes = fit_text(name, text)
    assert not has_forbidden(fitted) and len(fitted) <= FIELDS[name].max_chars
    if problem is None:
        assert fitted == strip_forbidden(text) and (notes == [] or "\r" in text)
    else:
        assert problem.endswith("。") and ("控制字符" in problem or "太长" in problem)


@settings(max_examples=150, deadline=None)
@given(
    summary=st.text(max_size=250),
    name=st.text(max_size=60),
    id_number=st.text(alphabet="0123456789Xx\x00 ", max_size=20),
    phone=st.text(max_size=25),
    day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    anonymous=st.booleans(),
)
def test_fuzz_the_form_check_never_raises(
    summary: str, name: str, id_number: str, phone: str, day: date, anonymous: bool
) -> None:
    data = CaseInput(
        channel="visit",
        summary=summary,
        registered_on=day,
        anonymous=anonymous,
        petitioners=[PetitionerInput(name=name, id_number=id_number, phone=phone)],
    )
    errors = check_case_input(data, today=TODAY)
    assert all(isinstance(m, str) and m for m in errors.values())
    if not errors:
        assert not has_forbidden(summary + name + id_number + phone) and date(1950, 1, 1) <= day <= TODAY
