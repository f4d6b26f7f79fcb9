"""Applying the records beside the cases (宣传 events and their files, 学法, the 法律顾问's service,
接访 with the cases received, the files of cases and steps), inside the import's one transaction.

The same rules as cases: matched by UUID; the same content is a duplicate, other content a conflict
held for a person (an event its office edited since, with a later `updated_at`, is taken as
updated). A 宣传 event that arrives under a new UUID with the day, theme and place of one its office
already has here (the same fingerprint) is a conflict too: two rows would count the event twice,
and dropping it silently would lose what differs. A 接访 whose cases, or a file whose case, step or
event, has not arrived waits in the pending list and is applied by the import that brings it. A
file's bytes are checked against its size and SHA-256, and against the size limit of every file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from typing import Any

from sqlalchemy import select

from fazhi_desktop.domain.attachments import MAX_ATTACHMENT_BYTES
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.exchange.codec import OTHER_REFS
from fazhi_desktop.services.exchange.records_in import PENDING, QUARANTINE, Applier, Outcome
from fazhi_desktop.store.models import (
    Attachment,
    ExchangeHeld,
    LegalAdvice,
    OutreachEvent,
    OutreachFile,
    ReceptionCase,
    ReceptionEvent,
    Step,
    StudyActivity,
)

#: The kinds applied here, in order: what a record refers to comes first.
OTHER_KINDS = (
    RecordKind.OUTREACH,
    RecordKind.STUDY,
    RecordKind.ADVICE,
    RecordKind.RECEPTION,
    RecordKind.ATTACHMENTS,
)
_WHAT = {
    OutreachEvent: "宣传活动",
    StudyActivity: "学法活动",
    LegalAdvice: "法律顾问服务",
    ReceptionEvent: "接访活动",
    Attachment: "附件",
    OutreachFile: "宣传活动照片或文件",
}


class OtherRecords:
    """Applies a package's records beside its cases, with the Applier's maps and lists."""

    def __init__(self, applier: Applier) -> None:
        self.a = applier
        self.session = applier.session

    def apply(self, records: dict[RecordKind, list[Record]]) -> None:
        for record in records.get(RecordKind.OUTREACH, []):
            self.event(record)
        for record in records.get(RecordKind.STUDY, []):
            self.plain(record, StudyActivity)
        for record in records.get(RecordKind.ADVICE, []):
            self.plain(record, LegalAdvice)
        for record in records.get(RecordKind.RECEPTION, []):
            self.reception(record)
        for record in records.get(RecordKind.ATTACHMENTS, []):
            self.attachment(record)
        self.release()
        self.session.flush()

    # --- shared ----------------------------------------------------------------------------------
    def _values(self, model: type[Any], f: Any) -> dict[str, Any] | None:
        """The row's columns from a record, its references mapped to local ids; None when the office
        (or an event's kind) is not known here."""
        values = self.a._columns(model, f)
        for column, name in OTHER_REFS[model].items():
            if name == "office":
                values[column] = self.a._office_id(f.get("office"))
            elif name == "kind":
                values[column] = self.a._ref("outreach_kinds", f.get("kind"))
            elif name == "region":
                values[column] = self.a._ref("regions", f.get("region"))
        if values.get("office_id", 0) is None or values.get("kind_id", 0) is None:
            return None
        return values

    def _same(self, row: Any, values: dict[str, Any]) -> bool:
        return all(getattr(row, key) == value for key, value in values.items())

    def _hold(self, record: Record, outcome: Outcome, reason: str) -> None:
        self.a.hold(record, QUARANTINE, None, reason)
        if outcome is Outcome.CONFLICT:
            self.a.applied.conflicts.append(
                f"{_WHAT.get(self._model(record), record.kind.value)} {record.uuid}"
            )
        self.a.applied.note(record, outcome)

    def _model(self, record: Record) -> type[Any]:
        by_kind: dict[RecordKind, type[Any]] = {
            RecordKind.OUTREACH: OutreachEvent,
            RecordKind.STUDY: StudyActivity,
            RecordKind.ADVICE: LegalAdvice,
            RecordKind.RECEPTION: ReceptionEvent,
        }
        if record.kind is RecordKind.ATTACHMENTS:
            return OutreachFile if record.fields.get("table") == "outreach_files" else Attachment
        return by_kind[record.kind]

    def _existing(self, model: type[Any], key: uuid.UUID) -> Any:
        return self.session.scalar(select(model).where(model.uuid == key))

    def _wait(self, record: Record, waiting_for: Any, reason: str, held: bool) -> None:
        key = _uuid(waiting_for)
        if key is None:  # names nothing: it could wait for ever
            self._hold(
                record, Outcome.REFUSED, f"{_WHAT[self._model(record)]}：{reason}，且记录中没有它的编号"
            )
            return
        if not held:
            self.a.hold(record, PENDING, key, reason)
        self.a.applied.note(record, Outcome.PENDING)

    def _new(self, record: Record, model: type[Any], values: dict[str, Any]) -> Any:
        row = model(uuid=record.uuid, **values)
        self.session.add(row)
        self.session.flush()
        self.a.fresh[record.uuid] = record
        self.a.applied.note(record, Outcome.IMPORTED)
        return row

    def _known_or_conflict(self, record: Record, model: type[Any], values: dict[str, Any]) -> bool:
        """Whether the record's UUID is already here (then noted: a duplicate, or a conflict)."""
        row = self._existing(model, record.uuid)
        if row is None:
            return False
        if self._same(row, values):
            self.a.applied.note(record, Outcome.DUPLICATE)
        else:
            self._hold(
                record, Outcome.CONFLICT, f"{_WHAT[model]}：本单位已有同一编号（UUID）但内容不同的记录"
            )
        return True

    # --- kinds -----------------------------------------------------------------------------------
    def plain(self, record: Record, model: type[Any]) -> None:
        if self.a._again(record, _WHAT[model]):
            return
        values = self._values(model, record.fields)
        if values is None:
            self._hold(record, Outcome.REFUSED, f"{_WHAT[model]}：所属单位在本单位没有登记")
        elif not self._known_or_conflict(record, model, values):
            self._new(record, model, values)

    def event(self, record: Record) -> None:
        if self.a._again(record, "宣传活动"):
            return
        values = self._values(OutreachEvent, record.fields)
        if values is None:
            self._hold(record, Outcome.REFUSED, "宣传活动：所属单位或活动类别在本单位没有登记")
            return
        row = self._existing(OutreachEvent, record.uuid)
        if row is not None:
            if self._same(row, values):
                self.a.applied.note(record, Outcome.DUPLICATE)
            elif _later(values.get("updated_at"), row.updated_at) and not self._clash(values, row.id):
                for key, value in values.items():  # its office edited it since: the newer copy stands
                    setattr(row, key, value)
                self.a.applied.note(record, Outcome.UPDATED)
            else:
                self._hold(record, Outcome.CONFLICT, "宣传活动：本单位已有同一编号（UUID）但内容不同的记录")
            return
        if self._clash(values, None):
            self._hold(
                record,
                Outcome.CONFLICT,
                "宣传活动：同一单位已有同一天、同一主题、同一地点的活动（编号不同），请核对是否重复登记",
            )
            return
        self._new(record, OutreachEvent, values)

    def _clash(self, values: dict[str, Any], other_than: int | None) -> bool:
        """Whether the event's office has another event with its fingerprint (the unique key)."""
        query = select(OutreachEvent.id).where(
            OutreachEvent.office_id == values["office_id"],
            OutreachEvent.fingerprint == values["fingerprint"],
        )
        if other_than is not None:
            query = query.where(OutreachEvent.id != other_than)
        return self.session.scalar(query.limit(1)) is not None

    def reception(self, record: Record, *, held: bool = False) -> None:
        if self.a._again(record, "接访活动"):
            return
        values = self._values(ReceptionEvent, record.fields)
        if values is None:
            self._hold(record, Outcome.REFUSED, "接访活动：所属单位在本单位没有登记")
            return
        cases: list[int] = []
        for key in record.fields.get("cases") or []:
            case_id = self.a._ref("cases", key)
            if case_id is None:
                self._wait(record, key, "接待的信访件尚未收到", held)
                return
            if case_id not in cases:
                cases.append(case_id)
        row = self._existing(ReceptionEvent, record.uuid)
        if row is not None:
            linked = set(
                self.session.scalars(
                    select(ReceptionCase.case_id).where(ReceptionCase.reception_id == row.id)
                )
            )
            if self._same(row, values) and linked == set(cases):
                self.a.applied.note(record, Outcome.DUPLICATE)
            else:
                self._hold(record, Outcome.CONFLICT, "接访活动：本单位已有同一编号（UUID）但内容不同的记录")
            return
        row = self._new(record, ReceptionEvent, values)
        self.session.add_all(ReceptionCase(reception_id=row.id, case_id=case_id) for case_id in cases)

    def attachment(self, record: Record, *, held: bool = False) -> None:
        model = self._model(record)
        if self.a._again(record, _WHAT[model]):
            return
        f = record.fields
        data = _decoded(f.get("data"))
        if data is None or len(data) != f.get("size") or hashlib.sha256(data).hexdigest() != f.get("sha256"):
            self._hold(
                record,
                Outcome.REFUSED,
                f"{_WHAT[model]}「{f.get('filename')}」的内容与其大小或校验值（SHA-256）不符",
            )
            return
        if len(data) > MAX_ATTACHMENT_BYTES:
            self._hold(
                record,
                Outcome.REFUSED,
                f"{_WHAT[model]}「{f.get('filename')}」超过 {MAX_ATTACHMENT_BYTES >> 20} MB 的上限",
            )
            return
        values = {**self.a._columns(model, f), "data": data}
        if model is OutreachFile:
            event = self.session.scalar(
                select(OutreachEvent.id).where(OutreachEvent.uuid == _uuid(f.get("event")))
            )
            if event is None:
                self._wait(record, f.get("event"), "所属宣传活动尚未收到", held)
                return
            values["event_id"] = event
        else:
            case_id = self.a._ref("cases", f.get("case"))
            if case_id is None:
                self._wait(record, f.get("case"), "所属信访件尚未收到", held)
                return
            step_id = None
            if f.get("step"):
                step_id = self.session.scalar(select(Step.id).where(Step.uuid == _uuid(f.get("step"))))
                if step_id is None:
                    self._wait(record, f.get("step"), "所属办理步骤尚未收到", held)
                    return
            values.update(case_id=case_id, step_id=step_id)
        if not self._known_or_conflict(record, model, values):
            self._new(record, model, values)

    def release(self) -> None:
        """Apply the receptions and files that waited for a case, step or event now here."""
        held = self.session.scalars(
            select(ExchangeHeld).where(
                ExchangeHeld.state == PENDING,
                ExchangeHeld.kind.in_([RecordKind.RECEPTION.value, RecordKind.ATTACHMENTS.value]),
            )
        ).all()
        for row in held:
            record = Record(RecordKind(row.kind), row.record_uuid, row.fields)
            if record.uuid in self.a.fresh:  # this package brought the record itself, whole
                self.session.delete(row)
            elif self._arrived(row.waiting_for):
                self.session.delete(row)
                self.session.flush()
                if record.kind is RecordKind.RECEPTION:
                    self.reception(record)
                else:
                    self.attachment(record)

    def _arrived(self, key: uuid.UUID | None) -> bool:
        if key is None:
            return False
        if self.a._ref("cases", key) is not None:
            return True
        return any(
            self.session.scalar(select(model.id).where(model.uuid == key)) is not None
            for model in (Step, OutreachEvent)
        )


def _later(theirs: Any, ours: Any) -> bool:
    return theirs is not None and (ours is None or theirs > ours)


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _decoded(value: Any) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
