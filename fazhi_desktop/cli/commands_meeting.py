"""fazhi meeting add | decide | list: the 研判 meeting and its decisions on the command line.

fazhi meeting add --date 2024-11-14 --attendee 张明 --attendee 李华
fazhi meeting decide 2024-11-14 431127-2024-000123 --tier 红 --owner 王局长 --review 2024-11-21 --measures 约谈
fazhi meeting list --json
fazhi meeting instruct 12 431127-2024-000123 --text 请县人社局一周内解决
fazhi counsel add --date 2024-11-14 --name 张律师 --consultations 6 --cases 2 [--reception 12]
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.meetings import CounselKind, DecisionInput
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings import reception as reception_service
from fazhi_desktop.services.meetings import records
from fazhi_desktop.services.meetings.reception import CounselInput


def tier_arg(text: str) -> Tier:
    try:
        return Tier.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"色级「{text}」无法识别，请写 红、黄 或 绿。") from None


def register(commands: SubParsers) -> None:
    top = command(commands, "meeting", "研判会议：登记会议、记录对每件的研判决定、列出；领导批示")
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

    instruct = command(sub, "instruct", "记录接访领导对接待的信访件的批示（记为该件的「督办」步骤）")
    instruct.add_argument(
        "reception", type=int, metavar="RECEPTION_ID", help="接访活动的编号（fazhi reception list）"
    )
    instruct.add_argument("case", metavar="CASE_NUMBER", help="该次接访接待的信访件编号")
    instruct.add_argument("--text", required=True, help="批示内容")
    instruct.set_defaults(handler=_instruct)
    _register_counsel(commands)


def kind_arg(text: str) -> CounselKind:
    try:
        return CounselKind.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」无法识别，请写 律师 或 心理咨询师。") from None


def _register_counsel(commands: SubParsers) -> None:
    top = command(commands, "counsel", "律师、心理咨询师参与接访：登记、列出、统计")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(sub, "add", "登记一次律师（或心理咨询师）参与接访")
    add.add_argument("--date", type=date_arg, required=True, help="接访日期")
    add.add_argument("--name", required=True, help="律师或心理咨询师的姓名（或所在律师事务所）")
    add.add_argument("--kind", type=kind_arg, default=CounselKind.LAWYER, help="律师（默认）或 心理咨询师")
    add.add_argument("--consultations", type=int, default=0, help="接受咨询（人次）")
    add.add_argument("--cases", type=int, default=0, help="参与研判、化解的信访件（件）")
    add.add_argument("--reception", type=int, help="所在接访活动的编号（fazhi reception list）")
    add.add_argument("--notes", default="", help="备注")
    add.set_defaults(handler=_counsel_add)
    listing = command(sub, "list", "列出参与接访的记录和一年的合计")
    listing.add_argument("--year", type=int, help="年度（默认今年）")
    listing.set_defaults(handler=_counsel_list)


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


def _instruct(args: argparse.Namespace, ctx: Context) -> None:
    applied = reception_service.instruct(ctx, args.reception, args.case, args.text)
    emit(
        {"case": applied.number, "step": applied.kind.value, "text": args.text.strip()},
        args.json,
        f"已在信访件 {applied.number} 记录领导批示（督办）。",
    )


def _counsel_json(r: reception_service.CounselRow) -> dict[str, Any]:
    return {
        "date": r.held_on,
        "kind": r.kind.value,
        "name": r.counsellor,
        "consultations": r.consultations,
        "cases_reviewed": r.cases_reviewed,
        "reception": r.reception_id,
        "notes": r.notes,
    }


def _counsel_add(args: argparse.Namespace, ctx: Context) -> None:
    row = reception_service.add_counsel(
        ctx,
        CounselInput(
            held_on=args.date,
            counsellor=args.name,
            kind=args.kind,
            consultations=args.consultations,
            cases_reviewed=args.cases,
            reception_id=args.reception,
            notes=args.notes,
        ),
    )
    emit(
        {"session": _counsel_json(row)},
        args.json,
        f"已登记{row.kind.label}参与接访：{row.held_on} {row.counsellor}",
    )


def _counsel_list(args: argparse.Namespace, ctx: Context) -> None:
    year = args.year or clock.today().year
    rows = reception_service.list_counsel(ctx, year)
    totals = reception_service.counsel_totals(ctx, date(year, 1, 1), date(year, 12, 31))
    lines = [
        f"{r.held_on}\t{r.kind.label}\t{r.counsellor}\t咨询 {r.consultations} 人次\t{r.cases_reviewed} 件"
        for r in rows
    ]
    lines += [
        f"{year}年{k.label}参与接访 {t.sessions} 次、咨询 {t.consultations} 人次、{t.cases_reviewed} 件"
        for k, t in totals.items()
    ]
    emit(
        {
            "year": year,
            "sessions": [_counsel_json(r) for r in rows],
            "totals": {
                k.value: {
                    "sessions": t.sessions,
                    "consultations": t.consultations,
                    "cases_reviewed": t.cases_reviewed,
                }
                for k, t in totals.items()
            },
        },
        args.json,
        "\n".join(lines),
    )
