"""The text rule kept by the database itself (issue 16, migration 0019): a value written past the
program (another tool, a raw INSERT) that is too long or holds a control character is refused on
SQLite as on PostgreSQL, and an older database holding such values upgrades with them mended."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from fazhi_desktop.domain.input_rules import FIELDS, has_forbidden
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach.events import add_event
from fazhi_desktop.store import audit_chain
from fazhi_desktop.store.migrate import upgrade_schema
from fazhi_desktop.store.models import AuditEntry, Base, Case, Step
from fazhi_desktop.store.models.text_checks import RULED_COLUMNS, RuledColumn
from tests.services.helpers import register
from tests.services.outreach_helpers import event
from tests.store.downgrading import downgraded

TABLES = sorted({r.table for r in RULED_COLUMNS})


def _rows(ctx: Context) -> dict[str, int]:
    """One row of every table the rule keeps: a case (with its petitioner and its 登记 step), an
    outreach event and the administrator's account."""
    case = register(ctx, "王某某", summary="物业电梯停运")
    add_event(ctx, event(date(2024, 3, 5), "《信访工作条例》宣传进社区", "进社区"))
    with ctx.db.engine.connect() as conn:
        return {
            table: int(conn.execute(text(f"SELECT min(id) FROM {table}")).scalar_one()) for table in TABLES
        } | {"cases": case.id}


def _write(ctx: Context, ruled: RuledColumn, row_id: int, value: str) -> None:
    with ctx.db.engine.begin() as conn:  # past the program, as another tool would
        conn.execute(
            text(f"UPDATE {ruled.table} SET {ruled.column} = :v WHERE id = :id"), {"v": value, "id": row_id}
        )


def _named(ruled: RuledColumn) -> str:
    return f"{ruled.table}.{ruled.column}"


def _filler(ruled: RuledColumn) -> str:
    return "9" if ruled.column in ("id_number", "phone") else "长"


@pytest.mark.parametrize("ruled", RULED_COLUMNS, ids=_named)
def test_a_raw_write_of_an_overlong_value_is_refused(ctx: Context, ruled: RuledColumn) -> None:
    ids = _rows(ctx)
    longest = _filler(ruled) * ruled.max_chars
    _write(ctx, ruled, ids[ruled.table], longest)  # the longest the rule allows is kept
    with pytest.raises(DBAPIError):  # IntegrityError from a CHECK, DataError from VARCHAR(N)
        _write(ctx, ruled, ids[ruled.table], longest + _filler(ruled))
    with ctx.db.engine.connect() as conn:
        stored = conn.execute(
            text(f"SELECT {ruled.column} FROM {ruled.table} WHERE id = :id"), {"id": ids[ruled.table]}
        ).scalar_one()
    assert stored == longest


@pytest.mark.parametrize("ruled", [r for r in RULED_COLUMNS if r.characters], ids=_named)
@pytest.mark.parametrize("bad", ["某\x01某", "a\x1fb", "\x7f", "x\x0by"])
def test_a_raw_write_of_a_control_character_is_refused(ctx: Context, ruled: RuledColumn, bad: str) -> None:
    ids = _rows(ctx)
    with pytest.raises(IntegrityError):
        _write(ctx, ruled, ids[ruled.table], bad)
    _write(ctx, ruled, ids[ruled.table], "1\t2\n3")  # tab and line feed are text


def test_a_nul_is_refused_by_both(ctx: Context) -> None:
    ids = _rows(ctx)
    summary = next(r for r in RULED_COLUMNS if (r.table, r.column) == ("cases", "summary"))
    # SQLite by the CHECK (its length() would stop at the NUL); PostgreSQL by its driver and server.
    with pytest.raises((DBAPIError, ValueError)):
        _write(ctx, summary, ids["cases"], "物业\x00电梯")


def _check_names(conn: Connection, table: str) -> set[str]:
    return {str(c["name"]) for c in inspect(conn).get_check_constraints(table)}


def test_the_migrated_schema_has_the_models_checks(ctx: Context) -> None:
    """What 0019 made is what the models declare for this engine (Alembic's comparison of schemas
    does not look at CHECK constraints, so this test does)."""
    sqlite = ctx.db.engine.dialect.name == "sqlite"
    with ctx.db.engine.connect() as conn:
        for table in TABLES:
            ruled = [r for r in RULED_COLUMNS if r.table == table]
            expected = {r.length_name for r in ruled if sqlite or r.unbounded}
            expected |= {r.characters_name for r in ruled if r.characters}
            declared = {
                str(c.name) for c in Base.metadata.tables[table].constraints if str(c.name).startswith("ck_")
            }
            assert expected <= declared
            assert _check_names(conn, table) == expected, table


def test_an_older_database_upgrades_with_its_broken_values_mended_and_audited(ctx: Context) -> None:
    ids = _rows(ctx)
    with downgraded(ctx.db, "0018") as conn:
        # What 0018 accepted on both engines: a control character and an over-long note (TEXT) ...
        conn.execute(
            text("UPDATE steps SET note = :v WHERE id = :id"), {"v": "讲" * 6_000, "id": ids["steps"]}
        )
        conn.execute(
            text("UPDATE outreach_events SET notes = :v WHERE id = :id"),
            {"v": "备\x01注", "id": ids["outreach_events"]},
        )
        if ctx.db.engine.dialect.name == "sqlite":  # ... and on SQLite an over-long summary
            conn.execute(
                text("UPDATE cases SET summary = :v WHERE id = :id"), {"v": "摘" * 300, "id": ids["cases"]}
            )
    upgrade_schema(ctx.db)
    with ctx.db.reading() as session:
        step = session.get_one(Step, ids["steps"])
        assert step.note == "讲" * FIELDS["note"].max_chars
        case = session.get_one(Case, ids["cases"])
        assert len(case.summary) <= FIELDS["summary"].max_chars and not has_forbidden(case.summary)
        notes = session.execute(
            text("SELECT notes FROM outreach_events WHERE id = :id"), {"id": ids["outreach_events"]}
        ).scalar_one()
        assert notes == "备注"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "data.text_rule")).one()
    mended = {(m["table"], m["column"]) for m in entry.details["mended"]}
    assert {("steps", "note"), ("outreach_events", "notes")} <= mended
    assert "0019" in entry.summary and "讲" not in str(entry.details)  # the count, never the values
    with ctx.db.engine.connect() as conn:
        assert audit_chain.verify(conn)[1] is None
