"""The statistics workbook read back with openpyxl: one sheet per breakdown plus the indicators and the
totals, each with a title, a frozen header, fitted widths, percentages as percentage cells, a 合计."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from fazhi_desktop.domain.step_details import Accept, Deliver, Evaluate, Mediate, Reply
from fazhi_desktop.domain.vocab import Satisfaction
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.services.statistics.export import SHEETS, export_stats
from fazhi_desktop.store.models import AuditEntry
from tests.services.helpers import register

D = date.fromisoformat


def _cases(ctx: Context) -> None:
    replied = register(ctx, on=D("2024-03-04"), nature="claim", people=3)
    apply_step(ctx, replied.id, Accept(), occurred_on=D("2024-03-05"))
    apply_step(ctx, replied.id, Reply(), occurred_on=D("2024-04-01"))
    apply_step(ctx, replied.id, Deliver(), occurred_on=D("2024-04-03"))
    apply_step(ctx, replied.id, Evaluate(unit=Satisfaction.SATISFIED), occurred_on=D("2024-04-03"))
    mediated = register(ctx, on=D("2024-05-06"), nature="claim", channel="online")
    apply_step(ctx, mediated.id, Accept(), occurred_on=D("2024-05-06"))
    apply_step(ctx, mediated.id, Mediate(agreement="达成协议"), occurred_on=D("2024-05-20"))
    register(ctx, on=D("2023-03-01"))


def test_the_workbook_has_every_sheet_formatted(ctx: Context, tmp_path: Path) -> None:
    _cases(ctx)
    target = tmp_path / "stats.xlsx"
    done = export_stats(ctx, target, D("2024-01-01"), D("2024-12-31"))
    figures = statistics.compute(ctx, D("2024-01-01"), D("2024-12-31"))
    book = load_workbook(target)
    assert book.sheetnames == ["指标", "总量", *SHEETS.values()] == list(done.sheets)

    sheet = book["指标"]
    assert sheet["A1"].value == "蓝山县信访局信访工作指标"
    assert "2024-01-01 至 2024-12-31" in sheet["A2"].value
    assert [c.value for c in sheet[4]][:4] == ["指标", "数值", "分子", "分母"]
    assert sheet.freeze_panes == "B5"
    assert sheet["A4"].font.bold
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=5)}
    satisfaction = rows["群众满意率"]
    assert satisfaction[1].value == figures.indicators["satisfaction_rate"].value == 1.0
    assert satisfaction[1].number_format == "0.0%"
    assert (satisfaction[2].value, satisfaction[3].value) == (1, 1)
    assert "计为满意：满意、基本满意" in satisfaction[6].value
    assert rows["信访总量同比（件次）"][1].value == 1.0  # 2 against 1
    assert rows["信访总量同比（件次）"][1].number_format.startswith("+")
    assert rows["重复信访率"][1].value == 0
    assert sheet.column_dimensions["A"].width >= 20

    channels = book["按信访形式"]
    lines = {row[0]: row for row in channels.iter_rows(min_row=5, values_only=True)}
    assert lines["来访"][1:4] == (1, 0.5, 3) and lines["网上信访"][1] == 1
    assert lines["来访"][4] == 1  # the visit of March 2023
    assert lines["合计"][1:5] == (2, 1.0, 4, 1)
    assert channels["C5"].number_format == "0.0%"
    assert channels.freeze_panes == "B5"
    months = [row[0] for row in book["按月份"].iter_rows(min_row=5, values_only=True)]
    assert months[0] == "2024年1月" and months[-1] == "合计" and len(months) == 13
    outcomes = {row[0] for row in book["按办理结果"].iter_rows(min_row=5, values_only=True)}
    assert {"答复：解释说明", "调解协议成功", "合计"} <= outcomes

    with ctx.db.reading() as session:
        audited = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "stats.export")).all()
    assert len(audited) == 1


def test_an_empty_period_still_exports(ctx: Context, tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    export_stats(ctx, target, D("2020-01-01"), D("2020-03-31"))
    sheet = load_workbook(target)["指标"]
    values = [row[1] for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert values and all(v is None for v in values)
