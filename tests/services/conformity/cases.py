"""Cases built through the services, each breaking one 评查 rule, and one that breaks none."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.step_details import Accept, Deliver, Evaluate, Forward, Reply
from fazhi_desktop.domain.vocab import ReplyOutcome, Satisfaction
from fazhi_desktop.services.clock.procedure import NewAttachment, apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import add_entry
from fazhi_desktop.services.reports.printing import make_report
from fazhi_desktop.services.reports.request import ReportRequest
from tests.images import png_bytes
from tests.services.helpers import id_number, register

D = date.fromisoformat
SCAN = NewAttachment("签收回证.png", png_bytes(40, 30, (250, 250, 245)), "image/png")


@dataclass(frozen=True)
class Built:
    clean: int
    late_intake: int
    no_delivery: int
    review_untold: int
    secrecy: int
    incomplete: int


def _on(day: str) -> None:
    clock.set_today(D(day))


def _print(ctx: Context, case_id: int, kind: ReportKind, folder: Path) -> None:
    make_report(ctx, ReportRequest(kind=kind, case_id=case_id), folder / f"{case_id}-{kind.value}.pdf")


def _claim(ctx: Context, name: str, n: int, **fields: object) -> int:
    values: dict[str, object] = {
        "id_no": id_number(order=f"{n:03d}"),
        "nature": "claim",
        "region": "塔峰镇",
        "summary": f"反映拖欠工资问题（{name}）",
    }
    values.update(fields)
    return register(ctx, name, **values).id  # type: ignore[arg-type]


def _answered(ctx: Context, case_id: int, folder: Path, *, print_reply: bool = True) -> None:
    """受理 (its 告知书 printed), 答复 with its scan (the 意见书 printed), 送达 with the 回证, 评价."""
    apply_step(ctx, case_id, Accept())
    _print(ctx, case_id, ReportKind.ACCEPT, folder)
    apply_step(ctx, case_id, Reply(outcome=ReplyOutcome.SUPPORT), note="已协调支付。", attachments=[SCAN])
    if print_reply:
        _print(ctx, case_id, ReportKind.REPLY, folder)
    apply_step(ctx, case_id, Deliver(), attachments=[SCAN])
    apply_step(ctx, case_id, Evaluate(bureau=Satisfaction.SATISFIED, unit=Satisfaction.SATISFIED))


def build(ctx: Context, folder: Path) -> Built:
    """Six cases registered in 2024-09; today is left at 2024-11-20."""
    with contextlib.suppress(UserError):
        add_entry(ctx, "township", "塔峰镇")
    accused_unit = add_entry(ctx, "unit", "县交通运输局")

    _on("2024-09-02")
    clean = _claim(ctx, "王建国", 1)
    _answered(ctx, clean, folder)

    _on("2024-09-02")
    late = _claim(ctx, "李秀英", 3)
    _on("2024-09-25")  # 23 days after registration: the 15-day decision came late
    _answered(ctx, late, folder)

    _on("2024-09-02")
    undelivered = _claim(ctx, "赵刚", 5)
    apply_step(ctx, undelivered, Accept())
    _print(ctx, undelivered, ReportKind.ACCEPT, folder)
    apply_step(ctx, undelivered, Reply(outcome=ReplyOutcome.EXPLAIN), note="已解释。", attachments=[SCAN])
    _print(ctx, undelivered, ReportKind.REPLY, folder)

    _on("2024-09-02")
    untold = _claim(ctx, "孙丽", 7)
    _answered(ctx, untold, folder, print_reply=False)

    _on("2024-09-02")
    secrecy = register(
        ctx,
        "周敏",
        id_no=id_number(order="009"),
        nature="accusation",
        region="塔峰镇",
        summary="检举县交通运输局某工作人员违规收费",
        accused="县交通运输局",
    ).id
    apply_step(ctx, secrecy, Forward(unit_id=accused_unit.id))

    _on("2024-11-18")
    incomplete = register(ctx, "吴强", id_no=id_number(order="011"), summary="反映邻里纠纷").id

    _on("2024-11-20")
    return Built(clean, late, undelivered, untold, secrecy, incomplete)
