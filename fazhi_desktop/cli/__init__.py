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
from fazhi_desktop.cli import command_table
from fazhi_desktop.cli.parsing import Parser, add_common, date_arg
from fazhi_desktop.domain.errors import UserError, ValidationError

log = logging.getLogger(__name__)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of `fazhi`: every command's when `only` is None, else the command `only`'s (none
    for ""), with the other commands present by name, for the help and for mistakes."""
    parser = Parser(
        prog="fazhi",
        description="法治信访：信访件登记、办理、统计与报表的命令行。",
    )
    parser.add_argument(
        "--version", action="version", version=f"fazhi {__version__}", help="显示版本号并退出"
    )
    parser.add_argument(
        "--db", help="数据库文件路径或 SQLAlchemy 地址（默认：FAZHI_DB 或用户数据文件夹中的 fazhi.db）"
    )
    parser.add_argument(
        "--user", help="登录名（默认：FAZHI_USER 或系统登录名）；密码取自 FAZHI_PASSWORD 或提示输入"
    )
    parser.add_argument("--today", type=date_arg, help="把“今天”固定为某日（YYYY-MM-DD），用于测试和演示")
    add_common(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, title="命令")
    chosen = None if only is None else command_table.COMMANDS.get(only, ("", ""))[0]
    registered: set[str] = set()
    for name, (module, help_text) in command_table.COMMANDS.items():
        if chosen is None or module == chosen:
            if module not in registered:
                command_table.load(module).register(commands)
                registered.add(module)
        else:
            # A stand-in: named in the help, and parsed (with whatever follows) only to find the command.
            commands.add_parser(name, help=help_text, add_help=False)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Find the command with stand-ins for all, then parse again with that command's real parser."""
    found, _ = build_parser(only="").parse_known_args(argv)
    return build_parser(only=found.command).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    # Imported once the arguments are read: `--version` and `--help` need neither (issue #21).
    from fazhi_desktop.domain import clock
    from fazhi_desktop.logs import setup_logging

    setup_logging(verbose=getattr(args, "verbose", False))
    if args.today is not None:
        clock.set_today(args.today)
    try:
        if getattr(args, "opens_db", False):
            args.handler(args)
        else:
            from fazhi_desktop.cli.context import open_ctx  # the database layers: not for --help

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
        from fazhi_desktop.domain.redact import redact
        from fazhi_desktop.logs import log_file

        # One line, and no personal data: a driver's error goes on with the statement and its values.
        first = redact(next(iter(str(exc).splitlines()), ""))
        sys.stderr.write(
            f"内部错误：{type(exc).__name__}: {first}。详细信息已记录在 {log_file()}，请把它发给技术支持。\n"
        )
        return 1
