"""Vocabulary values on screen: every member has English, zh_CN is exactly the domain's label, zh_TW exists."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from fazhi_desktop.domain import outreach, vocab
from fazhi_desktop.domain.vocab import Labelled
from fazhi_desktop.ui.vocab_text import CONTEXT, ENGLISH, english

I18N = Path(__file__).resolve().parent.parent / "i18n"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _vocabularies() -> list[type[Labelled]]:
    """Every vocabulary of the domain with members (walked, so a new one cannot be forgotten)."""
    assert vocab and outreach  # both modules define vocabularies
    found, todo = [], list(Labelled.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if len(cls):
            found.append(cls)
    return found


def _translations(ts: Path) -> dict[str, str | None]:
    """English → translation of the Vocabulary context; None for one left unfinished."""
    out: dict[str, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and not translation.get("type") and translation.text
            out[message.findtext("source", "")] = translation.text if finished else None  # type: ignore[union-attr]
    return out


def test_every_vocabulary_member_has_english_that_reads_as_english() -> None:
    vocabularies = _vocabularies()
    assert len(vocabularies) >= 20
    missing = [f"{v.__name__}.{m.name}" for v in vocabularies for m in v if m.value not in ENGLISH.get(v, {})]
    assert not missing, "no English in ui/vocab_text.py for:\n" + "\n".join(missing)
    not_english = [english(m) for v in vocabularies for m in v if not english(m) or CJK.search(english(m))]
    assert not not_english


def _differing_from_the_domain(zh_cn: dict[str, str | None]) -> list[str]:
    return [
        f"{type(m).__name__}.{m.name}: {english(m)!r} → {zh_cn.get(english(m))!r}, the domain says {m.label!r}"
        for v in _vocabularies()
        for m in v
        if zh_cn.get(english(m)) != m.label
    ]


def test_zh_cn_reads_exactly_the_domains_label() -> None:
    wrong = _differing_from_the_domain(_translations(I18N / "zh_CN.ts"))
    assert not wrong, "run scripts/i18n.py (i18n/pending/vocabulary.tsv):\n" + "\n".join(wrong)


def test_zh_tw_translates_every_member() -> None:
    zh_tw = _translations(I18N / "zh_TW.ts")
    missing = [
        f"{type(m).__name__}.{m.name}" for v in _vocabularies() for m in v if not zh_tw.get(english(m))
    ]
    assert not missing, "untranslated in zh_TW.ts:\n" + "\n".join(missing)
    # Traditional characters where the simplified ones differ (来访 → 來訪), not a copy of zh_CN.
    assert zh_tw[english(vocab.Channel.VISIT)] == "來訪"
    assert zh_tw[english(vocab.CaseState.HANDLING)] == "辦理中"


def test_the_checks_see_a_member_without_a_translation(tmp_path: Path) -> None:
    """Guards the guard: a Vocabulary message left unfinished, or changed, reads as wrong."""
    text = (I18N / "zh_CN.ts").read_text(encoding="utf-8")
    assert "<translation>来访</translation>" in text
    for broken in ('<translation type="unfinished"></translation>', "<translation>来 访</translation>"):
        ts = tmp_path / "zh_CN.ts"
        ts.write_text(text.replace("<translation>来访</translation>", broken), encoding="utf-8")
        assert _differing_from_the_domain(_translations(ts)) == [
            "Channel.VISIT: 'Visit' → "
            + repr(None if "unfinished" in broken else "来 访")
            + ", the domain says '来访'"
        ]
