"""fazhi import ledger FILE.xlsx [--sheet NAME] [--dry-run] [--progress]: import an Excel case ledger.

The import commits first; the search index then catches up with the new cases on its own, timed
separately (the JSON's `seconds`), so that a search finds them through the index at once.
"""

from __future__ import annotations

import argparse
import sys
import time

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command
from fazhi_desktop.services.context import Context


def register(commands: SubParsers) -> None:
    top = command(commands, "import", "导入 Excel 台账")
    sub = top.add_subparsers(dest="what", metavar="WHAT", required=True)
    ledger = command(sub, "ledger", "导入信访台账（.xlsx 或 .xls）：每行一件信访件")
    ledger.add_argument("file", help=".xlsx 或 .xls 文件")
    ledger.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    ledger.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    ledger.add_argument(
        "--add-unknown",
        action="store_true",
        help="先把不在目录中的问题属地、内容分类和责任单位加入目录（与导入在同一事务中）",
    )
    ledger.add_argument("--progress", action="store_true", help="在标准错误输出上显示进度")
    ledger.set_defaults(handler=_ledger)


def _progress_line(done: int, total: int) -> None:
    sys.stderr.write(f"进度：{done}/{total}\n")
    sys.stderr.flush()


def _ledger(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.cases import search_index
    from fazhi_desktop.services.ledger.importing import import_ledger

    started = time.perf_counter()
    result = import_ledger(
        ctx,
        args.file,
        sheet=args.sheet,
        dry_run=args.dry_run,
        add_unknown=args.add_unknown,
        progress=_progress_line if args.progress else None,
    )
    imported = time.perf_counter() - started
    indexed, index_seconds = 0, 0.0
    if not args.dry_run and result.imported:
        started = time.perf_counter()
        indexed = search_index.catch_up(ctx)
        index_seconds = time.perf_counter() - started
    level = {"error": "未导入", "warning": "提醒"}
    lines = [
        f"工作表「{result.sheet}」，表头在第 {result.header_row} 行。{result.summary()}。",
        f"{result.linked_text()}。",
        *([f"{result.added_text()}。"] if result.added else []),
        *(f"第 {p.row} 行（{level[p.level]}）：{p.message}" for p in result.problems),
    ]
    payload = {
        **result.as_json(),
        "seconds": {"import": round(imported, 3), "search_index": round(index_seconds, 3)},
        "search_indexed": indexed,
    }
    emit(payload, args.json, "\n".join(lines))
