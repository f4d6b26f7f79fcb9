"""`fazhi stats` (with --explain and --office) and `fazhi export stats`: the command-line contract."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fazhi_desktop.domain.step_details import Accept, Forward, Return, SignFor
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.office.directories import add_entry
from tests.services.helpers import register
from tests.test_cli import INDICATOR_KEYS, STATS_KEYS, run, run_json

D = date.fromisoformat
JUNE = ("--from", "2024-06-01", "--to", "2024-06-30")


@pytest.fixture
def forwarded(db_url: str) -> dict[str, str]:
    """Two cases routed in June 2024, one sent back by the unit; one accepted here."""
    ctx = open_context(db_url, "tester")
    try:
        unit = add_entry(ctx, "unit", "县住房和城乡建设局").id
        kept = register(ctx, on=D("2024-06-03"), nature="claim", summary="反映小区电梯停运")
        apply_step(ctx, kept.id, Forward(unit_id=unit), occurred_on=D("2024-06-04"))
        apply_step(ctx, kept.id, SignFor(), occurred_on=D("2024-06-05"))
        back = register(ctx, on=D("2024-06-03"), nature="claim", summary="反映道路积水")
        apply_step(ctx, back.id, Forward(unit_id=unit), occurred_on=D("2024-06-04"))
        apply_step(ctx, back.id, Return(reason="不属于本单位职责"), occurred_on=D("2024-06-05"))
        here = register(ctx, on=D("2024-06-03"), nature="claim")
        apply_step(ctx, here.id, Accept(), occurred_on=D("2024-06-03"))
        return {"kept": kept.number, "back": back.number, "here": here.number}
    finally:
        ctx.close()


def test_stats_keeps_the_design_keys_and_adds_breakdowns(
    capsys: pytest.CaptureFixture[str], db_url: str, forwarded: dict[str, str]
) -> None:
    stats = run_json(capsys, "--db", db_url, "stats", *JUNE)
    assert set(stats) >= STATS_KEYS | {"breakdowns", "settings", "previous_period", "fractions"}
    assert set(stats["indicators"]) >= INDICATOR_KEYS
    assert stats["indicators"]["accurate_forwarding_rate"] == 0.5
    assert stats["fractions"]["accurate_forwarding_rate"]["numerator"] == 1
    assert stats["settings"]["indicator_satisfied"] == ["satisfied", "basically_satisfied"]
    assert stats["previous_period"]["period"] == {"from": "2023-06-01", "to": "2023-06-30"}
    assert set(stats["breakdowns"]) == {
        "channel",
        "source",
        "township",
        "unit",
        "category",
        "nature",
        "purpose",
        "outcome",
        "month",
    }
    units = {r["label"]: r for r in stats["breakdowns"]["unit"]["rows"]}
    assert units["县住房和城乡建设局"]["cases"] == 1  # the unit that kept its case
    row = stats["breakdowns"]["month"]["rows"][0]
    assert set(row) == {
        "key",
        "label",
        "cases",
        "people",
        "share",
        "previous_cases",
        "previous_people",
        "yoy_cases",
        "yoy_people",
    }
    code, out, _ = run(capsys, "--db", db_url, "stats", *JUNE)
    assert code == 0 and "准确转送率：50.0%（1 / 2）" in out


def test_explain_lists_the_cases_on_each_side(
    capsys: pytest.CaptureFixture[str], db_url: str, forwarded: dict[str, str]
) -> None:
    explained = run_json(capsys, "--db", db_url, "stats", *JUNE, "--explain", "accurate_forwarding_rate")
    assert explained["indicator"] == "accurate_forwarding_rate" and explained["value"] == 0.5
    top, bottom = explained["numerator"], explained["denominator"]
    assert (top["count"], bottom["count"]) == (1, 2)
    assert [c["number"] for c in top["cases"]] == [forwarded["kept"]]
    assert sorted(c["number"] for c in bottom["cases"]) == sorted([forwarded["kept"], forwarded["back"]])
    case = bottom["cases"][0]
    assert {"number", "registered_on", "summary", "routed_on", "returned"} <= set(case)
    assert explained["settings"] == {"indicator_by_registration": False}
    limited = run_json(capsys, "--db", db_url, "stats", *JUNE, "--explain", "repeat_rate", "--limit", "1")
    assert limited["denominator"]["count"] == 3 and len(limited["denominator"]["cases"]) == 1


def test_office_and_unknown_names_are_refused_in_chinese(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    code, _, err = run(capsys, "--db", db_url, "stats", "--explain", "happiness")
    assert code == 1 and err.startswith("错误：没有这项指标：happiness")
    code, _, err = run(capsys, "--db", db_url, "stats", "--office", "999999")
    assert code == 1 and "单位代码 999999 不存在" in err
    stats = run_json(capsys, "--db", db_url, "stats", "--office", "431127")
    assert stats["office"] == "431127"


def test_export_stats_writes_a_workbook(
    capsys: pytest.CaptureFixture[str], db_url: str, forwarded: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "统计.xlsx"
    done = run_json(capsys, "--db", db_url, "export", "stats", str(target), *JUNE)
    assert done["file"] == str(target) and done["sheets"][0] == "指标"
    book = load_workbook(target)
    assert book.sheetnames == done["sheets"]
    values = {row[0]: row[1] for row in book["指标"].iter_rows(min_row=5, values_only=True)}
    assert values["准确转送率"] == 0.5
    code, _, err = run(capsys, "--db", db_url, "export", "stats", str(tmp_path / "x.csv"))
    assert code == 1 and ".xlsx" in err
