"""Applying a package's records to the database, inside the import's one transaction.

Records are matched by UUID. A record already here with the same content is a duplicate (nothing
changes); with other content it is a conflict and goes to the quarantine list, never dropped. Steps
are append-only: the timeline becomes the union of both sides', and every touched case is derived
again by `refresh_case`, the same code a step entered by hand runs. A step whose case has not arrived
waits in the pending list and is applied by the import that brings its case.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock, kill_points
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.progress import Progress
from fazhi_desktop.domain.vocab import CaseState, OfficeLevel, RegionKind, StepKind
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.clock.case_state import DERIVED_COLUMNS
from fazhi_desktop.services.clock.triage import rederive_cases
from fazhi_desktop.services.exchange.codec import (
    CASE_DIRECTORY_REFS,
    CASE_REFS,
    DETAIL_REFS,
    DIRECTORY_MODELS,
    digest,
    json_reader,
    plain_columns,
    row_fields,
)
from fazhi_desktop.services.exchange.derive_new import derive_queued
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.store.bulk import Keys, insert_rows
from fazhi_desktop.store.models import (
    Base,
    Case,
    Category,
    ExchangeHeld,
    Matter,
    Office,
    OutreachKind,
    Petitioner,
    Purpose,
    Region,
    Step,
    Unit,
)
from fazhi_desktop.store.touched import note

PENDING, QUARANTINE = "pending", "quarantine"

#: The tables whose new rows an import writes in bulk, and their models.
_MODELS: dict[str, Any] = {"petitioners": Petitioner, "matters": Matter, "cases": Case, "steps": Step}


def _default(column: Any) -> Any:
    """A column's own scalar default (the value an ORM insert would have written), else None."""
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


_MISSING = object()


#: A new case's derived columns before it is derived (the model's defaults, or None).
_DERIVED_DEFAULTS = {name: _default(Case.__table__.c[name]) for name in DERIVED_COLUMNS}


class ImportCancelled(UserError):
    """The person cancelled: the import's transaction is rolled back, nothing of the package is written."""


class Outcome(StrEnum):
    """What became of one record of a package (what its receipt says)."""

    IMPORTED = "imported"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    PENDING = "pending"
    REFUSED = "refused"


@dataclass
class Applied:
    """The outcome of every record, counts per kind, and the cases whose timeline changed."""

    outcomes: dict[uuid.UUID, Outcome] = field(default_factory=dict)
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    touched_cases: set[int] = field(default_factory=set)

    def note(self, record: Record, outcome: Outcome) -> None:
        self.outcomes[record.uuid] = outcome
        self.counts.setdefault(record.kind.value, Counter())[outcome.value] += 1


