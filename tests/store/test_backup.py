"""Backup, restore and check on real databases (SQLite and PostgreSQL), including issue 8: photos
survive a backup and a restore byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.step_details import Accept
from fazhi_desktop.services import backup as backups
from fazhi_desktop.services.cases.reading import CaseFilter, list_cases
from fazhi_desktop.services.clock.procedure import NewAttachment, apply_step
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import files as outreach_files
from fazhi_desktop.services.outreach.events import EventInput
from fazhi_desktop.store import search
from fazhi_desktop.store.backup import write_backup
from fazhi_desktop.store.migrate import current_revision, head_revision
from fazhi_desktop.store.models import Attachment, Case, OutreachEvent, OutreachFile, Step
from tests.images import png_bytes
from tests.services.helpers import register

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PHOTOS = (png_bytes(120, 80, (200, 30, 30)), png_bytes(64, 64, (10, 120, 240)))
SCAN = b"%PDF-1.4 signed receipt " + bytes(range(256)) * 40


@pytest.fixture(autouse=True)
def server_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Automatic backups of a server database go to the test's folder, not the user's."""
    folder = tmp_path / "server-backups"
    monkeypatch.setenv("FAZHI_BACKUPS", str(folder))
    return folder


def fill(ctx: Context) -> None:
    """Cases with steps and a scanned attachment, an outreach event with two photos."""
    first = register(ctx, "王建国", summary="反映拖欠工资三个月未付", nature="claim")
    register(ctx, "李秀英", summary="物业电梯停运两个月无人维修")
    apply_step(ctx, first.id, Accept(), attachments=[NewAttachment("送达回证.pdf", SCAN)])
    event = outreach.add_event(
        ctx, EventInput(held_on=ctx_today(), title="《信访工作条例》宣传进社区", kind="进社区", leaflets=500)
    )
    for n, photo in enumerate(PHOTOS):
        outreach_files.add_file(ctx, event.id, f"现场{n}.png", photo)


def ctx_today() -> Any:
    from fazhi_desktop.domain import clock

    return clock.today()


def snapshot(ctx: Context) -> dict[str, Any]:
    """What must come back: records by their UUIDs, and every kept file's bytes."""
    with ctx.db.reading() as s:
        return {
            "cases": sorted((str(c.uuid), c.number, c.summary, c.state) for c in s.scalars(select(Case))),
            "steps": sorted((str(st.uuid), st.kind) for st in s.scalars(select(Step))),
            "events": sorted((str(e.uuid), e.title) for e in s.scalars(select(OutreachEvent))),
            "photos": sorted((f.filename, f.sha256, f.data) for f in s.scalars(select(OutreachFile))),
            "attachments": sorted((a.filename, a.sha256, a.data) for a in s.scalars(select(Attachment))),
        }


def test_backup_while_open_then_restore_brings_back_cases_steps_and_photos(
    ctx: Context, db_url: str, tmp_path: Path
) -> None:
    fill(ctx)
    before = snapshot(ctx)
    assert len(before["photos"]) == 2 and len(before["attachments"]) == 1
    # Another connection is in the middle of a write while the copy is made: it neither blocks the
    # copy nor gets into it.
    with ctx.db.engine.connect() as busy:
        busy.execute(text("UPDATE cases SET summary = 'uncommitted' WHERE id > 0"))
        copy = write_backup(ctx.db, tmp_path / "during-a-write.db", {})
        busy.rollback()
    with sqlite3.connect(copy.path) as raw:
        assert raw.execute("SELECT count(*) FROM cases WHERE summary = 'uncommitted'").fetchone() == (0,)
    raw.close()
    # A reader stays open during the backup (the program keeps its connections).
    with ctx.db.engine.connect() as reader:
        reader.execute(select(Case.id)).all()
        info = backups.backup(ctx, tmp_path / "备份.db")
    assert info.counts["cases"] == 2 and info.counts["outreach_files"] == 2
    assert info.office_code == "431127" and info.revision == head_revision()

    register(ctx, "张三", summary="后来登记的信访件")  # after the backup: the restore removes it
    ctx.close()
    result = backups.restore(db_url, info.path, "tester")
    assert result.counts["cases"] == 2 and not result.migrated
    assert result.kept_previous is not None and result.kept_previous.is_file()

    again = open_context(db_url, "tester")
    try:
        after = snapshot(again)
        assert after == before
        for filename, sha256, data in after["photos"]:  # issue 8
            assert hashlib.sha256(data).hexdigest() == sha256, filename
        assert [r.principal_name for r in list_cases(again, CaseFilter(text="电梯停运"))] == ["李秀英"]
        assert [r.principal_name for r in list_cases(again, CaseFilter(text="工资"))] == ["王建国"]
        assert backups.check(again).ok
        register(again, "赵六", summary="恢复后照常登记")  # the counters and sequences came back too
    finally:
        again.close()
    kept = open_context(str(result.kept_previous)) if result.kept_previous.suffix == ".db" else None
    assert kept is not None
    try:  # the database as it was just before the restore, with the later case
        assert len(snapshot(kept)["cases"]) == 3
    finally:
        kept.close()


def _good_backup(ctx: Context, tmp_path: Path) -> Path:
    fill(ctx)
    return backups.backup(ctx, tmp_path / "good.db").path


def _garbled_photo(good: Path, target: Path) -> Path:
    """A copy whose pages are sound but one photo's bytes changed (integrity_check cannot see it)."""
    raw = bytearray(good.read_bytes())
    at = raw.find(PHOTOS[0][20:60])
    assert at > 0
    raw[at : at + 8] = b"\x00garbled"
    target.write_bytes(bytes(raw))
    return target


