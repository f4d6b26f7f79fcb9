"""What a new user of the command line ran into (#19): an invalid ID, a list of 30,000 lines, a second demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import run, run_json


def test_case_earlier_names_an_invalid_id_number(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    code, out, err = run(capsys, "--db", db_url, "case", "earlier", "--id-number", "431127199003071234")
    assert code == 1 and out == ""
    assert "431127199003071234" in err and "校验码" in err
    assert "没有找到" not in err
    found = run_json(capsys, "--db", db_url, "case", "earlier", "--id-number", "431127199003071232")
    assert found == {"cases": []}


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.db")
    run_json(capsys, "--db", db, "init", "--office", "431127", "--name", "蓝山县信访局")
    run_json(capsys, "--db", db, "demo", "--cases", "400")
    return db


def test_a_second_demo_adds_cases_and_keeps_the_outreach_it_made(
    capsys: pytest.CaptureFixture[str], demo_db: str
) -> None:
    period = ("--from", "2000-01-01", "--to", "2030-12-31")
    before = run_json(capsys, "--db", demo_db, "stats", *period)
    again = run_json(capsys, "--db", demo_db, "demo", "--cases", "100", "--seed", "1")
    assert again["cases"] == 100 and again["outreach_events"] == 0
    assert run_json(capsys, "--db", demo_db, "case", "list", "--limit", "1")["total"] == 500
    assert run_json(capsys, "--db", demo_db, "stats", *period)["outreach"] == before["outreach"]


def test_explain_lists_fifty_a_side_unless_all(capsys: pytest.CaptureFixture[str], demo_db: str) -> None:
    period = ("--from", "2020-01-01", "--to", "2030-12-31")
    shown = run_json(capsys, "--db", demo_db, "stats", *period, "--explain", "repeat_rate")
    side = shown["denominator"]
    assert side["count"] > 50 and len(side["cases"]) == 50
    everything = run_json(capsys, "--db", demo_db, "stats", *period, "--explain", "repeat_rate", "--all")
    assert len(everything["denominator"]["cases"]) == everything["denominator"]["count"]
    code, out, _ = run(capsys, "--db", demo_db, "stats", *period, "--explain", "repeat_rate")
    assert code == 0 and len(out.splitlines()) < 110
    assert f"另有 {side['count'] - 50} 件未列出（加 --all 列出全部）" in out
