"""宣传、学法、接访: the vocabularies and small rules of outreach events, legal study and reception days.

The kinds of outreach event are a code table an administrator edits (seeded by migration 0003);
the kinds of study and reception activity are fixed here. Codes are what the database and `--json`
carry; labels are what screens and reports show.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from typing import Self

from fazhi_desktop.domain.vocab import Labelled, set_labels


class _Typed(Labelled):
    """An outreach vocabulary: ledgers type its words in full-width forms too, so `parse` normalises them."""

    @classmethod
    def parse(cls, text: str) -> Self:
        text = unicodedata.normalize("NFKC", text).strip()
        for member in cls:
            if text in (member.value, member.label, unicodedata.normalize("NFKC", member.label)):
                return member
        raise ValueError(text)


class StudyKind(_Typed):
    """学法: the bureau's own legal study."""

    COLLECTIVE = "collective"  # 集中学法
    LECTURE = "lecture"  # 专题讲座
    CENTRAL_GROUP = "central_group"  # 中心组学习
    EXAM = "exam"  # 学法考试
    TRAINING = "training"  # 培训


class TrainingMode(_Typed):
    ONLINE = "online"
    OFFLINE = "offline"


class ReceptionKind(_Typed):
    """接访: reception activities, counted apart from 宣传."""

    LEADER_DAY = "leader_day"  # 领导接访日
    DOWN_VISIT = "down_visit"  # 下访
    APPOINTED = "appointed"  # 约访
    JOINT = "joint"  # 联合接访


LABELS = {
    "collective": "集中学法",
    "lecture": "专题讲座",
    "central_group": "中心组学习",
    "exam": "学法考试",
    "training": "培训",
    "online": "网络培训",
    "offline": "线下培训",
    "leader_day": "领导接访日",
    "down_visit": "下访",
    "appointed": "约访",
    "joint": "联合接访",
}

for _vocabulary in (StudyKind, TrainingMode, ReceptionKind):
    set_labels(_vocabulary, {member.value: LABELS[member.value] for member in _vocabulary})

#: The count fields of an event, with their labels and units (also the column names of a ledger).
COUNT_FIELDS: dict[str, tuple[str, str]] = {
    "leaflets": ("宣传单", "份"),
    "brochures": ("宣传手册", "份"),
    "other_materials": ("其他资料", "份"),
    "boards": ("展板", "块"),
    "banners": ("横幅", "条"),
    "consultations": ("咨询", "人次"),
    "people_reached": ("覆盖", "人次"),
    "partner_count": ("联合单位", "家"),
    "media_count": ("媒体报道", "次"),
}
#: No single event hands out more than this of anything: a larger number is a typing mistake.
MAX_COUNT = 10_000_000

_SEPARATORS = re.compile(r"[、，,；;/\s]+")
_BLANKS = re.compile(r"\s+")


def split_names(text: str | None) -> list[str]:
    """Unit names as typed ("公安局、法院，司法局") → ["公安局", "法院", "司法局"], without repeats."""
    names: list[str] = []
    for part in _SEPARATORS.split(text or ""):
        name = part.strip()
        if name and name not in names:
            names.append(name)
    return names


def _key_text(text: str | None) -> str:
    """Text as it identifies an event: NFKC, no blanks, case folded."""
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text or "")).casefold()


def fingerprint(held_on: date, title: str, place: str | None) -> str:
    """What makes two events the same one: the day, the theme and the place (blanks and full-width
    forms ignored). Importing a ledger twice finds its events again by this."""
    key = "\x1f".join((held_on.isoformat(), _key_text(title), _key_text(place)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def pass_rate(passed: int, participants: int) -> float | None:
    """通过率 as a fraction; None with nobody to divide by."""
    return passed / participants if participants > 0 else None
