"""Filling the indicator columns of every case from its steps (the migration that adds them runs this).

New steps keep the columns right as they are written (services/clock/case_state.py); cases recorded before
the columns existed get them here, in chunks of cases, with the clock rules and the holiday calendar
this database had at the time of the migration. A migration is a snapshot: it reads the settings
and tables as they were at its revision, through its own table definitions, and never the services.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from fazhi_desktop import paths
from fazhi_desktop.domain.holidays import DayKind, Entry, HolidayCalendar
from fazhi_desktop.domain.indicator_facts import INDICATOR_COLUMNS, indicator_facts
from fazhi_desktop.domain.periods import PERIOD_NAMES, ClockRules, Period
from fazhi_desktop.domain.procedure import CaseFacts, StepFact, derive
from fazhi_desktop.domain.progress import Progress
from fazhi_desktop.domain.vocab import Channel, Nature, Source, StepKind

log = logging.getLogger(__name__)

CHUNK = 20_000
_TYPES: dict[str, Any] = {"intake_kind": sa.String, "outcome": sa.String, "returned": sa.Boolean}

_cases = sa.table(
    "cases",
    sa.column("id", sa.Integer),
    sa.column("registered_on", sa.Date),
    sa.column("received_on", sa.Date),
    sa.column("nature", sa.String),
    sa.column("source", sa.String),
    sa.column("channel", sa.String),
    sa.column("upper_deadline", sa.Date),
    sa.column("cross_level", sa.Boolean),
    *(sa.column(name, _TYPES.get(name, sa.Date)) for name in INDICATOR_COLUMNS),
)
_steps = sa.table(
    "steps",
    sa.column("case_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("occurred_on", sa.Date),
    sa.column("details", sa.JSON),
    sa.column("recorded_at", sa.DateTime),
    sa.column("uuid", sa.Uuid),
)
_settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON))
_holidays = sa.table(
    "holiday_days", sa.column("day", sa.Date), sa.column("kind", sa.String), sa.column("name", sa.String)
)


def clock_rules(conn: Connection) -> ClockRules:
    """The clock rules of this database's settings (services/clock/rules.py as of this revision; the
    defaults of a setting never stored are ClockRules' own, which are the settings' defaults)."""
    stored = {key: (value or {}).get("value") for key, value in conn.execute(sa.select(_settings))}
    defaults = ClockRules()
    working = stored.get("working_day_periods")
    working_names = set(working) if isinstance(working, list) else {"objection"}

    def period(name: str) -> Period:
        days = stored.get(f"period_{name}_days")
        return Period(
            int(days) if isinstance(days, int) else defaults.period(name).days, name in working_names
        )

    natures = stored.get("handling_clock_natures")
    clock_natures = (
        frozenset(Nature(n) for n in natures if n in {m.value for m in Nature})
        if isinstance(natures, list)
        else defaults.clock_natures
    )
    max_days, max_count = stored.get("extension_max_days"), stored.get("extension_max_count")
    return ClockRules(
        **{name: period(name) for name in PERIOD_NAMES},
        extension_max_days=int(max_days) if isinstance(max_days, int) else defaults.extension_max_days,
        extension_max_count=int(max_count) if isinstance(max_count, int) else defaults.extension_max_count,
        extension_from_original_day=bool(stored.get("extension_from_original_day", True)),
        clock_natures=clock_natures,
    )


def calendar(conn: Connection) -> HolidayCalendar:
    """The shipped holiday years with the years an administrator entered in their place."""
    shipped = HolidayCalendar.from_csv_text(paths.resource("holidays", "cn.csv").read_text(encoding="utf-8"))
    entered: dict[date, Entry] = {
        day: (DayKind(kind), name) for day, kind, name in conn.execute(sa.select(_holidays))
    }
    if not entered:
        return shipped
    years = {day.year for day in entered}
    kept = {day: entry for day, entry in shipped.entries.items() if day.year not in years}
    return HolidayCalendar({**kept, **entered})


def backfill(conn: Connection, today: date, progress: Progress | None = None) -> int:
    """Compute the indicator columns of every case; returns how many cases were written."""
    rules, cal = clock_rules(conn), calendar(conn)
    bounds = conn.execute(sa.select(sa.func.min(_cases.c.id), sa.func.max(_cases.c.id))).one()
    if bounds[0] is None:
        return 0
    low, high = int(bounds[0]), int(bounds[1])
    statement = (
        sa.update(_cases)
        .where(_cases.c.id == sa.bindparam("b_id"))
        .values({name: sa.bindparam(f"b_{name}") for name in INDICATOR_COLUMNS})
    )
    written = 0
    for start in range(low, high + 1, CHUNK):
        end = start + CHUNK - 1
        steps: dict[int, list[StepFact]] = defaultdict(list)
        for case_id, kind, day, details, recorded_at, uid in conn.execute(
            sa.select(
                _steps.c.case_id,
                _steps.c.kind,
                _steps.c.occurred_on,
                _steps.c.details,
                _steps.c.recorded_at,
                _steps.c.uuid,
            ).where(_steps.c.case_id.between(start, end))
        ):
            steps[case_id].append(StepFact(StepKind(kind), day, dict(details or {}), recorded_at, str(uid)))
        rows: list[dict[str, Any]] = []
        for (
            case_id,
            registered_on,
            received_on,
            nature,
            source,
            channel,
            upper_deadline,
            cross,
        ) in conn.execute(
            sa.select(
                _cases.c.id,
                _cases.c.registered_on,
                _cases.c.received_on,
                _cases.c.nature,
                _cases.c.source,
                _cases.c.channel,
                _cases.c.upper_deadline,
                _cases.c.cross_level,
            ).where(_cases.c.id.between(start, end))
        ):
            facts = CaseFacts(
                registered_on=registered_on,
                received_on=received_on,
                nature=Nature(nature) if nature else None,
                source=Source(source),
                channel=Channel(channel),
                upper_deadline=upper_deadline,
                cross_level=bool(cross),
            )
            timeline = steps.get(case_id, [])
            derived = derive(facts, timeline, rules, cal, today, check=False)
            values = indicator_facts(facts, timeline, derived, rules, cal).columns()
            rows.append({"b_id": case_id, **{f"b_{k}": v for k, v in values.items()}})
        if rows:
            conn.execute(statement, rows)
        written += len(rows)
        if progress is not None:
            progress(min(end, high) - low + 1, high - low + 1)
        log.info("indicator columns: %d cases so far", written)
    return written