class Applier:
    """Applies one package's records; `ids` maps a sender's UUIDs (and office codes) to local ids."""

    def __init__(
        self, session: Session, package_uuid: uuid.UUID, sender: Office, cal: HolidayCalendar
    ) -> None:
        self.session, self.package_uuid, self.sender, self.cal = session, package_uuid, sender, cal
        self.ids: dict[str, dict[str, int]] = {
            name: {} for name in ("offices", *DIRECTORY_MODELS, "cases", "matters", "petitioners")
        }
        self.applied = Applied()
        self.roots: dict[int, str] = {}
        self.known: dict[type[Any], dict[uuid.UUID, Any]] = {}
        #: Records this package brought new, by UUID (a second copy is a duplicate or a conflict).
        self.fresh: dict[uuid.UUID, Record] = {}
        self.by_id_number: dict[str, int] = {}
        self.local_office_id: int | None = None
        #: New rows queued per table, written in bulk by `write_pending`.
        self.pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        #: Per model: each carried column's key, how its JSON value is read, and its default.
        self._readers: dict[type[Any], list[tuple[str, Callable[[Any], Any] | None, Any]]] = {}
        #: New cases derived before they were written (`derive_new`).
        self.derived_here: set[int] = set()
        conn = session.connection()
        self.keys = {name: Keys(conn, Base.metadata.tables[name]) for name in _MODELS}

    # --- directories -------------------------------------------------------------------------
    def directory(self, record: Record) -> None:
        f = record.fields
        table = f.get("table")
        if table == "offices":
            self.ids["offices"][str(f["code"])] = self._office(f).id
            return
        model: Any = DIRECTORY_MODELS[str(table)]
        entry: Any = self.session.scalar(select(model).where(model.uuid == record.uuid))
        if entry is None and f.get("code"):
            entry = self.session.scalar(select(model).where(model.code == f["code"]))
        if entry is None and model in (Unit, Region, OutreachKind):
            query = select(model).where(model.name == f["name"])
            if model is Region:
                query = query.where(Region.parent_id == self._ref("regions", f.get("parent")))
            entry = self.session.scalar(query)
        if entry is None:
            entry = self._new_entry(model, record)
            self.session.add(entry)
            self.session.flush()
            self.applied.note(record, Outcome.IMPORTED)
        else:
            self.applied.note(record, Outcome.DUPLICATE)
        self.ids[str(table)][str(record.uuid)] = entry.id

    def _new_entry(self, model: type[Any], record: Record) -> Any:
        f = record.fields
        if model is Region:
            kind = RegionKind(f.get("kind") or "township")
            return Region(
                uuid=record.uuid,
                code=f.get("code"),
                name=f["name"],
                kind=kind,
                parent_id=self._ref("regions", f.get("parent")),
            )
        if model is Unit:
            return Unit(uuid=record.uuid, name=f["name"], region_id=self._ref("regions", f.get("region")))
        if model is Category:
            return Category(
                uuid=record.uuid,
                code=f["code"],
                name=f["name"],
                parent_id=self._ref("categories", f.get("parent")),
            )
        if model is OutreachKind:
            return OutreachKind(uuid=record.uuid, code=f["code"], name=f["name"])
        return Purpose(uuid=record.uuid, code=f["code"], name=f["name"])

    def _office(self, f: dict[str, Any] | Any) -> Office:
        office = self.session.scalar(select(Office).where(Office.code == f["code"]))
        if office is None:
            parent = self.ids["offices"].get(str(f.get("parent")))
            office = Office(
                code=f["code"],
                name=f["name"],
                level=OfficeLevel(f.get("level") or "township"),
                parent_id=parent,
            )
            self.session.add(office)
            self.session.flush()
        return office

    def _ref(self, table: str, key: Any) -> int | None:
        if key is None:
            return None
        known = self.ids[table].get(str(key))
        if known is not None:
            return known
        model: Any = {"cases": Case, "matters": Matter, "petitioners": Petitioner, **DIRECTORY_MODELS}[table]
        found = self.session.scalar(select(model.id).where(model.uuid == uuid.UUID(str(key))))
        if found is not None:
            self.ids[table][str(key)] = found
        return found

    # --- people, matters, cases ----------------------------------------------------------------
    def prefetch(self, model: type[Any], keys: list[uuid.UUID]) -> None:
        """Read the rows of `keys` already here in a few queries, so that each record needs none."""
        cache: dict[uuid.UUID, Any] = {}
        for start in range(0, len(keys), 500):
            for row in self.session.scalars(select(model).where(model.uuid.in_(keys[start : start + 500]))):
                cache[row.uuid] = row
        self.known[model] = cache

    def _existing(self, model: type[Any], key: uuid.UUID) -> Any:
        cache = self.known.get(model)
        if cache is None:
            return self.session.scalar(select(model).where(model.uuid == key))
        return cache.get(key)

    def _again(self, record: Record, what: str) -> bool:
        """A record whose UUID this package already brought: a duplicate if the same, else a conflict."""
        first = self.fresh.get(record.uuid)
        if first is None:
            return False
        if digest(dict(first.fields)) == digest(dict(record.fields)):
            self.applied.note(record, Outcome.DUPLICATE)
        else:
            self._conflict(record, what)
        return True

    def _same(self, record: Record, row: Any, model: type[Any]) -> bool:
        # A step's details carry UUIDs where the row keeps local ids: the caller compares them mapped.
        columns = [c for c in plain_columns(model) if c.key != "details"]
        ours = row_fields(row, columns)
        theirs = {c.key: record.fields.get(c.key) for c in columns}
        return digest(ours) == digest(theirs)

    def _conflict(self, record: Record, what: str) -> None:
        self.hold(record, QUARANTINE, None, f"{what}：本单位已有同一编号（UUID）但内容不同的记录")
        self.applied.conflicts.append(f"{what} {record.uuid}")
        self.applied.note(record, Outcome.CONFLICT)

    def _new_row(self, table: str, record: Record, **keys: Any) -> int:
        """Queue a new row of `table` for the bulk write, with a key taken now; returns the key."""
        row_id = self.keys[table].take()
        self.pending[table].append(
            {"id": row_id, "uuid": record.uuid, **self._columns(_MODELS[table], record.fields), **keys}
        )
        self.fresh[record.uuid] = record
        return row_id

    def write_pending(self) -> None:
        """Write the queued rows, parents first: each table in one executemany (store.bulk)."""
        self.session.flush()  # the directories and offices added through the ORM come first
        conn = self.session.connection()
        for table in ("petitioners", "matters", "cases", "case_petitioners", "steps"):
            rows = self.pending.pop(table, [])
            if rows:
                insert_rows(conn, Base.metadata.tables[table], rows)

    def prefetch_people(self, records: list[Record]) -> None:
        """The people already here by ID number (one per person, whichever office registered them)."""
        numbers = sorted({str(r.fields["id_number"]) for r in records if r.fields.get("id_number")})
        for start in range(0, len(numbers), 500):
            query = select(Petitioner.id_number, Petitioner.id).where(
                Petitioner.id_number.in_(numbers[start : start + 500])
            )
            self.by_id_number.update(
                {str(number): person_id for number, person_id in self.session.execute(query)}
            )

    def petitioner(self, record: Record) -> None:
        f = record.fields
        if self._again(record, "信访人"):
            return
        person = self._existing(Petitioner, record.uuid)
        if person is not None:
            self.ids["petitioners"][str(record.uuid)] = person.id
            if self._same(record, person, Petitioner):
                self.applied.note(record, Outcome.DUPLICATE)
            else:
                self._conflict(record, "信访人")
            return
        number = str(f["id_number"]) if f.get("id_number") else None
        person_id = self.by_id_number.get(number) if number else None
        if person_id is None:
            person_id = self._new_row("petitioners", record)
            if number:
                self.by_id_number[number] = person_id
            self.applied.note(record, Outcome.IMPORTED)
        else:
            self.applied.note(record, Outcome.DUPLICATE)
        self.ids["petitioners"][str(record.uuid)] = person_id

    def _columns(self, model: type[Any], f: dict[str, Any] | Any) -> dict[str, Any]:
        """Every carried column of `model`: the record's value, or the column's default where the
        sending version did not have the column (a bulk write needs the same keys in every row)."""
        readers = self._readers.get(model)
        if readers is None:
            readers = self._readers[model] = [
                (c.key, json_reader(c), _default(c)) for c in plain_columns(model)
            ]
        return {
            key: (value if read is None or value is None else read(value))
            if (value := f.get(key, _MISSING)) is not _MISSING
            else default
            for key, read, default in readers
        }

    def matter(self, record: Record) -> None:
        f = record.fields
        if self._again(record, "信访事项"):
            return
        matter = self._existing(Matter, record.uuid)
        if matter is None:
            matter_id = self._new_row(
                "matters", record, office_id=self.ids["offices"][str(f["office"])], root_case_id=None
            )
            self.applied.note(record, Outcome.IMPORTED)
            if f.get("root_case"):
                self.roots[matter_id] = str(f["root_case"])
        else:
            matter_id = matter.id
            self.applied.note(record, Outcome.DUPLICATE)
            if matter.root_case_id is None and f.get("root_case"):
                self.roots[matter_id] = str(f["root_case"])
        self.ids["matters"][str(record.uuid)] = matter_id

    def case(self, record: Record) -> None:
        f = record.fields
        if self._again(record, f"信访件 {f.get('number')}"):
            return
        case = self._existing(Case, record.uuid)
        if case is not None:
            self.ids["cases"][str(record.uuid)] = case.id
            if self._same(record, case, Case) and self._same_refs(record, case):
                self.applied.note(record, Outcome.DUPLICATE)
            elif self._corrected_here(case.id):
                # Both offices corrected the case: both 更正 steps are kept (steps merge), and the row
                # waits for a person to say which values stand.
                self._conflict(record, f"信访件 {f.get('number')}（双方都作了更正）")
            else:
                self._take(record, case)
            return
        matter_id = self._ref("matters", f.get("matter"))
        if matter_id is None:
            self.applied.note(record, Outcome.REFUSED)
            return
        case_id = self._new_row(
            "cases",
            record,
            office_id=self.ids["offices"][str(f["office"])],
            matter_id=matter_id,
            **self._refs(record),
            # Derived again from its steps before the import ends; until then the defaults.
            **{**_DERIVED_DEFAULTS, "state": CaseState.REGISTERED.value},
        )
        linked: set[int] = set()
        for person_uuid, role, position in f.get("petitioners") or []:
            person_id = self._ref("petitioners", person_uuid)
            if person_id is not None and person_id not in linked:
                linked.add(person_id)
                self.pending["case_petitioners"].append(
                    {"case_id": case_id, "petitioner_id": person_id, "role": role, "position": position}
                )
        self.ids["cases"][str(record.uuid)] = case_id
        self.applied.touched_cases.add(case_id)
        self.applied.note(record, Outcome.IMPORTED)

    def _refs(self, record: Record) -> dict[str, int | None]:
        f = record.fields
        return {column: self._ref(table, f.get(CASE_REFS[column])) for column, table in CASE_DIRECTORY_REFS}

    def _same_refs(self, record: Record, case: Case) -> bool:
        """The directory entries (内容分类, 问题属地 …) the record names are the ones the row points to."""
        return all(getattr(case, column) == value for column, value in self._refs(record).items())

    def _corrected_here(self, case_id: int) -> bool:
        """Whether this office recorded a 更正 on the case (its row then holds values of our own)."""
        if self.local_office_id is None:
            self.local_office_id = local_office(self.session).id
        return (
            self.session.scalar(
                select(Step.id)
                .where(
                    Step.case_id == case_id,
                    Step.kind == StepKind.CORRECT.value,
                    Step.office_id == self.local_office_id,
                )
                .limit(1)
            )
            is not None
        )

    def _take(self, record: Record, case: Case) -> None:
        """A case the sender corrected and we did not: its row takes the sender's values (the 更正
        steps that changed them come in the same package and join the timeline)."""
        for key, value in {**self._columns(Case, record.fields), **self._refs(record)}.items():
            setattr(case, key, value)
        self.applied.touched_cases.add(case.id)
        self.applied.note(record, Outcome.UPDATED)

    def link_roots(self) -> None:
        """Point matters at their first case, once the cases are written."""
        links = [
            {"b_id": matter_id, "b_root": root}
            for matter_id, root_uuid in self.roots.items()
            if (root := self._ref("cases", root_uuid)) is not None
        ]
        if links:
            table = Base.metadata.tables["matters"]
            statement = (
                update(table).where(table.c.id == bindparam("b_id")).values(root_case_id=bindparam("b_root"))
            )
            self.session.connection().execute(statement, links)

    # --- steps ---------------------------------------------------------------------------------
    def step(self, record: Record, *, held: bool = False) -> None:
        f = record.fields
        if self._again(record, "办理步骤"):
            return
        existing = self._existing(Step, record.uuid)
        if existing is not None:
            if (
                self._same(record, existing, Step)
                and self._details_in(f.get("details") or {}) == existing.details
            ):
                self.applied.note(record, Outcome.DUPLICATE)
            else:
                self._conflict(record, "办理步骤")
            return
        case_id = self._ref("cases", f.get("case"))
        if case_id is None:
            if not held:
                self.hold(record, PENDING, uuid.UUID(str(f["case"])), "所属信访件尚未收到")
            self.applied.note(record, Outcome.PENDING)
            return
        self._new_row(
            "steps",
            record,
            case_id=case_id,
            office_id=self._office_id(f.get("office")),
            details=self._details_in(f.get("details") or {}),
        )
        self.applied.touched_cases.add(case_id)
        self.applied.note(record, Outcome.IMPORTED)

    def _office_id(self, code: Any) -> int | None:
        if code is None:
            return None
        if str(code) not in self.ids["offices"]:
            office = self.session.scalar(select(Office).where(Office.code == str(code)))
            if office is None:
                return None
            self.ids["offices"][str(code)] = office.id
        return self.ids["offices"][str(code)]

    def _details_in(self, details: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in details.items() if not k.endswith("_uuid")}
        for key, table in DETAIL_REFS.items():
            ref = details.get(key.removesuffix("_id") + "_uuid")
            if ref is not None:
                out[key] = self._ref(table, ref)
        return out

    def release_pending(self) -> None:
        """Apply the steps that waited for a case this import brought."""
        held = self.session.scalars(
            select(ExchangeHeld).where(
                ExchangeHeld.state == PENDING, ExchangeHeld.kind == RecordKind.STEPS.value
            )
        ).all()
        self.prefetch(Step, [row.record_uuid for row in held])
        for row in held:
            if row.waiting_for is not None and self._ref("cases", row.waiting_for) is not None:
                self.step(Record(RecordKind.STEPS, row.record_uuid, row.fields), held=True)
                self.session.delete(row)

    def hold(self, record: Record, state: str, waiting_for: uuid.UUID | None, reason: str) -> None:
        already = self.session.scalar(
            select(ExchangeHeld.id).where(
                ExchangeHeld.record_uuid == record.uuid, ExchangeHeld.state == state
            )
        )
        if already is None:
            self.session.add(
                ExchangeHeld(
                    state=state,
                    kind=record.kind.value,
                    record_uuid=record.uuid,
                    waiting_for=waiting_for,
                    package_uuid=self.package_uuid,
                    sender_office_id=self.sender.id,
                    fields=dict(record.fields),
                    reason=reason,
                    created_at=clock.now(),
                )
            )

    def derive_new(self, today: date) -> None:
        """Fill the derived columns of the new cases of new matters before they are written
        (derive_new.py): they need no reading back and no second write."""
        new_matters = {row["id"] for row in self.pending.get("matters", [])}
        roots = {matter_id: self.ids["cases"].get(root) for matter_id, root in self.roots.items()}
        self.derived_here = derive_queued(
            self.session,
            self.pending.get("cases", []),
            self.pending.get("steps", []),
            new_matters,
            roots,
            self.cal,
            today,
        )

    def refresh(self, today: date) -> None:
        """Derive every other touched case again from its (merged) timeline, roots before their
        repeats: the same derivation a step entered by hand runs, in bulk."""
        rederive_cases(self.session, self.applied.touched_cases - self.derived_here, self.cal, today)
        if self.derived_here:
            note(self.session.connection(), "cases")
        # Steps arrived on cases someone here may have open: a step from the view before is refused.
        ids = sorted(self.applied.touched_cases)
        for start in range(0, len(ids), 2_000):
            self.session.execute(
                update(Case).where(Case.id.in_(ids[start : start + 2_000])).values(version=Case.version + 1)
            )


