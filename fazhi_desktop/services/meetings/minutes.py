"""研判会议纪要 printed as a PDF (`fazhi report minutes --date D`, the meeting tab's 打印纪要)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.outreach import split_names
from fazhi_desktop.pdf.fonts import font_set
from fazhi_desktop.pdf.minutes import MinutesReport, write_minutes
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.meetings.decisions import meeting_decisions
from fazhi_desktop.services.meetings.records import find_meeting
from fazhi_desktop.services.office.offices import office_name
from fazhi_desktop.store.models import Meeting
from fazhi_desktop.store.writes import record_access


@dataclass(frozen=True)
class Printed:
    file: str
    pages: int
    title: str
    decisions: int


def minutes_report(ctx: Context, held_on: date) -> MinutesReport:
    meeting_id = find_meeting(ctx, held_on)
    with ctx.db.reading() as session:
        meeting = session.scalar(select(Meeting).where(Meeting.id == meeting_id))
        assert meeting is not None
        attendees, notes = tuple(split_names(meeting.attendees)), meeting.notes or ""
    name = office_name(ctx)
    return MinutesReport(
        title=f"{name}信访事项研判会议纪要",
        office=name,
        held_on=held_on,
        attendees=attendees,
        notes=notes,
        decisions=tuple(meeting_decisions(ctx, meeting_id, held_on)),
    )


def print_minutes(ctx: Context, held_on: date, path: Path | str) -> Printed:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"输出文件应以 .pdf 结尾：{target.name}")
    report = minutes_report(ctx, held_on)
    pages = write_minutes(report, target, font_set())
    record_access(
        ctx.db,
        ctx.actor,
        "report.print",
        f"打印研判会议纪要：{held_on}",
        entity="report",
        kind="minutes",
        file=str(target),
        pages=pages,
    )
    return Printed(str(target), pages, report.title, len(report.decisions))
