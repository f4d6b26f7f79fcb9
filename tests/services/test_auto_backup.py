"""Automatic backups: the day's copy, copies before imports, what the policy keeps, the folder setting."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import auto_backup, single_writer
from fazhi_desktop.services.auto_backup import Kept, to_keep
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.office import settings
from fazhi_desktop.store.backup import BackupInfo, describe_file
from tests.excel.ledger_workbooks import IMPORTED, messy_ledger
from tests.services.helpers import register


def _kept(name: str, made: datetime, label: str | None) -> Kept:
    return Kept(
        info=BackupInfo(path=Path(name), revision="x", made_at=made.isoformat()), made=made, label=label
    )


def test_the_policy_keeps_the_newest_of_each_day_and_month() -> None:
    now = datetime(2024, 11, 20, 9, 0)
    found = [
        _kept(f"d{n}-{h}", now - timedelta(days=n, hours=h), "daily")
        for n in range(0, 400, 1)
        for h in (0, 5)
        if n % 3 == 0 or n < 10
    ]
    found.append(_kept("import-old", now - timedelta(days=30), "before-ledger"))
    found.append(_kept("import-new", now - timedelta(days=1, hours=2), "before-ledger"))
    found.append(_kept("by-hand", now - timedelta(days=900), None))
    keep = {str(p) for p in to_keep(found, 7, 12, now)}
    daily = {f"d{n}-0" for n in range(7)}  # the newest of each of the last 7 days
    assert daily <= keep
    assert not {f"d{n}-5" for n in range(1, 7)} & keep  # an older copy of the same day goes
    months = {k.made.strftime("%Y-%m") for k in found if str(k.info.path) in keep and k.label == "daily"}
    assert len(months) == 12
    assert "import-new" in keep and "import-old" not in keep  # events kept for 7 days
    assert "by-hand" in keep  # never removed by the program


def test_the_day_s_copy_is_made_once_verified_and_private(ctx: Context) -> None:
    if not ctx.db.is_sqlite:
        assert auto_backup.run_policy(ctx).skipped == "server"  # pg_dump is the administrator's
        return
    register(ctx, name="王建国", summary="拖欠工资")
    single_writer.guard(ctx)
    assert auto_backup.daily_due(ctx)
    register(ctx, name="李秀英", summary="物业电梯停运")  # the first write of the day backs up first
    found = auto_backup.list_backups(ctx)
    assert [k.label for k in found] == ["daily"] and found[0].info.counts["cases"] == 1
    assert not auto_backup.daily_due(ctx)
    register(ctx, name="张三", summary="第三件")
    assert len(auto_backup.list_backups(ctx)) == 1
    folder = found[0].info.path.parent
    assert folder == ctx.db.path.parent / "backups"  # type: ignore[union-attr]
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(found[0].info.path.stat().st_mode) == 0o600
    age = auto_backup.backup_age(ctx)
    assert (age.days, age.warn) == (0, False)
    later = auto_backup.backup_age(ctx, now=datetime.now() + timedelta(days=8))
    assert later.warn and later.days == 8


def test_an_import_is_preceded_by_a_copy_named_in_its_entry(ctx: Context, tmp_path: Path) -> None:
    report = import_ledger(ctx, messy_ledger(tmp_path / "台账.xlsx"))
    assert report.imported == IMPORTED
    if not ctx.db.is_sqlite:
        return
    found = auto_backup.list_backups(ctx)
    assert [k.label for k in found] == ["before-ledger"]
    assert found[0].info.counts["cases"] == 0  # the database as it was before the import
    with ctx.db.engine.connect() as conn:
        details = conn.exec_driver_sql(
            "SELECT details FROM audit_log WHERE action = 'case.import_ledger'"
        ).scalar_one()
    assert str(found[0].info.path) in str(details)


def test_the_folder_setting_points_the_copies_elsewhere(ctx: Context, tmp_path: Path) -> None:
    stick = tmp_path / "U盘"
    with pytest.raises(UserError, match="不存在"):
        settings.set_value(ctx, "backup_folder", str(stick))
    stick.mkdir()
    settings.set_value(ctx, "backup_folder", str(stick))
    settings.set_value(ctx, "backup_keep_daily", 2)
    if not ctx.db.is_sqlite:
        return
    run = auto_backup.run_policy(ctx)
    assert run.made is not None and run.made.path.parent == stick
    assert describe_file(run.made.path).audit_seq == run.made.audit_seq
    with pytest.raises(UserError, match="应为 1 到 365"):
        settings.set_value(ctx, "backup_keep_daily", 0)


def test_a_missing_stick_refuses_the_import_but_not_the_day(ctx: Context, tmp_path: Path) -> None:
    if not ctx.db.is_sqlite:
        return
    stick = tmp_path / "U盘"
    stick.mkdir()
    settings.set_value(ctx, "backup_folder", str(stick))
    stick.rmdir()  # the stick is pulled out
    with pytest.raises(UserError, match="U盘"):
        auto_backup.before(ctx, "ledger")
    assert auto_backup.daily(ctx) is None  # logged; the 工作台 warns instead
    assert not stick.exists()  # and no folder of that name was made on the PC's own disk
