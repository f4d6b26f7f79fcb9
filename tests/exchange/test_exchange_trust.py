"""Spoiled packages are refused before anything is written; corrections on both sides are reported;
a case handed down (交办) comes back with the township's reply in the county's clock."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.step_details import Assign, Correct, Reply, SignFor
from fazhi_desktop.exchange.signing import new_key_pair
from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.store.models import Case, OfficeKey, Petitioner, Step
from tests.exchange.offices import TOWNSHIPS, fazhi, fazhi_fails, make_offices, row_counts
from tests.exchange.packages import rezip
from tests.services.helpers import visit


def _spoil(data: bytes, how: str) -> bytes:
    if how == "truncated":
        return data[: len(data) * 2 // 3]
    if how == "byte":
        spoiled = bytearray(data)
        spoiled[len(data) // 2] ^= 0x01
        return bytes(spoiled)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        cases = archive.read("cases.jsonl")
    return rezip(data, extra=(("../cases.jsonl", cases),))


@pytest.mark.parametrize("how", ["truncated", "byte", "climbing"])
def test_a_spoiled_package_is_refused_with_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    offices = make_offices(tmp_path, capsys, cases=3)
    good = tmp_path / "good.zip"
    fazhi(capsys, "--db", offices.townships[0], "exchange", "export", str(good))
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_spoil(good.read_bytes(), how))
    before = row_counts(offices.county)
    message = fazhi_fails(capsys, "--db", offices.county, "exchange", "import", str(bad))
    assert "交换包" in message
    assert row_counts(offices.county) == before  # not even an audit entry: refused before the write


def test_a_package_signed_by_another_key_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=3)
    ctx = open_context(offices.townships[0])
    try:
        with ctx.db.writing() as session:  # a forger's copy of the township with a key of its own
            own = session.scalars(select(OfficeKey).where(OfficeKey.private_key.is_not(None))).one()
            pair = new_key_pair()
            own.public_key, own.private_key = pair.public, pair.private
    finally:
        ctx.close()
    package = tmp_path / "forged.zip"
    fazhi(capsys, "--db", offices.townships[0], "exchange", "export", str(package))
    before = row_counts(offices.county)
    assert "签名不对" in fazhi_fails(capsys, "--db", offices.county, "exchange", "import", str(package))
    assert row_counts(offices.county) == before


def test_a_case_corrected_on_both_sides_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=3)
    township = offices.townships[0]
    first = tmp_path / "p1.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(first))
    fazhi(capsys, "--db", offices.county, "exchange", "import", str(first))
    for db, text in ((township, "镇上更正的摘要"), (offices.county, "县里更正的摘要")):
        ctx = open_context(db)
        try:
            with ctx.db.reading() as session:
                case_id = session.scalar(select(Case.id).order_by(Case.uuid).limit(1))  # the same case
            assert case_id is not None
            apply_step(ctx, case_id, Correct(field="summary", new=text, reason="核对原件"))
        finally:
            ctx.close()
    second = tmp_path / "p2.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(second))
    report = fazhi(capsys, "--db", offices.county, "exchange", "import", str(second))
    assert report["conflicts"] and report["counts"]["cases"]["conflict"] == 1  # type: ignore[index]
    status = fazhi(capsys, "--db", offices.county, "exchange", "status")
    assert [h["kind"] for h in status["held"]] == ["cases"]
    # Both corrections are steps of the case at the county: the union of the timelines.
    assert report["counts"]["steps"]["imported"] == 1 and "conflict" not in report["counts"]["steps"]  # type: ignore[index]


def test_a_case_corrected_by_its_township_alone_takes_the_correction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=3)
    township = offices.townships[0]
    first = tmp_path / "p1.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(first))
    fazhi(capsys, "--db", offices.county, "exchange", "import", str(first))
    ctx = open_context(township)
    try:
        with ctx.db.reading() as session:
            case_id, case_uuid = session.execute(
                select(Case.id, Case.uuid).order_by(Case.uuid).limit(1)
            ).one()
        apply_step(ctx, case_id, Correct(field="summary", new="镇上更正的摘要", reason="核对原件"))
    finally:
        ctx.close()
    second = tmp_path / "p2.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(second))
    report = fazhi(capsys, "--db", offices.county, "exchange", "import", str(second))
    # The first package's receipt never went back: the other two come again, unchanged.
    assert report["counts"]["cases"] == {"updated": 1, "duplicate": 2}  # type: ignore[index]
    assert report["conflicts"] == []
    county = open_context(offices.county)
    try:
        with county.db.reading() as session:
            summary = session.scalar(select(Case.summary).where(Case.uuid == case_uuid))
    finally:
        county.close()
    assert summary == "镇上更正的摘要"
    assert fazhi(capsys, "--db", offices.county, "exchange", "status")["held"] == []


def test_a_case_handed_down_comes_back_with_the_reply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=2)
    code, name = TOWNSHIPS[0]
    county = open_context(offices.county)
    try:
        clock.set_today(date(2024, 11, 4))
        unit = add_entry(county, "unit", name)
        case = register_case(county, visit("赵六", summary="反映宅基地纠纷"))
        apply_step(county, case.id, Assign(unit_id=unit.id, unit_deadline=date(2024, 12, 4)))
    finally:
        county.close()
    down = tmp_path / "down.zip"
    sent = fazhi(capsys, "--db", offices.county, "exchange", "export", str(down), "--to", code)
    assert sent["counts"]["cases"] == 1  # type: ignore[index]
    fazhi(capsys, "--db", offices.townships[0], "exchange", "import", str(down))
    township = open_context(offices.townships[0])
    try:
        with township.db.reading() as session:
            there = session.scalar(select(Case.id).where(Case.summary == "反映宅基地纠纷"))
        assert there is not None
        clock.set_today(date(2024, 11, 6))
        apply_step(township, there, SignFor())
        clock.set_today(date(2024, 11, 20))
        apply_step(township, there, Reply())
    finally:
        township.close()
    up = tmp_path / "up.zip"
    fazhi(capsys, "--db", offices.townships[0], "exchange", "export", str(up))
    fazhi(capsys, "--db", offices.county, "exchange", "import", str(up))
    ctx = open_context(offices.county)
    try:
        with ctx.db.reading() as session:
            back = session.scalars(select(Case).where(Case.summary == "反映宅基地纠纷")).one()
            kinds = [
                s.kind.value
                for s in session.scalars(
                    select(Step).where(Step.case_id == back.id).order_by(Step.occurred_on, Step.id)
                )
            ]
            assert kinds == ["register", "assign", "sign_for", "reply"]
            # The county's own clock: the reply is in, the case is due for delivery, no longer the unit's.
            assert back.answered_on == date(2024, 11, 20)
            assert back.state.value == "replied", back.state
    finally:
        ctx.close()


def test_an_accusation_handed_down_to_the_accused_goes_without_its_petitioner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 检举控告 sent down to the office it accuses carries no petitioner (by the directory rule of
    domain/accusation.py); one accusing another body keeps it. The township's reply comes back up as
    steps alone (only a case's owner sends its row), so the county keeps its petitioner, no conflict."""
    offices = make_offices(tmp_path, capsys, cases=1)
    code, name = TOWNSHIPS[0]
    county = open_context(offices.county)
    try:
        clock.set_today(date(2024, 11, 4))
        unit = add_entry(county, "unit", name)
        for person, accused in (("钱进", f"{name}主任某"), ("孙立", "县交通运输局某科长")):
            case = register_case(
                county, visit(person, summary=f"检举{accused}", nature="accusation", accused=accused)
            )
            apply_step(county, case.id, Assign(unit_id=unit.id, unit_deadline=date(2024, 12, 4)))
    finally:
        county.close()
    down = tmp_path / "down.zip"
    fazhi(capsys, "--db", offices.county, "exchange", "export", str(down), "--to", code)
    fazhi(capsys, "--db", offices.townships[0], "exchange", "import", str(down))
    township = open_context(offices.townships[0])
    try:
        with township.db.reading() as session:
            rows = session.execute(
                select(Case.summary, Case.principal_name).where(Case.nature == "accusation")
            )
            there = {summary: principal for summary, principal in rows}
            names = set(session.scalars(select(Petitioner.name)))
        assert there == {f"检举{name}主任某": None, "检举县交通运输局某科长": "孙立"}
        assert "钱进" not in names and "孙立" in names
        with township.db.reading() as session:
            accused_here = session.scalar(select(Case.id).where(Case.summary == f"检举{name}主任某"))
        assert accused_here is not None
        clock.set_today(date(2024, 11, 6))
        apply_step(township, accused_here, SignFor())
    finally:
        township.close()
    up = tmp_path / "up.zip"
    fazhi(capsys, "--db", offices.townships[0], "exchange", "export", str(up))
    report = fazhi(capsys, "--db", offices.county, "exchange", "import", str(up))
    assert report["conflicts"] == []
    ctx = open_context(offices.county)
    try:
        with ctx.db.reading() as session:
            back = session.scalars(select(Case).where(Case.summary == f"检举{name}主任某")).one()
            assert back.principal_name == "钱进"
            kinds = {s.kind.value for s in session.scalars(select(Step).where(Step.case_id == back.id))}
            assert "sign_for" in kinds
    finally:
        ctx.close()
