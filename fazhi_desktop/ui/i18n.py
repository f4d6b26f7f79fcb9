"""Loading the translation: source strings are English inside tr(); i18n/*.ts hold the translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fazhi_desktop.paths import I18N

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    """Install the program's translation and Qt's own (button texts of standard dialogs)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language.replace("_", "-") if language != "en" else "en"))
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(I18N / f"{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        # The smoke test of a bundle reads this line to see that the translation really took.
        log.info("%s translation loaded: 'Cases' reads %s", language, translate("MainWindow", "Cases"))
    else:
        log.warning("no translation file for %s in %s", language, I18N)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def translate(context: str, text: str) -> str:
    """tr() for code that is not inside a QObject (module-level tables of labels)."""
    return QCoreApplication.translate(context, text)
