"""Writing the cases of a ledger import in bulk: petitioners found or created, one matter per case,
the case rows with their derived columns, the petitioner links and the steps, all as Core
executemany with keys assigned up front (store/bulk.py) inside the import's one transaction.

A ledger row becomes 登记 on its date, 受理 on its 受理日期, 转送 (交办 once accepted) to its 责任单位,
办结 on its 办结日期 with the 办理结果, and 评价 with its 满意度. The case's state, deadlines, tier and
indicator facts are then derived from those steps exactly as the indicator backfill does
(store/indicator_backfill.py: the procedure walked without checks, since a ledger records what
happened rather than asks to do it); cases alike in everything the rules read share one derivation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, Index, bindparam, select, update
from sqlalchemy.orm import Session

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import StepFact, derive
from fazhi_desktop.domain.triage import TriageRules, triage
from fazhi_desktop.domain.vocab import VISIT_CHANNELS, CaseState, PetitionerRole, StepKind
from fazhi_desktop.excel.ledger_rows import LedgerCase
from fazhi_desktop.services.case_state import CaseRow, derived_columns, indicator_columns, triage_facts
from fazhi_desktop.store.bulk import CHUNK, insert_rows, next_id, sync_sequences
from fazhi_desktop.store.models import Base, Petitioner
from fazhi_desktop.store.numbering import format_case_number, reserve_seqs

K = StepKind
_TABLES = Base.metadata.tables
Tick = Callable[[str, int, int], None]


@dataclass
class Setting:
    """What the derivation of every case needs, read once per import."""

    office_id: int
    office_code: str
    user: str
    file: str
    today: date
    now: datetime
    rules: ClockRules
    triage_rules: TriageRules
    cal: HolidayCalendar
    collective_threshold: int


def _chunks(values: list[Any], size: int = 500) -> list[list[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _known_people(
    session: Session, cases: list[LedgerCase]
) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Petitioners already in the database: by ID number, and by name and phone."""
    by_id: dict[str, int] = {}
    for chunk in _chunks(sorted({c.id_number for c in cases if c.id_number})):
        query = select(Petitioner.id_number, Petitioner.id).where(Petitioner.id_number.in_(chunk))
        by_id.update({number: pid for number, pid in session.execute(query) if number})
    by_phone: dict[tuple[str, str], int] = {}
    for chunk in _chunks(sorted({c.phone for c in cases if c.phone and not c.id_number and c.name})):
        for name, phone, pid in session.execute(
            select(Petitioner.name, Petitioner.phone, Petitioner.id).where(Petitioner.phone.in_(chunk))
        ):
            by_phone.setdefault((name, phone or ""), pid)
    return by_id, by_phone


