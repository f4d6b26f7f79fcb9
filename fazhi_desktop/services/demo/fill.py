"""`fazhi demo`: fill a database with believable made-up records, fast enough for a million cases.

The county, its townships and units, people, grievances and wording come from `demo_corpus`; this
module decides the proportions (channels, sources, repeat petitioners, collective visits) and writes
everything with bulk inserts in one transaction, with one audit entry.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.idnumber import check_digit
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.progress import Progress, collector_paused
from fazhi_desktop.domain.vocab import (
    UPPER_SOURCES,
    CaseState,
    Channel,
    Nature,
    PetitionerRole,
    Source,
)
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import corpus
from fazhi_desktop.services.demo.history import Histories
from fazhi_desktop.services.office import offices, settings
from fazhi_desktop.services.office.directories import seed_defaults
from fazhi_desktop.store.bulk import insert_rows, next_id, sync_sequences
from fazhi_desktop.store.models import (
    Base,
    Case,
    CaseCounter,
    Category,
    Office,
    Petitioner,
    Purpose,
    Region,
    Unit,
)
from fazhi_desktop.store.numbering import format_case_number
from fazhi_desktop.store.writes import change

log = logging.getLogger(__name__)


CHANNELS = [
    (Channel.VISIT, 0.42),
    (Channel.ONLINE, 0.36),
    (Channel.LETTER, 0.15),
    (Channel.PHONE, 0.05),
    (Channel.LEADER_RECEPTION, 0.02),
]
SOURCES = [
    (Source.LOCAL, 0.78),
    (Source.UPPER_FORWARDED, 0.10),
    (Source.UPPER_ASSIGNED, 0.06),
    (Source.UPPER_SUPERVISED, 0.02),
    (Source.LEADER_INSTRUCTION, 0.02),
    (Source.HOTLINE_12345, 0.02),
]
NATURES = [(Nature.CLAIM, 0.80), (Nature.ACCUSATION, 0.12), (Nature.SUGGESTION, 0.08)]
PURPOSE_BY_NATURE = {
    Nature.CLAIM: ["seek", "appeal"],
    Nature.ACCUSATION: ["accuse"],
    Nature.SUGGESTION: ["suggest", "consult"],
}
#: A share of cases brought again by someone who petitioned before on the same matter.
REPEAT_SHARE = 0.14
YEARS = 4


@dataclass(frozen=True)
class DemoResult:
    cases: int
    petitioners: int
    matters: int
    steps: int
    first_date: date
    last_date: date
    #: Open cases by tier (red, yellow, green).
    tiers: dict[str, int] = field(default_factory=dict)
    #: What the write touched (store.writes.change).
    changes: Changes = NO_CHANGES


_CUMULATIVE: dict[int, tuple[list[Any], list[float]]] = {}


def _pick(rng: random.Random, weighted: list[tuple[Any, float]]) -> Any:
    """One value by weight (the cumulative weights of each table are worked out once)."""
    key = id(weighted)
    if key not in _CUMULATIVE:
        _CUMULATIVE[key] = ([v for v, _ in weighted], list(accumulate(w for _, w in weighted)))
    values, cumulative = _CUMULATIVE[key]
    return rng.choices(values, cum_weights=cumulative)[0]


class _Directories:
    """The ids the generator needs, creating the demo county's directories when they are missing."""

    def __init__(self, ctx: Context) -> None:
        with change(ctx.db, ctx.actor, "demo.directories") as current:
            session = current.session
            seed_defaults(session)
            if offices.get_local_office(ctx) is None and settings.read(session, "office_code") is None:
                office = Office(code=corpus.COUNTY_CODE, name=corpus.COUNTY_OFFICE_NAME, level="county")
                session.add(office)
                settings.write(session, "office_code", corpus.COUNTY_CODE)
                session.flush()
            self.office = offices.local_office(session)
            self.office_id, self.office_code = self.office.id, self.office.code
            # The higher levels' numbers given so far: each is one matter's (corpus.higher_number).
            self.upper_numbers: set[str] = set(
                session.scalars(select(Case.upper_number).where(Case.upper_number.is_not(None)))
            )
            self.townships: list[tuple[corpus.Township, int, list[int]]] = []
            for order, township in enumerate(corpus.TOWNSHIPS):
                region = session.scalar(
                    select(Region).where(Region.name == township.name, Region.kind == "township")
                )
                if region is None:
                    region = Region(name=township.name, code=township.code, kind="township", sort_order=order)
                    session.add(region)
                    session.flush()
                villages = []
                for name in township.villages:
                    village = session.scalar(
                        select(Region).where(Region.parent_id == region.id, Region.name == name)
                    )
                    if village is None:
                        village = Region(name=name, kind="village", parent_id=region.id)
                        session.add(village)
                        session.flush()
                    villages.append(village.id)
                self.townships.append((township, region.id, villages))
            for order, name in enumerate([*corpus.UNITS, *(f"{t.name}人民政府" for t in corpus.TOWNSHIPS)]):
                if session.scalar(select(Unit.id).where(Unit.name == name)) is None:
                    session.add(Unit(name=name, sort_order=order))
            session.flush()
            self.units: dict[int, str] = {
                unit_id: name
                for unit_id, name in session.execute(
                    select(Unit.id, Unit.name).where(Unit.retired.is_(False))
                )
            }
            categories = session.execute(select(Category.id, Category.code, Category.parent_id)).all()
            by_code = {code: cid for cid, code, _ in categories}
            self.categories: dict[str, list[int]] = {
                code: [cid for cid, _, parent in categories if parent == by_code.get(code)] or [by_code[code]]
                for code in corpus.CATEGORY_WEIGHTS
                if code in by_code
            }
            self.purposes = {code: pid for pid, code in session.execute(select(Purpose.id, Purpose.code))}
            current.describe("演示数据：准备乡镇、村（社区）和责任单位")
        self.changes = current.changes


