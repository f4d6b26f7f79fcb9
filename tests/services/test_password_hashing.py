"""Password hashes: the parameters in force, the unknown-login dummy, and old hashes still verifying."""

from __future__ import annotations

from argon2 import PasswordHasher, extract_parameters

from fazhi_desktop.services.users import hashing


def test_the_dummy_hash_has_the_parameters_of_new_hashes() -> None:
    # An unknown login verifies the dummy: it must cost what a real account's hash costs.
    assert extract_parameters(hashing.DUMMY_HASH) == extract_parameters(hashing.hash_password("x"))


def test_a_password_verifies_against_its_hash_only() -> None:
    stored = hashing.hash_password("Lanshan-2024")
    assert hashing.verify(stored, "Lanshan-2024")
    assert not hashing.verify(stored, "Lanshan-2025")
    assert not hashing.verify(None, "fazhi-no-such-user")  # the dummy's own text opens nothing
    assert not hashing.verify("not a hash", "Lanshan-2024")


def test_hashes_made_with_other_parameters_keep_verifying() -> None:
    # The parameters travel in each hash: a change of defaults leaves stored accounts working.
    older = PasswordHasher(time_cost=2, memory_cost=102400, parallelism=8, hash_len=16).hash("Lanshan-2024")
    assert hashing.verify(older, "Lanshan-2024")
    assert not hashing.verify(older, "lanshan-2024")
