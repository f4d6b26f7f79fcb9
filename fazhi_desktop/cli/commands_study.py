"""fazhi study add | list | advice and fazhi reception add | list | link: 学法 and 接访 on the command line."""

from __future__ import annotations

import argparse
from typing import Any

from fazhi_desktop.cli.commands_outreach import count_arg
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain.outreach import ReceptionKind, StudyKind
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import reception, study
from fazhi_desktop.services.outreach.reception import ReceptionInput, ReceptionRow
from fazhi_desktop.services.outreach.study import AdviceInput, StudyInput, StudyRow

STUDY_KINDS = " | ".join(f"{k.value} {k.label}" for k in StudyKind)
RECEPTION_KINDS = " | ".join(f"{k.value} {k.label}" for k in ReceptionKind)


DATE_HELP = "日期（YYYY-MM-DD）"


def register(commands: SubParsers) -> None:
    top = command(commands, "study", "学法：集中学法、专题讲座、中心组学习、学法考试、培训；法律顾问服务")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(sub, "add", "登记一次学法活动")
    add.add_argument("--date", type=date_arg, required=True, help=DATE_HELP)
    add.add_argument("--kind", required=True, help=STUDY_KINDS)
    add.add_argument("--title", required=True, help="学习内容，或考试、培训的名称")
    add.add_argument("--participants", type=count_arg, default=0, help="参加（参考）人数")
    add.add_argument("--passed", type=count_arg, help="通过人数（学法考试）")
    add.add_argument("--mode", help="培训方式：online 网络培训 | offline 线下培训")
    add.add_argument("--notes", default="", help="备注")
    add.set_defaults(handler=_study_add)
    listing = command(sub, "list", "列出学法活动")
    listing.add_argument("--year", type=int, help="只列出这一年的（例如 2024）")
    listing.set_defaults(handler=_study_list)
    advice = command(sub, "advice", "登记法律顾问一个时期的服务")
    advice.add_argument("--from", dest="date_from", type=date_arg, required=True, help="服务期间的起始日期")
    advice.add_argument("--to", dest="date_to", type=date_arg, required=True, help="服务期间的截止日期")
    advice.add_argument("--consultations", type=count_arg, default=0, help="提供法律咨询（次）")
    advice.add_argument("--cases", type=count_arg, default=0, help="审查信访案件（件）")
    advice.add_argument("--adviser", default="", help="法律顾问（律师事务所、律师）")
    advice.set_defaults(handler=_advice_add)

    top = command(commands, "reception", "接访：领导接访日、下访、约访、联合接访（与宣传分开统计）")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(sub, "add", "登记一次接访活动")
    add.add_argument("--date", type=date_arg, required=True, help=DATE_HELP)
    add.add_argument("--kind", required=True, help=RECEPTION_KINDS)
    add.add_argument("--leader", required=True, help="接访领导，例如 “张明（副县长）”")
    add.add_argument("--place", default="", help="地点")
    add.add_argument("--township", help="所在乡镇（街道）")
    add.add_argument("--units", default="", help="参加联合接访的单位，用顿号分隔")
    add.add_argument("--batches", type=count_arg, default=0, help="接待群众批次")
    add.add_argument("--people", type=count_arg, default=0, help="接待群众人次")
    add.add_argument("--case", nargs="+", default=[], metavar="NUMBER", help="当场登记的信访件编号")
    add.add_argument("--notes", default="", help="备注")
    add.set_defaults(handler=_reception_add)
    listing = command(sub, "list", "列出接访活动")
    listing.add_argument("--year", type=int, help="只列出这一年的（例如 2024）")
    listing.set_defaults(handler=_reception_list)
    link = command(sub, "link", "把信访件关联到一次接访活动")
    link.add_argument("id", type=int, help="接访活动编号")
    link.add_argument(
        "--case", nargs="+", required=True, metavar="NUMBER", help="要关联的信访件编号（可以多个）"
    )
    link.set_defaults(handler=_reception_link)


