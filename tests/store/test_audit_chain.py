"""The tamper-evident audit trail: numbering, links, masking, the guarding triggers, and `fazhi check`
finding an entry changed, deleted or inserted behind the program's back."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from fazhi_desktop.cli import main
from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office.offices import init_office
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.store import audit_chain, audit_guard
from fazhi_desktop.store.models import AuditEntry
from fazhi_desktop.store.opening import open_database
from fazhi_desktop.store.writes import host_name, record_access

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _entries(ctx: Context) -> list[AuditEntry]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _views(ctx: Context, n: int) -> None:
    for k in range(n):
        record_access(ctx.db, ctx.user, "case.view", f"查看信访件 431127-2024-{k + 1:06d}", entity="case")


def test_entries_are_numbered_without_gaps_and_each_links_to_the_one_before(ctx: Context) -> None:
    _views(ctx, 5)
    entries = _entries(ctx)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    previous = audit_chain.GENESIS
    for entry in entries:
        assert entry.prev_hash == previous
        assert entry.hash == audit_chain.link_hash(audit_chain.values_of(entry))
        previous = entry.hash
    with ctx.db.engine.connect() as conn:
        assert audit_chain.verify(conn) == (len(entries), None)
        head = audit_chain.read_head(conn)
    assert head is not None and (head.seq, head.hash) == (entries[-1].seq, entries[-1].hash)


def test_the_serialisation_is_the_documented_one() -> None:
    values = {
        "seq": 7,
        "prev_hash": "ab" * 32,
        "at": datetime(2026, 12, 3, 9, 30),
        "user_login": "张三",
        "role": None,
        "host": "PC-01",
        "action": "case.view",
        "outcome": "ok",
        "entity": None,
        "entity_uuid": None,
        "summary": "查看",
        "details": {"b": 1, "a": [True, None]},
    }
    expected = (
        '["fazhi-audit-1",7,"' + "ab" * 32 + '","2026-12-03T09:30:00.000000","张三",null,"PC-01",'
        '"case.view","ok",null,null,"查看",{"a":[true,null],"b":1}]'
    )
    assert audit_chain.serialise(values) == expected.encode("utf-8")


def test_an_entry_records_the_pc_the_real_time_and_masks_personal_numbers(ctx: Context) -> None:
    # Every test lives on 2024-11-20 (--today); the trail keeps the machine's clock all the same.
    before = datetime.now()
    record_access(
        ctx.db,
        ctx.user,
        "case.view",
        "查看 430528199001011234 的信访件，电话 13812345678",
        note="座机 0746-8123456",
    )
    entry = _entries(ctx)[-1]
    assert entry.at >= before.replace(microsecond=0) and entry.at.date() == datetime.now().date()
    assert entry.host == host_name() and entry.outcome == "ok"
    assert entry.summary == "查看 430528********1234 的信访件，电话 138****5678"
    assert "8123456" not in entry.details["note"]


def test_the_triggers_refuse_to_change_or_delete_an_entry(db_url: str) -> None:
    """On SQLite and on the PostgreSQL server alike."""
    ctx = open_context(db_url, "tester")
    try:
        _views(ctx, 2)
        for statement in (
            "UPDATE audit_log SET summary = '改过' WHERE seq = 1",
            "DELETE FROM audit_log WHERE seq = 1",
            *(["TRUNCATE audit_log"] if ctx.db.url.get_backend_name() == "postgresql" else []),
        ):
            with pytest.raises(DBAPIError, match="审计记录只能追加"), ctx.db.engine.begin() as conn:
                conn.execute(text(statement))
        assert len(_entries(ctx)) >= 2
        with ctx.db.engine.connect() as conn:
            assert audit_guard.missing_triggers(conn) == []
    finally:
        ctx.close()


def test_two_writers_at_once_never_take_the_same_number(db_url: str) -> None:
    """Threads with their own connections append at the same time (PostgreSQL: the advisory lock)."""
    ctx = open_context(db_url, "tester")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(15):
                record_access(ctx.db, f"user{n}", "case.view", f"查看 {n}-{k}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with ctx.db.engine.connect() as conn:
            count, broken = audit_chain.verify(conn)
        assert broken is None and count == len(_entries(ctx)) >= 45
    finally:
        ctx.close()


# Tampering with a SQLite file, as someone with the file and a database tool would ------------------


def _tampered(ctx: Context, *statements: str) -> Path:
    """Drop the triggers (as an attacker must), run `statements`, and hand back the file."""
    _views(ctx, 5)
    path = ctx.db.path
    assert path is not None
    ctx.close()
    with sqlite3.connect(path) as raw:
        for name in audit_guard.SQLITE_TRIGGERS:
            raw.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            raw.execute(statement)
    raw.close()
    return path


def _check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = main(["--db", str(path), "check"])
    out, err = capsys.readouterr()
    return code, err + out


@pytest.fixture
def sqlite_ctx(tmp_path: Path) -> Context:
    ctx = open_context(str(tmp_path / "fazhi.db"), "tester")
    ensure_ready(ctx)
    init_office(ctx, "431127", "蓝山县信访局", "county")  # entries 1..N before the ones the tests touch
    return ctx


def test_check_passes_on_an_untouched_trail(sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    _views(sqlite_ctx, 3)
    path = sqlite_ctx.db.path
    sqlite_ctx.close()
    assert path is not None
    code, err = _check(capsys, path)
    assert code == 0, err


def test_check_names_an_edited_entry(sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    path = _tampered(sqlite_ctx, "UPDATE audit_log SET user_login = '李四' WHERE seq = 3")
    code, err = _check(capsys, path)
    assert code == 1 and "审计记录第 3 条被改动" in err


def test_check_names_an_entry_edited_with_its_hash_recomputed(
    sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    _views(sqlite_ctx, 5)
    with sqlite_ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.seq == 4)).one()
        values = {**audit_chain.values_of(entry), "summary": "什么也没看"}
    forged = audit_chain.link_hash(values)
    path = _tampered(
        sqlite_ctx, f"UPDATE audit_log SET summary = '什么也没看', hash = '{forged}' WHERE seq = 4"
    )
    code, err = _check(capsys, path)
    assert code == 1 and "审计记录第 4 条被改动或替换" in err


def test_check_names_a_deleted_entry(sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    path = _tampered(sqlite_ctx, "DELETE FROM audit_log WHERE seq = 2")
    code, err = _check(capsys, path)
    assert code == 1 and "审计记录第 2 条缺失" in err


def test_check_finds_a_trail_emptied_of_every_entry(
    sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue #17 saw `DELETE FROM audit_log` pass `fazhi check`."""
    path = _tampered(sqlite_ctx, "DELETE FROM audit_log")
    code, err = _check(capsys, path)
    assert code == 1 and "审计记录全部缺失" in err


