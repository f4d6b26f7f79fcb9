"""The derived columns of imported cases: worked out once per kind of case and redated to each case's
days (services/ledger/writing.py), they must be what each case's stored steps give when derived on
their own, as the indicator backfill does, over a ledger of every shape: open and closed, accepted
after closing, routed to a unit, from above, collective, around holidays, due soon and overdue."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.procedure import derive
from fazhi_desktop.domain.triage import triage
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.case_state import (
    DERIVED_COLUMNS,
    clock_row,
    derived_columns,
    indicator_columns,
    load_steps,
    triage_facts,
)
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.office import directories
from fazhi_desktop.store.models import Case
from tests.excel.ledger_workbooks import CATEGORIES, CHANNELS, EXPORT_HEADER, TOWNSHIPS

UNITS = ["县人力资源和社会保障局", "县住房和城乡建设局"]
SOURCES = ["本级登记", "上级转送", "交办", "督办", ""]
PURPOSES = ["求决", "申诉", "咨询", "建议意见", "检举控告", ""]
RATINGS = ["满意", "基本满意", "不满意", ""]


def _varied_ledger(path: Path, today: date, count: int, seed: int) -> Path:
    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(EXPORT_HEADER)
    for n in range(1, count + 1):
        back = rng.choice([rng.randrange(3), rng.randrange(20), rng.randrange(90), rng.randrange(1200)])
        day = today - timedelta(days=back)

        def later(most: int, day: date = day) -> date | None:
            when = day + timedelta(days=rng.randrange(most + 1))
            return when if when <= today else None

        accepted = later(rng.choice([0, 3, 10])) if rng.random() < 0.7 else None
        closed = later(rng.choice([0, 2, 30, 90])) if rng.random() < 0.5 else None
        ws.append(
            [
                n,
                "",
                day,
                rng.choice(CHANNELS),
                rng.choice(SOURCES),
                f"信访人{n}",
                "",
                "",
                "",
                rng.choice(["1", "1", "3", "8人", "30人"]),
                rng.choice(TOWNSHIPS),
                rng.choice(CATEGORIES),
                rng.choice(PURPOSES),
                f"反映的问题（第{n}号）",
                rng.choice([*UNITS, "", ""]),
                accepted,
                closed,
                "已答复" if closed and rng.random() < 0.5 else "",
                rng.choice(RATINGS) if closed or rng.random() < 0.1 else "",
                "",
            ]
        )
    wb.save(path)
    return path


def test_imported_cases_are_derived_as_their_steps_say(ctx: Context, tmp_path: Path) -> None:
    for name in TOWNSHIPS:
        directories.add_entry(ctx, "township", name)
    for name in UNITS:
        directories.add_entry(ctx, "unit", name)
    today = clock.today()
    result = import_ledger(ctx, _varied_ledger(tmp_path / "台账.xlsx", today, 700, seed=3))
    assert result.imported == 700
    mismatches: list[str] = []
    states, tiers, units = set(), set(), set()
    with ctx.db.reading() as session:
        rules, tier_rules, cal = clock_rules(session), triage_rules(session), load_calendar(ctx, session)
        for case in session.scalars(select(Case)):
            row = clock_row(session, case)
            steps = load_steps(session, case.id)
            derived = derive(row.facts(), steps, rules, cal, today, check=False)
            tier = triage(triage_facts(row, derived), tier_rules, today)
            expected = {
                **derived_columns(derived, tier),
                **indicator_columns(row, steps, derived, rules, cal),
            }
            assert set(expected) == set(DERIVED_COLUMNS)
            stored = {name: getattr(case, name) for name in expected}
            if stored != expected:
                wrong = {k: (stored[k], v) for k, v in expected.items() if stored[k] != v}
                mismatches.append(f"{case.number}: {wrong}")
            states.add(case.state)
            tiers.add(case.tier)
            units.add(case.handling_unit_id)
    assert not mismatches, "\n".join(mismatches[:10])
    # The ledger did reach the shapes the test is about.
    assert {"registered", "forwarded", "handling", "completed"} <= states
    assert {"red", "yellow", "green", None} <= tiers
    assert len(units) == len(UNITS) + 1
