"""fazhi register …: 领导包案, 积案 and 专项 registers (台账) on the command line (`fazhi report
register NAME -o FILE` is cli/lazy_reports.py).

fazhi register add --kind 包案 --name 2024年领导包案 --leader 张县长 --from 2024-01-01 --to 2024-12-31
fazhi register cases add 2024年领导包案 431127-2024-000001 431127-2024-000002
fazhi register import 2024年专项攻坚 交办清单.xlsx
fazhi register resolve 2024年领导包案 431127-2024-000001 --date 2024-06-30
fazhi register note 2024年领导包案 431127-2024-000001 --date 2024-05-10 "已召开协调会"
fazhi register list --json
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.cli.register_json import summary_json
from fazhi_desktop.domain.registers import Plan, RegisterInput, parse_kind
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.registers import importing, reading, writing

CASE_HELP = "信访件编号（或上级件号），例如 431127-2024-000123"


def register(commands: SubParsers) -> None:
    top = command(commands, "register", "台账：领导包案、积案、专项攻坚清单及其化解率")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(sub, "add", "新建一本台账")
    add.add_argument("--kind", required=True, help="类别：包案 | 积案 | 专项")
    add.add_argument("--name", required=True, help="台账名称，例如 2024年市县领导包案")
    add.add_argument("--leader", default="", help="包案领导（领导包案台账）")
    add.add_argument("--owner", default="", help="负责人（用户名或姓名；默认当前用户）")
    add.add_argument("--from", dest="date_from", type=date_arg, help="起始日期")
    add.add_argument("--to", dest="date_to", type=date_arg, help="截止日期")
    add.set_defaults(handler=_add)

    cases = command(sub, "cases", "台账中的信访事项：cases add 列入")
    case_actions = cases.add_subparsers(dest="cases_action", metavar="ACTION", required=True)
    listed = command(case_actions, "add", "把信访件所在的信访事项列入台账")
    listed.add_argument("name", help="台账名称")
    listed.add_argument("cases", nargs="+", metavar="CASE_NUMBER", help=CASE_HELP)
    listed.add_argument("--date", type=date_arg, help="列入日期（默认台账的起始日期或今天）")
    listed.set_defaults(handler=_cases_add)

    imported = command(sub, "import", "从上级的交办清单（Excel）导入：按信访件编号或上级编号匹配")
    imported.add_argument("name", help="台账名称")
    imported.add_argument("file", type=Path, metavar="FILE.xlsx", help="清单工作簿")
    imported.set_defaults(handler=_import)

    resolve = command(sub, "resolve", "认定台账中的一件事项已化解（记录日期和认定人）")
    resolve.add_argument("name", help="台账名称")
    resolve.add_argument("case", metavar="CASE_NUMBER", help=CASE_HELP)
    resolve.add_argument("--date", type=date_arg, help="化解日期（默认今天）")
    resolve.set_defaults(handler=_resolve)

    note = command(sub, "note", "记录一条进展情况")
    note.add_argument("name", help="台账名称")
    note.add_argument("case", metavar="CASE_NUMBER", help=CASE_HELP)
    note.add_argument("text", help="进展情况")
    note.add_argument("--date", type=date_arg, help="日期（默认今天）")
    note.set_defaults(handler=_note)

    plan = command(sub, "plan", "四定四包：定领导、定方案、定人员、定时限")
    plan.add_argument("name", help="台账名称")
    plan.add_argument("case", metavar="CASE_NUMBER", help=CASE_HELP)
    plan.add_argument("--leader", default="", help="包案领导")
    plan.add_argument("--plan", dest="plan_text", default="", help="化解方案")
    plan.add_argument("--staff", default="", help="工作人员")
    plan.add_argument("--due", type=date_arg, help="化解时限")
    plan.set_defaults(handler=_plan)

    listing = command(sub, "list", "列出台账及其化解率")
    listing.add_argument("--as-of", dest="as_of", type=date_arg, help="截至日期（默认今天）")
    listing.add_argument("--kind", help="只列出这一类：包案 | 积案 | 专项")
    listing.set_defaults(handler=_list)

    show = command(sub, "show", "列出一本台账中的事项、方案、化解和进展")
    show.add_argument("name", help="台账名称")
    show.add_argument("--as-of", dest="as_of", type=date_arg, help="截至日期（默认今天）")
    show.set_defaults(handler=_show)


def _add(args: argparse.Namespace, ctx: Context) -> None:
    data = RegisterInput(
        kind=parse_kind(args.kind),
        name=args.name,
        owner=args.owner,
        leader=args.leader,
        starts_on=args.date_from,
        ends_on=args.date_to,
    )
    register_id = writing.add_register(ctx, data)
    emit(
        {"id": register_id, "name": data.name.strip(), "kind": data.kind.value},
        args.json,
        f"已新建{data.kind.label}台账「{data.name.strip()}」。",
    )


def _cases_add(args: argparse.Namespace, ctx: Context) -> None:
    done = writing.add_cases(ctx, args.name, args.cases, day=args.date)
    lines = [f"已列入 {len(done.added)} 件。"]
    if done.already:
        lines.append(f"已在台账中：{'、'.join(done.already)}")
    if done.missing:
        lines.append(f"找不到：{'、'.join(done.missing)}（请检查编号）")
    emit(
        {"added": list(done.added), "already": list(done.already), "missing": list(done.missing)},
        args.json,
        "\n".join(lines),
    )


def _import(args: argparse.Namespace, ctx: Context) -> None:
    done = importing.import_list(ctx, args.name, args.file)
    lines = [f"读入 {done.rows} 行，列入 {len(done.added)} 件，{len(done.already)} 件已在台账中。"]
    lines += [u.reason for u in done.unmatched]
    emit(
        {
            "register": done.register,
            "rows": done.rows,
            "added": list(done.added),
            "already": list(done.already),
            "unmatched": [{"row": u.row, "reason": u.reason} for u in done.unmatched],
        },
        args.json,
        "\n".join(lines),
    )


def _resolve(args: argparse.Namespace, ctx: Context) -> None:
    writing.resolve(ctx, args.name, args.case, args.date)
    emit(
        {
            "register": args.name,
            "case": args.case,
            "resolved_on": (args.date.isoformat() if args.date else None),
        },
        args.json,
        f"已认定 {args.case} 化解。",
    )


def _note(args: argparse.Namespace, ctx: Context) -> None:
    writing.add_note(ctx, args.name, args.case, args.text, args.date)
    emit({"register": args.name, "case": args.case}, args.json, "已记录进展情况。")


def _plan(args: argparse.Namespace, ctx: Context) -> None:
    writing.set_plan(
        ctx,
        args.name,
        args.case,
        Plan(leader=args.leader, plan=args.plan_text, staff=args.staff, due_on=args.due),
    )
    emit({"register": args.name, "case": args.case}, args.json, "已记录包案方案。")


def _list(args: argparse.Namespace, ctx: Context) -> None:
    kind = parse_kind(args.kind) if args.kind else None
    summaries = reading.list_registers(ctx, args.as_of, kind)
    lines = [
        f"{s.kind.label}\t{s.name}\t{s.cases} 件\t已化解 {s.resolved} 件\t化解率 {percent(s.rate)}"
        for s in summaries
    ]
    emit({"registers": [summary_json(s) for s in summaries]}, args.json, "\n".join(lines) or "还没有台账。")


def _show(args: argparse.Namespace, ctx: Context) -> None:
    view = reading.register_view(ctx, args.name, args.as_of)
    s = view.summary
    lines = [f"{s.kind.label}「{s.name}」：{s.cases} 件，已化解 {s.resolved} 件，化解率 {percent(s.rate)}"]
    for e in view.entries:
        done = f"{e.resolved_on} 化解（{e.resolved_by}）" if e.resolved_on else "未化解"
        lines.append(f"  {e.number}  {e.principal or ''}  {e.summary}  {e.state}  {done}")
        lines += [f"      {n.noted_on}：{n.text}" for n in e.notes]
    emit(
        {
            "register": summary_json(s),
            "entries": [
                {
                    "number": e.number,
                    "registered_on": e.registered_on.isoformat(),
                    "summary": e.summary,
                    "state": e.state,
                    "closed": e.closed,
                    "added_on": e.added_on.isoformat(),
                    "leader": e.leader,
                    "plan": e.plan,
                    "staff": e.staff,
                    "due_on": e.due_on.isoformat() if e.due_on else None,
                    "resolved_on": e.resolved_on.isoformat() if e.resolved_on else None,
                    "resolved_by": e.resolved_by,
                    "notes": [{"date": n.noted_on.isoformat(), "text": n.text} for n in e.notes],
                }
                for e in view.entries
            ],
        },
        args.json,
        "\n".join(lines),
    )
