"""A case's timeline and flags in words, as the printed documents show them ("转送 县人社局，期限 …")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fazhi_desktop.domain.step_details import CORRECTABLE_FIELDS, STEP_FIELDS
from fazhi_desktop.domain.vocab import (
    DeliveryMethod,
    LegalProcedure,
    ReplyOutcome,
    ReviewOutcome,
    Satisfaction,
    StepKind,
    Tier,
    label_of,
)
from fazhi_desktop.pdf.forms import TimelineEntry
from fazhi_desktop.pdf.gongwen import chinese_date
from fazhi_desktop.services.cases.detail import CaseFlags, StepView
from fazhi_desktop.services.reports.case_files import CaseFile

K = StepKind


def flags_text(flags: CaseFlags) -> str:
    """The case's marks in words, as the forms print them."""
    words = (
        (flags.cross_level, "越级"),
        (flags.urgent, "重大紧急"),
        (flags.threat, "扬言"),
        (flags.three_cross, "三跨三分离"),
        (flags.is_repeat, "重复访"),
        (flags.anonymous, "匿名"),
        (flags.consent_public, "同意公开"),
        (flags.not_public, "不宜公开"),
    )
    return "、".join(word for marked, word in words if marked)


def _label(enum: Any, value: Any) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return str(value)


def _routed(d: dict[str, Any]) -> list[str]:
    return [str(d.get("unit") or ""), f"期限 {d['unit_deadline']}" if d.get("unit_deadline") else ""]


def _extended(d: dict[str, Any]) -> list[str]:
    what = "听证" if d.get("hearing") else "延长"
    return [
        f"{what} {d.get('days', '')} 日",
        str(d.get("reason") or ""),
        f"批准人：{d['approver']}" if d.get("approver") else "",
    ]


def _delivered(d: dict[str, Any]) -> list[str]:
    method = _label(DeliveryMethod, d.get("method") or "in_person")
    return [method + ("，已签收" if d.get("signed", True) else "，拒绝签收")]


def _evaluated(d: dict[str, Any]) -> list[str]:
    return [
        f"{who}{_label(Satisfaction, d[key])}"
        for key, who in (("bureau", "对信访部门"), ("unit", "对责任单位"))
        if d.get(key)
    ]


def _assessed(d: dict[str, Any]) -> list[str]:
    return [
        f"研判为{_label(Tier, d.get('tier') or 'yellow')}色：{d.get('reason') or ''}",
        f"下次研判 {d['review_on']}" if d.get("review_on") else "",
    ]


def _corrected(d: dict[str, Any]) -> list[str]:
    name = str(d.get("field") or "")
    if name == "other":
        return [str(d.get("reason") or "")]
    label = {**CORRECTABLE_FIELDS, **STEP_FIELDS}.get(name, name)
    return [f"{label}：{d.get('old', '')} → {d.get('new', '')}"]


_TEXTS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    K.FORWARD.value: _routed,
    K.ASSIGN.value: _routed,
    K.EXTEND.value: _extended,
    K.REPLY.value: lambda d: [
        _label(ReplyOutcome, d.get("outcome") or "explain"),
        str(d.get("document_no") or ""),
    ],
    K.DELIVER.value: _delivered,
    K.EVALUATE.value: _evaluated,
    K.REVIEW_DECISION.value: lambda d: [
        _label(ReviewOutcome, d.get("outcome") or "uphold"),
        str(d.get("document_no") or ""),
    ],
    K.RECHECK_DECISION.value: lambda d: [
        _label(ReviewOutcome, d.get("outcome") or "uphold"),
        str(d.get("document_no") or ""),
    ],
    K.DIVERT.value: lambda d: [
        _label(LegalProcedure, d.get("procedure") or "other"),
        str(d.get("note") or ""),
    ],
    K.ASSESS.value: _assessed,
    K.CORRECT.value: _corrected,
    K.INFORM.value: lambda d: [
        str(d.get("content") or ""),
        f"告知重复件 {d['open_case']}" if d.get("open_case") else "",
    ],
}
_PLAIN_KEYS = ("reason", "leader", "content", "by", "agreement", "summary", "report_no", "filing_no", "organ")


def step_text(step: StepView) -> str:
    """What a step recorded, in a few words (its note appended)."""
    words = _TEXTS.get(step.kind)
    details = dict(step.details)
    parts = words(details) if words is not None else [str(details[k]) for k in _PLAIN_KEYS if details.get(k)]
    if step.note:
        parts.append(step.note)
    return "，".join(p for p in parts if p and p.strip())


def step_label(step: StepView) -> str:
    return label_of(step.kind)


def timeline(file: CaseFile, *, long_dates: bool = False) -> tuple[TimelineEntry, ...]:
    """The case's steps in date order, each in words."""
    return tuple(
        TimelineEntry(
            chinese_date(step.occurred_on) if long_dates else step.occurred_on.isoformat(),
            step_label(step),
            step_text(step),
            file.person(step.actor),
        )
        for step in file.detail.steps
    )
