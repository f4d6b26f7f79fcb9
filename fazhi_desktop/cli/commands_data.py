"""fazhi demo, stats."""

from __future__ import annotations

import argparse
import logging
import time

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg, positive_int
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import Channel
from fazhi_desktop.services import demo, statistics
from fazhi_desktop.services.context import Context

log = logging.getLogger(__name__)


def register(commands: SubParsers) -> None:
    fill = command(commands, "demo", "填入逼真的演示数据（试用和性能测试用）")
    fill.add_argument("--cases", type=positive_int, required=True, help="生成多少件信访件")
    fill.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    fill.set_defaults(handler=_demo)

    stats = command(commands, "stats", "统计一个时期的数字和指标")
    stats.add_argument("--from", dest="date_from", type=date_arg, help="起始日期（默认今年 1 月 1 日）")
    stats.add_argument("--to", dest="date_to", type=date_arg, help="截止日期（默认今年 12 月 31 日）")
    stats.add_argument("--office", metavar="CODE", help="只统计这个单位登记的信访件")
    stats.add_argument("--explain", metavar="INDICATOR", help="列出某项指标分子和分母中的信访件")
    stats.set_defaults(handler=_stats)


def _demo(args: argparse.Namespace, ctx: Context) -> None:
    started = time.perf_counter()
    result = demo.generate(ctx, args.cases, seed=args.seed)
    seconds = time.perf_counter() - started
    emit(
        {
            "cases": result.cases,
            "petitioners": result.petitioners,
            "matters": result.matters,
            "steps": result.steps,
            "from": result.first_date.isoformat(),
            "to": result.last_date.isoformat(),
            "seconds": round(seconds, 2),
        },
        args.json,
        f"已生成 {result.cases} 件信访件（{result.first_date} 至 {result.last_date}），"
        f"信访人 {result.petitioners} 人，用时 {seconds:.1f} 秒。",
    )


def _stats(args: argparse.Namespace, ctx: Context) -> None:
    if args.explain:
        if args.explain not in statistics.INDICATORS:
            raise UserError(f"没有这项指标：{args.explain}。可选：{', '.join(statistics.INDICATORS)}")
        raise UserError(
            "指标的计算依赖办理时限（受理、答复、送达等步骤），这部分尚未完成，暂时无法列出明细。"
        )
    figures = statistics.compute(ctx, args.date_from, args.date_to, args.office)
    period = figures["period"]
    lines = [
        f"统计时期：{period['from']} 至 {period['to']}",
        f"信访总量：{figures['cases']} 件次、{figures['people']} 人次；信访人 {figures['distinct_petitioners']} 人",
        f"已办结：{figures['closed']} 件；集体访：{figures['collective_visits']} 批次",
        "按形式：" + "，".join(f"{Channel(k).label} {v}" for k, v in figures["by_channel"].items()),
    ]
    emit(figures, args.json, "\n".join(lines))
