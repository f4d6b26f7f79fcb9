"""月度通报: 责任单位 and townships ranked on 按期办结率, overdue cases, 群众满意率 and repeat petitions.

The month's figures are as of its last day (or today, for the month under way): the indicator
fractions are the very ones of `statistics.indicators.fractions`, counted as of that day, so the
通报's 按期办结率 and 群众满意率 are the statistics' own, split by unit and township. "Overdue" is read
from the dated facts of each case (a deadline passed by that day, and the act it called for not done
by then), so a step recorded after the month never changes the month's 通报. Each case counted is
listed with the figures it counts in (the workbook's 明细 sheet): the explanation of every number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select
from sqlalchemy import case as when
from sqlalchemy.orm import aliased

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.bulletin import (
    NO_TOWNSHIP,
    NO_UNIT,
    BulletinCase,
    BulletinReport,
    month_bounds,
    ranking,
    total,
)
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicators import LABELS, SIDES, ReportPeriod
from fazhi_desktop.domain.vocab import StepKind
from fazhi_desktop.excel.saving import xlsx_target
from fazhi_desktop.pdf.bulletin import write_bulletin
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.services.statistics.indicators import (
    IndicatorSettings,
    base_conditions,
    fractions,
    settings_words,
)
from fazhi_desktop.store.models import Case, Region, Step, Unit
from fazhi_desktop.store.writes import record_access

#: The figures ranked, by their indicator names (overdue and repeat petitions are counts).
RANKED = ("on_time_completion_rate", "satisfaction_rate", "repeat_rate")
OVERDUE_WORDS = (
    "逾期未办",
    "截至统计日，受理转交期限已过仍未作出处理决定，或办理期限（含延期）已过仍未答复、办结的信访件",
    "按统计日（当月最后一天）的办理情况认定，此后补记的步骤不改变本月数字",
)


@dataclass(frozen=True)
class BulletinFiles:
    pdf: str
    pages: int
    xlsx: str | None
    report: BulletinReport


def parse_month(text: str) -> tuple[date, date]:
    try:
        return month_bounds(text)
    except ValueError:
        raise UserError(f"月份「{text}」不对，请写成 年-月，例如 2024-10。") from None


def overdue_on(day: date) -> ColumnElement[bool]:
    """Past a deadline on `day` with the act it called for not done by then (from dated facts only)."""
    return and_(
        Case.registered_on <= day,
        or_(Case.closed_on.is_(None), Case.closed_on > day),
        or_(
            and_(Case.route_due < day, or_(Case.intake_on.is_(None), Case.intake_on > day)),
            and_(Case.handling_due < day, or_(Case.answered_on.is_(None), Case.answered_on > day)),
        ),
    )


def _flag(condition: ColumnElement[bool]) -> Any:
    return when((condition, True), else_=False)


def bulletin_cases(
    ctx: Context, start: date, end: date
) -> tuple[date, IndicatorSettings, list[BulletinCase]]:
    """The day the figures are as of, the settings used, and every case the month's 通报 counts."""
    if start > clock.today():
        raise UserError(f"{start:%Y-%m} 还没有开始，不能通报。")
    as_of = min(end, clock.today())
    with ctx.db.reading() as session:
        settings = IndicatorSettings.read(session)
        scope = case_scope(ctx)
        fr = fractions(settings, ReportPeriod(start, end), None, as_of, scope)
        due = and_(*fr["on_time_completion_rate"].denominator)
        evaluated = and_(*fr["satisfaction_rate"].denominator)
        registered = and_(*fr["repeat_rate"].denominator)
        overdue = and_(*base_conditions(None, scope), overdue_on(as_of))
        supervised = exists().where(
            Step.case_id == Case.id,
            Step.kind == StepKind.SUPERVISE.value,
            Step.occurred_on.between(start, as_of),
        )
        region, township = aliased(Region), aliased(Region)
        query = (
            select(
                Case.number,
                Case.registered_on,
                func.coalesce(Unit.name, NO_UNIT),
                func.coalesce(township.name, region.name, NO_TOWNSHIP),
                Case.summary,
                _flag(due),
                _flag(and_(due, *fr["on_time_completion_rate"].numerator)),
                _flag(overdue),
                _flag(evaluated),
                _flag(and_(evaluated, *fr["satisfaction_rate"].numerator)),
                _flag(registered),
                _flag(and_(registered, *fr["repeat_rate"].numerator)),
                _flag(supervised),
            )
            .outerjoin(Unit, Unit.id == Case.handling_unit_id)
            .outerjoin(region, region.id == Case.region_id)
            .outerjoin(township, township.id == region.parent_id)
            .where(case_scope(ctx), or_(due, evaluated, registered, overdue, supervised, false()))
            .order_by(Case.registered_on, Case.id)
        )
        cases = [
            BulletinCase(n, r, u, t, s or "", *(bool(f) for f in flags))
            for n, r, u, t, s, *flags in session.execute(query)
        ]
    return as_of, settings, cases


def _explanations(settings: IndicatorSettings) -> tuple[tuple[str, str, str], ...]:
    lines = []
    for name in RANKED:
        numerator, denominator = SIDES[name]
        lines.append(
            (LABELS[name], f"{numerator} ÷ {denominator}", settings_words(settings.used_by(name), name))
        )
    lines.insert(1, OVERDUE_WORDS)
    lines.append(("本月督办", "本月记录了督办（含领导批示）的信访件", "按督办日期归入统计期；不参与排名"))
    return tuple(lines)


def bulletin_report(ctx: Context, month: str) -> BulletinReport:
    start, end = parse_month(month)
    as_of, settings, cases = bulletin_cases(ctx, start, end)
    name = office_name(ctx)
    return BulletinReport(
        title=f"{name}{start.year}年{start.month}月信访工作通报",
        office=name,
        month=f"{start:%Y-%m}",
        start=start,
        end=as_of,
        made_on=clock.today(),
        units=tuple(ranking(cases, "unit")),
        townships=tuple(ranking(cases, "township")),
        totals=total(cases),
        explanations=_explanations(settings),
        cases=tuple(cases),
    )


def print_bulletin(
    ctx: Context, month: str, pdf: Path | str, xlsx: Path | str | None = None
) -> BulletinFiles:
    """Write the month's 通报 as a PDF (and a workbook), and audit both."""
    target = Path(pdf)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"输出文件应以 .pdf 结尾：{target.name}")
    book = xlsx_target(xlsx) if xlsx is not None else None
    report = bulletin_report(ctx, month)
    pages = write_bulletin(report, target, font_set())
    if book is not None:
        # openpyxl only when a workbook is asked for: every `fazhi report` imports this module.
        from fazhi_desktop.excel.bulletin_export import write_bulletin_workbook

        write_bulletin_workbook(report, book)
    record_access(
        ctx.db,
        ctx.actor,
        "report.print",
        f"打印月度通报：{report.month}" + ("（含 Excel）" if book else ""),
        entity="report",
        kind="bulletin",
        file=str(target),
        xlsx=str(book) if book else None,
        pages=pages,
        cases=len(report.cases),
    )
    return BulletinFiles(str(target), pages, str(book) if book else None, report)
