"""Opening databases: schema by migration, SQLite settings, and every way a file can be wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.store.backup import automatic_backup
from fazhi_desktop.store.database import connect
from fazhi_desktop.store.errors import NetworkShareRefused, NewerDatabase, NotADatabase
from fazhi_desktop.store.location import is_network_path, mount_fs_type
from fazhi_desktop.store.migrate import current_revision, head_revision
from fazhi_desktop.store.models import Base
from fazhi_desktop.store.opening import open_database
from fazhi_desktop.store.search import include_name


def test_a_new_database_gets_exactly_the_schema_of_the_models(empty_db_url: str) -> None:
    db = open_database(empty_db_url)
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            differences = compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
            )
        assert differences == []
    finally:
        db.close()


def test_opening_twice_changes_nothing_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    open_database(str(path)).close()
    open_database(str(path)).close()
    assert not (tmp_path / "backups").exists()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "fazhi.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_foreign_keys_are_enforced(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with pytest.raises(Exception, match=r"(?i)foreign key"), db.writing() as session:
            session.execute(
                text(
                    "INSERT INTO case_petitioners (case_id, petitioner_id, role, position) VALUES (999, 999, 'x', 0)"
                )
            )
    finally:
        db.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这是一个文本文件，不是数据库。\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotADatabase, match="不是法治信访的数据库"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(NotADatabase):
        open_database(str(path))


def test_a_database_made_by_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    open_database(str(path)).close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    with pytest.raises(NewerDatabase, match="更新版本"):
        open_database(str(path))
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_from_the_future",)
    raw.close()


def test_a_newer_postgresql_database_is_refused_too(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.close()
    with pytest.raises(NewerDatabase):
        open_database(db_url)


def test_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="不存在"):
        open_database(str(tmp_path / "no" / "such" / "fazhi.db"))
    assert not (tmp_path / "no").exists()


def test_a_unc_path_is_refused() -> None:
    with pytest.raises(NetworkShareRefused, match="网络共享"):
        connect("//fileserver/share/fazhi.db")


MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
fileserver:/export /mnt/office nfs4 rw,relatime 0 0
//nas/信访 /media/nas\\040share cifs rw 0 0
/dev/vdb1 /mnt/office/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/clerk/fazhi.db", False),
        ("/mnt/office/fazhi.db", True),
        ("/mnt/office/local/fazhi.db", False),  # a local disk mounted inside the share
        ("/media/nas share/fazhi.db", True),
        ("/mnt/officeX/fazhi.db", False),  # a sibling whose name starts the same
    ],
)
def test_network_mounts_are_recognised(path: str, expected: bool) -> None:
    assert is_network_path(Path(path), mounts_text=MOUNTS, platform="linux") is expected


def test_mount_type_of_the_longest_mount_point() -> None:
    assert mount_fs_type(Path("/mnt/office/a/b.db"), MOUNTS) == "nfs4"
    assert mount_fs_type(Path("/mnt/office/local/b.db"), MOUNTS) == "ext4"


def test_backup_copies_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "fazhi.db"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO settings (key, value) VALUES ('office_code', '{\"value\": \"431127\"}')")
        )
    copy = automatic_backup(db, "before-test")
    db.close()
    assert copy.parent == tmp_path / "backups"
    raw = sqlite3.connect(copy)
    assert raw.execute("SELECT value FROM settings WHERE key = 'office_code'").fetchone() == (
        '{"value": "431127"}',
    )
    raw.close()


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD_DATABASES = sorted(p.name for p in FIXTURES.glob("fazhi-*.db"))


def test_databases_of_earlier_releases_are_kept() -> None:
    assert OLD_DATABASES, "tests/fixtures/ must keep a database of each earlier release"


@pytest.mark.parametrize("fixture", OLD_DATABASES)
def test_a_database_of_an_earlier_version_is_backed_up_and_upgraded(tmp_path: Path, fixture: str) -> None:
    """Real files written by earlier releases (tests/fixtures) open in this one with all their data."""
    path = tmp_path / "fazhi.db"
    path.write_bytes((FIXTURES / fixture).read_bytes())
    raw = sqlite3.connect(path)
    before = raw.execute("SELECT count(*), sum(head_count) FROM cases").fetchone()
    old_revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    raw.close()
    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert (
                compare_metadata(
                    MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
                )
                == []
            )
            assert tuple(conn.exec_driver_sql("SELECT count(*), sum(head_count) FROM cases").one()) == before
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("*.db"))
    if old_revision != head_revision():
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_revision,)
        copy.close()
