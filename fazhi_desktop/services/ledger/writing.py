"""Writing the cases of a ledger import in bulk: petitioners found or created, one matter per case,
the case rows with their derived columns, the petitioner links and the steps, all as Core
executemany with keys assigned up front (store/bulk.py) inside the import's one transaction.

A ledger row becomes 登记 on its date, 受理 on its 受理日期, 转送 (交办 once accepted) to its 责任单位,
办结 on its 办结日期 with the 办理结果, and 评价 with its 满意度. The case's state, deadlines, tier and
indicator facts are then derived from those steps exactly as the indicator backfill does
(store/indicator_backfill.py: the procedure walked without checks, since a ledger records what
happened rather than asks to do it). Cases alike in everything the rules read, whose steps fall in
the same order, share one walk: its answer is redated to each case's days, and what the calendar and
today decide for the case (periods, deadlines, the tier) is counted for it (`_Kind`;
tests/services/test_ledger_derive.py holds the result to the per-case derivation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, Index, bindparam, or_, select, update
from sqlalchemy.orm import Session

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.idnumber import parse_id_number
from fazhi_desktop.domain.indicator_facts import CALENDAR_COLUMNS, handling_due, route_due
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, Derived, StepFact, derived_of, walk_of
from fazhi_desktop.domain.procedure_walk import WINDOW_KINDS, Walk
from fazhi_desktop.domain.triage import TierResult, TriageFacts, TriageRules, triage
from fazhi_desktop.domain.vocab import VISIT_CHANNELS, CaseState, PetitionerRole, StepKind
from fazhi_desktop.excel.ledger_rows import LedgerCase
from fazhi_desktop.services.clock.case_state import CaseRow, derived_columns, indicator_columns, triage_facts
from fazhi_desktop.services.ledger.people import People, region_of
from fazhi_desktop.services.ledger.steps import ledger_steps
from fazhi_desktop.store.bulk import CHUNK, insert_rows, new_uuids, next_id, sync_sequences
from fazhi_desktop.store.models import Base, Case
from fazhi_desktop.store.numbering import format_case_number, reserve_seqs

K = StepKind
_TABLES = Base.metadata.tables
Tick = Callable[[str, int, int], None]
#: UUIDs are made this many at a time.
UUID_BATCH = 10_000


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


class _Same(dict[date, date]):
    """Every day as itself (to copy a walk)."""

    def __missing__(self, day: date) -> date:
        return day


_SAME = _Same()
#: Columns counted on the calendar or against today: never taken from one case for another.
_COUNTED = CALENDAR_COLUMNS | {"due_date", "window_end", "review_on"}
#: Details that do not change what the rules derive (the unit is set per case; names are words).
_NOT_TOLD = frozenset({"unit_id", "unit", "ledger", "channel", "summary"})


@dataclass(slots=True)
class _Kind:
    """Cases alike in everything the rules read but the days of their steps, which come in the same
    order: the columns of the first, whose dates of steps are replaced by another case's. The
    procedure's walk through steps that count no window only orders and records their dates
    (domain/procedure_walk.py, WINDOW_KINDS), so the rest is the same; what the calendar and today
    decide (the periods, the deadlines and the tier by them) is counted again for each case."""

    #: The days of its steps, in order.
    days: list[date]
    derived_facts: CaseFacts
    columns: dict[str, Any]
    #: The date columns that are days of steps.
    moves: tuple[str, ...]
    #: The walk before today, to be redated to another case's days (None: it cannot be).
    walk: Walk | None
    case_row: CaseRow
    derived: Derived
    #: Whether deadlines are pending: their due dates and the tier are counted per case.
    timed: bool


def known_matters(session: Session, office_id: int, numbers: list[str]) -> dict[str, int]:
    """The matters of this office's cases known by these numbers (their own, a higher level's or
    an online number): what a repeat row's 原信访件编号 names."""
    found: dict[str, int] = {}
    for start in range(0, len(numbers), 300):
        chunk = numbers[start : start + 300]
        query = select(Case.number, Case.upper_number, Case.online_number, Case.matter_id).where(
            Case.office_id == office_id,
            or_(Case.number.in_(chunk), Case.upper_number.in_(chunk), Case.online_number.in_(chunk)),
        )
        for *keys, matter_id in session.execute(query):
            for key in keys:
                if key in chunk:
                    found.setdefault(key, matter_id)
    return found


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
        self._conn = conn
        self._uuids: Iterator[Any] = iter(())
        self._shared: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
        self._times: dict[tuple[date, int], datetime] = {}
        self._kinds: dict[tuple[Any, ...], _Kind] = {}
        self._tiers: dict[TriageFacts, TierResult] = {}
        self._route_dues: dict[date, date] = {}
        self._handling_dues: dict[tuple[Any, ...], date | None] = {}

    def uuid(self) -> Any:
        """A new UUID in the form the driver stores (made in batches: store/bulk.py, new_uuids)."""
        try:
            return next(self._uuids)
        except StopIteration:
            self._uuids = iter(new_uuids(self._conn, _TABLES["steps"], UUID_BATCH))
            return next(self._uuids)

    def take(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def petitioner(self, case: LedgerCase, people: People) -> int | None:
        """The petitioner of a row: one already known by the rules of services/ledger/people.py,
        or a new one."""
        if not (case.name or case.id_number):
            return None
        found = people.find(case)
        if found is not None:
            return found
        pid = self._person(case.name, case.id_number, case.sex, case.birth_date, case.phone, case.address)
        people.learn(pid, case.name, case.id_number, case.phone, case.address, region_of(case))
        return pid

    def co_petitioners(self, case: LedgerCase, people: People) -> list[int]:
        """The co-petitioners of a row (共同信访人): by ID number when it has one, else new people."""
        out: list[int] = []
        for name, number in case.co_petitioners:
            pid = people.match(name, number)
            if pid is None:
                born = parse_id_number(number) if number else None
                pid = self._person(
                    name, number, born.sex.value if born else None, born.birth_date if born else None
                )
                people.learn(pid, name, number)
            if pid not in out:
                out.append(pid)
        return out

    def _person(
        self,
        name: str,
        id_number: str | None,
        sex: str | None,
        birth_date: date | None,
        phone: str | None = None,
        address: str | None = None,
    ) -> int:
        pid = self.take("petitioners")
        self.people.append(
            {
                "id": pid,
                "uuid": self.uuid(),
                "id_number": id_number,
                "name": name or "（未留姓名）",
                "sex": sex,
                "birth_date": birth_date,
                "phone": phone,
                "address": address,
                "created_at": self.s.now,
            }
        )
        return pid

    def add(
        self,
        case: LedgerCase,
        number: str,
        seq: int | None,
        petitioner_id: int | None,
        repeat_of: int | None = None,
        others: tuple[int, ...] = (),
    ) -> int:
        """Build the rows of one case (a repeat registration of the matter `repeat_of`, if given);
        the id of the matter it belongs to."""
        s = self.s
        case_id = self.take("cases")
        matter_id = repeat_of if repeat_of is not None else self.take("matters")
        if repeat_of is None:
            self.matters.append(
                {
                    "id": matter_id,
                    "uuid": self.uuid(),
                    "office_id": s.office_id,
                    "opened_on": case.registered_on,
                }
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
        for position, other in enumerate((o for o in others if o != petitioner_id), 1):
            self.links.append(
                {
                    "case_id": case_id,
                    "petitioner_id": other,
                    "role": PetitionerRole.CO_PETITIONER.value,
                    "position": position,
                }
            )
        steps = self._steps(case, case_id)
        collective = case.channel in VISIT_CHANNELS and case.head_count >= s.collective_threshold
        registered_at = datetime.combine(case.registered_on, time(9, 0))
        row: dict[str, Any] = {
            "id": case_id,
            "uuid": self.uuid(),
            "office_id": s.office_id,
            "number": number,
            "year": case.registered_on.year,
            "seq": seq,
            "matter_id": matter_id,
            "is_repeat": repeat_of is not None,
            "channel": case.channel.value,
            "source": case.source.value,
            "upper_number": case.upper_number,
            "upper_deadline": None,
            "online_number": case.number
            if case.number and case.number != number and not case.upper_number
            else None,
            "registered_on": case.registered_on,
            "registered_at": registered_at,
            "received_on": case.handling.received_on,
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
        return matter_id

    def _details(self, *items: tuple[str, Any]) -> dict[str, Any]:
        """One dict per distinct details (read only): bulk inserts convert each object once."""
        found = self._shared.get(items)
        if found is None:
            found = self._shared[items] = dict(items)
        return found

    def _shared_details(self, details: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._details(*((k, tuple(v) if isinstance(v, list) else v) for k, v in details.items()))
        except TypeError:  # pragma: no cover - every detail a ledger gives is hashable
            return details

    def _recorded_at(self, day: date, order: int) -> datetime:
        # Steps of one day keep the ledger's order (the walk orders them by this).
        found = self._times.get((day, order))
        if found is None:
            found = self._times[(day, order)] = datetime.combine(day, time(17, 0, order))
        return found

    def _steps(self, case: LedgerCase, case_id: int) -> list[tuple[StepKind, date, dict[str, Any]]]:
        details = self._details
        register = details(("channel", case.channel.value), ("ledger", self.s.file))
        made = [(kind, day, self._shared_details(d)) for kind, day, d in ledger_steps(case, register)]
        s, steps = self.s, self.steps
        for order, (kind, day, step_details) in enumerate(made):
            steps.append(
                {
                    "id": self.take("steps"),
                    "uuid": self.uuid(),
                    "case_id": case_id,
                    "kind": kind.value,
                    "occurred_on": day,
                    "recorded_at": self._recorded_at(day, order),
                    "actor": s.user,
                    "office_id": s.office_id,
                    "details": step_details,
                    "note": None,
                }
            )
        return made

    def _derive(
        self, row: dict[str, Any], made: list[tuple[StepKind, date, dict[str, Any]]]
    ) -> dict[str, Any]:
        """The derived and indicator columns: worked out once per kind of case (_Kind) and redated
        to each case's own days, with what the calendar and today decide counted for the case."""
        days = sorted({day for _, day, _ in made})
        rank = {day: n for n, day in enumerate(days)}
        unit_id: int | None = None
        shape = []
        for kind, day, details in made:
            if kind is K.ASSIGN or kind is K.FORWARD:
                unit_id = details.get("unit_id")
            rating = details.get("unit") if kind is K.EVALUATE else None
            told = tuple(sorted((k, v) for k, v in details.items() if k not in _NOT_TOLD))
            shape.append((kind, rank[day], details.get("unit_id") is not None, rating, told))
        key = (
            row["nature"],
            row["source"],
            row["channel"],
            row["head_count"] if row["is_collective"] else 0,
            row["received_on"],
            row["is_repeat"],
            tuple(shape),
        )
        found = self._kinds.get(key)
        if found is None:
            found = self._kinds[key] = self._kind(row, made, days)
        if found.walk is None:
            # A 送达 opens a request window counted on the calendar: such a case is derived alone.
            return self._derived_of(row, made)[0]
        columns = dict(found.columns)
        dates = dict(zip(found.days, days, strict=True))
        if found.days != days:
            for name in found.moves:
                columns[name] = dates[columns[name]]
        s = self.s
        if found.timed:
            # Pending deadlines: the due date, and the tier by it, are counted for this case (on a
            # copy of the walk: `derived_of` moves it on to today).
            derived = derived_of(found.walk.redated(dates), (), s.today)
            columns.update(derived_columns(derived, self._tier(triage_facts(found.case_row, derived))))
        if columns["handling_unit_id"] is not None:
            columns["handling_unit_id"] = unit_id  # its only 转送/交办 names the unit
        # The indicators' periods, counted on the calendar from this case's days.
        registered_on = row["registered_on"]
        if columns["route_due"] is not None:  # None: the ledger does not say when it was decided
            received = row["received_on"] or registered_on
            route = self._route_dues.get(received)
            if route is None:
                facts = replace(found.derived_facts, registered_on=registered_on, received_on=received)
                route = self._route_dues[received] = route_due(facts, s.rules, s.cal)
            columns["route_due"] = route
        if columns["handling_due"] is not None:
            accepted_on = found.derived.accepted_on
            assert accepted_on is not None  # a handling period runs from acceptance
            columns["handling_due"] = self._handling_due(found, dates[accepted_on])
        return columns

    def _handling_due(self, found: _Kind, accepted_on: date) -> date | None:
        key = (accepted_on, found.derived.extension_days, found.derived_facts.nature)
        if key not in self._handling_dues:
            self._handling_dues[key] = handling_due(
                found.derived_facts, replace(found.derived, accepted_on=accepted_on), self.s.rules, self.s.cal
            )
        return self._handling_dues[key]

    def _derived_of(
        self, row: dict[str, Any], made: list[tuple[StepKind, date, dict[str, Any]]]
    ) -> tuple[dict[str, Any], CaseRow, Derived, Walk | None]:
        """The columns of one case worked out from its steps, as the indicator backfill does."""
        s = self.s
        case_row = CaseRow(
            id=row["id"],
            registered_on=row["registered_on"],
            received_on=row["received_on"],
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
            is_repeat=row["is_repeat"],
        )
        steps = [
            StepFact(kind, day, details, datetime.combine(day, time(17, 0, n)), f"{n}")
            for n, (kind, day, details) in enumerate(made)
        ]
        facts = case_row.facts()
        walk = walk_of(facts, steps, s.rules, s.cal)
        # Kept as it was before time ran on to today, to be redated to other cases' days.
        before = walk.redated(_SAME) if walk.window_end is None and walk.auto_closed_from is None else None
        derived = derived_of(walk, (), s.today)
        tier = self._tier(triage_facts(case_row, derived))
        columns = {
            **derived_columns(derived, tier),
            **indicator_columns(case_row, steps, derived, s.rules, s.cal),
        }
        if derived.state is CaseState.VOID:  # pragma: no cover - a ledger row is never voided
            columns["needs_attention"] = True
        return columns, case_row, derived, before

    def _kind(
        self, row: dict[str, Any], made: list[tuple[StepKind, date, dict[str, Any]]], days: list[date]
    ) -> _Kind:
        columns, case_row, derived, walk = self._derived_of(row, made)
        # A 收信日期 is a date of the facts, not of a step: such a walk is not redated either.
        movable = (
            walk is not None
            and row["received_on"] is None
            and not any(kind in WINDOW_KINDS for kind, _, _ in made)
        )
        # Deadlines, a window or a 研判 date are counted on the calendar or against today.
        timed = bool(derived.deadlines) or derived.window_end is not None or derived.assessment is not None
        return _Kind(
            days=days,
            derived_facts=case_row.facts(),
            columns=columns,
            moves=tuple(
                name for name, value in columns.items() if isinstance(value, date) and name not in _COUNTED
            ),
            walk=walk if movable else None,
            case_row=case_row,
            derived=derived,
            timed=timed,
        )

    def _tier(self, facts: TriageFacts) -> TierResult:
        found = self._tiers.get(facts)
        if found is None:
            found = self._tiers[facts] = triage(facts, self.s.triage_rules, self.s.today)
        return found

    def write(self, conn: Connection, tick: Tick, *, rebuild_indexes: bool = False) -> None:
        """Insert everything; `tick(what, done, total)` after each chunk (it may raise to cancel).
        With `rebuild_indexes`, the secondary indexes of cases and steps are dropped first and built
        again at the end, in the same transaction: far cheaper than keeping twenty indexes up row by
        row when the import is large beside what is there already."""
        dropped = _drop_indexes(conn) if rebuild_indexes else []
        # Every row is written after the rows it names, so that no foreign key is ever waiting: while
        # one is (SQLite's deferred count above zero), each new case would make SQLite look for rows
        # naming it in every table that refers to cases, through all of steps once its index is
        # dropped. The cycle matters → cases is closed by setting each matter's root at the end.
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
            ready = ("uuid",) if "uuid" in _TABLES[name].c else ()
            insert_rows(conn, _TABLES[name], rows, _ticker(tick, name, len(rows)), ready=ready)
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
        pairs = [{"m_id": c["matter_id"], "m_root": c["id"]} for c in self.cases if not c["is_repeat"]]
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