def _newer(good: Path, target: Path) -> Path:
    target.write_bytes(good.read_bytes())
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return target


def _other_sqlite(target: Path) -> Path:
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    return target


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda good, t: (t.write_text("案件台账,2024\n", encoding="utf-8"), t)[1], "不是法治信访的备份"),
        (lambda good, t: _other_sqlite(t), "是一个 SQLite 数据库，但不是法治信访的备份"),
        (lambda good, t: (t.write_bytes(good.read_bytes()[: good.stat().st_size // 2]), t)[1], "已损坏"),
        (_garbled_photo, "已损坏"),
        (_newer, "由更新版本的法治信访做出"),
    ],
    ids=["text", "other-sqlite", "truncated", "garbled-photo", "newer"],
)
def test_a_refused_file_leaves_the_database_untouched(
    ctx: Context, db_url: str, tmp_path: Path, server_backups: Path, make: Any, words: str
) -> None:
    good = _good_backup(ctx, tmp_path)
    register(ctx, "张三", summary="备份之后登记")
    before = snapshot(ctx)
    bad = make(good, tmp_path / "bad.db")
    ctx.close()
    with pytest.raises(UserError) as refused:
        backups.restore(db_url, bad, "tester")
    assert words in refused.value.message and "当前数据库没有任何改动" in refused.value.message
    again = open_context(db_url, "tester")
    try:
        assert snapshot(again) == before
    finally:
        again.close()
    # Nothing was copied aside either: a refused file is refused before anything else happens.
    assert not (tmp_path / "backups").exists() and not server_backups.exists()


def test_a_backup_of_an_older_version_is_restored_and_upgraded(ctx: Context, db_url: str) -> None:
    old = FIXTURES / "fazhi-0.1.0-rev0001.db"
    with sqlite3.connect(old) as raw:
        cases = raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    raw.close()
    ctx.close()
    result = backups.restore(db_url, old, "tester")
    assert result.migrated and result.backup_revision == "0001"
    again = open_context(db_url, "tester")
    try:
        assert current_revision(again.db) == head_revision()
        with again.db.reading() as s:
            assert len(s.scalars(select(Case.id)).all()) == cases > 0
        assert backups.check(again).ok
    finally:
        again.close()


def test_a_backup_moves_between_sqlite_and_postgresql(
    ctx: Context, empty_db_url: str, tmp_path: Path
) -> None:
    """Every pair of kinds: a backup of either restores into a new database of either."""
    fill(ctx)
    before = snapshot(ctx)
    info = backups.backup(ctx, tmp_path / "move.db")
    # (both fixtures name tmp_path/fazhi.db for SQLite; that one is open in `ctx`)
    target = empty_db_url if "://" in empty_db_url else str(tmp_path / "moved" / "fazhi.db")
    Path(target).parent.mkdir(exist_ok=True) if "://" not in target else None
    backups.restore(target, info.path, "tester")
    moved = open_context(target, "tester")
    try:
        assert snapshot(moved) == before
        assert len(list_cases(moved, CaseFilter(text="拖欠工资"))) == 1
        assert backups.check(moved).ok
    finally:
        moved.close()


def test_check_passes_then_reports_what_raw_sql_broke(ctx: Context) -> None:
    fill(ctx)
    assert backups.check(ctx).findings == []
    with ctx.db.engine.begin() as conn:
        principal = conn.scalar(text("SELECT min(case_id) FROM case_petitioners"))
        conn.execute(text("DELETE FROM case_petitioners WHERE case_id = :c"), {"c": principal})
        conn.execute(text("UPDATE case_counters SET last = 0"))
        conn.execute(
            text("UPDATE outreach_files SET data = :d WHERE id = (SELECT min(id) FROM outreach_files)"),
            {"d": b"\x89PNG broken"},
        )
    result = backups.check(ctx)
    assert not result.ok
    assert {f.code for f in result.findings} == {"principal", "case_counters", "files"}
    assert any("没有主访人" in f.message for f in result.findings)


def test_check_sees_a_broken_search_index_and_orphan_steps_on_sqlite(ctx: Context) -> None:
    if not ctx.db.is_sqlite:
        pytest.skip("FTS5 and PRAGMA foreign_keys are SQLite's")
    fill(ctx)
    assert ctx.db.path is not None
    with sqlite3.connect(ctx.db.path, isolation_level=None) as raw:  # foreign keys off by default
        search.register_functions(raw)  # the character index's triggers call it (store/search.py)
        raw.execute("DELETE FROM case_petitioners")
        raw.execute("DELETE FROM attachments")
        raw.execute("DELETE FROM cases WHERE id = (SELECT min(case_id) FROM steps)")
        raw.execute("UPDATE search_state SET indexed_upto = indexed_upto + 1000")
    raw.close()
    codes = {f.code for f in backups.check(ctx).findings}
    assert {"foreign_keys", "steps", "search_index"} <= codes


def test_backup_refuses_to_overwrite_a_file_that_is_not_a_backup(ctx: Context, tmp_path: Path) -> None:
    precious = tmp_path / "台账.db"
    precious.write_bytes(b"not a backup")
    with pytest.raises(UserError, match="不是法治信访的备份，没有覆盖它"):
        backups.backup(ctx, precious)
    assert precious.read_bytes() == b"not a backup"
    first = backups.backup(ctx, tmp_path)  # a folder: named by office and time
    assert first.path.parent == tmp_path and "431127" in first.path.name
    assert backups.is_backup_file(first.path)
    assert backups.backup(ctx, first.path).path == first.path  # an earlier backup may be replaced
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp left
