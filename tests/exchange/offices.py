"""A county and two township databases made with the command line, as an administrator would."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fazhi_desktop.cli import main
from fazhi_desktop.domain.step_details import Correct
from fazhi_desktop.services.cases.registration import register_case
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.store.models import (
    AuditEntry,
    Case,
    ExchangeHeld,
    ExchangePackage,
    Matter,
    OutreachEvent,
    Petitioner,
    Step,
)
from tests.services.helpers import visit

COUNTY = ("431127", "蓝山县信访局")
TOWNSHIPS = (("431127101", "塔峰镇信访办"), ("431127102", "总市镇信访办"))
TOTALS = ("cases", "people", "closed", "collective_visits", "by_channel")


def fazhi(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


def fazhi_fails(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


@dataclass
class Offices:
    folder: Path
    county: str
    townships: list[str]

    def copy_county(self, name: str) -> str:
        """A copy of the county's database as it is now (the same office, keys and all)."""
        target = str(self.folder / f"{name}.db")
        shutil.copy(self.county, target)
        return target


def make_offices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cases: int = 12, county: str | None = None
) -> Offices:
    """The county (at `county`, a path or a server URL; by default county.db) and two townships."""
    county = county or str(tmp_path / "county.db")
    fazhi(capsys, "--db", county, "init", "--office", COUNTY[0], "--name", COUNTY[1])
    townships = []
    for seed, (code, name) in enumerate(TOWNSHIPS, start=1):
        key = str(tmp_path / f"{code}.key")
        fazhi(
            capsys,
            "--db",
            county,
            "office",
            "add",
            "--office",
            code,
            "--name",
            name,
            "--level",
            "township",
            "--key-file",
            key,
        )
        db = str(tmp_path / f"{code}.db")
        fazhi(
            capsys,
            "--db",
            db,
            "init",
            "--office",
            code,
            "--name",
            name,
            "--level",
            "township",
            "--parent",
            COUNTY[0],
            "--parent-name",
            COUNTY[1],
            "--key-file",
            key,
        )
        fazhi(capsys, "--db", db, "demo", "--cases", str(cases), "--seed", str(seed))
        townships.append(db)
    return Offices(tmp_path, county, townships)


def totals(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, Any]:
    figures = fazhi(capsys, "--db", db, "stats", "--from", "2000-01-01", "--to", "2024-12-31")
    return {key: figures[key] for key in TOTALS}


def outreach_figures(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, int]:
    """The `outreach` block of `fazhi stats` over the period `totals` uses."""
    figures = fazhi(capsys, "--db", db, "stats", "--from", "2000-01-01", "--to", "2024-12-31")
    return dict(figures["outreach"])


def outreach_by_hand(dbs: list[str]) -> dict[str, int]:
    """The same figures counted here, event by event, from the offices' own rows."""
    out = {"events": 0, "materials": 0, "people_reached": 0}
    for db in dbs:
        ctx = open_context(db)
        try:
            with ctx.db.reading() as session:
                for event in session.scalars(select(OutreachEvent)):
                    if date(2000, 1, 1) <= event.held_on <= date(2024, 12, 31):
                        out["events"] += 1
                        out["materials"] += event.leaflets + event.brochures + event.other_materials
                        out["people_reached"] += event.people_reached
        finally:
            ctx.close()
    return out


def summed(parts: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if isinstance(value, dict):
                inner = out.setdefault(key, {})
                for k, v in value.items():
                    inner[k] = inner.get(k, 0) + v
            else:
                out[key] = out.get(key, 0) + value
    return out


def row_counts(db: str) -> dict[str, int]:
    """How many rows the tables an import writes hold (the audit trail too: a refusal writes nothing)."""
    ctx: Context = open_context(db)
    try:
        with ctx.db.reading() as session:
            return {
                model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (Case, Step, Matter, Petitioner, ExchangePackage, ExchangeHeld, AuditEntry)
            }
    finally:
        ctx.close()


def register_and_note(db: str) -> None:
    """A new case at a township, and a correction (in words) on its oldest case: a step whose case the
    county may not have yet when the package carrying only that step arrives first."""
    ctx = open_context(db)
    try:
        register_case(ctx, visit("李四", summary="反映村道损坏无人修复"))
        with ctx.db.reading() as session:
            oldest = session.scalar(select(Case.id).order_by(Case.id).limit(1))
        assert oldest is not None
        apply_step(ctx, oldest, Correct(field="other", new="住址应为塔峰镇五一村", reason="登记时笔误"))
    finally:
        ctx.close()
