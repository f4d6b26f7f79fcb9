"""The one write path: a change and its audit entry stand or fall together."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import AuditEntry, Setting
from fazhi_desktop.store.writes import change, record_access


def _audit_count(ctx: Context) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_change_writes_one_audit_entry_with_the_user(ctx: Context) -> None:
    before = _audit_count(ctx)
    with change(ctx.db, "clerk1", "settings.set") as current:
        current.session.add(Setting(key="collective_threshold", value={"value": 6}))
        current.describe("集体访人数标准 5 → 6", entity="setting")
    assert _audit_count(ctx) == before + 1
    with ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    assert (entry.user_login, entry.action, entry.summary) == (
        "clerk1",
        "settings.set",
        "集体访人数标准 5 → 6",
    )


def test_a_failed_change_leaves_no_data_and_records_only_its_failure(ctx: Context) -> None:
    # Issue #17: a failed write is an audit entry too (outcome "failed"), written after the rollback.
    before = _audit_count(ctx)
    with pytest.raises(RuntimeError), change(ctx.db, "clerk1", "settings.set") as current:
        current.session.add(Setting(key="collective_threshold", value={"value": 6}))
        current.describe("集体访人数标准 5 → 6", entity="setting")
        current.session.flush()
        raise RuntimeError("power cut")
    assert _audit_count(ctx) == before + 1
    with ctx.db.reading() as session:
        assert session.get(Setting, "collective_threshold") is None
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None
    assert (entry.action, entry.outcome, entry.summary) == ("settings.set", "failed", "集体访人数标准 5 → 6")
    assert entry.details["error"] == "RuntimeError: power cut"


def test_a_view_is_audited(ctx: Context) -> None:
    before = _audit_count(ctx)
    record_access(ctx.db, "leader", "case.view", "查看信访件 431127-2024-000001", entity="case")
    assert _audit_count(ctx) == before + 1
