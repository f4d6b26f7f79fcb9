"""研判会 and 律师参与接访: the vocabulary and the small rules of a meeting's decisions and counsel sessions.

A decision on a case is what the meeting agreed: the tier (红/黄/绿), who owns it, when to look at it
again and the measures. It is "open" at a later meeting while the case is still open and its review
date has come (or none was set): the next agenda starts from those.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fazhi_desktop.domain.vocab import Labelled, Tier, set_labels

#: The longest text kept for the measures (措施) of a decision.
MEASURES_MAX = 1000
#: The longest name kept for an owner or a counsellor.
NAME_MAX = 100
#: The most sessions' consultations or reviewed cases one record may count.
COUNT_MAX = 100_000


class CounselKind(Labelled):
    """Who sat at the reception besides the leader: a lawyer or a psychologist."""

    LAWYER = "lawyer"
    PSYCHOLOGIST = "psychologist"


set_labels(CounselKind, {"lawyer": "律师", "psychologist": "心理咨询师"})


@dataclass(frozen=True)
class DecisionInput:
    """What a meeting decided on one case (the form and `fazhi meeting decide` fill it)."""

    tier: Tier
    owner: str = ""
    review_on: date | None = None
    measures: str = ""

    def problems(self, held_on: date) -> dict[str, str]:
        """What is wrong, field by field; empty when it may be recorded."""
        errors: dict[str, str] = {}
        if len(self.owner.strip()) > NAME_MAX:
            errors["owner"] = f"责任人一栏太长（最多 {NAME_MAX} 个字）。"
        if self.review_on is not None and self.review_on <= held_on:
            errors["review_on"] = f"下次研判日期 {self.review_on} 应晚于会议日期 {held_on}。"
        if len(self.measures.strip()) > MEASURES_MAX:
            errors["measures"] = f"化解措施太长（最多 {MEASURES_MAX} 个字）。"
        return errors

    def reason(self) -> str:
        """The reason the 研判 step records: the measures, else the owner, else the meeting itself."""
        parts = [
            p
            for p in (self.measures.strip(), f"责任人：{self.owner.strip()}" if self.owner.strip() else "")
            if p
        ]
        return "；".join(parts) or "研判会议决定"


def decision_open(review_on: date | None, case_open: bool, day: date) -> bool:
    """A decision the next meeting (on `day`) looks at again: the case is open and its review date has come."""
    return case_open and (review_on is None or review_on <= day)


def attendee_text(names: list[str] | tuple[str, ...]) -> str:
    """参会人员 as the minutes print them: one 、 between names, duplicates and blanks left out."""
    return "、".join(dict.fromkeys(n.strip() for n in names if n.strip()))
