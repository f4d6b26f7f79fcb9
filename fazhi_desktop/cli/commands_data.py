"""fazhi demo, index. (`fazhi stats` is in commands_stats.)"""

from __future__ import annotations

import argparse
import logging
import time

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, positive_int
from fazhi_desktop.services.cases import search_index
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.demo import fill as demo
from fazhi_desktop.services.demo import outreach as demo_outreach

log = logging.getLogger(__name__)


def register(commands: SubParsers) -> None:
    fill = command(commands, "demo", "填入逼真的演示数据（试用和性能测试用）")
    fill.add_argument("--cases", type=positive_int, required=True, help="生成多少件信访件")
    fill.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    fill.set_defaults(handler=_demo)

    index = command(commands, "index", "让全文检索索引赶上新登记和导入的信访件（通常在后台自动进行）")
    index.add_argument("--rebuild", action="store_true", help="清空后重建整个索引")
    index.set_defaults(handler=_index)


def _demo(args: argparse.Namespace, ctx: Context) -> None:
    started = time.perf_counter()
    result = demo.generate(ctx, args.cases, seed=args.seed)
    records = demo_outreach.generate_outreach(ctx, result.first_date, result.last_date, seed=args.seed)
    seconds = time.perf_counter() - started
    indexed_at = time.perf_counter()
    search_index.catch_up(ctx)
    index_seconds = time.perf_counter() - indexed_at
    emit(
        {
            "cases": result.cases,
            "petitioners": result.petitioners,
            "matters": result.matters,
            "steps": result.steps,
            "outreach_events": records.events,
            "study_sessions": records.study,
            "receptions": records.receptions,
            "from": result.first_date.isoformat(),
            "to": result.last_date.isoformat(),
            "seconds": round(seconds, 2),
        },
        args.json,
        f"已生成 {result.cases} 件信访件（{result.first_date} 至 {result.last_date}），"
        f"信访人 {result.petitioners} 人，宣传活动 {records.events} 场，用时 {seconds:.1f} 秒；全文检索索引 {index_seconds:.1f} 秒。",
    )


def _index(args: argparse.Namespace, ctx: Context) -> None:
    started = time.perf_counter()
    done = search_index.rebuild(ctx) if args.rebuild else search_index.catch_up(ctx)
    seconds = time.perf_counter() - started
    emit(
        {"indexed": done, "seconds": round(seconds, 2)},
        args.json,
        f"全文检索索引已更新：{done} 件，用时 {seconds:.1f} 秒。",
    )
