"""The words of a ledger's cells that name something the program keeps as a code or a directory entry:
信访形式, 来源, 满意度, 信访目的/性质, and the township, category and unit directories, matched as a
careful clerk would (exact, then without the usual suffixes, then by containment). Pure: the
directories come in as plain names and ids. Every lookup is memoised per distinct text, because a
ledger repeats the same few words in every row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from fazhi_desktop.domain.vocab import Channel, Nature, Satisfaction, Source

#: Channel words as ledgers write them (after NFKC and without blanks); the longest match wins.
CHANNEL_WORDS: dict[str, Channel] = {
    "来访": Channel.VISIT,
    "走访": Channel.VISIT,
    "上访": Channel.VISIT,
    "到访": Channel.VISIT,
    "初访": Channel.VISIT,
    "集体访": Channel.VISIT,
    "来信": Channel.LETTER,
    "信件": Channel.LETTER,
    "写信": Channel.LETTER,
    "书信": Channel.LETTER,
    "网上信访": Channel.ONLINE,
    "网信": Channel.ONLINE,
    "网上投诉": Channel.ONLINE,
    "网上": Channel.ONLINE,
    "网络": Channel.ONLINE,
    "网上来信": Channel.ONLINE,
    "手机信访": Channel.ONLINE,
    "来电": Channel.PHONE,
    "电话": Channel.PHONE,
    "热线": Channel.PHONE,
    "领导接访": Channel.LEADER_RECEPTION,
    "接访": Channel.LEADER_RECEPTION,
    "下访": Channel.DOWN_VISIT,
    "约访": Channel.APPOINTED_VISIT,
}
SOURCE_WORDS: dict[str, Source] = {
    "本级": Source.LOCAL,
    "本级登记": Source.LOCAL,
    "自收": Source.LOCAL,
    "直接": Source.LOCAL,
    "转送": Source.UPPER_FORWARDED,
    "上级转送": Source.UPPER_FORWARDED,
    "上级转办": Source.UPPER_FORWARDED,
    "转办": Source.UPPER_FORWARDED,
    "交办": Source.UPPER_ASSIGNED,
    "上级交办": Source.UPPER_ASSIGNED,
    "督办": Source.UPPER_SUPERVISED,
    "上级督办": Source.UPPER_SUPERVISED,
    "领导批示": Source.LEADER_INSTRUCTION,
    "批示": Source.LEADER_INSTRUCTION,
    "12345": Source.HOTLINE_12345,
    "12345转办": Source.HOTLINE_12345,
    "热线": Source.HOTLINE_12345,
}
SATISFACTION_WORDS: dict[str, Satisfaction] = {
    "满意": Satisfaction.SATISFIED,
    "非常满意": Satisfaction.SATISFIED,
    "很满意": Satisfaction.SATISFIED,
    "基本满意": Satisfaction.BASICALLY_SATISFIED,
    "比较满意": Satisfaction.BASICALLY_SATISFIED,
    "较满意": Satisfaction.BASICALLY_SATISFIED,
    "不满意": Satisfaction.DISSATISFIED,
    "非常不满意": Satisfaction.DISSATISFIED,
    "未评价": Satisfaction.NOT_EVALUATED,
    "未评": Satisfaction.NOT_EVALUATED,
    "不评价": Satisfaction.NOT_EVALUATED,
    "无": Satisfaction.NOT_EVALUATED,
}
#: 信访目的 (by the directory's code) → 性质.
NATURE_OF_PURPOSE = {
    "seek": Nature.CLAIM,
    "appeal": Nature.CLAIM,
    "accuse": Nature.ACCUSATION,
    "suggest": Nature.SUGGESTION,
    "consult": Nature.SUGGESTION,
}
NATURE_WORDS: dict[str, Nature] = {
    "建议意见": Nature.SUGGESTION,
    "建议意见类": Nature.SUGGESTION,
    "建议": Nature.SUGGESTION,
    "检举控告": Nature.ACCUSATION,
    "检举控告类": Nature.ACCUSATION,
    "申诉求决": Nature.CLAIM,
    "申诉求决类": Nature.CLAIM,
    "求决": Nature.CLAIM,
    "申诉": Nature.CLAIM,
}
_REGION_SUFFIXES = ("街道办事处", "街道", "镇", "乡", "办事处", "社区", "村委会", "村", "居委会")
_UNIT_SUFFIXES = ("人民政府", "政府")


def fold(text: str) -> str:
    """Text as compared: NFKC, no blanks."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _by_words(text: str, words: dict[str, object]) -> object | None:
    key = fold(text)
    if key in words:
        return words[key]
    for word in sorted(words, key=len, reverse=True):
        if word in key:
            return words[word]
    return None


