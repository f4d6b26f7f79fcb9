"""The settable clock: set_today, now(), FAZHI_TODAY and parse_date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError


@pytest.fixture(autouse=True)
def fresh_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(clock.ENV_VAR, raising=False)
    clock.reset()
    yield
    clock.reset()


def test_real_clock_by_default() -> None:
    before = date.today()
    value = clock.today()
    assert before <= value <= date.today()
    assert not clock.is_fixed()


def test_set_today_fixes_today_and_now() -> None:
    clock.set_today(date(2024, 3, 5))
    assert clock.today() == date(2024, 3, 5)
    assert clock.is_fixed()
    before = datetime.now()
    now = clock.now()
    after = datetime.now()
    assert now.date() == date(2024, 3, 5)
    assert now.tzinfo is None
    # the time of day is the wall clock's (unless midnight passed during the test)
    if before.date() == after.date():
        assert before.time() <= now.time() <= after.time()


def test_set_today_none_returns_to_the_real_clock() -> None:
    clock.set_today(date(2024, 3, 5))
    clock.set_today(None)
    assert abs(clock.today() - date.today()) <= timedelta(days=1)
    assert abs(clock.now() - datetime.now()) < timedelta(seconds=5)


def test_set_today_with_a_datetime_keeps_the_date() -> None:
    clock.set_today(datetime(2024, 3, 5, 17, 30))
    assert clock.today() == date(2024, 3, 5)
    assert type(clock.today()) is date


def test_environment_variable_fixes_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "2025-10-01")
    clock.reset()
    assert clock.today() == date(2025, 10, 1)
    assert clock.now().date() == date(2025, 10, 1)
    # set_today wins over the environment, also when it frees the clock
    clock.set_today(date(2024, 1, 2))
    assert clock.today() == date(2024, 1, 2)
    clock.set_today(None)
    assert not clock.is_fixed()


def test_environment_variable_is_read_on_first_use_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "2025-10-01")
    assert clock.today() == date(2025, 10, 1)
    monkeypatch.setenv(clock.ENV_VAR, "2026-01-01")
    assert clock.today() == date(2025, 10, 1)
    clock.reset()
    assert clock.today() == date(2026, 1, 1)


def test_bad_environment_variable_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "2025/10/01")
    with pytest.raises(UserError, match="FAZHI_TODAY"):
        clock.today()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        (" 2024-03-05\n", date(2024, 3, 5)),
        ("2024-3-5", date(2024, 3, 5)),
        ("２０２４－０３－０５", date(2024, 3, 5)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert clock.parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "2024/03/05", "20240305", "2024-03", "2024-W10-2", "昨天", "24-03-05"])
def test_parse_date_rejects_other_formats(text: str) -> None:
    with pytest.raises(UserError) as caught:
        clock.parse_date(text)
    assert caught.value.message == "日期格式应为 YYYY-MM-DD，例如 2024-03-05"


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "2024-04-31"])
def test_parse_date_rejects_days_that_do_not_exist(text: str) -> None:
    with pytest.raises(UserError) as caught:
        clock.parse_date(text)
    assert text in caught.value.message
    assert "日期格式应为 YYYY-MM-DD，例如 2024-03-05" in caught.value.message
