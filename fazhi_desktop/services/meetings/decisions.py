"""Reading the meetings' decisions: a meeting's (the minutes), the last meeting's still open (the next
agenda starts from them), and each case's latest (the 研判 board shows what the last meeting decided).

A case's state is read as of the day asked (services/clock/as_of.py), never the stored column alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from fazhi_desktop.domain.meetings import decision_open
from fazhi_desktop.domain.vocab import Tier, label_of
from fazhi_desktop.pdf.minutes import DecisionLine
from fazhi_desktop.services.clock.as_of import open_as_of, state_as_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Meeting, MeetingDecision


@dataclass(frozen=True)
class LastDecision:
    """What the last meeting that discussed a case decided (the board's column)."""

    case_id: int
    held_on: date
    tier: str
    owner: str
    review_on: date | None
    measures: str

    def text(self) -> str:
        parts = [f"{self.held_on} 研判：{_tier_label(self.tier)}"]
        if self.owner:
            parts.append(f"责任人 {self.owner}")
        if self.review_on:
            parts.append(f"下次 {self.review_on}")
        if self.measures:
            parts.append(self.measures)
        return "；".join(parts)


def _tier_label(code: str) -> str:
    return Tier(code).label if code in set(Tier) else code


def _lines(ctx: Context, day: date) -> Select[Any]:
    return (
        select(
            Case.number,
            Case.principal_name,
            Case.summary,
            MeetingDecision.tier,
            MeetingDecision.owner,
            MeetingDecision.review_on,
            MeetingDecision.measures,
            state_as_of(day),
            Meeting.held_on,
            open_as_of(day),
        )
        .join(Case, Case.id == MeetingDecision.case_id)
        .join(Meeting, Meeting.id == MeetingDecision.meeting_id)
        .where(case_scope(ctx))
        .order_by(MeetingDecision.id)
    )


def _line(row: Any) -> DecisionLine:
    number, name, summary, tier, owner, review_on, measures, state, held_on, _open = row
    return DecisionLine(
        number=number,
        name=name or "",
        summary=summary or "",
        tier=str(getattr(tier, "value", tier)),
        tier_label=label_of(tier),
        owner=owner or "",
        review_on=review_on,
        measures=measures or "",
        state=label_of(state),
        decided_on=held_on,
    )


def meeting_decisions(ctx: Context, meeting_id: int, day: date) -> list[DecisionLine]:
    """A meeting's decisions in the order they were made, each case's state as of `day`."""
    with ctx.db.reading() as session:
        rows = session.execute(_lines(ctx, day).where(MeetingDecision.meeting_id == meeting_id)).all()
    return [_line(r) for r in rows]


def last_meeting_before(ctx: Context, day: date) -> tuple[int, date] | None:
    """The office's latest meeting held before `day` (its id and date), if any."""
    with ctx.db.reading() as session:
        found = session.execute(
            select(Meeting.id, Meeting.held_on)
            .where(Meeting.office_id == local_office(session).id, Meeting.held_on < day)
            .order_by(Meeting.held_on.desc())
            .limit(1)
        ).first()
    return (found[0], found[1]) if found else None


def open_decisions(ctx: Context, day: date) -> tuple[date | None, list[DecisionLine]]:
    """The last meeting before `day` and its decisions still open on `day` (domain.meetings.decision_open)."""
    last = last_meeting_before(ctx, day)
    if last is None:
        return None, []
    with ctx.db.reading() as session:
        rows = session.execute(_lines(ctx, day).where(MeetingDecision.meeting_id == last[0])).all()
    return last[1], [_line(r) for r in rows if decision_open(r[5], bool(r[9]), day)]


def last_decisions(ctx: Context, case_ids: Sequence[int]) -> dict[int, LastDecision]:
    """Each case's decision at the latest meeting that discussed it (cases never discussed are absent)."""
    if not case_ids:
        return {}
    latest = (
        select(MeetingDecision.case_id, func.max(Meeting.held_on).label("held_on"))
        .join(Meeting, Meeting.id == MeetingDecision.meeting_id)
        .where(MeetingDecision.case_id.in_(list(case_ids)))
        .group_by(MeetingDecision.case_id)
        .subquery()
    )
    query = (
        select(
            MeetingDecision.case_id,
            Meeting.held_on,
            MeetingDecision.tier,
            MeetingDecision.owner,
            MeetingDecision.review_on,
            MeetingDecision.measures,
        )
        .join(Meeting, Meeting.id == MeetingDecision.meeting_id)
        .join(latest, (latest.c.case_id == MeetingDecision.case_id) & (latest.c.held_on == Meeting.held_on))
        .join(Case, Case.id == MeetingDecision.case_id)
        .where(case_scope(ctx))
    )
    with ctx.db.reading() as session:
        return {
            r[0]: LastDecision(r[0], r[1], str(getattr(r[2], "value", r[2])), r[3] or "", r[4], r[5] or "")
            for r in session.execute(query)
        }
