"""Applying a package's records to the database, inside the import's one transaction.

Records are matched by UUID. A record already here with the same content is a duplicate (nothing
changes); with other content it is a conflict and goes to the quarantine list, never dropped. Steps
are append-only: the timeline becomes the union of both sides', and every touched case is derived
again by `refresh_case`, the same code a step entered by hand runs. A step whose case has not arrived
waits in the pending list and is applied by the import that brings its case.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.vocab import CaseState, OfficeLevel, RegionKind
from fazhi_desktop.exchange.records import Record, RecordKind
from fazhi_desktop.services.clock.case_state import refresh_case
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.exchange.codec import DETAIL_REFS, digest, from_json, plain_columns, row_fields
from fazhi_desktop.store.models import (
    Case,
    CasePetitioner,
    Category,
    ExchangeHeld,
    Matter,
    Office,
    Petitioner,
    Purpose,
    Region,
    Step,
    Unit,
)

PENDING, QUARANTINE = "pending", "quarantine"


class ImportCancelled(UserError):
    """The person cancelled: the import's transaction is rolled back, nothing of the package is written."""


class Outcome(StrEnum):
    """What became of one record of a package (what its receipt says)."""

    IMPORTED = "imported"
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


_DIRECTORY_MODELS: dict[str, type[Region] | type[Unit] | type[Category] | type[Purpose]] = {
    "regions": Region,
    "units": Unit,
    "categories": Category,
    "purposes": Purpose,
}


class Applier:
    """Applies one package's records; `ids` maps a sender's UUIDs (and office codes) to local ids."""

    def __init__(
        self, session: Session, package_uuid: uuid.UUID, sender: Office, cal: HolidayCalendar
    ) -> None:
        self.session, self.package_uuid, self.sender, self.cal = session, package_uuid, sender, cal
        self.ids: dict[str, dict[str, int]] = {
            name: {} for name in ("offices", *_DIRECTORY_MODELS, "cases", "matters", "petitioners")
        }
        self.applied = Applied()
        self.roots: dict[int, str] = {}
        self.known: dict[type[Any], dict[uuid.UUID, Any]] = {}

    # --- directories -------------------------------------------------------------------------
    def directory(self, record: Record) -> None:
        f = record.fields
        table = f.get("table")
        if table == "offices":
            self.ids["offices"][str(f["code"])] = self._office(f).id
            return
        model: Any = _DIRECTORY_MODELS[str(table)]
        entry: Any = self.session.scalar(select(model).where(model.uuid == record.uuid))
        if entry is None and f.get("code"):
            entry = self.session.scalar(select(model).where(model.code == f["code"]))
        if entry is None and model in (Unit, Region):
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
        model: Any = {"cases": Case, "matters": Matter, "petitioners": Petitioner, **_DIRECTORY_MODELS}[table]
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

    def _seen(self, row: Any) -> None:
        """A row just added: a second copy of its record in the same package is then a duplicate."""
        cache = self.known.get(type(row))
        if cache is not None:
            cache[row.uuid] = row

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

    def petitioner(self, record: Record) -> None:
        f = record.fields
        person = self._existing(Petitioner, record.uuid)
        if person is not None:
            self.ids["petitioners"][str(record.uuid)] = person.id
            if self._same(record, person, Petitioner):
                self.applied.note(record, Outcome.DUPLICATE)
            else:
                self._conflict(record, "信访人")
            return
        if f.get("id_number"):  # the same person registered by both offices: one row per person
            person = self.session.scalar(select(Petitioner).where(Petitioner.id_number == f["id_number"]))
        if person is None:
            person = Petitioner(uuid=record.uuid, **self._columns(Petitioner, f))
            self.session.add(person)
            self._seen(person)
            self.session.flush()
            self.applied.note(record, Outcome.IMPORTED)
        else:
            self.applied.note(record, Outcome.DUPLICATE)
        self.ids["petitioners"][str(record.uuid)] = person.id

    def _columns(self, model: type[Any], f: dict[str, Any] | Any) -> dict[str, Any]:
        return {c.key: from_json(c, f.get(c.key)) for c in plain_columns(model) if c.key in f}

    def matter(self, record: Record) -> None:
        f = record.fields
        matter = self._existing(Matter, record.uuid)
        if matter is None:
            matter = Matter(
                uuid=record.uuid, office_id=self.ids["offices"][str(f["office"])], **self._columns(Matter, f)
            )
            self.session.add(matter)
            self._seen(matter)
            self.session.flush()
            self.applied.note(record, Outcome.IMPORTED)
        else:
            self.applied.note(record, Outcome.DUPLICATE)
        self.ids["matters"][str(record.uuid)] = matter.id
        if matter.root_case_id is None and f.get("root_case"):
            self.roots[matter.id] = str(f["root_case"])

    def case(self, record: Record) -> None:
        f = record.fields
        case = self._existing(Case, record.uuid)
        if case is not None:
            self.ids["cases"][str(record.uuid)] = case.id
            if self._same(record, case, Case):
                self.applied.note(record, Outcome.DUPLICATE)
            else:
                self._conflict(record, f"信访件 {f.get('number')}")
            return
        matter_id = self._ref("matters", f.get("matter"))
        if matter_id is None:
            self.applied.note(record, Outcome.REFUSED)
            return
        case = Case(
            uuid=record.uuid,
            office_id=self.ids["offices"][str(f["office"])],
            matter_id=matter_id,
            purpose_id=self._ref("purposes", f.get("purpose")),
            category_id=self._ref("categories", f.get("category")),
            region_id=self._ref("regions", f.get("region")),
            accused_unit_id=self._ref("units", f.get("accused_unit")),
            state=CaseState.REGISTERED,  # derived again from its steps before the import ends
            **self._columns(Case, f),
        )
        self.session.add(case)
        self._seen(case)
        self.session.flush()
        for person_uuid, role, position in f.get("petitioners") or []:
            person_id = self._ref("petitioners", person_uuid)
            if person_id is not None:
                self.session.add(
                    CasePetitioner(case_id=case.id, petitioner_id=person_id, role=role, position=position)
                )
        self.ids["cases"][str(record.uuid)] = case.id
        self.applied.touched_cases.add(case.id)
        self.applied.note(record, Outcome.IMPORTED)

    def link_roots(self) -> None:
        for matter_id, root_uuid in self.roots.items():
            root = self._ref("cases", root_uuid)
            if root is not None:
                matter = self.session.get(Matter, matter_id)
                if matter is not None:
                    matter.root_case_id = root

    # --- steps ---------------------------------------------------------------------------------
    def step(self, record: Record, *, held: bool = False) -> None:
        f = record.fields
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
        office_id = self._office_id(f.get("office"))
        step = Step(uuid=record.uuid, case_id=case_id, office_id=office_id, **self._columns(Step, f))
        step.details = self._details_in(f.get("details") or {})
        self.session.add(step)
        self._seen(step)
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
        held = self.session.scalars(select(ExchangeHeld).where(ExchangeHeld.state == PENDING)).all()
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

    def refresh(self, today: date) -> None:
        """Derive every touched case again from its (merged) timeline, roots before their repeats."""
        rules, tiers = clock_rules(self.session), triage_rules(self.session)
        self.session.flush()
        cases = self.session.scalars(select(Case).where(Case.id.in_(self.applied.touched_cases))).all()
        for case in sorted(cases, key=lambda c: (c.is_repeat, c.id)):
            refresh_case(self.session, case, rules=rules, triage_rules=tiers, cal=self.cal, today=today)


