"""The Chinese translation is complete and in step with the code (scripts/i18n.py keeps it so)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_is_translated(language: str) -> None:
    messages = _messages(I18N / f"{language}.ts")
    assert len(messages) > 50
    untranslated = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        text = (
            ""
            if translation is None
            else (translation.text or "".join(f.text or "" for f in translation.findall("numerusform")))
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not text
        ):
            untranslated.append(f"{context}: {source}")
    assert not untranslated, "untranslated (run scripts/i18n.py):\n" + "\n".join(untranslated)


#: Characters that exist only in simplified writing (their traditional forms differ): a zh_TW translation
#: with one of them was copied from zh_CN without conversion (scripts/i18n.py without opencc installed).
SIMPLIFIED_ONLY = set(
    "访记录统计数请设该应题问关现实动进还过经会发对为时说们这与书单务认证办处转签复达间级编区镇乡县员门项类规则"
    "节顺较严选择导览开报"
)


def test_traditional_chinese_has_no_simplified_characters() -> None:
    simplified = []
    for (context, source), message in _messages(I18N / "zh_TW.ts").items():
        translation = message.find("translation")
        texts = [] if translation is None else [translation.text or "", *(f.text or "" for f in translation)]
        if any(SIMPLIFIED_ONLY & set(text) for text in texts):
            simplified.append(f"{context}: {source} → {' '.join(texts).strip()}")
    # opencc's Taiwan phrases read a code (代码) as program code (程式碼), the person a matter is about
    # (对象) as a programming object (物件), and 导入法定途径 as a file import (scripts/i18n.py mends them).
    simplified += [
        f"{c}: {source}"
        for (c, source), m in _messages(I18N / "zh_TW.ts").items()
        if any(wrong in (m.findtext("translation") or "") for wrong in ("程式碼", "物件", "匯入法定途徑"))
    ]
    assert not simplified, "zh_TW in simplified characters (convert with opencc s2twp):\n" + "\n".join(
        simplified
    )


def test_the_translation_files_list_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    committed = I18N / "zh_CN.ts"
    fresh = tmp_path / "zh_CN.ts"
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (ROOT / "fazhi_desktop" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(_messages(fresh)) == set(_messages(committed)), "run scripts/i18n.py"


def test_the_compiled_translation_is_current_and_loads(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    for language in ("zh_CN", "zh_TW"):
        compiled = tmp_path / f"{language}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(I18N / f"{language}.ts"), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
        assert compiled.read_bytes() == (I18N / f"{language}.qm").read_bytes(), "run scripts/i18n.py"
    translator = QTranslator()
    assert translator.load(str(I18N / "zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Cases") == "信访件"
    finally:
        QCoreApplication.removeTranslator(translator)


#: Qt's %1…%9, %L1 and %n, Python's %s / %d / %(name)s and {name}: a translation must keep every one.
PLACEHOLDER = re.compile(r"%(?:L?\d|n|s|d|\(\w+\)[sd])|\{[\w.:]*\}")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    wrong = []
    for (context, source), message in _messages(I18N / f"{language}.ts").items():
        translation = message.find("translation")
        if translation is None:
            continue
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        expected = Counter(PLACEHOLDER.findall(source))
        wrong += [
            f"{context}: {source!r} → {text!r}"
            for text in texts
            if Counter(PLACEHOLDER.findall(text)) != expected
        ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_the_placeholder_check_sees_a_lost_placeholder() -> None:
    """Guards the guard."""
    assert Counter(PLACEHOLDER.findall("Import %n row(s) from %1")) != Counter(
        PLACEHOLDER.findall("导入 %1 中的行")
    )
