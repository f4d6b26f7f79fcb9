"""The password and log-in rules (等保 2.0 level 2): strength, expiry, and a lock no sequence of
attempts gets round."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.passwords import (
    DEFAULT_POLICY,
    LockState,
    Verdict,
    attempt,
    character_kinds,
    check_login,
    check_new_password,
    is_expired,
    normal_login,
)

T0 = datetime(2026, 12, 3, 9, 0)


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("Ab1!", "至少要有 8 个字符"),
        ("abcdefgh1", "至少 3 种"),
        ("ABCDEFGH", "至少 3 种"),
        ("Wangwu123", "不能与登录名相同"),
        ("321uwgnaW", "不能与登录名相同"),
        (" Abcdef12", "开头和结尾"),
    ],
)
def test_weak_passwords_are_refused_saying_which_rule(password: str, problem: str) -> None:
    with pytest.raises(UserError, match=problem):
        check_new_password(password, "wangwu123")


def test_three_kinds_of_eight_characters_pass() -> None:
    for good in ("Abcdefg1", "abcdefg1!", "ABCDEF1!", "密码Ab12345"):
        check_new_password(good, "wangwu")
    assert character_kinds("aA1!") == 4


def test_expiry_after_ninety_days_and_never_set() -> None:
    assert is_expired(None, T0)
    assert not is_expired(T0, T0 + timedelta(days=89, hours=23))
    assert is_expired(T0, T0 + timedelta(days=90))


def test_logins_are_one_spelling() -> None:
    assert normal_login("  Admin ") == normal_login("ＡＤＭＩＮ") == "admin"
    with pytest.raises(UserError):
        check_login("a b")
    with pytest.raises(UserError):
        check_login("   ")


def test_five_failures_lock_for_fifteen_minutes_even_the_right_password() -> None:
    state = LockState()
    for left in (4, 3, 2, 1):
        outcome = attempt(state, False, T0)
        assert outcome.verdict is Verdict.WRONG and outcome.tries_left == left
        state = outcome.state
    locked = attempt(state, False, T0)
    assert locked.verdict is Verdict.LOCKED_NOW and locked.state.locked_until == T0 + timedelta(minutes=15)
    assert attempt(locked.state, True, T0 + timedelta(minutes=14, seconds=59)).verdict is Verdict.LOCKED
    assert attempt(locked.state, True, T0 + timedelta(minutes=15)).verdict is Verdict.ACCEPTED


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.booleans(), st.integers(min_value=0, max_value=40 * 60)), min_size=1, max_size=40)
)
def test_no_sequence_of_attempts_gets_past_a_lock(steps: list[tuple[bool, int]]) -> None:
    """Whatever the attempts and their timing: a right password is never accepted while locked, five
    wrong ones in a row always lock, and the lock lasts its full fifteen minutes."""
    state, now, wrong_in_a_row = LockState(), T0, 0
    for correct, seconds in steps:
        now += timedelta(seconds=seconds)
        was_locked = state.locked_at(now)
        outcome = attempt(state, correct, now, DEFAULT_POLICY)
        if was_locked:
            assert outcome.verdict is Verdict.LOCKED and outcome.state == state
        elif correct:
            assert outcome.verdict is Verdict.ACCEPTED
            wrong_in_a_row = 0
        else:
            wrong_in_a_row += 1
            if wrong_in_a_row == DEFAULT_POLICY.max_failures:
                assert outcome.verdict is Verdict.LOCKED_NOW
                assert outcome.state.locked_until == now + timedelta(minutes=DEFAULT_POLICY.lock_minutes)
                wrong_in_a_row = 0
            else:
                assert outcome.verdict is Verdict.WRONG
        state = outcome.state


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=20))
def test_any_text_is_judged_without_a_traceback(password: str, login: str) -> None:
    try:
        check_new_password(password, login)
    except UserError as exc:
        assert exc.message and exc.field == "password"
    try:
        check_login(login)
    except UserError as exc:
        assert exc.field == "login"
