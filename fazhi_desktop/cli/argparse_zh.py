"""argparse's own words in Chinese: usage, section titles, the error lines, -h's help.

argparse looks its messages up through the names `_` and `ngettext` it took from gettext (its
translation hooks). `chinese()` points those two names at the table below while one of our parsers
builds, parses or prints, and puts gettext's back afterwards, so other users of argparse in the same
process (pytest, a host program) keep their own language. Messages not in the table stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

#: argparse 3.11–3.13's translatable messages, with their placeholders kept.
MESSAGES: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "多余的参数值 %r",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 必须给出其中一个",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "can't open '%(filename)s': %(error)s": "无法打开「%(filename)s」：%(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
}
#: ngettext's messages: (singular, plural) → the one Chinese form.
PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "需要 %s 个值",
    ("conflicting option string: %s", "conflicting option strings: %s"): "选项重复：%s",
}


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    found = PLURALS.get((singular, plural))
    if found is not None:
        return found
    return singular if n == 1 else plural


@contextmanager
def chinese() -> Iterator[None]:
    """argparse speaks Chinese inside the block (nested blocks are fine)."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]
