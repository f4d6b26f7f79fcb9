"""The county on a PostgreSQL server (several PCs on one database) takes the townships' packages as
the SQLite county does: imported twice, its totals and outreach figures are the townships' sums."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import BACKENDS
from tests.exchange.offices import (
    fazhi,
    make_offices,
    outreach_by_hand,
    outreach_figures,
    summed,
    totals,
)

pytestmark = pytest.mark.skipif(
    "postgresql" not in BACKENDS, reason="PostgreSQL left out (FAZHI_TEST_PG=skip)"
)


@pytest.fixture
def county_url(request: pytest.FixtureRequest) -> Iterator[str]:
    databases: Any = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


def test_a_county_on_postgresql_adds_up_its_townships(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], county_url: str
) -> None:
    offices = make_offices(tmp_path, capsys, cases=8, county=county_url)
    expected = summed([totals(capsys, db) for db in offices.townships])
    outreach = outreach_by_hand(offices.townships)
    packages = []
    for n, township in enumerate(offices.townships):
        package = tmp_path / f"t{n}.zip"
        fazhi(capsys, "--db", township, "exchange", "export", str(package))
        packages.append(package)
    for package in [*reversed(packages), *packages]:  # in an order of its own, each twice
        fazhi(capsys, "--db", county_url, "exchange", "import", str(package))
    assert totals(capsys, county_url) == expected
    assert outreach_figures(capsys, county_url) == outreach
    status = fazhi(capsys, "--db", county_url, "exchange", "status")
    assert status["held"] == []