class Builder:
    """The rows of one import, built before anything is written."""

    def __init__(self, conn: Connection, setting: Setting) -> None:
        self.s = setting
        self.ids = {
            name: next_id(conn, _TABLES[name]) for name in ("cases", "matters", "petitioners", "steps")
        }
        self.people: list[dict[str, Any]] = []
        self.matters: list[dict[str, Any]] = []
        self.cases: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self._derived: dict[tuple[Any, ...], dict[str, Any]] = {}

    def take(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def petitioner(
        self, case: LedgerCase, by_id: dict[str, int], by_phone: dict[tuple[str, str], int]
    ) -> int | None:
        """The petitioner of a row: the same person by ID number (else name and phone), or a new one."""
        if not (case.name or case.id_number):
            return None
        if case.id_number and case.id_number in by_id:
            return by_id[case.id_number]
        key = (case.name, case.phone or "")
        if not case.id_number and case.phone and key in by_phone:
            return by_phone[key]
        pid = self.take("petitioners")
        self.people.append(
            {
                "id": pid,
                "uuid": uuid7(),
                "id_number": case.id_number,
                "name": case.name or "（未留姓名）",
                "sex": case.sex,
                "birth_date": case.birth_date,
                "phone": case.phone,
                "address": case.address,
                "created_at": self.s.now,
            }
        )
        if case.id_number:
            by_id[case.id_number] = pid
        elif case.phone:
            by_phone[key] = pid
        return pid

    def add(self, case: LedgerCase, number: str, seq: int | None, petitioner_id: int | None) -> None:
        s = self.s
        case_id, matter_id = self.take("cases"), self.take("matters")
        self.matters.append(
            {"id": matter_id, "uuid": uuid7(), "office_id": s.office_id, "opened_on": case.registered_on}
        )
        if petitioner_id is not None:
            self.links.append(
                {
                    "case_id": case_id,
                    "petitioner_id": petitioner_id,
                    "role": PetitionerRole.PRINCIPAL.value,
                    "position": 0,
                }
            )
        steps = self._steps(case, case_id)
        collective = case.channel in VISIT_CHANNELS and case.head_count >= s.collective_threshold
        registered_at = datetime.combine(case.registered_on, time(9, 0))
        row: dict[str, Any] = {
            "id": case_id,
            "uuid": uuid7(),
            "office_id": s.office_id,
            "number": number,
            "year": case.registered_on.year,
            "seq": seq,
            "matter_id": matter_id,
            "is_repeat": False,
            "channel": case.channel.value,
            "source": case.source.value,
            "upper_number": case.upper_number,
            "upper_deadline": None,
            "online_number": case.number
            if case.number and case.number != number and not case.upper_number
            else None,
            "registered_on": case.registered_on,
            "registered_at": registered_at,
            "nature": case.nature.value if case.nature else None,
            "purpose_id": case.purpose_id,
            "category_id": case.category_id,
            "region_id": case.region_id,
            "head_count": case.head_count,
            "is_collective": collective,
            "summary": case.summary,
            "principal_name": case.name or None,
            "content": case.content,
            "anonymous": not case.name and petitioner_id is None,
            "import_fingerprint": None if case.number else case.fingerprint,
            "created_by": s.user,
            "created_at": s.now,
        }
        row.update(self._derive(row, steps))
        self.cases.append(row)

    def _steps(self, case: LedgerCase, case_id: int) -> list[tuple[StepKind, date, dict[str, Any]]]:
        made: list[tuple[StepKind, date, dict[str, Any]]] = [
            (K.REGISTER, case.registered_on, {"channel": case.channel.value, "ledger": self.s.file})
        ]
        if case.accepted_on:
            made.append((K.ACCEPT, case.accepted_on, {}))
        if case.unit_id is not None:
            kind = K.ASSIGN if case.accepted_on else K.FORWARD
            made.append(
                (
                    kind,
                    case.accepted_on or case.registered_on,
                    {"unit_id": case.unit_id, "unit": case.unit_name},
                )
            )
        if case.closed_on:
            made.append((K.COMPLETE, case.closed_on, {"summary": case.result or "台账记载已办结"}))
        if case.satisfaction is not None:
            rating = case.satisfaction.value
            made.append(
                (K.EVALUATE, case.closed_on or case.registered_on, {"unit": rating, "bureau": rating})
            )
        for order, (kind, day, details) in enumerate(made):
            self.steps.append(
                {
                    "id": self.take("steps"),
                    "uuid": uuid7(),
                    "case_id": case_id,
                    "kind": kind.value,
                    "occurred_on": day,
                    # Steps of one day keep the ledger's order (the walk orders them by this).
                    "recorded_at": datetime.combine(day, time(17, 0, order)),
                    "actor": self.s.user,
                    "office_id": self.s.office_id,
                    "details": details,
                    "note": None,
                }
            )
        return made

    def _derive(
        self, row: dict[str, Any], made: list[tuple[StepKind, date, dict[str, Any]]]
    ) -> dict[str, Any]:
        """The derived and indicator columns, shared by cases alike in everything the rules read."""
        key = (
            row["registered_on"],
            row["nature"],
            row["source"],
            row["channel"],
            row["head_count"] if row["is_collective"] else 0,
            tuple((kind, day, details.get("unit_id"), details.get("unit")) for kind, day, details in made),
        )
        found = self._derived.get(key)
        if found is None:
            s = self.s
            case_row = CaseRow(
                id=row["id"],
                registered_on=row["registered_on"],
                received_on=None,
                nature=row["nature"],
                source=row["source"],
                channel=row["channel"],
                upper_deadline=None,
                cross_level=False,
                urgent=False,
                threat=False,
                is_collective=row["is_collective"],
                head_count=row["head_count"],
                three_cross=False,
                is_repeat=False,
            )
            steps = [
                StepFact(kind, day, details, datetime.combine(day, time(17, 0, n)), f"{n}")
                for n, (kind, day, details) in enumerate(made)
            ]
            derived = derive(case_row.facts(), steps, s.rules, s.cal, s.today, check=False)
            tier = triage(triage_facts(case_row, derived), s.triage_rules, s.today)
            found = {
                **derived_columns(derived, tier),
                **indicator_columns(case_row, steps, derived, s.rules, s.cal),
            }
            if derived.state is CaseState.VOID:  # pragma: no cover - a ledger row is never voided
                found["needs_attention"] = True
            self._derived[key] = found
        return found

    def write(self, conn: Connection, tick: Tick, *, rebuild_indexes: bool = False) -> None:
        """Insert everything; `tick(what, done, total)` after each chunk (it may raise to cancel).
        With `rebuild_indexes`, the secondary indexes of cases and steps are dropped first and built
        again at the end, in the same transaction: far cheaper than keeping twenty indexes up row by
        row when the import is large beside what is there already."""
        dropped = _drop_indexes(conn) if rebuild_indexes else []
        plan = [
            ("petitioners", self.people),
            ("matters", self.matters),
            ("cases", self.cases),
            ("case_petitioners", self.links),
            ("steps", self.steps),
        ]
        for name, rows in plan:
            _fill_defaults(name, rows)
            tick(name, 0, len(rows))
            insert_rows(conn, _TABLES[name], rows, _ticker(tick, name, len(rows)))
            if name == "cases":
                self._roots(conn, tick)
        for index in dropped:
            tick("indexes", 0, len(dropped))
            index.create(conn)
        sync_sequences(conn, [_TABLES[n] for n in ("petitioners", "matters", "cases", "steps")])

    def _roots(self, conn: Connection, tick: Tick) -> None:
        """The cycle matters → cases: each matter's root is set once both rows exist."""
        matters = _TABLES["matters"]
        statement = (
            update(matters).where(matters.c.id == bindparam("m_id")).values(root_case_id=bindparam("m_root"))
        )
        pairs = [{"m_id": c["matter_id"], "m_root": c["id"]} for c in self.cases]
        for start in range(0, len(pairs), CHUNK):
            conn.execute(statement, pairs[start : start + CHUNK])
            tick("matters", start + CHUNK, len(pairs))


def _ticker(tick: Tick, name: str, total: int) -> Callable[[int], None]:
    return lambda done: tick(name, done, total)


def _drop_indexes(conn: Connection) -> list[Index]:
    """Drop the non-unique indexes of cases and steps (returned, to be created again)."""
    dropped = [
        index
        for name in ("cases", "steps")
        for index in sorted(_TABLES[name].indexes, key=lambda i: str(i.name))
        if not index.unique
    ]
    for index in dropped:
        index.drop(conn)
    return dropped


def _fill_defaults(name: str, rows: list[dict[str, Any]]) -> None:
    """Every row of an executemany has the same keys: the columns left out get their defaults."""
    if name != "cases" or not rows:
        return
    defaults = {
        "received_on": None,
        "postmarked_on": None,
        "envelope_address": None,
        "accused": None,
        "accused_unit_id": None,
        "cross_level": False,
        "urgent": False,
        "threat": False,
        "three_cross": False,
        "consent_public": False,
        "not_public": False,
    }
    for row in rows:
        for key, value in defaults.items():
            row.setdefault(key, value)


def reserve_numbers(session: Session, setting: Setting, years: dict[int, int]) -> dict[int, int]:
    """The first of a run of new case numbers per year, taken at once for all the rows that need one."""
    return {
        year: reserve_seqs(session, setting.office_id, year, count) for year, count in sorted(years.items())
    }


def number_of(setting: Setting, year: int, seq: int) -> str:
    return format_case_number(setting.office_code, year, seq)
