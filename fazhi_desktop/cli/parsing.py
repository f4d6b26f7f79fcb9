"""Argument types and options shared by every command.

Imported by `fazhi --version` and `--help` too: what only a parsed value or a handler needs (the
clock, ID numbers) is imported where it is used, to keep that start-up short (issue #21).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from fazhi_desktop.cli.argparse_zh import chinese
from fazhi_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date
    from typing import Any, NoReturn

# argparse's sub-parser action is generic only to type checkers.
SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]


class Parser(argparse.ArgumentParser):
    """argparse in Chinese (argparse_zh), and a mistake in the arguments is one line (not the whole
    usage) with exit status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with chinese():  # the section titles and -h's help are made here
            super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with chinese():
            return super().parse_known_args(args, namespace)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with chinese():  # "unrecognized arguments" is said here, outside parse_known_args
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with chinese():
            return super().format_usage()

    def format_help(self) -> str:
        with chinese():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"错误：{message.strip()}（用 {self.prog} --help 查看用法）\n")


def date_arg(text: str) -> date:
    from fazhi_desktop.domain import clock

    try:
        return clock.parse_date(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}")
    return value


def check_id_number_given(text: str) -> None:
    """A whole ID number given on the command line must be valid: a wrong one would only find nothing."""
    if not text.strip():
        return
    from fazhi_desktop.domain import clock
    from fazhi_desktop.domain.idnumber import parse_id_number

    try:
        parse_id_number(text, today=clock.today())
    except UserError as exc:
        raise UserError(f"证件号码 {text.strip()} 无效：{exc.message}") from None


def add_common(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """--json and --verbose, accepted before or after the command name."""
    default = False if top_level else argparse.SUPPRESS
    parser.add_argument("--json", action="store_true", default=default, help="输出一个 JSON 对象")
    parser.add_argument("-v", "--verbose", action="store_true", default=default, help="在终端显示运行日志")


def command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text)
    add_common(parser)
    return parser
