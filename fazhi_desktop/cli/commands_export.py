"""fazhi export ledger FILE.xlsx [--from D --to D] [--office CODE] [--unmasked]; fazhi export stats.

The ledger's dates are read by the command rather than by argparse, so that a mistyped date is a
user error (exit 1, one Chinese line saying what to type) like an unwritable file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from fazhi_desktop.cli import commands_stats
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.export import export_ledger


def register(commands: SubParsers) -> None:
    export = command(commands, "export", "导出数据到文件")
    sub = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    commands_stats.register_export(sub)
    ledger = command(sub, "ledger", "把信访件导出为 Excel 台账（附分类统计表）")
    ledger.add_argument("file", metavar="FILE.xlsx", help="导出到这个文件（已有的会被覆盖）")
    ledger.add_argument(
        "--from", dest="date_from", metavar="D", help="登记日期从这天起（YYYY-MM-DD，默认最早一件）"
    )
    ledger.add_argument(
        "--to", dest="date_to", metavar="D", help="登记日期到这天止（YYYY-MM-DD，默认最近一件）"
    )
    ledger.add_argument("--office", metavar="CODE", help="只导出这个单位登记的信访件")
    ledger.add_argument("--unmasked", action="store_true", help="身份证号和电话不遮蔽（导出记入审计日志）")
    ledger.set_defaults(handler=_export_ledger)


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return clock.parse_date(text)
    except UserError as exc:
        raise UserError(f"{option}：{exc.message}") from None


def _export_ledger(args: argparse.Namespace, ctx: Context) -> None:
    done = export_ledger(
        ctx,
        args.file,
        date_from=_date(args.date_from, "--from"),
        date_to=_date(args.date_to, "--to"),
        office=args.office,
        unmasked=args.unmasked,
        progress=None if args.json or not sys.stderr.isatty() else _progress,
    )
    period = {"from": done.period.start.isoformat(), "to": done.period.end.isoformat()}
    left_out = [{"count": item.count, "reason": item.reason} for item in done.left_out]
    emit(
        {
            "file": str(done.path),
            "rows": done.rows,
            "period": period,
            "unmasked": done.unmasked,
            "left_out": left_out,
        },
        args.json,
        f"已导出信访事项台账：{done.path}（{period['from']} 至 {period['to']}，{done.rows} 件"
        f"{'，身份证号和电话未遮蔽' if done.unmasked else ''}）"
        + (f"；{done.left_out_text}" if done.left_out else ""),
    )


def _progress(done: int, total: int) -> None:
    """A counter on the terminal for a long export (not when the output goes to a file or a script)."""
    sys.stderr.write(f"\r已写入 {done}/{total} 件")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()