@collector_paused()
def generate(ctx: Context, count: int, *, seed: int = 1, progress: Progress | None = None) -> DemoResult:
    """Add `count` demo cases registered over the last few years up to today."""
    rng = random.Random(seed)
    dirs = _Directories(ctx)
    today = clock.today()
    first = date(today.year - YEARS + 1, 1, 1)
    span = (today - first).days
    # Fewer cases each year (the reports' 同比下降), and fewer at weekends.
    days = sorted(first + timedelta(days=int(span * (1 - rng.random() ** 1.15))) for _ in range(count))
    category_codes = list(corpus.CATEGORY_WEIGHTS)
    category_weights = list(corpus.CATEGORY_WEIGHTS.values())
    township_weights = [t.weight for t, _, _ in dirs.townships]

    cal = load_calendar(ctx)
    with change(ctx.db, ctx.actor, "demo.generate") as current:
        conn = current.session.connection()
        ids = _Ids(conn)
        history = Histories(
            rng,
            cal,
            clock_rules(current.session),
            triage_rules(current.session),
            today,
            dirs.units,
            lambda: ids.take("steps"),
            ctx.user,
            dirs.office_id,
        )
        rows = _Rows()
        counters: dict[int, int] = _counters(conn, dirs.office_id)
        people: list[dict[str, Any]] = []
        open_matters: list[tuple[int, int, str, int, str]] = []  # matter, petitioner, name, region, category
        for n, day in enumerate(days):
            township, township_id, villages = rng.choices(dirs.townships, township_weights)[0]
            repeat = open_matters and rng.random() < REPEAT_SHARE
            if repeat:
                matter_id, petitioner_id, name, region_id, category_code = rng.choice(open_matters[-2000:])
            else:
                category_code = rng.choices(category_codes, category_weights)[0]
                region_id = rng.choice(villages) if villages and rng.random() < 0.7 else township_id
                petitioner_id, name = _new_person(rng, ids, people, township)
                matter_id = ids.take("matters")
            case_id = ids.take("cases")
            counters[day.year] = counters.get(day.year, 0) + 1
            case = _case_row(
                rng,
                dirs,
                day,
                case_id,
                matter_id,
                counters[day.year],
                region_id,
                township,
                category_code,
                today,
                bool(repeat),
                ctx.user,
            )
            case["principal_name"] = name
            rows.cases.append(case)
            if not repeat:
                rows.matters.append(
                    {
                        "id": matter_id,
                        "uuid": uuid7(),
                        "office_id": dirs.office_id,
                        "opened_on": day,
                        "root_case_id": None,
                    }
                )
                rows.roots[matter_id] = case_id
                open_matters.append((matter_id, petitioner_id, name, region_id, category_code))
            rows.links.append(
                {
                    "case_id": case_id,
                    "petitioner_id": petitioner_id,
                    "role": PetitionerRole.PRINCIPAL.value,
                    "position": 0,
                }
            )
            for extra in range(1, min(case["head_count"], 3)):
                co, _ = _new_person(rng, ids, people, township)
                rows.links.append(
                    {
                        "case_id": case_id,
                        "petitioner_id": co,
                        "role": PetitionerRole.CO_PETITIONER.value,
                        "position": extra,
                    }
                )
            rows.steps.extend(history.add(case))
            if progress is not None and n % 5000 == 0:
                progress(n, count)

        tiers = history.finish(rows.cases)
        log.info("demo: %d cases with conflicting steps from two offices (flagged)", history.problems)
        _write(conn, people, rows, dirs.office_id, counters)
        current.describe(f"生成演示数据：{count} 件信访件", count=count, seed=seed)
    if progress is not None:
        progress(count, count)
    return DemoResult(
        cases=count,
        petitioners=len(people),
        matters=len(rows.matters),
        steps=len(rows.steps),
        first_date=days[0] if days else today,
        last_date=days[-1] if days else today,
        tiers=dict(tiers),
        changes=dirs.changes | current.changes,
    )


