"""Writing the cases of a ledger import in bulk: petitioners found or created, one matter per case
(a repeat row joins its first case's matter), the case rows with their derived columns, the
petitioner links and the steps, all as Core executemany with keys assigned up front (store/bulk.py)
inside the import's one transaction.

The steps of a row are services/ledger/steps.py's (docs/INDICATORS.md, "What an imported ledger row
becomes"); the derived columns services/ledger/deriving.py's; the petitioner of a row
services/ledger/people.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, Index, bindparam, or_, select, update
from sqlalchemy.orm import Session

from fazhi_desktop.domain.idnumber import parse_id_number
from fazhi_desktop.domain.vocab import VISIT_CHANNELS, PetitionerRole, StepKind
from fazhi_desktop.excel.ledger_rows import LedgerCase
from fazhi_desktop.services.ledger.deriving import Deriving, ImportSetup
from fazhi_desktop.services.ledger.people import People, region_of
from fazhi_desktop.services.ledger.steps import ledger_steps
from fazhi_desktop.store.bulk import CHUNK, Keys, insert_rows, new_uuids, sync_sequences
from fazhi_desktop.store.models import Base, Case
from fazhi_desktop.store.numbering import format_case_number, reserve_seqs

K = StepKind
_TABLES = Base.metadata.tables
Tick = Callable[[str, int, int], None]
#: UUIDs are made this many at a time.
UUID_BATCH = 10_000


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


class Builder(Deriving):
    """The rows of one import, built before anything is written."""

    def __init__(self, conn: Connection, setting: ImportSetup) -> None:
        super().__init__(setting)
        # Keys from the sequences on PostgreSQL: clerks on other PCs may register cases meanwhile.
        self.ids = {name: Keys(conn, _TABLES[name]) for name in ("cases", "matters", "petitioners", "steps")}
        self.people: list[dict[str, Any]] = []
        self.matters: list[dict[str, Any]] = []
        self.cases: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self._conn = conn
        self._uuids: Iterator[Any] = iter(())
        self._shared: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
        self._times: dict[tuple[date, int], datetime] = {}
        self._dropped: list[Index] = []

    def uuid(self) -> Any:
        """A new UUID in the form the driver stores (made in batches: store/bulk.py, new_uuids)."""
        try:
            return next(self._uuids)
        except StopIteration:
            self._uuids = iter(new_uuids(self._conn, _TABLES["steps"], UUID_BATCH))
            return next(self._uuids)

    def take(self, table: str) -> int:
        return self.ids[table].take()

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

    def begin(self, conn: Connection, *, rebuild_indexes: bool = False) -> None:
        """Before the first `flush`: with `rebuild_indexes`, the secondary indexes of cases and steps
        are dropped, to be built again by `finish` in the same transaction: far cheaper than keeping
        twenty indexes up row by row when the import is large beside what is there already."""
        self._dropped = _drop_indexes(conn) if rebuild_indexes else []

    def flush(self, conn: Connection, tick: Tick) -> None:
        """Insert the rows built since the last flush, then let them go: an import builds and writes
        its cases a batch at a time, so its memory holds one batch's rows, not the whole file's
        (100,000 cases with their steps were some 800 MB of dicts). `tick(what, done, total)` after
        each chunk (it may raise to cancel)."""
        # Every row is written after the rows it names, so that no foreign key is ever waiting: while
        # one is (SQLite's deferred count above zero), each new case would make SQLite look for rows
        # naming it in every table that refers to cases, through all of steps once its index is
        # dropped. The cycle matters → cases is closed by setting each matter's root once its first
        # case is written. Rows of an earlier batch are written already.
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
        for _name, rows in plan:
            rows.clear()

    def finish(self, conn: Connection, tick: Tick) -> None:
        """The last batch written, the dropped indexes built again and the sequences moved on."""
        self.flush(conn, tick)
        for index in self._dropped:
            tick("indexes", 0, len(self._dropped))
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


def reserve_numbers(session: Session, setting: ImportSetup, years: dict[int, int]) -> dict[int, int]:
    """The first of a run of new case numbers per year, taken at once for all the rows that need one."""
    return {
        year: reserve_seqs(session, setting.office_id, year, count) for year, count in sorted(years.items())
    }


def number_of(setting: ImportSetup, year: int, seq: int) -> str:
    return format_case_number(setting.office_code, year, seq)
