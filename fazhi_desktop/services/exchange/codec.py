"""Rows to a package's JSON fields and back: integer keys become UUIDs (or office codes), which every
office shares, and the columns derived from the steps are left out (the receiver derives them)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from fazhi_desktop.services.clock.case_state import DERIVED_COLUMNS
from fazhi_desktop.store.models import (
    Attachment,
    Case,
    Category,
    LegalAdvice,
    Matter,
    OutreachEvent,
    OutreachFile,
    OutreachKind,
    Purpose,
    ReceptionEvent,
    Region,
    Step,
    StudyActivity,
    Unit,
)

#: Columns never carried: local keys, and what the receiver derives or keeps for itself.
_SKIPPED = frozenset({"id", "uuid", "import_fingerprint", "seq", "version", *DERIVED_COLUMNS})
#: The same for the records beside the cases: nothing of theirs is derived (a 接访's `leader` is a
#: name typed in), and a file's bytes go apart, as base64.
_SKIPPED_OTHER = frozenset({"id", "uuid", "data"})

#: Foreign keys carried as the UUID of what they point to (offices go as their code).
CASE_REFS = {
    "office_id": "office",
    "matter_id": "matter",
    "purpose_id": "purpose",
    "category_id": "category",
    "region_id": "region",
    "accused_unit_id": "accused_unit",
}
#: The directory tables a package carries entries of, by their table name.
DIRECTORY_MODELS: dict[
    str, type[Region] | type[Unit] | type[Category] | type[Purpose] | type[OutreachKind]
] = {
    "regions": Region,
    "units": Unit,
    "categories": Category,
    "purposes": Purpose,
    "outreach_kinds": OutreachKind,
}
#: The directory entries a case points to: its column and the directory table (carried by UUID).
CASE_DIRECTORY_REFS = (
    ("purpose_id", "purposes"),
    ("category_id", "categories"),
    ("region_id", "regions"),
    ("accused_unit_id", "units"),
)
STEP_REFS = {"case_id": "case", "office_id": "office"}
MATTER_REFS = {"office_id": "office", "root_case_id": "root_case"}
#: The office's own work beside its cases (others_out.py / others_in.py), and their keys carried
#: as UUIDs (offices by code); a file's bytes go as base64 in "data", checked against its SHA-256.
OTHER_REFS: dict[type[Any], dict[str, str]] = {
    OutreachEvent: {"office_id": "office", "kind_id": "kind", "region_id": "region"},
    OutreachFile: {"event_id": "event"},
    StudyActivity: {"office_id": "office"},
    LegalAdvice: {"office_id": "office"},
    ReceptionEvent: {"office_id": "office", "region_id": "region"},
    Attachment: {"case_id": "case", "step_id": "step"},
}
#: Ids inside a step's details, and the table each points to.
DETAIL_REFS = {"unit_id": "units", "open_case_id": "cases"}


#: Values JSON takes as they are (the common case: no isinstance checks for them).
_PLAIN = frozenset({str, int, bool, float, type(None), dict, list})


def jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Enum):
        return value._value_  # the member's value, without the `value` property's descriptor
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def json_reader(column: sa.Column[Any]) -> Callable[[str], Any] | None:
    """How a column's (non-null) JSON value becomes the column's value; None: taken as it is."""
    if isinstance(column.type, sa.DateTime):
        return datetime.fromisoformat
    if isinstance(column.type, sa.Date):
        return date.fromisoformat
    return None


def from_json(column: sa.Column[Any], value: Any) -> Any:
    read = json_reader(column)
    return value if value is None or read is None else read(value)


def plain_columns(model: type[Any]) -> list[sa.Column[Any]]:
    every: dict[type[Any], dict[str, str]] = {
        Case: CASE_REFS,
        Step: STEP_REFS,
        Matter: MATTER_REFS,
        **OTHER_REFS,
    }
    refs = every.get(model, {})
    skipped = _SKIPPED_OTHER if model in OTHER_REFS else _SKIPPED
    table: sa.Table = model.__table__
    return [c for c in table.columns if c.key not in skipped and c.key not in refs]


def row_fields(row: Any, columns: list[sa.Column[Any]]) -> dict[str, Any]:
    # The plain values (most) are taken as they are, without a call per value.
    return {c.key: v if type(v := getattr(row, c.key)) in _PLAIN else jsonable(v) for c in columns}


def fields_by_position(model: type[Any]) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """`row_fields` for the rows of `select(model.__table__)`, which hold the table's columns in
    order: a row's carried values taken by position in one call (a getattr per value cost a sixth
    of collecting a package's records)."""
    table: sa.Table = model.__table__
    columns = plain_columns(model)
    keys = [c.key for c in columns]
    take = itemgetter(*(list(table.columns).index(c) for c in columns))
    # itemgetter of a single position gives the value itself, not a tuple of one (a matter's columns).
    values: Callable[[Sequence[Any]], Sequence[Any]] = take if len(keys) > 1 else lambda row: (take(row),)

    def fields(row: Sequence[Any]) -> dict[str, Any]:
        return {k: v if type(v) in _PLAIN else jsonable(v) for k, v in zip(keys, values(row), strict=True)}

    return fields


#: json.dumps(…, ensure_ascii=False, sort_keys=True, separators=(",", ":")) without a new encoder per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(fields: dict[str, Any]) -> str:
    """What a record's content is, to tell a change from a copy (keys sorted, so order never matters)."""
    text = _ENCODER.encode(fields)
    return hashlib.sha256(text.encode()).hexdigest()
