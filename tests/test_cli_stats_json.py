"""The JSON the command line makes of a typed `compute` result has every key DESIGN.md lists for
`fazhi stats --json`, with plain JSON values (codes as keys, not enums; dates as text)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from fazhi_desktop.cli.stats_json import stats_json
from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics import compute as statistics
from tests.services.helpers import visit

#: DESIGN.md's `fazhi stats --json` as it is written there (it "prints at least" this).
DESIGN = json.loads(
    """
{"period": {"from": "2024-01-01", "to": "2024-12-31"},
 "cases": 0, "people": 0, "closed": 0, "collective_visits": 0, "distinct_petitioners": 0,
 "by_channel": {"visit": 0, "letter": 0, "online": 0, "phone": 0},
 "by_month": {"2024-01": 0},
 "satisfaction": {"satisfied": 0, "basically_satisfied": 0, "dissatisfied": 0, "not_evaluated": 0},
 "indicators": {"timely_acceptance_rate": null, "on_time_completion_rate": null,
                "participation_rate": null, "satisfaction_rate": null,
                "first_time_resolution_rate": null, "accurate_forwarding_rate": null,
                "repeat_rate": null, "yoy_change": null},
 "outreach": {"events": 0, "materials": 0, "people_reached": 0}}
"""
)


def _missing(expected: dict[str, Any], actual: dict[str, Any], where: str = "") -> list[str]:
    """The keys of `expected` (recursively) that `actual` lacks or gives a value of another kind."""
    out = []
    for key, value in expected.items():
        path = f"{where}.{key}" if where else key
        if key not in actual:
            out.append(path)
        elif isinstance(value, dict):
            if not isinstance(actual[key], dict):
                out.append(f"{path} (not an object)")
            else:
                out += _missing(value, actual[key], path)
        elif isinstance(value, int) and not (
            isinstance(actual[key], int) and not isinstance(actual[key], bool)
        ):
            out.append(f"{path} (not a count)")
        elif value is None and not (actual[key] is None or isinstance(actual[key], float | int)):
            out.append(f"{path} (not a rate)")
    return out


def test_the_json_of_a_typed_result_has_every_key_design_lists(ctx: Context) -> None:
    register_case(ctx, visit("王建国", on=date(2024, 1, 5), people=6))
    register_case(ctx, visit("李秀英", on=date(2023, 1, 9), channel="letter"))
    result = statistics.compute(ctx, date(2024, 1, 1), date(2024, 12, 31))

    made = stats_json(result)
    assert _missing(DESIGN, made) == []
    # Plain JSON only: written without a fallback for other types, and read back unchanged.
    assert json.loads(json.dumps(made, ensure_ascii=False)) == made
    assert list(made["by_month"]) == [f"2024-{m:02d}" for m in range(1, 13)]
    assert all(type(k) is str for k in (*made["by_channel"], *made["satisfaction"]))
    assert (made["cases"], made["people"], made["collective_visits"]) == (1, 6, 1)
    assert made["previous_period"]["cases"] == 1 and made["previous_period"]["by_channel"]["letter"] == 1
    assert made["computed_on"] == "2024-11-20"
    # The indicators and their fractions agree, figure by figure.
    assert set(made["indicators"]) == set(made["fractions"]) >= set(DESIGN["indicators"])
    for name, value in made["indicators"].items():
        assert made["fractions"][name]["value"] == value


def test_the_check_sees_a_missing_key() -> None:
    """Guards the check: a result without `outreach.materials` or with a text count is told."""
    broken = json.loads(json.dumps(DESIGN))
    del broken["outreach"]["materials"]
    broken["cases"] = "0"
    assert _missing(DESIGN, broken) == ["cases (not a count)", "outreach.materials"]
