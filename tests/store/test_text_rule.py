"""Stored text that breaks the rule (issue 16): `fazhi check` reports it, the migration 0008 mends
it with a note in the audit, and a CHECK keeps it out afterwards (on SQLite since 0019)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from fazhi_desktop.domain.input_rules import FIELDS, has_forbidden
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.check import run_checks
from fazhi_desktop.store.migrate import upgrade_schema
from fazhi_desktop.store.models import AuditEntry, Case
from tests.services.helpers import register
from tests.store.downgrading import downgraded

LONG = FIELDS["content"].max_chars + 500


def _spoil(ctx: Context, case_id: int | None = None) -> int:
    if case_id is None:
        case_id = register(ctx, "王某某", summary="物业电梯停运").id
    with ctx.db.engine.begin() as conn:  # another tool, or a version before the rule
        conn.execute(
            text("UPDATE cases SET summary = :s, content = :c WHERE id = :id"),
            {"s": "物业\x01电梯\x07停运", "c": "长" * LONG, "id": case_id},
        )
    return case_id


def test_check_reports_then_the_migration_mends(ctx: Context) -> None:
    # Registered by this version, then spoilt under the schema before the rule (as an older
    # version or another tool could): the program itself no longer writes on an old schema.
    case_id = register(ctx, "王某某", summary="物业电梯停运").id
    with downgraded(ctx.db, "0007"):
        pass
    _spoil(ctx, case_id)
    _done, findings = run_checks(ctx.db)
    assert [f.code for f in findings] == ["revision"]
    upgrade_schema(ctx.db)
    with ctx.db.reading() as session:
        case = session.get_one(Case, case_id)
        assert case.summary == "物业电梯停运" and case.content is not None and len(case.content) == LONG - 500
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "data.text_rule")).one()
    assert entry.details["count"] == 2 and "长" not in str(entry.details)
    assert run_checks(ctx.db)[1] == []


def test_check_finds_what_a_tool_stored_afterwards(ctx: Context) -> None:
    # Both databases refuse the control characters and the over-long text (0019 on SQLite) ...
    with pytest.raises(IntegrityError):
        _spoil(ctx)
    # ... but a non-character only the program refuses is still found by `fazhi check`.
    case_id = register(ctx, "王某某", summary="物业电梯停运").id
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE cases SET summary = :s, accused = :a WHERE id = :id"),
            {"s": "物业\ufffe电梯停运", "a": "某\uffff物业公司", "id": case_id},
        )
    _done, findings = run_checks(ctx.db)
    rule = [f for f in findings if f.code == "text_rule"]
    assert rule and rule[0].count == 2 and "cases.summary" in rule[0].message
    assert not has_forbidden(rule[0].message)
