"""A county and two townships trade packages: in every order, twice, lost, spoiled, conflicting."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.exchange.offices import (
    COUNTY,
    TOWNSHIPS,
    fazhi,
    fazhi_fails,
    make_offices,
    outreach_by_hand,
    outreach_figures,
    register_and_note,
    row_counts,
    summed,
    totals,
)


def _export(capsys: pytest.CaptureFixture[str], db: str, path: Path, *extra: str) -> dict[str, object]:
    return fazhi(capsys, "--db", db, "exchange", "export", str(path), *extra)


def test_every_order_and_twice_gives_the_sum_of_the_townships(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys)
    expected = summed([totals(capsys, db) for db in offices.townships])
    assert expected["cases"] > 0
    a1, b1 = tmp_path / "a1.zip", tmp_path / "b1.zip"
    _export(capsys, offices.townships[0], a1)
    _export(capsys, offices.townships[1], b1)
    # A second package from A after the county's receipt for the first: only what is new since.
    scratch = offices.copy_county("scratch")
    fazhi(capsys, "--db", scratch, "exchange", "import", str(a1), "--receipt", str(tmp_path / "a1.receipt"))
    taken = fazhi(capsys, "--db", offices.townships[0], "exchange", "import", str(tmp_path / "a1.receipt"))
    assert taken["receipt_only"] and taken["confirmed"] > 0
    register_and_note(offices.townships[0])
    a2 = tmp_path / "a2.zip"
    second = _export(capsys, offices.townships[0], a2)
    assert second["sequence"] == 2 and second["counts"]["cases"] == 1  # type: ignore[index]
    expected = summed([totals(capsys, db) for db in offices.townships])
    # The outreach the townships recorded, counted by hand from their rows (the county has none).
    outreach = outreach_by_hand(offices.townships)
    assert outreach["events"] > 0
    for n, order in enumerate(itertools.permutations([a1, b1, a2])):
        county = offices.copy_county(f"order{n}")
        for package in [*order, *order]:  # every package imported twice
            fazhi(capsys, "--db", county, "exchange", "import", str(package))
        assert totals(capsys, county) == expected, order
        assert outreach_figures(capsys, county) == outreach, order
        status = fazhi(capsys, "--db", county, "exchange", "status")
        assert status["held"] == []
        assert all(peer["missing"] == [] for peer in status["peers"])


def test_a_second_import_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offices = make_offices(tmp_path, capsys, cases=6)
    package = tmp_path / "a1.zip"
    _export(capsys, offices.townships[0], package)
    first = fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    before = row_counts(offices.county)
    again = fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    after = row_counts(offices.county)
    assert again["already_imported"] and not first["already_imported"]
    # The records are as they were; the trail records the attempt and a new receipt is made.
    records = ("cases", "steps", "matters", "petitioners", "exchange_held")
    assert {k: after[k] for k in records} == {k: before[k] for k in records}
    assert all(set(c) <= {"duplicate"} for c in again["counts"].values())  # type: ignore[union-attr]


def test_a_lost_package_is_shown_by_its_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offices = make_offices(tmp_path, capsys, cases=4)
    township = offices.townships[0]
    paths = [tmp_path / f"p{n}.zip" for n in (1, 2, 3)]
    for path in paths:
        _export(capsys, township, path, "--all")
    fazhi(capsys, "--db", offices.county, "exchange", "import", str(paths[0]))
    third = fazhi(capsys, "--db", offices.county, "exchange", "import", str(paths[2]))
    assert third["gaps"] == ["第 2 号包未收到"]
    status = fazhi(capsys, "--db", offices.county, "exchange", "status")
    assert ["第 2 号包未收到"] in [peer["missing"] for peer in status["peers"]]
    assert fazhi(capsys, "--db", offices.county, "exchange", "import", str(paths[1]))["gaps"] == []


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offices = make_offices(tmp_path, capsys, cases=4)
    package = tmp_path / "a1.zip"
    _export(capsys, offices.townships[0], package)
    before = row_counts(offices.county)
    report = fazhi(capsys, "--db", offices.county, "exchange", "import", str(package), "--dry-run")
    assert report["dry_run"] and report["counts"]["cases"] == {"imported": 4}  # type: ignore[index]
    assert row_counts(offices.county) == before
    assert not (tmp_path / "a1.zip.receipt").exists()


def test_a_package_for_another_office_or_from_a_stranger_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=3)
    package = tmp_path / "a1.zip"
    _export(capsys, offices.townships[0], package)
    before = row_counts(offices.townships[1])
    message = fazhi_fails(capsys, "--db", offices.townships[1], "exchange", "import", str(package))
    assert "未在本单位登记" in message  # the other township does not know this one
    assert row_counts(offices.townships[1]) == before
    assert COUNTY and TOWNSHIPS
