"""Rates as reports print them: one function for the screens, the PDFs and the command line."""

from __future__ import annotations

from fractions import Fraction

import pytest

from fazhi_desktop.domain.indicators import signed_percent
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.pdf.figures import change_text, rate_text


@pytest.mark.parametrize(
    ("numerator", "denominator", "text"),
    [
        (2001, 2002, "99.9%"),  # 99.95 % rounds up to 100.0: a report must not claim everything
        (19999, 20000, "99.9%"),
        (1, 1, "100.0%"),  # 100 % only when every case counted: one decimal, like every other rate
        (2002, 2002, "100.0%"),
        (18, 100, "18.0%"),  # the trailing zero stays ("占18%" beside "38.2%" was the defect)
        (9, 10, "90.0%"),
        (382, 1000, "38.2%"),
        (9706, 10000, "97.1%"),
        (0, 5, "0.0%"),
        (1, 20000, "0.1%"),  # something counted is never printed as nothing
    ],
)
def test_a_rate_prints_with_one_decimal_and_never_rounds_to_all_or_nothing(
    numerator: int, denominator: int, text: str
) -> None:
    value = numerator / denominator
    assert percent(value) == text
    assert percent(Fraction(numerator, denominator)) == text
    assert rate_text(value) == text


def test_nothing_to_divide_and_changes() -> None:
    assert percent(None) == rate_text(None) == "—"
    assert signed_percent(0.032) == change_text(0.032) == "+3.2%"
    assert signed_percent(-0.024) == change_text(-0.024) == "−2.4%"
    assert signed_percent(0.5) == "+50.0%"
    assert signed_percent(0.0) == "0.0%"
    assert signed_percent(1.0) == "+100.0%"
