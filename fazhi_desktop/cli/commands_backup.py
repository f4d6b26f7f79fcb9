"""fazhi backup, restore, check: the safety of the data."""

from __future__ import annotations

import argparse
import sys

from fazhi_desktop.cli.context import open_ctx
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import auto_backup, recovery
from fazhi_desktop.services import backup as backups
from fazhi_desktop.services.context import Context, acting_login

CONFIRM_WORDS = {"y", "yes", "是", "确定"}
CHECK_NAMES = {
    "integrity": "文件完整性",
    "foreign_keys": "记录间的引用",
    "revision": "数据库版本",
    "search_index": "全文检索索引",
    "records": "编号和主访人等规则",
    "files": "附件和照片的校验值",
    "audit_trail": "审计记录链",
}


def register(commands: SubParsers) -> None:
    make = command(commands, "backup", "把数据库备份到一个文件（程序打开时也可以备份）")
    make.add_argument(
        "file",
        metavar="FILE|auto|list",
        help="备份文件的路径（给一个文件夹则按单位和时间命名）；auto：按自动备份的规则备份并清理旧备份；"
        "list：列出备份文件夹中的备份（名为 auto 或 list 的文件请写成 ./auto）",
    )
    make.set_defaults(handler=_backup, opens_db=True)

    back = command(commands, "restore", "用备份文件替换当前数据库（先自动备份当前数据库）")
    back.add_argument("file", metavar="FILE", help="fazhi backup 做出的备份文件")
    back.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    back.set_defaults(handler=_restore, opens_db=True)

    inspect = command(commands, "check", "检查数据库是否完好（不改动数据）；发现问题时退出码为 1")
    inspect.set_defaults(handler=_check, opens_db=True)


def _backup(args: argparse.Namespace) -> None:
    if args.file in ("auto", "list"):
        ctx = open_ctx(args)
        try:
            (_auto if args.file == "auto" else _list)(args, ctx)
        finally:
            ctx.close()
        return
    ctx = open_ctx(args)
    try:
        info = backups.backup(ctx, args.file)
    finally:
        ctx.close()
    emit(
        {
            "file": str(info.path),
            "size": info.size,
            "revision": info.revision,
            "made_at": info.made_at,
            "office": info.office_code,
            "counts": info.counts,
        },
        args.json,
        f"已备份到 {info.path}（{info.size / 1048576:.1f} MB，信访件 {info.counts.get('cases', 0)} 件，"
        f"宣传照片和文件 {info.counts.get('outreach_files', 0)} 个）。",
    )


def _auto(args: argparse.Namespace, ctx: Context) -> None:
    """fazhi backup auto: the automatic backup policy, now."""
    run = auto_backup.run_policy(ctx)
    if run.made is None:
        emit(
            {"made": None, "removed": [], "skipped": run.skipped},
            args.json,
            "数据库在 PostgreSQL 服务器上：自动备份由服务器管理员用 pg_dump 完成，本程序不备份。",
        )
        return
    emit(
        {
            "made": str(run.made.path),
            "size": run.made.size,
            "counts": run.made.counts,
            "removed": [str(p) for p in run.removed],
            "skipped": None,
        },
        args.json,
        f"已自动备份到 {run.made.path}（信访件 {run.made.counts.get('cases', 0)} 件）"
        + (f"；按保留规则删除了 {len(run.removed)} 个旧备份。" if run.removed else "。"),
    )


def _list(args: argparse.Namespace, ctx: Context) -> None:
    """fazhi backup list: the backups in the backups folder, newest first."""
    rules = auto_backup.policy(ctx)
    found = auto_backup.list_backups(ctx)
    lines = [f"备份文件夹：{rules.folder}（保留每日 {rules.keep_daily} 个、每月 {rules.keep_monthly} 个）"]
    lines += [
        f"{k.made:%Y-%m-%d %H:%M}  {k.label or '手动'}  信访件 {k.info.counts.get('cases', 0)} 件  {k.info.path.name}"
        for k in found
    ] or ["（还没有备份）"]
    emit(
        {
            "folder": str(rules.folder),
            "keep_daily": rules.keep_daily,
            "keep_monthly": rules.keep_monthly,
            "backups": [
                {
                    "file": str(k.info.path),
                    "made_at": k.info.made_at,
                    "kind": k.label or "manual",
                    "cases": k.info.counts.get("cases", 0),
                    "size": k.info.size,
                }
                for k in found
            ],
        },
        args.json,
        "\n".join(lines),
    )


def _restore(args: argparse.Namespace) -> None:
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("恢复会替换当前数据库的全部数据。请确认无误后加 --yes 再运行。")
        sys.stderr.write(
            f"将用备份「{args.file}」替换当前数据库的全部数据（当前数据库会先自动备份）。确定恢复吗？[是/否] "
        )
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in CONFIRM_WORDS:
            raise UserError("已取消，数据库没有任何改动。")
    result = backups.restore(args.db, args.file, acting_login(args.user))
    kept = f"恢复前的数据库已保存到 {result.kept_previous}。" if result.kept_previous else ""
    migrated = "备份来自较早的版本，已升级到本版本的结构。" if result.migrated else ""
    emit(
        {
            "source": str(result.source),
            "database": result.database,
            "kept_previous": str(result.kept_previous) if result.kept_previous else None,
            "backup_revision": result.backup_revision,
            "migrated": result.migrated,
            "made_at": result.made_at,
            "counts": result.counts,
        },
        args.json,
        f"已从 {result.source} 恢复（备份时间 {result.made_at or '未知'}），信访件 "
        f"{result.counts.get('cases', 0)} 件。{migrated}{kept}",
    )


def _check(args: argparse.Namespace) -> None:
    # Opened as it is: no migration, no seeding, so that what is checked is what is on disk.
    result = backups.check_file(args.db, args.user)
    lines = [f"- {finding.message}" for finding in result.findings]
    emit(
        {
            "ok": result.ok,
            "checks": result.checks,
            "findings": [{"code": f.code, "message": f.message, "count": f.count} for f in result.findings],
        },
        args.json,
        "数据库检查通过：" + "、".join(CHECK_NAMES.get(c, c) for c in result.checks)
        if result.ok
        else "\n".join(lines),
    )
    if not result.ok:
        problem = recovery.check_at_start(args.db)  # names the latest good backup, if any
        advice = problem.message() if problem is not None else ""
        raise UserError(f"数据库检查发现 {len(result.findings)} 个问题：{result.findings[0].message}{advice}")
