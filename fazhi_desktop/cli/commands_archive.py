"""fazhi archive: 归档 a closed matter, print its 卷内目录, revoke a filing, export a year's archive.

fazhi archive 431127-2024-000123 [-o 卷内目录.pdf]         file it (归档) under the next archive number
fazhi archive contents 2024-431127-0001 -o 卷内目录.pdf    print the 卷内目录 (by case or archive number)
fazhi archive revoke 431127-2024-000123 --reason 更正住址   撤销归档 (a leader or an administrator)
fazhi archive list [--year 2024]
fazhi archive export --year 2024 --to 档案/2024
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.archive import contents as archive_contents
from fazhi_desktop.services.archive import export as archive_export
from fazhi_desktop.services.archive import filing
from fazhi_desktop.services.context import Context

USAGE = (
    "用法：fazhi archive 信访件编号 | archive contents 编号 -o 文件.pdf | archive revoke 编号 --reason 理由 | "
    "archive list [--year 年] | archive export --year 年 --to 文件夹"
)


def register(commands: SubParsers) -> None:
    top = command(commands, "archive", "归档：把办结的信访件归档并编档号；卷内目录；撤销归档；导出一年的档案")
    top.add_argument(
        "words",
        nargs="+",
        metavar="CASE_NUMBER | contents | revoke | list | export",
        help="信访件编号，或要做的事",
    )
    top.add_argument("--year", type=int, help="年度（list、export）")
    top.add_argument("--to", type=Path, help="导出到的文件夹（export）")
    top.add_argument("--reason", default="", help="撤销归档的理由（revoke）")
    top.add_argument("-o", "--output", type=Path, help="卷内目录的 PDF 文件（归档时或 contents）")
    top.set_defaults(handler=_archive)


def _archive(args: argparse.Namespace, ctx: Context) -> None:
    words: list[str] = args.words
    action = words[0]
    if action == "export" and len(words) == 1:
        _export(args, ctx)
    elif action == "list" and len(words) == 1:
        _list(args, ctx)
    elif action == "revoke" and len(words) == 2:
        changes = filing.revoke_filing(ctx, words[1], args.reason)
        emit(
            {"case": words[1], "revoked": True, "changed": bool(changes)},
            args.json,
            f"已撤销归档：{words[1]}",
        )
    elif action == "contents" and len(words) == 2:
        _contents(args, ctx, words[1])
    elif len(words) == 1:
        filed = filing.archive_case(ctx, action)
        result = {
            "case": filed.number,
            "archive_number": filed.archive_number,
            "filed_on": filed.filed_on,
            "contents": None,
        }
        text = f"已归档：{filed.number}，档号 {filed.archive_number}"
        if args.output is not None:
            file, _pages, _ = archive_contents.print_contents(ctx, filed.number, args.output)
            result["contents"] = file
            text += f"；卷内目录：{file}"
        emit(result, args.json, text)
    else:
        raise UserError(USAGE)


def _contents(args: argparse.Namespace, ctx: Context, number: str) -> None:
    if args.output is None:
        raise UserError("请用 -o 指定卷内目录的 PDF 文件。")
    file, pages, contents = archive_contents.print_contents(ctx, number, args.output)
    emit(
        {
            "file": file,
            "pages": pages,
            "archive_number": contents.archive_number,
            "case": contents.number,
            "entries": [
                {"section": e.section, "title": e.title, "date": e.day, "by": e.by, "note": e.note}
                for e in contents.entries
            ],
        },
        args.json,
        f"已生成卷内目录：{file}（档号 {contents.archive_number}，{len(contents.entries)} 项）",
    )


def _list(args: argparse.Namespace, ctx: Context) -> None:
    rows = filing.list_filings(ctx, args.year)
    emit(
        {
            "filings": [
                {
                    "archive_number": r.archive_number,
                    "case": r.number,
                    "filed_on": r.filed_on,
                    "filed_by": r.filed_by,
                }
                for r in rows
            ]
        },
        args.json,
        "\n".join(f"{r.archive_number}\t{r.number}\t{r.filed_on}" for r in rows) or "没有归档的信访件。",
    )


def _export(args: argparse.Namespace, ctx: Context) -> None:
    if args.to is None:
        raise UserError("请用 --to 指定导出到的文件夹。")
    year = args.year or clock.today().year
    done = archive_export.export_year(ctx, year, args.to)
    emit(
        {
            "folder": done.folder,
            "year": year,
            "matters": done.matters,
            "files": done.files,
            "index_pdf": done.index_pdf,
            "index_xlsx": done.index_xlsx,
            "archive_numbers": [line.archive_number for line in done.lines],
        },
        args.json,
        f"已导出{year}年信访档案 {done.matters} 卷、{done.files} 个文件到 {done.folder}",
    )
