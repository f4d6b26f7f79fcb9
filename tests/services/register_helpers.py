"""A year of 包案, 专项 and higher-level cases for the register tests, with the figures they should give."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from fazhi_desktop.domain.step_details import (
    Accept,
    Deliver,
    Mediate,
    RecheckDecision,
    RecheckRequest,
    Reply,
    ReviewDecision,
    ReviewRequest,
    TerminationFiling,
)
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from tests.services.helpers import register

D = date.fromisoformat


def upper_case(
    ctx: Context, number: str, source: str, on: str, channel: str = "visit", *, close: bool = False
) -> str:
    """A case a higher level sent down; closed (调解) a month later when `close`."""
    case = register(
        ctx, on=D(on), nature="claim", source=source, upper_number=number, channel=channel, summary="上级来件"
    )
    if close:
        day = D(on)
        apply_step(ctx, case.id, Accept(), occurred_on=day.replace(day=day.day + 1))
        apply_step(ctx, case.id, Mediate(agreement="达成和解"), occurred_on=day.replace(month=day.month + 1))
    return case.number


def higher_level_year(ctx: Context) -> None:
    """2024: 国家信访局 督办 4 (3 closed; 2 of them visits) and 转送 1 visit; the province 交办 4
    letters (3 closed) and 转送 1 visit; the city 交办 2. 2023: 国家信访局 转送 4 visits.
    So 进京访 3 (4 a year earlier: −25.0%), 赴省访 1, 中央督办件 4 (75.0%), 省交办 4 (75.0%)."""
    for n, close in enumerate((True, True, True, False), 1):
        upper_case(
            ctx,
            f"国信督〔2024〕{n}号",
            "upper_supervised",
            f"2024-0{n}-10",
            "visit" if n <= 2 else "letter",
            close=close,
        )
    upper_case(ctx, "国信转〔2024〕9号", "upper_forwarded", "2024-05-10")
    for n, close in enumerate((True, False, True, True), 1):
        upper_case(ctx, f"湘信交〔2024〕{n}号", "upper_assigned", f"2024-0{n}-12", "letter", close=close)
    upper_case(ctx, "湘信转〔2024〕8号", "upper_forwarded", "2024-06-12")
    upper_case(ctx, "永信交〔2024〕1号", "upper_assigned", "2024-07-01", "online")
    upper_case(ctx, "永信交〔2024〕2号", "upper_assigned", "2024-07-02", "letter")
    for n in range(1, 5):
        upper_case(ctx, f"国信转〔2023〕{n}号", "upper_forwarded", f"2023-0{n}-15")


def appeals_year(ctx: Context) -> None:
    """2024: two 复查 requests, one of them then 复核 and 三级终结备案 (so 复查复核 3, 终结备案 1)."""
    for recheck in (False, True):
        case = register(ctx, on=D("2024-03-01"), nature="claim", summary="不服处理意见")
        apply_step(ctx, case.id, Accept(), occurred_on=D("2024-03-02"))
        apply_step(ctx, case.id, Reply(), occurred_on=D("2024-03-20"))
        apply_step(ctx, case.id, Deliver(), occurred_on=D("2024-03-21"))
        apply_step(ctx, case.id, ReviewRequest(organ="县人民政府"), occurred_on=D("2024-04-01"))
        if recheck:
            apply_step(ctx, case.id, ReviewDecision(), occurred_on=D("2024-04-20"))
            apply_step(ctx, case.id, RecheckRequest(organ="市人民政府"), occurred_on=D("2024-05-01"))
            apply_step(ctx, case.id, RecheckDecision(), occurred_on=D("2024-05-20"))
            apply_step(
                ctx, case.id, TerminationFiling(filing_no="湘终备〔2024〕3号"), occurred_on=D("2024-06-01")
            )


def special_workbook(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """A higher level's 专项 list as offices receive it: a title row, then 序号, 信访件编号, 上级编号,
    姓名, 反映问题, 包案领导."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["2024年信访积案化解专项攻坚交办清单"])
    ws.append(["序号", "信访件编号", "上级编号", "姓名", "反映问题", "包案领导"])
    for n, (number, upper, name, leader) in enumerate(rows, 1):
        ws.append([n, number, upper, name, "征地补偿", leader])
    book.save(path)
    return path