def test_check_names_an_entry_inserted_in_the_middle(
    sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attacker renumbers the later entries and gives the inserted one a correct hash of its own."""
    _views(sqlite_ctx, 2)
    with sqlite_ctx.db.reading() as session:
        first = session.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one()
        values = {
            **audit_chain.values_of(first),
            **{"seq": 3, "prev_hash": first.hash, "summary": "伪造", "details": {}},
            **{"role": None, "host": None, "entity": None, "entity_uuid": None},
            **{"action": "case.view", "outcome": "ok"},
        }
    forged = audit_chain.link_hash(values)
    path = _tampered(
        sqlite_ctx,
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3",
        "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000",
        "INSERT INTO audit_log (seq, at, user_login, action, outcome, summary, details, prev_hash, hash) "
        f"VALUES (3, '{first.at.isoformat(sep=' ')}', '{first.user_login}', 'case.view', 'ok', '伪造', "
        f"'{{}}', '{first.hash}', '{forged}')",
    )
    code, err = _check(capsys, path)
    assert code == 1 and "审计记录第 3 条被改动或替换" in err


def test_check_names_an_entry_appended_without_the_program(
    sqlite_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _tampered(
        sqlite_ctx,
        "INSERT INTO audit_log (seq, at, user_login, action, outcome, summary, details, prev_hash, hash) "
        "SELECT max(seq) + 1, '2024-01-01 00:00:00.000000', 'x', 'case.view', 'ok', '补录', '{}', "
        "(SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), 'f00d' FROM audit_log",
    )
    with sqlite3.connect(path) as raw:
        last = raw.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    raw.close()
    code, err = _check(capsys, path)
    assert code == 1 and f"审计记录第 {last} 条被改动" in err
    assert "触发器缺失" in err


def test_opening_the_database_puts_dropped_triggers_back(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.close()
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            assert audit_guard.missing_triggers(conn) == []
    finally:
        db.close()


def test_the_migration_chains_the_entries_of_an_earlier_release_in_id_order(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    path.write_bytes((FIXTURES / "fazhi-0.1.0-rev0006.db").read_bytes())
    with sqlite3.connect(path) as raw:
        ids = [r[0] for r in raw.execute("SELECT id FROM audit_log ORDER BY id")]
    raw.close()
    assert ids
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(
                select(AuditEntry.id, AuditEntry.seq, AuditEntry.outcome).order_by(AuditEntry.id)
            ).all()
            assert audit_chain.verify(conn) == (len(ids), None)
    finally:
        db.close()
    assert [(r.id, r.seq, r.outcome) for r in rows] == [(i, n, "ok") for n, i in enumerate(ids, start=1)]
