"""What this capability counts for a period — 研判会 held and cases decided, 律师/心理咨询师 sessions,
matters filed (归档) — for `stats --json` and the annual report's paragraphs ("全年召开研判会N次，研判
案件M件", "律师参与接访N次、咨询M人次", "材料归档N件").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, func, select

from fazhi_desktop.domain.meetings import CounselKind
from fazhi_desktop.services.archive.filing import count_filed
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings.reception import CounselTotals, counsel_totals
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Meeting, MeetingDecision


@dataclass(frozen=True)
class MeetingFigures:
    start: date
    end: date
    meetings: int
    #: Different cases decided on (a case discussed at three meetings counts once).
    cases_decided: int
    decisions: int
    counsel: dict[CounselKind, CounselTotals]
    archived: int


def meeting_figures(ctx: Context, start: date, end: date) -> MeetingFigures:
    with ctx.db.reading() as session:
        meetings = session.scalar(
            select(func.count()).select_from(Meeting).where(Meeting.held_on.between(start, end))
        )
        decided, decisions = session.execute(
            select(func.count(distinct(MeetingDecision.case_id)), func.count())
            .select_from(MeetingDecision)
            .join(Meeting, Meeting.id == MeetingDecision.meeting_id)
            .join(Case, Case.id == MeetingDecision.case_id)
            .where(Meeting.held_on.between(start, end), case_scope(ctx))
        ).one()
    return MeetingFigures(
        start,
        end,
        int(meetings or 0),
        int(decided or 0),
        int(decisions or 0),
        counsel_totals(ctx, start, end),
        count_filed(ctx, start, end),
    )


def annual_paragraph(ctx: Context, year: int) -> str | None:
    """The year's 研判, 律师参与接访 and 归档 in the reports' own phrasing; None when none of them happened."""
    f = meeting_figures(ctx, date(year, 1, 1), date(year, 12, 31))
    parts = []
    if f.meetings:
        parts.append(f"坚持定期研判，全年召开研判会{f.meetings}次，研判案件{f.cases_decided}件")
    lawyer = f.counsel[CounselKind.LAWYER]
    if lawyer.sessions:
        words = f"律师参与接访{lawyer.sessions}次、咨询{lawyer.consultations}人次"
        if lawyer.cases_reviewed:
            words += f"、参与化解信访事项{lawyer.cases_reviewed}件"
        parts.append(words)
    psychologist = f.counsel[CounselKind.PSYCHOLOGIST]
    if psychologist.sessions:
        parts.append(f"心理咨询师参与接访{psychologist.sessions}次、疏导{psychologist.consultations}人次")
    if f.archived:
        parts.append(f"办结事项材料归档{f.archived}件")
    return "；".join(parts) + "。" if parts else None


def figures_json(ctx: Context, start: date, end: date) -> dict[str, object]:
    """`stats --json`'s keys of this capability (plain data: the CLI prints it as it is)."""
    f = meeting_figures(ctx, start, end)
    return {
        "meetings": {"held": f.meetings, "cases_decided": f.cases_decided, "decisions": f.decisions},
        "counsel": {
            kind.value: {
                "sessions": t.sessions,
                "consultations": t.consultations,
                "cases_reviewed": t.cases_reviewed,
            }
            for kind, t in f.counsel.items()
        },
        "archived": f.archived,
    }
