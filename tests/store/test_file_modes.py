"""Files with personal data are the user's alone (issue #17): the database and its WAL, backups and
their folder, exports, prints, exchange packages and the log are 0600, the program's folders 0700."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.services import backup as backups
from fazhi_desktop.services.context import open_context
from fazhi_desktop.services.exchange.files import write_atomically as save_file
from fazhi_desktop.services.ledger.export import export_ledger
from fazhi_desktop.services.office.offices import init_office
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.services.reports.printing import ReportRequest, make_report
from fazhi_desktop.services.statistics.export import export_stats
from fazhi_desktop.store.backup import automatic_backup, raw_copy_aside
from fazhi_desktop.store.file_modes import make_private_database, private_folder
from tests.services.helpers import id_number, register

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX modes (Windows: the user's own folders)"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> object:
    """A umask that makes every new file 0644 and folder 0755, as on a desktop by default."""
    old = os.umask(0o022)
    yield None
    os.umask(old)


def test_a_new_database_its_wal_and_everything_written_from_it_are_private(
    tmp_path: Path, loose_umask: object
) -> None:
    db = tmp_path / "office" / "fazhi.db"
    db.parent.mkdir()
    ctx = open_context(str(db), "tester")
    try:
        ensure_ready(ctx)
        init_office(ctx, "431127", "蓝山县信访局", "county")
        register(ctx, "王某", id_no=id_number(), phone="13812345678")
        companions = [db.with_name(db.name + s) for s in ("-wal", "-shm")]
        assert mode(db) == 0o600
        assert [mode(p) for p in companions if p.exists()] == [0o600 for p in companions if p.exists()]
        backups.backup(ctx, tmp_path / "备份.db")
        export_ledger(ctx, tmp_path / "台账.xlsx")
        export_stats(ctx, tmp_path / "统计.xlsx", date(2024, 1, 1), date(2024, 12, 31))
        make_report(ctx, ReportRequest(ReportKind.SUMMARY, start=date(2024, 1, 1)), tmp_path / "统计.pdf")
        automatic = automatic_backup(ctx.db, "test")
        save_file(tmp_path / "包.zip", b"package bytes")
    finally:
        ctx.close()
    for name in ("备份.db", "台账.xlsx", "统计.xlsx", "统计.pdf", "包.zip"):
        assert mode(tmp_path / name) == 0o600, name
    assert mode(automatic) == 0o600 and mode(automatic.parent) == 0o700
    assert mode(raw_copy_aside(db, "damaged")) == 0o600


def test_an_older_versions_loose_files_are_made_private_when_opened(
    tmp_path: Path, loose_umask: object
) -> None:
    db = tmp_path / "fazhi.db"
    ctx = open_context(str(db), "tester")
    ensure_ready(ctx)
    ctx.close()
    os.chmod(db, 0o644)
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"")
    os.chmod(wal, 0o644)
    make_private_database(db)  # what every connection does first
    assert mode(db) == 0o600 and mode(wal) == 0o600
    os.chmod(db, 0o644)
    ctx = open_context(str(db), "tester")
    ctx.close()
    assert mode(db) == 0o600


def test_program_folders_are_the_users_alone(tmp_path: Path, loose_umask: object) -> None:
    folder = private_folder(tmp_path / "data" / "backups")
    assert mode(folder) == 0o700
    os.chmod(folder, 0o755)
    assert mode(private_folder(folder)) == 0o700