def apply_records(
    applier: Applier, records: dict[RecordKind, list[Record]], today: date, cancelled: Callable[[], bool]
) -> Applied:
    """Apply every record in dependency order; `cancelled` is asked between kinds (raise to roll back)."""

    def check() -> None:
        if cancelled():
            raise ImportCancelled("已取消导入，数据库未作任何改动。")

    for record in records.get(RecordKind.DIRECTORY, []):
        applier.directory(record)
    check()
    applier.prefetch(Petitioner, [r.uuid for r in records.get(RecordKind.PETITIONERS, [])])
    for record in records.get(RecordKind.PETITIONERS, []):
        applier.petitioner(record)
    check()
    applier.prefetch(Matter, [r.uuid for r in records.get(RecordKind.MATTERS, [])])
    for record in records.get(RecordKind.MATTERS, []):
        applier.matter(record)
    check()
    applier.prefetch(Case, [r.uuid for r in records.get(RecordKind.CASES, [])])
    for record in records.get(RecordKind.CASES, []):
        applier.case(record)
    applier.link_roots()
    applier.session.flush()
    applier.release_pending()
    check()
    applier.prefetch(Step, [r.uuid for r in records.get(RecordKind.STEPS, [])])
    for record in records.get(RecordKind.STEPS, []):
        applier.step(record)
    for kind in (RecordKind.ATTACHMENTS, RecordKind.OUTREACH, RecordKind.STUDY, RecordKind.RECEPTION):
        for record in records.get(kind, []):
            applier.hold(record, QUARANTINE, None, "本版本尚不导入此类记录")
            applier.applied.note(record, Outcome.REFUSED)
    check()
    applier.refresh(today)
    return applier.applied
