"""The reports of the 研判 meeting and of supervision under `fazhi report`: minutes and the monthly 通报.

fazhi report minutes --date 2024-11-14 [-o 纪要.pdf]
fazhi report bulletin --month 2024-10 [-o 通报.pdf] [--xlsx 通报.xlsx]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings.minutes import print_minutes


def register(kinds: SubParsers) -> None:
    """Add `minutes` (and the 通报) to `fazhi report`'s kinds."""
    minutes = command(kinds, "minutes", "研判会议纪要：参会人员和对每件信访件的研判决定")
    minutes.add_argument("--date", dest="day", type=date_arg, required=True, help="会议日期")
    minutes.add_argument("-o", "--output", type=Path, help="输出的 PDF 文件（默认：研判会议纪要-日期.pdf）")
    minutes.set_defaults(handler=_minutes)


def _minutes(args: argparse.Namespace, ctx: Context) -> None:
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
