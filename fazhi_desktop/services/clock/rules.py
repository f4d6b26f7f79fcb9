"""The rules of the statutory clock and of 红黄绿 as this database's settings make them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fazhi_desktop.domain.periods import PERIOD_NAMES, ClockRules, Period
from fazhi_desktop.domain.triage import TriageRules
from fazhi_desktop.domain.vocab import Nature
from fazhi_desktop.services.office.stored_settings import DEFAULTS, read_all


def _int(values: dict[str, object], key: str) -> int:
    value = values[key]
    return int(value) if isinstance(value, int | str) else int(DEFAULTS[key])


def _list(values: dict[str, object], key: str) -> list[str]:
    value = values[key]
    return [str(v) for v in value] if isinstance(value, list) else list(DEFAULTS[key])


def clock_rules(session: Session) -> ClockRules:
    """The periods, how each is counted, and the 性质 under the handling clock."""
    values = read_all(session)
    working = set(_list(values, "working_day_periods"))
    codes = {n.value for n in Nature}
    natures = {Nature(n) for n in _list(values, "handling_clock_natures") if n in codes}
    periods = {name: Period(_int(values, f"period_{name}_days"), name in working) for name in PERIOD_NAMES}
    return ClockRules(
        **periods,
        extension_max_days=_int(values, "extension_max_days"),
        extension_max_count=_int(values, "extension_max_count"),
        clock_natures=frozenset(natures),
    )


def triage_rules(session: Session) -> TriageRules:
    values = read_all(session)
    return TriageRules(
        due_soon_days=_int(values, "tier_due_soon_days"),
        repeat_threshold=_int(values, "tier_repeat_threshold"),
    )
