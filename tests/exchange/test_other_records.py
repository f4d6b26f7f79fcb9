"""Outreach, study, legal advice, receptions and files travel with the cases: matched by UUID, counted
per kind, a 宣传 event under a new UUID with a known fingerprint held as a conflict, a reception
waiting for its cases, and a file whose bytes do not match its SHA-256 refused."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.step_details import Correct
from fazhi_desktop.exchange.package_reader import read_package
from fazhi_desktop.exchange.package_writer import Envelope, write_package
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.clock.procedure import NewAttachment, apply_step
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.exchange import keys
from fazhi_desktop.services.exchange.streams import PROGRAM_VERSION
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.outreach.files import add_file
from fazhi_desktop.store.models import (
    Attachment,
    Case,
    ExchangeHeld,
    OutreachEvent,
    OutreachFile,
    ReceptionCase,
    ReceptionEvent,
)
from tests.exchange.offices import fazhi, make_offices

Records = dict[RecordKind, list[Record]]


def _repack(db: str, data: bytes, sequence: int, change: Callable[[Records], Records]) -> bytes:
    """The township's package with its records changed, signed again with the township's own key:
    what the township's program would send, not a forgery (those are refused before any record)."""
    ctx = open_context(db)
    try:
        with ctx.db.reading() as session:
            own = keys.own_keys(session, local_office(session))
        package = read_package(data, lambda code: (own.algorithm, own.public), PROGRAM_VERSION)
        m = package.manifest
        envelope = Envelope(m.sender, m.receiver, sequence, "t", clock.now(), PROGRAM_VERSION, uuid.uuid4())
        return write_package(envelope, change(dict(package.records)), own)[0]
    finally:
        ctx.close()


def _count(db: str, model: type[object]) -> int:
    ctx = open_context(db)
    try:
        with ctx.db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        ctx.close()


def _add_files(db: str) -> tuple[str, str]:
    """A scanned letter on the oldest case and a file on the first 宣传 event; their SHA-256."""
    letter, sheet = b"%PDF-1.4 scanned letter " * 40, b"sign-in sheet, 32 names\n" * 20
    ctx = open_context(db)
    try:
        with ctx.db.reading() as session:
            case_id = session.scalar(select(Case.id).order_by(Case.id).limit(1))
            event_id = session.scalar(select(OutreachEvent.id).order_by(OutreachEvent.id).limit(1))
        assert case_id is not None and event_id is not None
        apply_step(
            ctx,
            case_id,
            Correct(field="other", new="补充来信原件扫描件", reason="补录"),
            attachments=[NewAttachment("来信.pdf", letter, "application/pdf")],
        )
        add_file(ctx, event_id, "签到表.txt", sheet, photo=False)
    finally:
        ctx.close()
    return hashlib.sha256(letter).hexdigest(), hashlib.sha256(sheet).hexdigest()


def test_files_arrive_whole_and_a_spoiled_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=6)
    township = offices.townships[0]
    letter, sheet = _add_files(township)
    package = tmp_path / "a1.zip"
    sent = fazhi(capsys, "--db", township, "exchange", "export", str(package))
    assert sent["counts"]["attachments"] == 2  # type: ignore[index]
    for name in ("outreach", "study", "advice", "reception"):
        assert sent["counts"][name] > 0, name  # type: ignore[index]

    def spoil(records: Records) -> Records:
        files = [
            Record(r.kind, r.uuid, {**r.fields, "data": "QUJD"}) if r.fields["table"] == "attachments" else r
            for r in records[RecordKind.ATTACHMENTS]
        ]
        return {**records, RecordKind.ATTACHMENTS: files}

    spoiled = tmp_path / "a1-spoiled.zip"
    spoiled.write_bytes(_repack(township, package.read_bytes(), 2, spoil))
    county = offices.copy_county("spoiled")
    got = fazhi(capsys, "--db", county, "exchange", "import", str(spoiled))
    assert got["counts"]["attachments"] == {"refused": 1, "imported": 1}  # type: ignore[index]
    assert _count(county, Attachment) == 0 and _count(county, ExchangeHeld) == 1
    # The whole package: both files, byte for byte; a second import changes nothing.
    got = fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    assert got["counts"]["attachments"] == {"imported": 2}  # type: ignore[index]
    again = fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    assert set(again["counts"]["attachments"]) == {"duplicate"}  # type: ignore[index]
    ctx = open_context(offices.county)
    try:
        with ctx.db.reading() as session:
            stored = session.scalars(select(Attachment)).all()
            assert [hashlib.sha256(a.data).hexdigest() for a in stored] == [letter]
            photos = session.scalars(select(OutreachFile)).all()
            assert [hashlib.sha256(f.data).hexdigest() for f in photos] == [sheet]
    finally:
        ctx.close()


def test_an_event_under_a_new_uuid_with_a_known_fingerprint_is_a_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = make_offices(tmp_path, capsys, cases=4)
    township = offices.townships[0]
    package = tmp_path / "a1.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(package))
    fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    events = _count(offices.county, OutreachEvent)
    assert events > 0

    def renamed(records: Records) -> Records:
        first = records[RecordKind.OUTREACH][0]
        return {
            RecordKind.DIRECTORY: records[RecordKind.DIRECTORY],
            RecordKind.OUTREACH: [Record(first.kind, uuid.uuid4(), first.fields)],
        }

    again = tmp_path / "a2.zip"
    again.write_bytes(_repack(township, package.read_bytes(), 2, renamed))
    got = fazhi(capsys, "--db", offices.county, "exchange", "import", str(again))
    assert got["counts"]["outreach"] == {"conflict": 1}  # type: ignore[index]
    assert _count(offices.county, OutreachEvent) == events  # not counted twice, not dropped:
    status = fazhi(capsys, "--db", offices.county, "exchange", "status")
    assert [h["kind"] for h in status["held"]] == ["outreach"]  # type: ignore[index]


def test_a_reception_waits_for_its_cases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offices = make_offices(tmp_path, capsys, cases=6)
    township = offices.townships[0]
    package = tmp_path / "a1.zip"
    fazhi(capsys, "--db", township, "exchange", "export", str(package))

    def receptions_only(records: Records) -> Records:
        kept = [r for r in records[RecordKind.RECEPTION] if r.fields["cases"]]
        return {RecordKind.DIRECTORY: records[RecordKind.DIRECTORY], RecordKind.RECEPTION: kept}

    early = tmp_path / "a0.zip"
    early.write_bytes(_repack(township, package.read_bytes(), 2, receptions_only))
    got = fazhi(capsys, "--db", offices.county, "exchange", "import", str(early))
    waiting = got["counts"]["reception"]["pending"]  # type: ignore[index]
    assert waiting > 0 and _count(offices.county, ReceptionEvent) == 0
    fazhi(capsys, "--db", offices.county, "exchange", "import", str(package))
    assert _count(offices.county, ExchangeHeld) == 0
    assert _count(offices.county, ReceptionEvent) == _count(township, ReceptionEvent)
    assert _count(offices.county, ReceptionCase) == _count(township, ReceptionCase) > 0