def _write(
    conn: Connection, people: list[dict[str, Any]], rows: _Rows, office_id: int, counters: dict[int, int]
) -> None:
    tables = Base.metadata.tables
    insert_rows(conn, tables["petitioners"], people)
    insert_rows(conn, tables["matters"], rows.matters)
    insert_rows(conn, tables["cases"], rows.cases)
    # The cycle matters → cases: the root case is set once both rows exist.
    for start in range(0, len(rows.matters), 5000):
        chunk = rows.matters[start : start + 5000]
        conn.execute(
            update(tables["matters"])
            .where(tables["matters"].c.id == bindparam("m_id"))
            .values(root_case_id=bindparam("m_root")),
            [{"m_id": m["id"], "m_root": rows.roots[m["id"]]} for m in chunk],
        )
    insert_rows(conn, tables["case_petitioners"], rows.links)
    insert_rows(conn, tables["steps"], rows.steps)
    _save_counters(conn, office_id, counters)
    sync_sequences(conn, [tables[n] for n in ("petitioners", "matters", "cases", "steps")])


class _Ids:
    """Integer keys handed out before the rows are written."""

    def __init__(self, conn: Connection) -> None:
        self._next = {
            name: next_id(conn, Base.metadata.tables[name])
            for name in ("cases", "matters", "petitioners", "steps")
        }

        self.used_id_numbers: set[str] = set(
            conn.scalars(select(Petitioner.id_number).where(Petitioner.id_number.is_not(None)))
        )

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


class _Rows:
    """The rows of one run, built before anything is written."""

    def __init__(self) -> None:
        self.cases: list[dict[str, Any]] = []
        self.matters: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self.roots: dict[int, int] = {}


def _counters(conn: Connection, office_id: int) -> dict[int, int]:
    return {
        year: last
        for year, last in conn.execute(
            select(CaseCounter.year, CaseCounter.last).where(CaseCounter.office_id == office_id)
        )
    }


def _save_counters(conn: Connection, office_id: int, counters: dict[int, int]) -> None:
    conn.execute(delete(CaseCounter).where(CaseCounter.office_id == office_id))
    conn.execute(
        insert(CaseCounter), [{"office_id": office_id, "year": y, "last": n} for y, n in counters.items()]
    )


def _new_person(
    rng: random.Random, ids: _Ids, people: list[dict[str, Any]], township: corpus.Township
) -> tuple[int, str]:
    name, sex = corpus.person(rng)
    born = corpus.birth_date(rng)
    pid = ids.take("petitioners")
    has_id = rng.random() < 0.85
    people.append(
        {
            "id": pid,
            "uuid": uuid7(),
            "name": name,
            "sex": sex,
            "birth_date": born,
            "id_number": _id_number(rng, born, sex, ids.used_id_numbers) if has_id else None,
            "phone": corpus.phone(rng) if rng.random() < 0.9 else None,
            "address": corpus.address(rng, township),
            "created_at": datetime.combine(date(2000, 1, 1), time()),
        }
    )
    return pid, name


