"""Loading the translation: source strings are English inside tr(); i18n/*.ts hold the translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fazhi_desktop.paths import I18N

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []

#: Labels of Qt's file dialog whose source text gained an accelerator ("&Look in:") after the
#: translations PySide6 ships were made, so qtbase_zh_* leaves them English; found by
#: tests/ui/test_qt_strings.py, which names any other that appears.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "zh_CN": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    },
    "zh_TW": {
        ("QFileDialog", "&Look in:"): "搜尋範圍(&L)：",
        ("QFileDialog", "Files of &type:"): "檔案類型(&T)：",
    },
}


class _QtGaps(QTranslator):
    """The few Qt strings the shipped qtbase translation misses, for one language."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # None (a null string) lets Qt ask on; "" would be taken as the translation of every message
        # the other translators leave alone, such as "Alt+%d", whose translation is its source.
        return self._texts.get((context, source))  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication, language: str) -> None:
    """Install the program's translation and Qt's own (button texts of standard dialogs)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language.replace("_", "-") if language != "en" else "en"))
    if language == "en":
        return
    # Qt asks the translator installed last first: qtbase, then ours, and these gaps only at the end.
    gaps = _QtGaps(QT_GAPS.get(language, {}), app)
    app.installTranslator(gaps)
    _installed.append(gaps)
    ours = QTranslator(app)
    if ours.load(str(I18N / f"{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        # The smoke test of a bundle reads this line to see that the translation really took.
        log.info("%s translation loaded: 'Cases' reads %s", language, translate("MainWindow", "Cases"))
    else:
        log.warning("no translation file for %s in %s", language, I18N)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("Qt's own translation qtbase_%s is not in %s: its dialogs stay English", language, folder)


def translate(context: str, text: str) -> str:
    """tr() for code that is not inside a QObject (module-level tables of labels)."""
    return QCoreApplication.translate(context, text)