def _study_json(row: StudyRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.held_on.isoformat(),
        "kind": row.kind.value,
        "kind_label": row.kind.label,
        "title": row.title,
        "participants": row.participants,
        "passed": row.passed,
        "pass_rate": row.pass_rate,
        "mode": row.mode.value if row.mode else None,
        "notes": row.notes,
    }


def _study_add(args: argparse.Namespace, ctx: Context) -> None:
    row = study.add_study(
        ctx,
        StudyInput(args.date, args.kind, args.title, args.participants, args.passed, args.mode, args.notes),
    )
    rate = f"，通过率 {percent(row.pass_rate)}" if row.pass_rate is not None else ""
    emit(
        {"study": _study_json(row)}, args.json, f"已登记：{row.held_on} {row.kind.label}「{row.title}」{rate}"
    )


def _study_list(args: argparse.Namespace, ctx: Context) -> None:
    rows = study.list_study(ctx, args.year)
    advice = study.list_advice(ctx, args.year)
    lines = [f"{r.id}\t{r.held_on}\t{r.kind.label}\t{r.title}\t{r.participants} 人" for r in rows]
    lines += [
        f"法律顾问 {a.period_start}—{a.period_end}：咨询 {a.consultations} 次，审查案件 {a.cases_reviewed} 件"
        for a in advice
    ]
    emit(
        {"study": [_study_json(r) for r in rows], "advice": [a.__dict__ for a in advice]},
        args.json,
        "\n".join(lines) or "没有学法记录。",
    )


def _advice_add(args: argparse.Namespace, ctx: Context) -> None:
    row = study.add_advice(
        ctx, AdviceInput(args.date_from, args.date_to, args.consultations, args.cases, args.adviser)
    )
    emit(
        {"advice": row.__dict__},
        args.json,
        f"已登记法律顾问服务：{row.period_start}—{row.period_end}，咨询 {row.consultations} 次，"
        f"审查案件 {row.cases_reviewed} 件",
    )


def _reception_json(row: ReceptionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "uuid": str(row.uuid),
        "date": row.held_on.isoformat(),
        "kind": row.kind.value,
        "kind_label": row.kind.label,
        "leader": row.leader,
        "place": row.place,
        "township": row.region_name or None,
        "units": row.partner_names,
        "batches": row.batches,
        "people": row.people,
        "cases": list(row.case_numbers),
        "notes": row.notes,
    }


def _reception_add(args: argparse.Namespace, ctx: Context) -> None:
    row = reception.add_reception(
        ctx,
        ReceptionInput(
            held_on=args.date,
            kind=args.kind,
            leader=args.leader,
            place=args.place,
            township=args.township,
            partner_names=args.units,
            batches=args.batches,
            people=args.people,
            notes=args.notes,
            cases=args.case,
        ),
    )
    emit(
        {"reception": _reception_json(row)},
        args.json,
        f"已登记{row.kind.label}（编号 {row.id}）：{row.held_on} {row.leader}，关联信访件 {len(row.case_numbers)} 件",
    )


def _reception_list(args: argparse.Namespace, ctx: Context) -> None:
    rows = reception.list_receptions(ctx, args.year)
    lines = [
        f"{r.id}\t{r.held_on}\t{r.kind.label}\t{r.leader}\t{r.place}\t{r.batches} 批 {r.people} 人次\t"
        + "、".join(r.case_numbers)
        for r in rows
    ]
    emit(
        {"total": len(rows), "receptions": [_reception_json(r) for r in rows]},
        args.json,
        "\n".join(lines) or "没有接访记录。",
    )


def _reception_link(args: argparse.Namespace, ctx: Context) -> None:
    row = reception.link_cases(ctx, args.id, args.case)
    emit(
        {"reception": _reception_json(row)},
        args.json,
        f"已关联：{'、'.join(row.case_numbers)}",
    )
