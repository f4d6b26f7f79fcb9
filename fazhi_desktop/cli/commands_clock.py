"""fazhi calendar due | import | show, fazhi retier, fazhi step: the statutory clock from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.holidays import DayKind
from fazhi_desktop.domain.step_details import details_from_text
from fazhi_desktop.domain.vocab import StepKind, Tier
from fazhi_desktop.services.cases.detail import find_case_id
from fazhi_desktop.services.clock import calendar, procedure, triage
from fazhi_desktop.services.context import Context


def register(commands: SubParsers) -> None:
    cal = command(commands, "calendar", "节假日安排与期限计算")
    sub = cal.add_subparsers(dest="action", metavar="ACTION", required=True)
    due = command(sub, "due", "计算期限：自 START 起 DAYS 日（首日不计，末日遇节假日顺延）")
    due.add_argument("start", type=date_arg, help="起算日期 YYYY-MM-DD")
    due.add_argument("days", type=int, help="天数")
    due.add_argument("--working-days", action="store_true", help="按工作日计算（如 5 个工作日的异议期限）")
    due.set_defaults(handler=_due)
    load = command(sub, "import", "录入或更正节假日安排（CSV：日期,rest 或 work,名称；文件中的年份整年替换）")
    load.add_argument("file", type=Path, help="节假日安排文件（CSV，每行：日期,rest 或 work,名称）")
    load.set_defaults(handler=_import)
    show = command(sub, "show", "列出某一年的放假日和调休上班日")
    show.add_argument("--year", type=int, required=True, help="年份，例如 2024")
    show.set_defaults(handler=_show)

    retier = command(commands, "retier", "重新计算全部在办信访件的期限和红黄绿（新的一天、改了设置之后）")
    retier.set_defaults(handler=_retier)

    step = command(commands, "step", "给信访件记录一个办理步骤（受理、转送、答复、送达……）")
    step.add_argument("number", help="信访件编号")
    step.add_argument(
        "kind", nargs="?", help="步骤：accept/受理、forward/转送、reply/答复……；不写则列出现在可以办理的步骤"
    )
    step.add_argument("--date", type=date_arg, help="发生日期（默认今天，不能晚于今天）")
    step.add_argument("--note", default="", help="备注")
    step.add_argument(
        "--set",
        dest="fields",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="步骤的内容，可重复，例如 --set unit_id=3 --set unit_deadline=2024-12-31",
    )
    step.set_defaults(handler=_step)


def _due(args: argparse.Namespace, ctx: Context) -> None:
    result = calendar.due(ctx, args.start, args.days, working_days=args.working_days)
    unit = "个工作日" if args.working_days else "日"
    text = f"{args.start} 起 {args.days} {unit}，期限至 {result.due}"
    emit(
        {"due": result.due.isoformat(), "warnings": list(result.warnings)},
        args.json,
        "\n".join([text, *(f"注意：{w}，只按周末计算" for w in result.warnings)]),
    )


def _import(args: argparse.Namespace, ctx: Context) -> None:
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件「{args.file}」：{exc.strerror or exc}。请检查路径。") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")  # saved by Excel on a Chinese Windows
    result = calendar.import_calendar(ctx, text)
    years = "、".join(str(y) for y in result.years)
    emit(
        {"years": list(result.years), "days": result.days, "recomputed": result.recomputed},
        args.json,
        f"已录入 {years} 年的节假日安排，共 {result.days} 天；已重新计算 {result.recomputed} 件在办信访件的期限。",
    )


def _show(args: argparse.Namespace, ctx: Context) -> None:
    year = calendar.year_calendar(ctx, args.year)
    words = {DayKind.REST: "休", DayKind.WORK: "班"}
    lines = [f"{d}\t{words[k]}\t{name}" for d, k, name in year.days]
    origin = "（管理员录入）" if year.entered else "（程序自带）" if year.known else ""
    head = f"{year.year} 年节假日安排{origin}：放假和调休上班共 {len(year.days)} 天，其余按周末计算"
    emit(
        {
            "year": year.year,
            "known": year.known,
            "entered": year.entered,
            "warning": year.warning,
            "days": [{"date": d.isoformat(), "kind": k.value, "name": name} for d, k, name in year.days],
        },
        args.json,
        "\n".join([year.warning + "，只按周末计算。" if year.warning else head, *lines]),
    )


def _retier(args: argparse.Namespace, ctx: Context) -> None:
    result = triage.retier_all(ctx)
    counts = {t.value: result.tiers.get(t.value, 0) for t in Tier}
    emit(
        {
            "cases": result.cases,
            "changed": result.changed,
            "tiers": counts,
            "seconds": round(result.seconds, 2),
        },
        args.json,
        f"在办 {result.cases} 件："
        + "，".join(f"{t.label} {counts[t.value]}" for t in Tier)
        + f"；{result.changed} 件有变化。",
    )


def _step(args: argparse.Namespace, ctx: Context) -> None:
    case_id = find_case_id(ctx, args.number)
    if args.kind is None:
        clock = procedure.case_clock(ctx, case_id)
        payload: dict[str, Any] = {
            "state": clock.state.value,
            "allowed": [k.value for k in clock.allowed],
            "deadlines": [
                {"kind": d.kind, "due": d.due.isoformat(), "days_left": d.days_left, "state": d.state.value}
                for d in clock.deadlines
            ],
            "problems": [p.message for p in clock.problems],
        }
        lines = [
            f"状态：{clock.state.label}",
            "可以办理：" + "、".join(f"{k.value}（{k.label}）" for k in clock.allowed),
        ]
        lines += [
            f"{d.label}：{d.due}（{d.state.label}，剩 {d.days_left} 天）"
            + "".join(f"；注意：{w}，只按周末计算" for w in d.warnings)
            for d in clock.deadlines
        ]
        emit(payload, args.json, "\n".join(lines))
        return
    try:
        kind = StepKind.parse(args.kind)
    except ValueError:
        raise UserError(f"没有这种步骤：{args.kind}。不写步骤可列出现在可以办理的步骤。") from None
    values: dict[str, str] = {}
    for item in args.fields:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"--set 应写成 KEY=VALUE：{item}")
        values[key.strip()] = value
    details = details_from_text(kind, values)
    done = procedure.apply_step(ctx, case_id, details, occurred_on=args.date, note=args.note)
    emit(
        {
            "step": {"id": done.step_id, "uuid": str(done.step_uuid), "kind": done.kind.value},
            "case": {
                "number": done.number,
                "state": done.state.value,
                "due": done.due.due.isoformat() if done.due else None,
                "deadline": done.due.kind.value if done.due else None,
                "tier": done.tier.value if done.tier else None,
                "tier_reasons": done.tier_reasons,
            },
        },
        args.json,
        f"已记录「{done.kind.label}」：{done.number}，现为「{done.state.label}」"
        + (f"，{done.due.kind.label} {done.due.due}" if done.due else "")
        + "".join(f"（注意：{w}，只按周末计算）" for w in (done.due.warnings if done.due else ())),
    )
