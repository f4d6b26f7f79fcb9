"""The reports of the 研判 meeting and of supervision under `fazhi report`: minutes and the monthly 通报.

fazhi report minutes --date 2024-11-14 [-o 纪要.pdf]
fazhi report bulletin --month 2024-10 [-o 通报.pdf] [--xlsx 通报.xlsx]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain.bulletin import BulletinRow
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.services.context import Context


def add_dated_options(parser: argparse.ArgumentParser, kind: ReportKind) -> None:
    """督办单 / 催办单: the case as a positional too, the kind (督办 or 催办) and the document's own date."""
    parser.add_argument("number", nargs="?", metavar="CASE_NUMBER", help="信访件编号（也可用 --case）")
    if kind is ReportKind.SUPERVISE:
        parser.add_argument(
            "--kind", dest="slip", choices=("督办", "催办"), default="督办", help="督办单（默认）或催办单"
        )
    parser.add_argument(
        "--date",
        dest="day",
        type=date_arg,
        help="文书日期：按这一天的办理情况印制（默认：督办单取最近一次督办的日期，催办单取今天）",
    )


def dated_request(args: argparse.Namespace, kind: ReportKind) -> tuple[ReportKind, str, Path]:
    """The kind, the case and the output of a 督办单 / 催办单 from what was typed."""
    number = args.number or args.case
    if not number:
        raise UserError(
            "请写出信访件编号，例如：fazhi report supervise 431127-2024-000123 --kind 督办 --date 2024-11-20"
        )
    if getattr(args, "slip", None) == "催办":
        kind = ReportKind.URGE
    output = args.output or Path(f"{kind.label}-{number}{'-' + str(args.day) if args.day else ''}.pdf")
    return kind, number, output


def register(kinds: SubParsers) -> None:
    """Add `minutes` (and the 通报) to `fazhi report`'s kinds."""
    minutes = command(kinds, "minutes", "研判会议纪要：参会人员和对每件信访件的研判决定")
    minutes.add_argument("--date", dest="day", type=date_arg, required=True, help="会议日期")
    minutes.add_argument("-o", "--output", type=Path, help="输出的 PDF 文件（默认：研判会议纪要-日期.pdf）")
    minutes.set_defaults(handler=_minutes)
    bulletin = command(
        kinds,
        "bulletin",
        "月度通报：责任单位和乡镇按按期办结率、逾期、满意率、重复信访排名（PDF，可加 Excel）",
    )
    bulletin.add_argument("--month", required=True, help="月份，例如 2024-10（数字截至该月最后一天）")
    bulletin.add_argument("-o", "--output", type=Path, help="输出的 PDF 文件（默认：月度通报-月份.pdf）")
    bulletin.add_argument("--xlsx", type=Path, help="同时导出的 Excel 文件（含排名、指标说明和明细）")
    bulletin.set_defaults(handler=_bulletin)


def _minutes(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.meetings.minutes import print_minutes  # loaded only when printed

    target = args.output or Path(f"研判会议纪要-{args.day}.pdf")
    printed = print_minutes(ctx, args.day, target)
    emit(
        {
            "file": printed.file,
            "pages": printed.pages,
            "kind": "minutes",
            "title": printed.title,
            "decisions": printed.decisions,
        },
        args.json,
        f"已生成研判会议纪要：{printed.file}（{printed.pages} 页，研判 {printed.decisions} 件）",
    )


def _row_json(row: BulletinRow) -> dict[str, Any]:
    return {
        "rank": row.rank,
        "name": row.name,
        "registered": row.registered,
        "due": row.due,
        "on_time": row.on_time,
        "on_time_rate": row.on_time_rate,
        "overdue": row.overdue,
        "evaluated": row.evaluated,
        "satisfied": row.satisfied,
        "satisfaction_rate": row.satisfaction_rate,
        "repeat": row.repeat,
        "supervised": row.supervised,
    }


def _bulletin(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.reports.bulletin import print_bulletin  # loaded only when printed

    target = args.output or Path(f"月度通报-{args.month}.pdf")
    files = print_bulletin(ctx, args.month, target, args.xlsx)
    report = files.report
    emit(
        {
            "file": files.pdf,
            "xlsx": files.xlsx,
            "pages": files.pages,
            "kind": "bulletin",
            "title": report.title,
            "month": report.month,
            "as_of": report.end,
            "units": [_row_json(r) for r in report.units],
            "townships": [_row_json(r) for r in report.townships],
            "totals": _row_json(report.totals),
        },
        args.json,
        f"已生成月度通报：{files.pdf}（{files.pages} 页）" + (f"，Excel：{files.xlsx}" if files.xlsx else ""),
    )
