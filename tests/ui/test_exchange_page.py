"""交换: a township exports from its page, the county imports on its own, and the receipt goes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fazhi_desktop.services.cases.reading import CaseFilter, count_cases
from fazhi_desktop.services.context import open_context
from fazhi_desktop.ui.exchange_page import ExchangePage
from fazhi_desktop.ui.session import UiSession
from tests.exchange.offices import COUNTY, make_offices


def _page(qtbot: QtBot, db: str) -> Iterator[ExchangePage]:
    ctx = open_context(db, "clerk")
    page = ExchangePage(UiSession(ctx))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    yield page
    ctx.close()


def test_a_package_goes_up_and_its_receipt_comes_back(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    offices = make_offices(tmp_path, capsys, cases=5)
    package = tmp_path / "塔峰镇.zip"
    township_pages, county_pages = _page(qtbot, offices.townships[0]), _page(qtbot, offices.county)
    township, county = next(township_pages), next(county_pages)
    assert [p.code for p in township.peers.records()] == [COUNTY[0]]

    # The township's one peer is the county: the button asks only where to save.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(package), ""))
    township.export_button.click()
    qtbot.waitUntil(lambda: str(package) in township.result_label.text(), timeout=30_000)
    assert package.exists()
    assert township.peers.records()[0].waiting == [1]

    # A dry run at the county writes nothing; the real import brings the five cases.
    county.import_from(package, dry_run=True)
    qtbot.waitUntil(lambda: "5" in county.result_label.text(), timeout=30_000)
    assert count_cases(county.session.ctx, CaseFilter()) == 0
    assert not Path(str(package) + ".receipt").exists()
    county.import_from(package)
    qtbot.waitUntil(lambda: ".receipt" in county.result_label.text(), timeout=30_000)
    assert count_cases(county.session.ctx, CaseFilter()) == 5
    received = {p.code: p.received for p in county.peers.records()}
    assert received[township.status.office_code] == [1]  # type: ignore[union-attr]

    # The receipt, imported at the township, clears what it waited for.
    township.import_from(Path(str(package) + ".receipt"))
    qtbot.waitUntil(lambda: township.peers.records()[0].waiting == [], timeout=30_000)
    assert township.peers.records()[0].unconfirmed_records == 0
    for pages in (township_pages, county_pages):
        next(pages, None)


def test_a_file_that_is_not_a_package_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    offices = make_offices(tmp_path, capsys, cases=1)
    pages = _page(qtbot, offices.county)
    county = next(pages)
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text, *_a: shown.append(text))
    bogus = tmp_path / "不是交换包.zip"
    bogus.write_bytes(b"PK\x03\x04 not really")
    county.import_from(bogus)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert county.result_label.text() == shown[0]
    assert count_cases(county.session.ctx, CaseFilter()) == 0
    next(pages, None)
