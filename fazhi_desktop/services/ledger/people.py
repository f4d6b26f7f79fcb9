"""One person, many rows: which petitioner a ledger row's 信访人 is.

A row is linked to a petitioner already known (in the database, or made by an earlier row of the same
file) by the first rule that finds one:
1. `id_number`: the same valid ID number;
2. `name_phone`: the same name and phone (phones are normalised when read: 0731-1234567, +86 138…);
3. `name_address`: the same name and address, in the same township (问题属地).
A row with a valid ID number is never linked by rules 2 and 3 to a petitioner who has another one.
Linked, never merged: each row stays its own case, and a petitioner's recorded details are not
changed by a later row. The import report counts the rows each rule linked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from fazhi_desktop.excel.ledger_rows import LedgerCase
from fazhi_desktop.excel.ledger_words import fold
from fazhi_desktop.store.models import Case, CasePetitioner, Petitioner

#: The rules, in the order they are tried (their names are the report's keys).
RULES = ("id_number", "name_phone", "name_address")
Place = tuple[str, str, int | str]


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _place(name: str, address: str | None, region: int | str | None) -> Place | None:
    """The key of rule 3; the township is its directory id, or its text while it is not in the
    directory (a dry run that has not added it yet)."""
    if not (name and address and region not in (None, "")):
        return None
    assert region is not None
    return (fold(name), fold(address), fold(region) if isinstance(region, str) else region)


def region_of(case: LedgerCase) -> int | str | None:
    return case.region_id if case.region_id is not None else case.region_text


@dataclass
class People:
    """The petitioners a row may be linked to, by each rule's key; and how many rows each linked."""

    by_id: dict[str, int] = field(default_factory=dict)
    by_phone: dict[tuple[str, str], int] = field(default_factory=dict)
    by_place: dict[Place, int] = field(default_factory=dict)
    #: Petitioner → their ID number (None: none recorded).
    ids: dict[int, str | None] = field(default_factory=dict)
    linked: Counter[str] = field(default_factory=Counter)

    def find(self, case: LedgerCase) -> int | None:
        """The petitioner this row is linked to, counted under its rule; None for a new person."""
        return self.match(case.name, case.id_number, case.phone, case.address, region_of(case))

    def match(
        self,
        name: str,
        id_number: str | None,
        phone: str | None = None,
        address: str | None = None,
        region_id: int | str | None = None,
    ) -> int | None:
        """The petitioner these details are linked to, counted under its rule; None for a new one."""
        if id_number and id_number in self.by_id:
            self.linked["id_number"] += 1
            return self.by_id[id_number]
        found: int | None = None
        rule = ""
        if name and phone:
            found, rule = self.by_phone.get((fold(name), phone)), "name_phone"
        place = _place(name, address, region_id)
        if found is None and place is not None:
            found, rule = self.by_place.get(place), "name_address"
        if found is None:
            return None
        if id_number and self.ids.get(found) not in (None, id_number):
            return None  # two different valid ID numbers: two people of the same name
        self.linked[rule] += 1
        return found

    def learn(
        self,
        pid: int,
        name: str,
        id_number: str | None,
        phone: str | None = None,
        address: str | None = None,
        region_id: int | str | None = None,
    ) -> None:
        """A new petitioner made for a row: later rows may be linked to it."""
        self.ids[pid] = id_number
        if id_number:
            self.by_id.setdefault(id_number, pid)
        if name and phone:
            self.by_phone.setdefault((fold(name), phone), pid)
        place = _place(name, address, region_id)
        if place is not None:
            self.by_place.setdefault(place, pid)

    def report(self) -> dict[str, int]:
        return {rule: self.linked[rule] for rule in RULES}


def known_people(session: Session, cases: list[LedgerCase]) -> People:
    """The petitioners already in the database that the rows' keys may find."""
    people = People()
    numbers = {c.id_number for c in cases if c.id_number}
    numbers |= {number for c in cases for _, number in c.co_petitioners if number}
    for chunk in _chunks(sorted(numbers)):
        by_number = select(Petitioner.id_number, Petitioner.id).where(Petitioner.id_number.in_(chunk))
        for number, pid in session.execute(by_number):
            if number:
                people.by_id[number] = pid
                people.ids[pid] = number
    for chunk in _chunks(sorted({c.phone for c in cases if c.phone and c.name})):
        by_phone = select(Petitioner.name, Petitioner.phone, Petitioner.id, Petitioner.id_number).where(
            Petitioner.phone.in_(chunk)
        )
        for name, phone, pid, number in session.execute(by_phone.order_by(Petitioner.id)):
            people.by_phone.setdefault((fold(name), phone or ""), pid)
            people.ids[pid] = number
    names = sorted({c.name for c in cases if c.name and c.address and c.region_id is not None})
    for chunk in _chunks(names):
        by_place = (
            select(Petitioner.name, Petitioner.address, Case.region_id, Petitioner.id, Petitioner.id_number)
            .join(CasePetitioner, CasePetitioner.petitioner_id == Petitioner.id)
            .join(Case, and_(Case.id == CasePetitioner.case_id, Case.region_id.is_not(None)))
            .where(Petitioner.name.in_(chunk), Petitioner.address.is_not(None))
            .order_by(Petitioner.id)
        )
        for name, address, region_id, pid, number in session.execute(by_place):
            place = _place(name, address, region_id)
            if place is not None:
                people.by_place.setdefault(place, pid)
                people.ids[pid] = number
    return people


def dry_links(people: People, cases: list[LedgerCase]) -> dict[str, int]:
    """The rows each rule would link, as an import of `cases` would (a dry run writes nothing:
    new people get stand-in ids below zero)."""
    new = 0
    for case in sorted(cases, key=lambda c: (c.registered_on, c.row)):
        if (case.name or case.id_number) and people.find(case) is None:
            new -= 1
            people.learn(new, case.name, case.id_number, case.phone, case.address, region_of(case))
        for name, number in case.co_petitioners:
            if people.match(name, number) is None:
                new -= 1
                people.learn(new, name, number)
    return people.report()