#: Where the demo's people were born: mostly this county, some the neighbouring ones of 永州.
BIRTH_REGIONS = [
    (corpus.COUNTY_CODE, 0.8),
    ("431121", 0.04),
    ("431122", 0.03),
    ("431125", 0.04),
    ("431126", 0.03),
    ("431128", 0.02),
    ("431129", 0.02),
    ("431102", 0.01),
    ("431103", 0.01),
]


def _id_number(rng: random.Random, born: date, sex: str, used: set[str]) -> str:
    """A valid ID number no one else in the database has."""
    region = _pick(rng, BIRTH_REGIONS)
    while True:
        order = rng.randrange(500) * 2 + (1 if sex == "male" else 0)
        first17 = f"{region}{born:%Y%m%d}{order:03d}"
        number = first17 + check_digit(first17)
        if number not in used:
            used.add(number)
            return number


def _case_row(
    rng: random.Random,
    dirs: _Directories,
    day: date,
    case_id: int,
    matter_id: int,
    seq: int,
    region_id: int,
    township: corpus.Township,
    category_code: str,
    today: date,
    repeat: bool,
    user: str,
) -> dict[str, Any]:
    channel: Channel = _pick(rng, CHANNELS)
    source: Source = _pick(rng, SOURCES)
    if source in UPPER_SOURCES and channel is Channel.VISIT and rng.random() < 0.8:
        # What a higher level passes down is mostly letters and online petitions; a visit up there
        # is a 越级访 (a red reason), which stays the exception.
        channel = rng.choice((Channel.LETTER, Channel.ONLINE))
    nature: Nature = _pick(rng, NATURES)
    visit = channel in (Channel.VISIT, Channel.LEADER_RECEPTION)
    roll = rng.random()
    head_count = rng.randint(5, 40) if visit and roll < 0.03 else rng.randint(2, 4) if roll < 0.10 else 1
    summary, content = corpus.summary_and_content(rng, category_code, township)
    registered_at = datetime.combine(day, time(8 + rng.randrange(9), rng.randrange(60)))
    return {
        "id": case_id,
        "uuid": uuid7(),
        "office_id": dirs.office_id,
        "number": format_case_number(dirs.office_code, day.year, seq),
        "year": day.year,
        "seq": seq,
        "matter_id": matter_id,
        "is_repeat": repeat,
        "channel": channel.value,
        "source": source.value,
        "upper_number": corpus.higher_number(rng, day.year, dirs.upper_numbers)
        if source in UPPER_SOURCES
        else None,
        "upper_deadline": day + timedelta(days=rng.choice([30, 45, 60])) if source in UPPER_SOURCES else None,
        "online_number": f"{day:%Y%m%d}{rng.randrange(10**6):06d}" if channel is Channel.ONLINE else None,
        "registered_on": day,
        "registered_at": registered_at,
        "postmarked_on": day - timedelta(days=rng.randint(2, 5)) if channel is Channel.LETTER else None,
        "received_on": day - timedelta(days=rng.randint(0, 1)) if channel is Channel.LETTER else None,
        "envelope_address": corpus.address(rng, township) if channel is Channel.LETTER else None,
        "nature": nature.value,
        "purpose_id": dirs.purposes.get(rng.choice(PURPOSE_BY_NATURE[nature])),
        "category_id": rng.choice(dirs.categories[category_code]),
        "region_id": region_id,
        "head_count": head_count,
        "is_collective": visit and head_count >= 5,
        "accused": corpus.accused(rng, category_code),
        "accused_unit_id": None,
        "summary": summary,
        "principal_name": None,
        "content": content,
        "cross_level": rng.random() < 0.02,
        "urgent": rng.random() < 0.01,
        "threat": rng.random() < 0.005,
        "three_cross": rng.random() < 0.01,
        "anonymous": False,
        "consent_public": rng.random() < 0.3,
        "not_public": False,
        "state": CaseState.REGISTERED.value,
        "handling_unit_id": None,
        "closed_on": None,
        "satisfaction": None,
        "due_date": None,
        "tier": None,
        "tier_reasons": None,
        "needs_attention": False,
        "deadline_kind": None,
        "window_end": None,
        "auto_tier": None,
        "assessed_tier": None,
        "tier_note": None,
        "review_on": None,
        "leader": None,
        "supervised": False,
        "report_owed": False,
        "created_by": user,
        "created_at": registered_at,
    }