def channel_of(text: str) -> Channel | None:
    found = _by_words(text, CHANNEL_WORDS)  # type: ignore[arg-type]
    if found is None:
        try:
            return Channel.parse(fold(text))
        except ValueError:
            return None
    return found if isinstance(found, Channel) else None


def source_of(text: str) -> Source | None:
    try:
        return Source.parse(fold(text))
    except ValueError:
        found = _by_words(text, SOURCE_WORDS)  # type: ignore[arg-type]
        return found if isinstance(found, Source) else None


def satisfaction_of(text: str) -> Satisfaction | None:
    key = fold(text)
    if key in SATISFACTION_WORDS:
        return SATISFACTION_WORDS[key]
    # "不满意" contains "满意": the longest word found wins.
    found = _by_words(key, SATISFACTION_WORDS)  # type: ignore[arg-type]
    return found if isinstance(found, Satisfaction) else None


def _stem(name: str, suffixes: Iterable[str]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@dataclass
class Directory:
    """One directory's entries (name, id, code), matched leniently and memoised per text."""

    entries: list[tuple[str, int, str]]
    suffixes: tuple[str, ...] = ()
    _memo: dict[str, int | None] = field(default_factory=dict)

    def match(self, text: str) -> int | None:
        if text in self._memo:
            return self._memo[text]
        found = self._match(fold(text))
        self._memo[text] = found
        return found

    def _match(self, key: str) -> int | None:
        if not key:
            return None
        for name, entry_id, code in self.entries:
            if key in (fold(name), code):
                return entry_id
        stem = _stem(key, self.suffixes)
        for name, entry_id, _code in self.entries:
            if _stem(fold(name), self.suffixes) == stem:
                return entry_id
        # "城乡建设-物业管理", "城乡建设/物业管理": the most specific part that is known.
        for separator in ("-", "/", "—", ">", "\\", "|"):
            if separator in key:
                for part in reversed(key.split(separator)):
                    found = self._match(part)
                    if found is not None:
                        return found
                return None
        # "塔峰镇某某村": the longest known name inside the text (at least two characters).
        inside = [
            (len(name), entry_id) for name, entry_id, _ in self.entries if len(name) >= 2 and name in key
        ]
        return max(inside)[1] if inside else None


@dataclass
class Directories:
    """The directories an import matches against."""

    regions: Directory
    categories: Directory
    units: Directory
    purposes: Directory
    #: Purpose id → its code (for the 性质 it implies).
    purpose_codes: dict[int, str]

    @classmethod
    def of(
        cls,
        regions: list[tuple[str, int, str]],
        categories: list[tuple[str, int, str]],
        units: list[tuple[str, int, str]],
        purposes: list[tuple[str, int, str]],
    ) -> Directories:
        return cls(
            regions=Directory(regions, _REGION_SUFFIXES),
            categories=Directory(categories),
            units=Directory(units, _UNIT_SUFFIXES),
            purposes=Directory([*purposes, *((n + "类", i, c) for n, i, c in purposes)]),
            purpose_codes={entry_id: code for _name, entry_id, code in purposes},
        )
