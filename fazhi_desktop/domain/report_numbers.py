"""Numbers written the way Chinese work reports write them: exact when small, "3万余份" when large.

"发放宣传资料3万余份，覆盖城乡群众8.5万余人次": from ten thousand up a count is given in 万 with at most
one decimal, rounded down, and 余 ("more than") says that something was left off.
"""

from __future__ import annotations

from fractions import Fraction

TEN_THOUSAND = 10_000
HUNDRED_MILLION = 100_000_000


def _scaled(value: int, unit: int, name: str) -> str:
    tenths = value * 10 // unit  # rounded down: a report never claims more than was done
    whole, tenth = divmod(tenths, 10)
    number = f"{whole}.{tenth}" if tenth else str(whole)
    exact = tenths * unit == value * 10
    return f"{number}{name}" + ("" if exact else "余")


def approx(value: int, unit: str = "") -> str:
    """5000 → "5000份"; 30000 → "3万份"; 31234 → "3.1万余份"; 85300 → "8.5万余人次"."""
    if value < 0:
        raise ValueError(f"a count cannot be negative: {value}")
    if value < TEN_THOUSAND:
        return f"{value}{unit}"
    if value < HUNDRED_MILLION:
        return _scaled(value, TEN_THOUSAND, "万") + unit
    return _scaled(value, HUNDRED_MILLION, "亿") + unit


def percent(rate: float | Fraction | None, digits: int = 1) -> str:
    """A rate as reports print it, with one decimal always: 0.18 → "18.0%", 0.9706 → "97.1%",
    1 → "100.0%", None → "—".

    Rounding never claims what was not done: a rate below 1 prints at most 99.9% (2001/2002 is
    "99.9%", not "100.0%"), and a rate above 0 at least 0.1%. Every screen, report and command prints
    rates through this one function.
    """
    if rate is None:
        return "—"
    value = float(rate)
    step = 10.0**-digits
    shown = round(value * 100, digits)
    if 0 < value < 1:
        shown = min(max(shown, step), 100 - step)
    return f"{shown:.{digits}f}%"


def join_names(names: list[str], limit: int = 3) -> str:
    """ "公安局、法院" or, with more than `limit`, "公安局、法院、司法局等" (the caller adds the count)."""
    shown = "、".join(names[:limit])
    return shown + ("等" if len(names) > limit else "")
