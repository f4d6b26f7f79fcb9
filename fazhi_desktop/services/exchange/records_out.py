"""The records a package to a peer carries, read from the database in a few queries per kind."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.vocab import Nature, StepKind
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.exchange.codec import (
    CASE_DIRECTORY_REFS,
    CASE_REFS,
    DETAIL_REFS,
    DIRECTORY_MODELS,
    fields_by_position,
    jsonable,
)
from fazhi_desktop.services.exchange.others_out import DirectoryRefs
from fazhi_desktop.services.secrecy import Verdicts
from fazhi_desktop.store.models import (
    Base,
    Case,
    CasePetitioner,
    Category,
    Matter,
    Office,
    Petitioner,
    Region,
    Step,
    Unit,
)

_CHUNK = 500
_CASES, _MATTERS, _PEOPLE, _STEPS = (
    Base.metadata.tables[name] for name in ("cases", "matters", "petitioners", "steps")
)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def case_ids_for(session: Session, local: Office, peer: Office, scope: ColumnElement[bool]) -> list[int]:
    """Which cases go to `peer`: to the office above, all of ours; to an office below, its own cases
    (our steps on them) and those handed down to it (交办 to a unit named for it or for its township).
    Only the cases of `scope` (the acting user's, services.scope.case_scope) ever go."""
    if local.parent_id == peer.id or peer.parent_id != local.id:
        return list(session.scalars(select(Case.id).where(scope).order_by(Case.id)))
    units = [u.id for u in _units_of(session, peer)]
    ids = set(session.scalars(select(Case.id).where(Case.office_id == peer.id)))
    for case_id, details in session.execute(
        select(Step.case_id, Step.details).where(Step.kind == StepKind.ASSIGN.value)
    ):
        if isinstance(details, dict) and details.get("unit_id") in units:
            ids.add(case_id)
    matters = (
        {m for (m,) in session.execute(select(Case.matter_id).where(Case.id.in_(ids)))} if ids else set()
    )
    for chunk in _chunks(sorted(matters)):
        ids.update(session.scalars(select(Case.id).where(Case.matter_id.in_(chunk))))
    kept: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        kept.update(session.scalars(select(Case.id).where(Case.id.in_(chunk), scope)))
    return sorted(kept)


def _units_of(session: Session, peer: Office) -> list[Unit]:
    """The 责任单位 that stand for an office below: named for it, or for its township."""
    return [
        u
        for u, region in session.execute(
            select(Unit, Region.name).outerjoin(Region, Region.id == Unit.region_id)
        )
        if u.name == peer.name or (region and peer.name.startswith(region))
    ]


def withheld_for(session: Session, local: Office, peer: Office) -> Callable[[Any], bool]:
    """Whether a case's petitioner stays out of a package to `peer`: a 检举控告 case going down to
    an office whose own bodies it accuses (domain/accusation.py, by the directory; in doubt, out)."""
    if peer.parent_id != local.id:
        return lambda case: False
    receivers = [peer.name, *(u.name for u in _units_of(session, peer))]
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    verdicts = Verdicts(session)

    def withheld(case: Any) -> bool:
        if case.nature != Nature.ACCUSATION:
            return False
        accused_unit = units.get(case.accused_unit_id) if case.accused_unit_id else None
        return any(verdicts(case.nature, case.accused, accused_unit, name).leaves_out for name in receivers)

    return withheld


class _Directory:
    """The directory entries the records refer to, gathered as they are met (with their parents)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.records: dict[uuid.UUID, Record] = {}
        self.offices = {o.id: o for o in session.scalars(select(Office))}
        #: Each directory table read whole the first time it is met (hundreds of rows, not one
        #: query per reference: the session's identity map does not keep what nobody holds).
        self.entries: dict[str, dict[int, Any]] = {}

    def office(self, office_id: int | None) -> str | None:
        if office_id is None:
            return None
        office = self.offices[office_id]
        if office.uuid not in self.records:
            parent = self.office(office.parent_id)
            self._add(
                office.uuid,
                "offices",
                code=office.code,
                name=office.name,
                level=office.level.value,
                parent=parent,
            )
        return office.code

    def _entry(self, table: str, entry_id: int) -> Any:
        if table == "cases":  # a case named in a step's details: rare, one query each
            return self.session.get(Case, entry_id)
        entries = self.entries.get(table)
        if entries is None:
            model: Any = DIRECTORY_MODELS[table]
            entries = self.entries[table] = {e.id: e for e in self.session.scalars(select(model))}
        return entries.get(entry_id)

    def _add(self, key: uuid.UUID, table: str, **fields: Any) -> None:
        self.records[key] = Record(RecordKind.DIRECTORY, key, {"table": table, **fields})

    def ref(self, table: str, entry_id: int | None) -> str | None:
        if entry_id is None:
            return None
        entry = self._entry(table, entry_id)
        if entry is None:
            return None
        if table == "cases" or entry.uuid in self.records:
            return str(entry.uuid)
        if isinstance(entry, Region):
            parent = self.ref("regions", entry.parent_id)
            self._add(
                entry.uuid, table, code=entry.code, name=entry.name, kind=entry.kind.value, parent=parent
            )
        elif isinstance(entry, Unit):
            self._add(entry.uuid, table, name=entry.name, region=self.ref("regions", entry.region_id))
        elif isinstance(entry, Category):
            parent = self.ref("categories", entry.parent_id)
            self._add(entry.uuid, table, code=entry.code, name=entry.name, parent=parent)
        else:
            self._add(entry.uuid, table, code=entry.code, name=entry.name)
        return str(entry.uuid)


def collect(
    session: Session,
    case_ids: Sequence[int],
    peer_id: int | None = None,
    withheld: Callable[[Any], bool] = lambda case: False,
    others: Callable[[DirectoryRefs, dict[int, uuid.UUID]], dict[RecordKind, list[Record]]] | None = None,
) -> dict[RecordKind, list[Record]]:
    """Every record the cases `case_ids` need: their matters, petitioners, steps and directory entries.

    A case the receiver (`peer_id`) owns goes as our steps on it alone: only its owner sends its
    row, so a copy never comes back as a conflict. A case `withheld` (检举控告 to the accused's
    office) goes without its petitioners, 主访人 and envelope address. `others` adds the records
    beside the cases (others_out.collect_others), naming their directory entries here too."""
    directory = _Directory(session)
    out: dict[RecordKind, list[Record]] = {kind: [] for kind in RecordKind}
    case_row, step_row = fields_by_position(Case), fields_by_position(Step)
    matter_row, person_row = fields_by_position(Matter), fields_by_position(Petitioner)
    case_uuid: dict[int, uuid.UUID] = {}
    # A case's matter is named by its UUID, read once all the cases' matters are known.
    case_fields: list[tuple[uuid.UUID, int, dict[str, Any]]] = []
    matter_ids: set[int] = set()
    person_ids: set[int] = set()
    for chunk in _chunks(case_ids):
        # Rows, not ORM objects: tens of thousands of instances cost more than the rest together.
        cases = session.execute(select(_CASES).where(_CASES.c.id.in_(chunk)).order_by(_CASES.c.id)).all()
        links = _links(session, chunk)
        for case in cases:
            case_uuid[case.id] = case.uuid
            if peer_id is not None and case.office_id == peer_id:
                continue  # the receiver's own case: our steps on it go below, not its row
            matter_ids.add(case.matter_id)
            fields = _case_fields(directory, case, case_row)
            if withheld(case):
                fields.update(petitioners=[], principal_name=None, envelope_address=None)
            else:
                fields["petitioners"] = [link for link, _ in links.get(case.id, [])]
                person_ids.update(person for _, person in links.get(case.id, []))
            case_fields.append((case.uuid, case.matter_id, fields))
    matters: dict[int, Any] = {}
    for chunk in _chunks(sorted(matter_ids)):
        matters.update((m.id, m) for m in session.execute(select(_MATTERS).where(_MATTERS.c.id.in_(chunk))))
    root_uuids = dict(
        session.execute(
            select(Case.id, Case.uuid).where(
                Case.id.in_([m.root_case_id for m in matters.values() if m.root_case_id])
            )
        ).all()
    )
    for matter in matters.values():
        fields = matter_row(matter)
        fields["office"] = directory.office(matter.office_id)
        fields["root_case"] = (
            str(root_uuids[matter.root_case_id]) if matter.root_case_id in root_uuids else None
        )
        out[RecordKind.MATTERS].append(Record(RecordKind.MATTERS, matter.uuid, fields))
    for key, matter_id, fields in case_fields:
        fields["matter"] = str(matters[matter_id].uuid)
        out[RecordKind.CASES].append(Record(RecordKind.CASES, key, fields))
    for chunk in _chunks(sorted(person_ids)):
        for person in session.execute(select(_PEOPLE).where(_PEOPLE.c.id.in_(chunk))):
            out[RecordKind.PETITIONERS].append(
                Record(RecordKind.PETITIONERS, person.uuid, person_row(person))
            )
    for chunk in _chunks(case_ids):
        for step in session.execute(select(_STEPS).where(_STEPS.c.case_id.in_(chunk)).order_by(_STEPS.c.id)):
            fields = step_row(step)
            fields["case"] = str(case_uuid[step.case_id])
            fields["office"] = directory.office(step.office_id)
            fields["details"] = _details_out(directory, step.details)
            out[RecordKind.STEPS].append(Record(RecordKind.STEPS, step.uuid, fields))
    _add_others(out, others, directory, case_uuid)
    out[RecordKind.DIRECTORY] = list(directory.records.values())
    return {kind: rows for kind, rows in out.items() if rows}


def _add_others(
    out: dict[RecordKind, list[Record]],
    others: Callable[[DirectoryRefs, dict[int, uuid.UUID]], dict[RecordKind, list[Record]]] | None,
    directory: _Directory,
    case_uuid: dict[int, uuid.UUID],
) -> None:
    if others is not None:
        for kind, rows in others(directory, case_uuid).items():
            out[kind].extend(rows)


def _links(session: Session, case_ids: Sequence[int]) -> dict[int, list[tuple[list[Any], int]]]:
    """Who petitioned in each case: [person UUID, role, position] as a package carries it, and the
    person's local id."""
    links: dict[int, list[tuple[list[Any], int]]] = {}
    for case_id, person_id, role, position, person_uuid in session.execute(
        select(
            CasePetitioner.case_id,
            CasePetitioner.petitioner_id,
            CasePetitioner.role,
            CasePetitioner.position,
            Petitioner.uuid,
        )
        .join(Petitioner, Petitioner.id == CasePetitioner.petitioner_id)
        .where(CasePetitioner.case_id.in_(case_ids))
        .order_by(CasePetitioner.position)
    ):
        links.setdefault(case_id, []).append(([str(person_uuid), role.value, position], person_id))
    return links


def _case_fields(
    directory: _Directory, case: Any, case_row: Callable[[Any], dict[str, Any]]
) -> dict[str, Any]:
    """A case row's fields, its office by code and its directory entries by UUID."""
    fields = case_row(case)
    fields["office"] = directory.office(case.office_id)
    for column, table in CASE_DIRECTORY_REFS:
        fields[CASE_REFS[column]] = directory.ref(table, getattr(case, column))
    return fields


def _details_out(directory: _Directory, details: dict[str, Any]) -> dict[str, Any]:
    out = {k: jsonable(v) for k, v in details.items() if k not in DETAIL_REFS}
    for key, table in DETAIL_REFS.items():
        if isinstance(details.get(key), int):
            out[key.removesuffix("_id") + "_uuid"] = directory.ref(table, details[key])
    return out
