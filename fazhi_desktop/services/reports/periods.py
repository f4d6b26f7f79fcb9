"""Printing the reports of a period or a meeting: 统计报表, 研判议程, the annual report section.

Each reads its figures from the same services the screens use (`statistics.compute`, the case lists),
writes the PDF and audits the print.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.domain.report_kinds import ReportKind
from fazhi_desktop.domain.vocab import Tier
from fazhi_desktop.pdf.agenda import write_agenda
from fazhi_desktop.pdf.annual import write_annual
from fazhi_desktop.pdf.figures import AgendaReport, AnnualReport, SummaryReport
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.pdf.summary import write_summary
from fazhi_desktop.services.conformity.annual import add_regularity
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings.decisions import open_decisions
from fazhi_desktop.services.meetings.figures import annual_paragraph as meetings_paragraph
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.services.outreach import report as outreach_report
from fazhi_desktop.services.registers.annual import with_register_section
from fazhi_desktop.services.reports import lists as report_lists
from fazhi_desktop.services.reports.annual import annual_sections
from fazhi_desktop.services.reports.request import ReportRequest, ReportResult
from fazhi_desktop.services.reports.stats import stats_view
from fazhi_desktop.services.statistics import compute as statistics
from fazhi_desktop.store.writes import record_access

#: The red list of the statistics report shows at most this many cases (the count says how many more).
RED_LIST_MAX = 5_000
#: Without --since the agenda looks back one week (the usual interval of 研判).
AGENDA_INTERVAL = timedelta(days=7)


def summary_report(ctx: Context, start: date | None, end: date | None, office: str | None) -> SummaryReport:
    result = statistics.compute(ctx, start, end, office)
    view = stats_view(result)
    name = office_name(ctx, office)
    red_total = report_lists.count_tier(ctx, Tier.RED.value, until=view.period_to, office=office)
    red = report_lists.tier_list(ctx, Tier.RED.value, clock.today(), until=view.period_to, office=office)
    return SummaryReport(
        title=f"{name}信访工作统计报表",
        office=name,
        scope=name if office else "全部单位",
        view=view,
        red_list=tuple(red[:RED_LIST_MAX]),
        red_total=red_total,
        made_by=f"制表单位：{office_name(ctx)}　制表日期：{chinese_date(clock.today())}",
    )


def agenda_report(ctx: Context, day: date | None, since: date | None) -> AgendaReport:
    day = day or clock.today()
    since = since or day - AGENDA_INTERVAL
    if since > day:
        raise UserError(f"上次研判日期 {since} 晚于本次会议日期 {day}，请改正。")
    name = office_name(ctx)
    last_meeting, decisions = open_decisions(ctx, day)
    return AgendaReport(
        title=f"{name}信访事项研判会议议程",
        office=name,
        day=day,
        since=since,
        red=tuple(report_lists.tier_list(ctx, Tier.RED.value, day)),
        yellow=tuple(report_lists.tier_list(ctx, Tier.YELLOW.value, day)),
        collective=tuple(report_lists.new_collective(ctx, since, day)),
        upper=tuple(report_lists.from_upper(ctx, day)),
        overdue=tuple(report_lists.went_overdue(ctx, since, day)),
        decisions=tuple(decisions),
        last_meeting=last_meeting,
    )


def annual_report(ctx: Context, year: int | None) -> AnnualReport:
    year = year or clock.today().year
    if not 2000 <= year <= 2100:
        raise UserError(f"年度 {year} 不对，请写四位数的年份，例如 2024。")
    result = statistics.compute(ctx, date(year, 1, 1), date(year, 12, 31))
    paragraphs = outreach_report.annual_paragraphs(ctx, year)
    name = office_name(ctx)
    return AnnualReport(
        title=f"{name}{year}年度法治政府建设工作情况（信访工作部分）",
        office=name,
        year=year,
        dated=clock.today(),
        sections=add_regularity(
            ctx,
            year,
            with_register_section(
                ctx,
                year,
                annual_sections(
                    stats_view(result), year, paragraphs, [p for p in [meetings_paragraph(ctx, year)] if p]
                ),
            ),
        ),
    )


def make_period_report(
    ctx: Context,
    request: ReportRequest,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ReportResult:
    kind = request.kind
    fonts = font_set()
    if kind is ReportKind.SUMMARY:
        summary = summary_report(ctx, request.start, request.end, request.office)
        title = summary.title
        about = f"{summary.view.period_from} 至 {summary.view.period_to}" + (
            f"（{request.office}）" if request.office else ""
        )
        pages = write_summary(summary, target, fonts, progress=progress, cancelled=cancelled)
    elif kind is ReportKind.AGENDA:
        agenda = agenda_report(ctx, request.day, request.since)
        title, about = agenda.title, f"{agenda.day}（上次 {agenda.since}）"
        pages = write_agenda(agenda, target, fonts, progress=progress, cancelled=cancelled)
    elif kind is ReportKind.ANNUAL:
        annual = annual_report(ctx, request.year)
        title, about = annual.title, f"{annual.year}年"
        pages = write_annual(annual, target, fonts, progress=progress, cancelled=cancelled)
    else:
        raise UserError(f"「{kind.label}」需要指定信访件：--case 信访件编号。")
    what = "预览" if request.preview else "打印"
    record_access(
        ctx.db,
        ctx.actor,
        f"report.{'preview' if request.preview else 'print'}",
        f"{what}{kind.label}：{about}",
        entity="report",
        kind=kind.value,
        file=str(target),
        pages=pages,
    )
    return ReportResult(str(target), pages, kind.value, title)
