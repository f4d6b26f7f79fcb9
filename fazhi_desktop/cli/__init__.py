"""The command line `fazhi`: a peer of the GUI over the same services (DESIGN.md, "Command line").

Exit status 0 on success, 1 on a user error or a failed check (one Chinese line on stderr), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from fazhi_desktop import __version__
from fazhi_desktop.cli import (
    commands_audit,
    commands_backup,
    commands_cases,
    commands_clock,
    commands_data,
    commands_exchange,
    commands_export,
    commands_import,
    commands_outreach,
    commands_report,
    commands_setup,
    commands_stats,
    commands_study,
)
from fazhi_desktop.cli.context import open_ctx
from fazhi_desktop.cli.parsing import Parser, add_common, date_arg
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.redact import redact
from fazhi_desktop.logs import setup_logging

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="fazhi",
        description="法治信访：信访件登记、办理、统计与报表的命令行。",
    )
    parser.add_argument("--version", action="version", version=f"fazhi {__version__}")
    parser.add_argument(
        "--db", help="数据库文件路径或 SQLAlchemy 地址（默认：FAZHI_DB 或用户数据文件夹中的 fazhi.db）"
    )
    parser.add_argument("--user", help="操作人登录名（默认：FAZHI_USER 或系统登录名），记入审计日志")
    parser.add_argument("--today", type=date_arg, help="把“今天”固定为某日（YYYY-MM-DD），用于测试和演示")
    add_common(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (
        commands_setup,
        commands_cases,
        commands_data,
        commands_clock,
        commands_outreach,
        commands_import,
        commands_study,
        commands_stats,
        commands_export,
        commands_report,
        commands_backup,
        commands_audit,
        commands_exchange,
    ):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(verbose=getattr(args, "verbose", False))
    if args.today is not None:
        clock.set_today(args.today)
    try:
        if getattr(args, "opens_db", False):
            args.handler(args)
        else:
            ctx = open_ctx(args)
            try:
                args.handler(args, ctx)
            finally:
                ctx.close()
        return 0
    except ValidationError as exc:
        for message in exc.errors.values():
            sys.stderr.write(f"错误：{message}\n")
        return 1
    except UserError as exc:
        sys.stderr.write(f"错误：{exc.message}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("已取消。\n")
        return 1
    except Exception as exc:
        from fazhi_desktop.services.database import as_user_error

        friendly = as_user_error(exc)
        if friendly is not None:
            sys.stderr.write(f"错误：{friendly.message}\n")
            return 1
        if os.environ.get("FAZHI_DEBUG"):
            raise
        log.exception("unexpected error in command %s", args.command)
        from fazhi_desktop.logs import log_file

        # One line, and no personal data: a driver's error goes on with the statement and its values.
        first = redact(next(iter(str(exc).splitlines()), ""))
        sys.stderr.write(
            f"内部错误：{type(exc).__name__}: {first}。详细信息已记录在 {log_file()}，请把它发给技术支持。\n"
        )
        return 1
