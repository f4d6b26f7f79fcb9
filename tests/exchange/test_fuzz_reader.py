"""Hypothesis over the package reader: whatever the bytes, a package or one refusal, never a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi_desktop.exchange.package_reader import PackageRefused, read_package
from tests.exchange.packages import lookup, sample_package

VALID = sample_package()


def _read(data: bytes) -> None:
    try:
        read_package(data, lookup, "0.1.0")
    except PackageRefused as refused:
        assert refused.message and "\n" not in refused.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_any_bytes(data: bytes) -> None:
    _read(b"PK" + data)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_valid_package_with_bytes_changed(changes: list[tuple[int, int]]) -> None:
    spoiled = bytearray(VALID)
    for at, value in changes:
        spoiled[at] = value
    _read(bytes(spoiled))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(VALID)), st.binary(max_size=64))
def test_a_valid_package_cut_and_extended(cut: int, tail: bytes) -> None:
    _read(VALID[:cut] + tail)
