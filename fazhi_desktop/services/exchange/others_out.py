"""The records of an office's work beside its cases, as a package carries them: 宣传 events and their
files, 学法, the 法律顾问's service, 接访 with the cases received, and the files of cases and steps.

They go up, never down: an office's activities are counted where they happened and added up above
(the county's outreach figures are the sum of its townships'), so a package to an office below
carries none of them, and a package never carries a record back to the office that made it. A
乡镇用户's package holds its township's records alone.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from fazhi_desktop.domain.vocab import OfficeLevel
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.exchange.codec import OTHER_REFS, plain_columns, row_fields
from fazhi_desktop.store.models import (
    Attachment,
    Base,
    LegalAdvice,
    Office,
    OutreachEvent,
    OutreachFile,
    ReceptionCase,
    ReceptionEvent,
    Step,
    StudyActivity,
)

_CHUNK = 500


class DirectoryRefs(Protocol):
    """What names an office by its code and a directory entry by its UUID (records_out._Directory)."""

    def office(self, office_id: int | None) -> str | None: ...

    def ref(self, table: str, entry_id: int | None) -> str | None: ...


def township_offices(township: str | None) -> ColumnElement[bool]:
    """The offices whose records a user may send: all, or for a 乡镇用户 those named for its township
    (the office rule of services.scope.township_condition)."""
    if township is None:
        return true()
    name = township.strip()
    return or_(Office.name == name, Office.name.startswith(name, autoescape=True)) & (
        Office.level == OfficeLevel.TOWNSHIP
    )


def _fields(directory: DirectoryRefs, model: type[Any], row: Any) -> dict[str, Any]:
    fields = row_fields(row, plain_columns(model))
    for column, name in OTHER_REFS[model].items():
        value = getattr(row, column)
        if name == "office":
            fields[name] = directory.office(value)
        elif name == "kind":
            fields[name] = directory.ref("outreach_kinds", value)
        elif name == "region":
            fields[name] = directory.ref("regions", value)
    return fields


def _with_data(fields: dict[str, Any], data: bytes) -> dict[str, Any]:
    fields["data"] = base64.b64encode(data).decode("ascii")
    return fields


def collect_others(
    session: Session,
    directory: DirectoryRefs,
    peer: Office,
    township: str | None,
    case_uuid: Mapping[int, uuid.UUID],
    up: bool,
) -> dict[RecordKind, list[Record]]:
    """The files of the package's cases, and (`up`: to any peer but an office below) the activities
    of our offices but the peer's."""
    if not up:
        files = _case_files(session, case_uuid)
        return {RecordKind.ATTACHMENTS: files} if files else {}
    offices = [
        o for o in session.scalars(select(Office.id).where(township_offices(township), Office.id != peer.id))
    ]
    out: dict[RecordKind, list[Record]] = {}
    simple: tuple[tuple[type[Any], RecordKind], ...] = (
        (OutreachEvent, RecordKind.OUTREACH),
        (StudyActivity, RecordKind.STUDY),
        (LegalAdvice, RecordKind.ADVICE),
    )
    event_uuids: dict[int, uuid.UUID] = {}
    for model, kind in simple:
        rows = session.scalars(select(model).where(model.office_id.in_(offices)).order_by(model.id)).all()
        out[kind] = [Record(kind, row.uuid, _fields(directory, model, row)) for row in rows]
        if model is OutreachEvent:
            event_uuids = {row.id: row.uuid for row in rows}
    receptions = session.scalars(
        select(ReceptionEvent).where(ReceptionEvent.office_id.in_(offices)).order_by(ReceptionEvent.id)
    ).all()
    received: dict[int, list[str]] = {}
    for reception_id, case_id in session.execute(
        select(ReceptionCase.reception_id, ReceptionCase.case_id).order_by(ReceptionCase.case_id)
    ):
        if case_id in case_uuid:  # a case the package's receiver gets (or owns)
            received.setdefault(reception_id, []).append(str(case_uuid[case_id]))
    out[RecordKind.RECEPTION] = [
        Record(
            RecordKind.RECEPTION,
            row.uuid,
            {**_fields(directory, ReceptionEvent, row), "cases": received.get(row.id, [])},
        )
        for row in receptions
    ]
    out[RecordKind.ATTACHMENTS] = _files(session, event_uuids) + _case_files(session, case_uuid)
    return {kind: rows for kind, rows in out.items() if rows}


def _files(session: Session, event_uuids: Mapping[int, uuid.UUID]) -> list[Record]:
    records = []
    ids = sorted(event_uuids)
    table = Base.metadata.tables["outreach_files"]
    columns = plain_columns(OutreachFile)
    for start in range(0, len(ids), _CHUNK):
        query = select(table).where(table.c.event_id.in_(ids[start : start + _CHUNK])).order_by(table.c.id)
        for row in session.execute(query):
            fields = {
                "table": "outreach_files",
                **row_fields(row, columns),
                "event": str(event_uuids[row.event_id]),
            }
            records.append(Record(RecordKind.ATTACHMENTS, row.uuid, _with_data(fields, row.data)))
    return records


def _case_files(session: Session, case_uuid: Mapping[int, uuid.UUID]) -> list[Record]:
    records = []
    ids: Sequence[int] = sorted(case_uuid)
    table = Base.metadata.tables["attachments"]
    columns = plain_columns(Attachment)
    for start in range(0, len(ids), _CHUNK):
        query = (
            select(table, Step.uuid.label("step_uuid"))
            .outerjoin(Step, Step.id == table.c.step_id)
            .where(table.c.case_id.in_(ids[start : start + _CHUNK]))
            .order_by(table.c.id)
        )
        for row in session.execute(query):
            fields = {
                "table": "attachments",
                **row_fields(row, columns),
                "case": str(case_uuid[row.case_id]),
                "step": str(row.step_uuid) if row.step_uuid else None,
            }
            records.append(Record(RecordKind.ATTACHMENTS, row.uuid, _with_data(fields, row.data)))
    return records
