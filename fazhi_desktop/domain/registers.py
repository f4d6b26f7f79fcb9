"""Registers (台账): named lists of matters (领导包案, 积案, 专项/攻坚) and their 化解率.

A register holds matters, added by a case number; each entry may carry the 四定四包 plan (定领导、
定方案、定人员、定时限) and dated progress notes. 化解 is an explicit decision on an entry, dated and
signed by who decided it, never the case's state: a case may be 办结 and its petitioner still not
reconciled, or 化解 before the paperwork closes. The 化解率 of a register on a day is the entries it
held that day resolved by that day, over the entries it held (DOMAIN.md: resolved ÷ matters on that
list), so a register printed as of last December reads the same next spring.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from fazhi_desktop.domain.errors import UserError

NAME_MAX = 100
TEXT_MAX = 500
NOTE_MAX = 1000


class RegisterKind(StrEnum):
    """What a register lists (its code is stored; `label` is what screens and printouts show)."""

    LEADER = "leader"
    BACKLOG = "backlog"
    SPECIAL = "special"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def short(self) -> str:
        """The word the command line takes (`--kind 包案|积案|专项`)."""
        return _SHORT[self]


_LABELS = {
    RegisterKind.LEADER: "领导包案",
    RegisterKind.BACKLOG: "积案",
    RegisterKind.SPECIAL: "专项攻坚",
}
_SHORT = {RegisterKind.LEADER: "包案", RegisterKind.BACKLOG: "积案", RegisterKind.SPECIAL: "专项"}
#: Every word that names a kind: the code, the label, the short word and the usual variants.
_WORDS = {
    **{kind.value: kind for kind in RegisterKind},
    **{label: kind for kind, label in _LABELS.items()},
    **{word: kind for kind, word in _SHORT.items()},
    "领导包案": RegisterKind.LEADER,
    "攻坚": RegisterKind.SPECIAL,
    "专项攻坚": RegisterKind.SPECIAL,
    "积案化解": RegisterKind.BACKLOG,
}


def parse_kind(text: str) -> RegisterKind:
    kind = _WORDS.get(text.strip())
    if kind is None:
        raise UserError(f"台账类别「{text}」不认识，请写 包案、积案 或 专项。", field="kind")
    return kind


@dataclass(frozen=True)
class RegisterInput:
    """A register as typed: its kind, name, owner (a login or a name), leader and period."""

    kind: RegisterKind
    name: str
    owner: str = ""
    leader: str = ""
    starts_on: date | None = None
    ends_on: date | None = None

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name.strip():
            errors["name"] = "请填写台账名称，例如「2024年市县领导包案」。"
        elif len(self.name.strip()) > NAME_MAX:
            errors["name"] = f"台账名称太长，请控制在 {NAME_MAX} 字以内。"
        for field, value, what in (("owner", self.owner, "负责人"), ("leader", self.leader, "包案领导")):
            if len(value.strip()) > 50:
                errors[field] = f"{what}太长，请控制在 50 字以内。"
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = f"截止日期 {self.ends_on} 早于起始日期 {self.starts_on}，请改正。"
        return errors


@dataclass(frozen=True)
class Plan:
    """四定四包: 定领导、定方案、定人员、定时限 of one entry."""

    leader: str = ""
    plan: str = ""
    staff: str = ""
    due_on: date | None = None

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if len(self.leader.strip()) > 50:
            errors["leader"] = "包案领导太长，请控制在 50 字以内。"
        for field, value, what in (("plan", self.plan, "化解方案"), ("staff", self.staff, "工作人员")):
            if len(value.strip()) > TEXT_MAX:
                errors[field] = f"{what}太长，请控制在 {TEXT_MAX} 字以内。"
        return errors


def check_resolution(resolved_on: date, registered_on: date, today: date) -> None:
    """A 化解 decision is dated no later than today and no earlier than the case's registration."""
    if resolved_on > today:
        raise UserError(f"化解日期 {resolved_on} 晚于今天（{today}），不能记录尚未发生的事。", field="date")
    if resolved_on < registered_on:
        raise UserError(
            f"化解日期 {resolved_on} 早于该信访件的登记日期 {registered_on}，请改正。", field="date"
        )


def check_note(text: str, noted_on: date, today: date) -> str:
    """A progress note's text, stripped; refused when empty, too long or dated in the future."""
    cleaned = text.strip()
    if not cleaned:
        raise UserError("请写出进展情况。", field="text")
    if len(cleaned) > NOTE_MAX:
        raise UserError(f"进展情况太长，请控制在 {NOTE_MAX} 字以内。", field="text")
    if noted_on > today:
        raise UserError(f"日期 {noted_on} 晚于今天（{today}），不能记录尚未发生的事。", field="date")
    return cleaned


@dataclass(frozen=True)
class EntryDates:
    """What the 化解率 reads of an entry: when it joined the register and when it was resolved."""

    added_on: date
    resolved_on: date | None


@dataclass(frozen=True)
class Resolution:
    """A register's 化解率 on a day: `resolved` of `cases`, `rate` None when it held none."""

    cases: int
    resolved: int

    @property
    def rate(self) -> float | None:
        return self.resolved / self.cases if self.cases else None


def resolution_as_of(entries: Iterable[EntryDates], day: date) -> Resolution:
    """The entries held on `day` and those of them resolved by `day` (a later decision does not count)."""
    held = [e for e in entries if e.added_on <= day]
    resolved = sum(1 for e in held if e.resolved_on is not None and e.resolved_on <= day)
    return Resolution(cases=len(held), resolved=resolved)


@dataclass(frozen=True)
class ProgressLine:
    """One matter of a printed progress table (进展情况表), already in words."""

    number: str
    principal: str
    summary: str
    registered_on: date
    leader: str
    plan: str
    staff: str
    due_on: date | None
    state: str
    resolved_on: date | None
    resolved_by: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ProgressTable:
    """A register's progress table as of a day: its heading figures and its lines (PDF and Excel)."""

    title: str
    office: str
    kind: RegisterKind
    owner: str
    leader: str
    period: str
    as_of: date
    cases: int
    resolved: int
    lines: tuple[ProgressLine, ...]

    @property
    def rate(self) -> float | None:
        return self.resolved / self.cases if self.cases else None
