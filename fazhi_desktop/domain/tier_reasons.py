"""The words of a tier's reasons and of a 研判 decision, each under a stable code.

`triage` writes the reasons as one Chinese text, which the case row keeps (`tier_reasons`,
`tier_note`) and the command line, the PDFs and the ledgers print as they are. A screen in another
language reads that text back into its parts (`parse_reasons`, `parse_note`): each part is one of the
templates below with its values, so the UI can say each in its own words, keyed by the code. A part
this version does not recognise (an older wording, a text cut at REASONS_MAX) comes back as `TEXT`,
to be shown as stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fazhi_desktop.domain.vocab import Tier

#: A part that matched no template: `values["text"]` is the stored words.
TEXT = "text"

#: The reasons by code, as `triage` writes them (the values are filled with str.format).
REASONS: dict[str, str] = {
    "overdue": "已超期 {days} 天（{what} {due}{warnings}）",
    "due_today": "今天到期（{what}{warnings}）",
    "due_in": "{days} 天后到期（{what} {due}{warnings}）",
    "urgent": "重大紧急",
    "threat": "扬言极端行为",
    "collective": "集体访 {people} 人",
    "cross_level": "越级访",
    "upper_visit": "赴上级走访",
    "after_recheck": "复核终结后仍信访",
    "repeat": "重复访",
    "repeat_count": "重复访 {count} 次",
    "three_cross": "三跨三分离",
    "leader": "领导包案（{leader}）",
    "supervised": "上级督办",
    "green_due": "{days} 天后到期{warnings}",
    "nothing": "无红黄因素",
}
#: What a deadline reason names when the deadline's kind is not known.
ANY_DEADLINE = "期限"
#: A deadline resting on a year without an official holiday table, beside its date.
UNOFFICIAL = "，{warning}，只按周末推算"
#: The calendar's warning (`HolidayCalendar.missing_year_warning`, in `Due.warnings`) inside UNOFFICIAL.
UNOFFICIAL_YEAR = "{year}年节假日安排未录入"
#: A tier's reasons ("红：…"), the reasons joined, and the tiers joined.
GROUP = "{tier}：{reasons}"
REASON_JOIN = "；"
GROUP_JOIN = "。"

#: The words of a 研判 decision (`triage._note`), in the order they are written.
NOTE: dict[str, str] = {
    "decided": "研判定为{tier}",
    "automatic": "（自动为{auto}）",
    "reason": "：{reason}",
    "no_reason": "未写理由",
    "next_review": "；下次研判 {date}",
    "lapsed": "，已过期，按自动色级，请重新研判",
    "review_due": "，已到期，请重新研判",
}

_FIELDS = {
    "days": r"\d+",
    "people": r"\d+",
    "count": r"\d+",
    "due": r"\d{4}-\d{2}-\d{2}",
    "what": r"[^，（）；。]+?",
    "warnings": r"(?:，.+?，只按周末推算)*",
    "leader": r".+",
}


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>{_FIELDS[part]})" for n, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


_PATTERNS = {code: _pattern(template) for code, template in REASONS.items()}
_WARNING = re.compile(
    re.escape(UNOFFICIAL.format(warning=UNOFFICIAL_YEAR.format(year="@"))).replace("@", r"(\d{4})")
)
_TIERS = {tier.label: tier for tier in Tier}


@dataclass(frozen=True)
class Reason:
    """One reason: its code (a key of REASONS, or TEXT) and its values as written; for a deadline,
    the years whose holidays were not known (`warnings` read into them)."""

    code: str
    values: dict[str, str] = field(default_factory=dict)
    unofficial_years: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReasonGroup:
    """The reasons of one tier: "红：A；B"."""

    tier: Tier
    reasons: tuple[Reason, ...]


def _reason(words: str) -> Reason:
    for code, pattern in _PATTERNS.items():
        found = pattern.fullmatch(words)
        if found is None:
            continue
        values = found.groupdict()
        warnings = values.pop("warnings", None) or ""
        years = tuple(int(y) for y in _WARNING.findall(warnings))
        if _WARNING.sub("", warnings):  # a warning worded otherwise: keep the whole reason as stored
            break
        return Reason(code, values, years)
    return Reason(TEXT, {"text": words})


def parse_reasons(text: str | None) -> tuple[ReasonGroup, ...] | None:
    """The tiers and reasons of a stored `tier_reasons`; None when it is not in this form at all."""
    if not text:
        return None
    groups = []
    for part in text.split(GROUP_JOIN):
        head, colon, rest = part.partition("：")
        if not colon or head not in _TIERS:
            return None
        groups.append(ReasonGroup(_TIERS[head], tuple(_reason(w) for w in rest.split(REASON_JOIN))))
    return tuple(groups)


@dataclass(frozen=True)
class Decision:
    """A 研判 decision read from a stored `tier_note`; `reason` None when none was written;
    `review` is "lapsed", "review_due" or None."""

    tier: Tier
    automatic: Tier | None
    reason: str | None
    next_review: str | None
    review: str | None


_NOTE = re.compile(
    "".join(
        (
            re.escape(NOTE["decided"]).replace(r"\{tier\}", "(?P<tier>.)"),
            "(?:" + re.escape(NOTE["automatic"]).replace(r"\{auto\}", "(?P<auto>.)") + ")?",
            re.escape(NOTE["reason"]).replace(r"\{reason\}", "(?P<reason>.*?)"),
            "(?:" + re.escape(NOTE["next_review"]).replace(r"\{date\}", r"(?P<date>\d{4}-\d{2}-\d{2})"),
            f"(?P<review>{re.escape(NOTE['lapsed'])}|{re.escape(NOTE['review_due'])})?)?",
        )
    ),
    re.DOTALL,
)


def parse_note(text: str | None) -> Decision | None:
    """The 研判 decision of a stored `tier_note`; None when it is not in this form."""
    found = _NOTE.fullmatch(text or "")
    if found is None or found["tier"] not in _TIERS or (found["auto"] and found["auto"] not in _TIERS):
        return None
    review = {NOTE["lapsed"]: "lapsed", NOTE["review_due"]: "review_due"}.get(found["review"] or "")
    reason = found["reason"]
    return Decision(
        _TIERS[found["tier"]],
        _TIERS[found["auto"]] if found["auto"] else None,
        None if reason == NOTE["no_reason"] else reason,
        found["date"],
        review,
    )
