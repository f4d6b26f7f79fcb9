"""The head of the audit chain in every backup's marker, checked on restore against the restored trail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from fazhi_desktop.services import backup as backups
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.store import audit_chain, audit_guard
from fazhi_desktop.store.backup import describe_file
from fazhi_desktop.store.models import AuditEntry
from fazhi_desktop.store.restore import TamperedBackup
from fazhi_desktop.store.writes import record_access


@pytest.fixture(autouse=True)
def server_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "server-backups"
    monkeypatch.setenv("FAZHI_BACKUPS", str(folder))
    return folder


def _head(ctx: Context) -> audit_chain.Head:
    with ctx.db.engine.connect() as conn:
        head = audit_chain.read_head(conn)
    assert head is not None
    return head


def test_the_marker_holds_the_head_and_the_trail_records_the_backup(ctx: Context, tmp_path: Path) -> None:
    record_access(ctx.db, ctx.user, "case.view", "查看")
    head = _head(ctx)
    info = backups.backup(ctx, tmp_path / "b.db")
    assert (info.audit_seq, info.audit_hash) == (head.seq, head.hash)
    marker = describe_file(info.path)
    assert (marker.audit_seq, marker.audit_hash) == (head.seq, head.hash)
    assert marker.audit_at is not None and marker.audit_at.startswith(head.at.isoformat(sep=" ")[:19])
    with ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "backup.make" and entry.seq == head.seq + 1
    assert (entry.details["audit_seq"], entry.details["audit_hash"]) == (head.seq, head.hash)


def test_a_restore_brings_back_the_trail_and_appends_its_own_entry(db_url: str, tmp_path: Path) -> None:
    ctx = open_context(db_url, "tester")
    record_access(ctx.db, ctx.user, "case.view", "查看")
    info = backups.backup(ctx, tmp_path / "b.db")
    record_access(ctx.db, ctx.user, "case.view", "备份之后的查看")
    ctx.close()
    backups.restore(db_url, info.path, "tester")
    ctx = open_context(db_url, "tester")
    try:
        head = _head(ctx)
        with ctx.db.reading() as session:
            last = session.scalars(select(AuditEntry).where(AuditEntry.seq == head.seq)).one()
        # the backup's head, then the restore itself (the backup.make entry came after the copy)
        assert head.seq == (info.audit_seq or 0) + 1 and last.action == "backup.restore"
        assert last.details["audit_hash"] == info.audit_hash
        assert backups.check(ctx).ok
    finally:
        ctx.close()


def _tamper_backup(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as raw:
        for name in audit_guard.SQLITE_TRIGGERS:
            raw.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement in statements:
            raw.execute(statement)
    raw.close()


def test_a_backup_whose_trail_was_edited_is_refused(ctx: Context, tmp_path: Path) -> None:
    record_access(ctx.db, ctx.user, "case.view", "查看")
    info = backups.backup(ctx, tmp_path / "b.db")
    target = str(tmp_path / "restored.db")
    _tamper_backup(info.path, "UPDATE audit_log SET user_login = 'someone' WHERE seq = 1")
    with pytest.raises(TamperedBackup, match="审计记录第 1 条被改动"):
        backups.restore(target, info.path, "tester")
    assert not Path(target).exists()


def test_a_backup_whose_tail_was_cut_is_refused(ctx: Context, tmp_path: Path) -> None:
    """Deleting the last entries leaves a consistent chain: only the marker's head exposes it."""
    record_access(ctx.db, ctx.user, "case.view", "查看")
    info = backups.backup(ctx, tmp_path / "b.db")
    assert info.audit_seq is not None and info.audit_seq >= 2
    _tamper_backup(info.path, f"DELETE FROM audit_log WHERE seq = {info.audit_seq}")
    with pytest.raises(TamperedBackup, match=f"备份时最后一条是第 {info.audit_seq} 条"):
        backups.restore(str(tmp_path / "restored.db"), info.path, "tester")
