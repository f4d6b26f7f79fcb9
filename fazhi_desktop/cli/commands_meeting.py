"""fazhi meeting add | decide | list: the 研判 meeting and its decisions on the command line.

fazhi meeting add --date 2024-11-14 --attendee 张明 --attendee 李华
fazhi meeting decide 2024-11-14 431127-2024-000123 --tier 红 --owner 王局长 --review 2024-11-21 --measures 约谈
fazhi meeting list --json
"""

from __future__ import annotations

import argparse

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain.meetings import DecisionInput
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings import records


def tier_arg(text: str) -> Tier:
    try:
        return Tier.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"色级「{text}」无法识别，请写 红、黄 或 绿。") from None


def register(commands: SubParsers) -> None:
    top = command(commands, "meeting", "研判会议：登记会议、记录对每件的研判决定、列出")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = command(sub, "add", "登记一次研判会议")
    add.add_argument("--date", type=date_arg, required=True, help="会议日期")
    add.add_argument(
        "--attendee", action="append", default=[], metavar="NAME", help="参会人员（可重复，或用顿号分隔）"
    )
    add.add_argument("--notes", default="", help="会议情况")
    add.set_defaults(handler=_add)

    decide = command(sub, "decide", "记录会议对一件信访件的研判决定（同时记录「研判」步骤）")
    decide.add_argument("date", type=date_arg, help="会议日期")
    decide.add_argument("case", metavar="CASE_NUMBER", help="信访件编号")
    decide.add_argument("--tier", type=tier_arg, required=True, help="研判定级：红、黄或绿")
    decide.add_argument("--owner", default="", help="责任人（包案领导或责任单位）")
    decide.add_argument("--review", type=date_arg, help="下次研判日期（默认会议日期后 7 天）")
    decide.add_argument("--measures", default="", help="化解措施")
    decide.set_defaults(handler=_decide)

    listing = command(sub, "list", "列出研判会议（最新的在前）")
    listing.add_argument("--year", type=int, help="年度")
    listing.set_defaults(handler=_list)


def _add(args: argparse.Namespace, ctx: Context) -> None:
    row = records.add_meeting(ctx, args.date, args.attendee, args.notes)
    emit(
        {"meeting": {"date": row.held_on, "attendees": list(row.attendees), "notes": row.notes}},
        args.json,
        f"已登记研判会议：{row.held_on}" + (f"，参会 {len(row.attendees)} 人" if row.attendees else ""),
    )


def _decide(args: argparse.Namespace, ctx: Context) -> None:
    decision = DecisionInput(tier=args.tier, owner=args.owner, review_on=args.review, measures=args.measures)
    done = records.decide(ctx, args.date, args.case, decision)
    emit(
        {
            "decision": {
                "date": args.date,
                "case": done.number,
                "tier": done.tier.value,
                "owner": decision.owner.strip(),
                "review_on": done.review_on,
                "measures": decision.measures.strip(),
            }
        },
        args.json,
        f"已记录研判决定：{done.number} 定为{done.tier.label}，下次研判 {done.review_on}",
    )


def _list(args: argparse.Namespace, ctx: Context) -> None:
    rows = records.list_meetings(ctx, args.year)
    emit(
        {
            "meetings": [
                {
                    "date": r.held_on,
                    "attendees": list(r.attendees),
                    "notes": r.notes,
                    "decisions": r.decisions,
                }
                for r in rows
            ]
        },
        args.json,
        "\n".join(f"{r.held_on}\t研判 {r.decisions} 件\t{'、'.join(r.attendees)}" for r in rows)
        or "还没有登记研判会议。",
    )
