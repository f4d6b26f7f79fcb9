"""The `fazhi report` kinds whose services belong to other commands, parsed here and loaded only when
printed, so that every `fazhi report` does not import the 评查 and 台账 services and openpyxl with
them (issue #21: a command imports what it runs).

fazhi report register NAME -o FILE.pdf|FILE.xlsx [--as-of D]    台账进展情况表 (commands_register)
fazhi report review --audit NAME -o 通报.pdf|.xlsx               评查通报 (commands_conformity, #22)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context


def register(kinds: SubParsers) -> None:
    printed = command(kinds, "register", "台账进展情况表（PDF，或以 .xlsx 结尾时为 Excel）")
    printed.add_argument("name", help="台账名称")
    printed.add_argument("-o", "--output", required=True, type=Path, help="输出的 PDF 或 Excel 文件")
    printed.add_argument("--as-of", dest="as_of", type=date_arg, help="截至日期（默认今天）")
    printed.set_defaults(handler=_register)
    _extend_review(kinds)


def _register(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.registers import outputs

    done = outputs.print_register(ctx, args.name, args.output, args.as_of)
    what = f"（{done.pages} 页）" if done.pages is not None else ""
    emit(
        {"file": done.file, "pages": done.pages, "kind": "register", "title": done.table.title},
        args.json,
        f"已生成{done.table.title}：{done.file}{what}",
    )


def _extend_review(kinds: SubParsers) -> None:
    """`report review --case` prints the 复查意见书; with --audit, the 评查通报 (--case not needed)."""
    parser = kinds.choices["review"]
    for action in parser._actions:
        if action.dest == "case":
            action.required = False
    parser.add_argument("--audit", help="评查名称：打印这次评查的评查通报（PDF，或 -o 为 .xlsx 时为 Excel）")
    original = parser.get_default("handler")

    def handler(args: argparse.Namespace, ctx: Context) -> None:
        if args.audit:
            _bulletin(args, ctx)
        elif not args.case:
            raise UserError("请指定 --case 信访件编号（复查意见书），或 --audit 评查名称（评查通报）。")
        else:
            original(args, ctx)

    parser.set_defaults(handler=handler)


def _bulletin(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.conformity import bulletin

    target, pages = bulletin.write_bulletin(ctx, args.audit, args.output)
    emit({"file": str(target), "pages": pages, "kind": "review"}, args.json, f"已生成评查通报：{target}")
