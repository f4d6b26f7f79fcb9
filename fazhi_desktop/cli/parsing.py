"""Argument types and options shared by every command."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import NoReturn

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.idnumber import parse_id_number

# argparse's sub-parser action is generic only to type checkers.
SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake in the arguments is one line (not the whole usage) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        match = re.match(r"argument (\S+?): (.*)", message, re.S)
        said = f"参数 {match.group(1)}：{match.group(2)}" if match else message
        self.exit(2, f"错误：{said.strip()}（用 {self.prog} --help 查看用法）\n")


def date_arg(text: str) -> date:
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