def apply_records(
    applier: Applier,
    records: dict[RecordKind, list[Record]],
    today: date,
    cancelled: Callable[[], bool],
    progress: Progress | None = None,
    others: Callable[[dict[RecordKind, list[Record]]], None] | None = None,
) -> Applied:
    """Apply every record in dependency order; `cancelled` is asked between kinds (raise to roll
    back) and `progress` told how many records are done of how many."""
    total = sum(len(rows) for rows in records.values())
    done = 0

    def check(*kinds: RecordKind) -> None:
        nonlocal done
        done += sum(len(records.get(kind, [])) for kind in kinds)
        if progress is not None:
            progress(min(done, total), total)
        if cancelled():
            raise ImportCancelled("已取消导入，数据库未作任何改动。")

    for record in records.get(RecordKind.DIRECTORY, []):
        applier.directory(record)
    check(RecordKind.DIRECTORY)
    applier.prefetch(Petitioner, [r.uuid for r in records.get(RecordKind.PETITIONERS, [])])
    applier.prefetch_people(records.get(RecordKind.PETITIONERS, []))
    for record in records.get(RecordKind.PETITIONERS, []):
        applier.petitioner(record)
    check(RecordKind.PETITIONERS)
    applier.prefetch(Matter, [r.uuid for r in records.get(RecordKind.MATTERS, [])])
    for record in records.get(RecordKind.MATTERS, []):
        applier.matter(record)
    check(RecordKind.MATTERS)
    applier.prefetch(Case, [r.uuid for r in records.get(RecordKind.CASES, [])])
    for record in records.get(RecordKind.CASES, []):
        applier.case(record)
    applier.release_pending()
    check(RecordKind.CASES)
    applier.prefetch(Step, [r.uuid for r in records.get(RecordKind.STEPS, [])])
    for record in records.get(RecordKind.STEPS, []):
        applier.step(record)
    applier.derive_new(today)
    applier.write_pending()
    applier.link_roots()
    kill_points.reached("exchange-written")  # every row written, nothing derived or committed
    check(RecordKind.STEPS)
    later = (
        RecordKind.ATTACHMENTS,
        RecordKind.OUTREACH,
        RecordKind.STUDY,
        RecordKind.ADVICE,
        RecordKind.RECEPTION,
    )
    if others is not None:
        others(records)  # the records beside the cases (others_in.py)
    else:
        for kind in later:
            for record in records.get(kind, []):
                applier.hold(record, QUARANTINE, None, "本版本尚不导入此类记录")
                applier.applied.note(record, Outcome.REFUSED)
    check(*later)
    applier.refresh(today)
    if progress is not None:
        progress(total, total)
    return applier.applied
