"""fazhi stats [--explain INDICATOR], fazhi export stats FILE.xlsx (registered by commands_export)."""

from __future__ import annotations

import argparse

from fazhi_desktop.cli import conformity_stats
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg, positive_int
from fazhi_desktop.cli.register_json import stats_sections
from fazhi_desktop.cli.stats_json import explanation_json, period_json, stats_json
from fazhi_desktop.domain.indicators import CHANGES, INDICATORS, signed_percent
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.services.statistics.explain import check_indicator
from fazhi_desktop.services.statistics.export import export_stats

#: How many cases of each side `--explain` lists unless told otherwise: a year's side runs to thousands.
EXPLAIN_LIMIT = 50


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", type=date_arg, help="起始日期（默认今年 1 月 1 日）")
    parser.add_argument("--to", dest="date_to", type=date_arg, help="截止日期（默认今年 12 月 31 日）")
    parser.add_argument("--office", metavar="CODE", help="只统计这个单位登记的信访件")


def register(commands: SubParsers) -> None:
    stats = command(commands, "stats", "统计一个时期的数字和指标")
    _period(stats)
    stats.add_argument(
        "--explain",
        metavar="INDICATOR",
        help=f"列出某项指标分子和分母中的信访件（{', '.join(INDICATORS)}）",
    )
    shown = stats.add_mutually_exclusive_group()
    shown.add_argument(
        "--limit",
        type=positive_int,
        default=EXPLAIN_LIMIT,
        help=f"与 --explain 同用：每边最多列出多少件（默认 {EXPLAIN_LIMIT}）",
    )
    shown.add_argument("--all", action="store_true", help="与 --explain 同用：列出每边的全部信访件")
    stats.set_defaults(handler=_stats)


def register_export(sub: SubParsers) -> None:
    """`fazhi export stats` (the `export` command itself is commands_export's)."""
    sheet = command(sub, "stats", "把一个时期的统计（指标和各项分类统计）导出为 Excel")
    sheet.add_argument("file", metavar="FILE.xlsx", help="导出到这个文件（已有的会被覆盖）")
    _period(sheet)
    sheet.set_defaults(handler=_export_stats)


def _stats(args: argparse.Namespace, ctx: Context) -> None:
    if args.explain == conformity_stats.KEY:  # 案件办理规范率 (#22)
        return conformity_stats.explain(args, ctx)
    if args.explain:
        _explain(args, ctx)
        return
    figures = statistics.compute(ctx, args.date_from, args.date_to, args.office)
    now, before = figures.counts, figures.previous
    compared = before.period
    lines = [
        f"统计时期：{figures.period.start} 至 {figures.period.end}（数据截至 {figures.computed_on}）",
        f"同比期间：{compared.start} 至 {compared.end}",
        f"信访总量：{now.cases} 件次、{now.people} 人次（去年同期 {before.cases} 件次、"
        f"{before.people} 人次，同比 {signed_percent(figures.indicators['yoy_change'].value)}）；"
        f"信访人 {now.distinct_petitioners} 人",
        f"已办结：{now.closed} 件；集体访：{now.collective_visits} 批次",
        "按形式：" + "，".join(f"{channel.label} {n}" for channel, n in now.by_channel.items()),
        "指标：",
    ]
    for f in figures.indicators.values():
        shown = signed_percent(f.value) if f.is_change else percent(f.value)
        unjudged = f"；{f.unjudged_words}" if f.unjudged else ""
        lines.append(f"  {f.label}：{shown}（{f.numerator} / {f.denominator}{unjudged}）")
    emit(
        conformity_stats.with_regularity(
            ctx,
            stats_json(figures, ctx) | stats_sections(ctx, figures.period, args.office),
            figures.period.start,
            figures.period.end,
        ),
        args.json,
        "\n".join(lines),
    )


def _explain(args: argparse.Namespace, ctx: Context) -> None:
    explanation = statistics.explain(
        ctx, check_indicator(args.explain), args.date_from, args.date_to, args.office
    )
    payload = explanation_json(ctx, explanation, None if args.all else args.limit)
    shown = (
        signed_percent(explanation.value) if explanation.indicator in CHANGES else percent(explanation.value)
    )
    lines = [f"{explanation.label}：{shown}（{explanation.period.describe()}）"]
    sides = [("分子", payload["numerator"]), ("分母", payload["denominator"])]
    if payload["unjudged"] and payload["unjudged"]["count"]:
        sides.append(("未计入", payload["unjudged"]))
    for title, side in sides:
        lines.append(f"{title}：{side['description']}，{side['count']}")
        lines += [f"  {c['number']}  {c['registered_on']}  {c['summary']}" for c in side["cases"]]
        if len(side["cases"]) < side["count"]:
            lines.append(f"  ……另有 {side['count'] - len(side['cases'])} 件未列出（加 --all 列出全部）")
    emit(payload, args.json, "\n".join(lines))


def _export_stats(args: argparse.Namespace, ctx: Context) -> None:
    done = export_stats(ctx, args.file, args.date_from, args.date_to, args.office)
    emit(
        {"file": str(done.path), "sheets": list(done.sheets), "period": period_json(done.period)},
        args.json,
        f"已导出统计报表：{done.path}（{len(done.sheets)} 个工作表）",
    )
