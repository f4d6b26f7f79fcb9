"""Keep the translations in step with the code.

    .venv/bin/python scripts/i18n.py

1. pyside6-lupdate reads every tr()/translate() in fazhi_desktop/ui/ into i18n/zh_CN.ts and
   i18n/zh_TW.ts (existing translations are kept; strings no longer in the code are dropped);
2. translations waiting in i18n/pending/*.tsv (context<TAB>English<TAB>简体中文, written alongside new
   code) fill the messages still untranslated in zh_CN.ts; zh_TW.ts gets the same text converted to
   traditional characters where the converter is installed (opencc), else the simplified text;
3. pyside6-lrelease compiles both into .qm files, which the program loads.
Messages left untranslated are listed; tests/test_translations.py fails while any remain.
"""

from __future__ import annotations

import csv
import logging
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = ("zh_CN", "zh_TW")
log = logging.getLogger("i18n")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fazhi_desktop" / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def pending() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in sorted((I18N / "pending").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] and not row[0].startswith("#"):
                    table[(row[0].strip(), row[1].replace("\\n", "\n"))] = row[2].replace("\\n", "\n")
    return table


def _converter() -> object | None:
    try:
        import opencc  # type: ignore[import-not-found]
    except ImportError:
        return None
    return opencc.OpenCC("s2twp")


#: Words s2twp renders in the sense this program does not mean: 代码 as program code (程式碼), 对象 as
#: a programming object (物件: here it is the person or unit a matter is about, 對象) and 导入 as a
#: file import (匯入, right for 导入台账, wrong for 导入法定途径, guiding a petitioner to the courts).
TAIWAN_FIXES = {"程式碼": "代碼", "物件": "對象", "匯入法定途徑": "導入法定途徑"}


def taiwan(text: str) -> str:
    for wrong, right in TAIWAN_FIXES.items():
        text = text.replace(wrong, right)
    return text


def fill(ts: Path, table: dict[tuple[str, str], str], *, traditional: bool) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    converter = _converter() if traditional else None
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            numerus = message.get("numerus") == "yes"
            known = table.get((name, source)) or (table.get(("*", source)))
            has_text = bool(translation.text) or any(f.text for f in translation.findall("numerusform"))
            if translation.get("type") == "unfinished" and known:
                text = converter.convert(known) if converter else known  # type: ignore[attr-defined]
                if numerus:
                    for form in list(translation):
                        translation.remove(form)
                    ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = text
                del translation.attrib["type"]
            elif translation.get("type") == "unfinished" and not has_text:
                missing.append(f"{name}: {source}")
            if traditional:  # every message, so that a fix reaches what was converted before it
                for element in [translation, *translation.findall("numerusform")]:
                    if element.text:
                        element.text = taiwan(element.text)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    table = pending()
    status = 0
    for language in LANGUAGES:
        ts = I18N / f"{language}.ts"
        if not ts.exists():
            ts.write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n',
                encoding="utf-8",
            )
        lupdate(ts)
        missing = fill(ts, table, traditional=language == "zh_TW")
        lrelease(ts)
        log.info("%s: %d untranslated", ts.name, len(missing))
        for line in missing:
            log.info("  %s", line)
        status |= bool(missing)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
