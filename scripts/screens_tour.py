"""Every page of the main window in one language, for looking at (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screens_tour.py OUT_DIR [--language en] [--cases N]

Makes a demo database (cases and outreach records) with an administrator and an 审计员, then saves,
at 1366×768, every page of the navigation (the four registration forms too), every tab of each page,
a case's detail with each of its tabs and its 「打印」 menu, and the 审计 page seen by the 审计员.
Beside the pictures it writes OUT_DIR/<language>-report.txt: the program's own words on screen that
still carry Chinese characters in English (labels, buttons, tabs, group titles, column headers,
menus; not the cells of a list, which are records) and the labels and buttons narrower than their
text. What the report lists still has to be looked at: names a county typed are Chinese in every
language.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from fazhi_desktop.ui.session import UiSession

os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2024-11-20"
CJK = re.compile(r"[\u3400-\u9fff]")
AUDITOR, AUDITOR_PASSWORD = "shenji", "Shenji-pass-2024"
log = logging.getLogger("screens")


def _settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _headers(model: object) -> list[object]:
    from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

    assert isinstance(model, QAbstractItemModel)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps it private: no header to read
        return []
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]


class Tour:
    """Saves pictures and notes what each shows."""

    def __init__(self, out: Path, language: str) -> None:
        self.out, self.language, self.count = out, language, 0
        self.lines: list[str] = []

    def save(self, widget: object, name: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        self.count += 1
        path = self.out / f"{self.language}-{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        found = sorted(set(self._chinese(widget)))
        clipped = sorted(set(self._clipped(widget)))
        self.lines.append(f"== {path.name}")
        self.lines += [f"   中: {text}" for text in found]
        self.lines += [f"   clipped: {text}" for text in clipped]
        log.info("%s (%d Chinese, %d clipped)", path.name, len(found), len(clipped))

    def _chinese(self, root: object) -> list[str]:
        """The program's words on screen (not the records in lists) with Chinese characters."""
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QComboBox,
            QGroupBox,
            QLabel,
            QLineEdit,
            QTabBar,
            QWidget,
        )

        assert isinstance(root, QWidget)
        texts: list[str] = []
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisibleTo(root) and w is not root:
                continue
            kind = type(w).__name__
            if isinstance(w, (QLabel, QAbstractButton)):
                texts.append(f"{kind}: {w.text()}")
            elif isinstance(w, QGroupBox):
                texts.append(f"GroupBox: {w.title()}")
            elif isinstance(w, QTabBar):
                texts += [f"Tab: {w.tabText(i)}" for i in range(w.count())]
            elif isinstance(w, QLineEdit):
                texts.append(f"Placeholder: {w.placeholderText()}")
            elif isinstance(w, QComboBox):
                texts += [f"Combo: {w.itemText(i)}" for i in range(min(w.count(), 30))]
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                texts += [f"Header: {h}" for h in _headers(w.model())]
        return [t for t in texts if CJK.search(t)]

    def _clipped(self, root: object) -> list[str]:
        """Labels and buttons on one line narrower than their text."""
        from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

        assert isinstance(root, QWidget)
        found = []
        for w in root.findChildren(QWidget):
            if not w.isVisibleTo(root) or w.width() <= 0:
                continue
            if isinstance(w, QLabel) and not w.wordWrap() and w.text() and "<" not in w.text():
                need = w.fontMetrics().horizontalAdvance(w.text().split("\n")[0]) + 2 * w.margin()
                if need > w.width() + 1:
                    found.append(f"Label {w.width()}<{need}: {w.text()[:60]}")
            elif isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
                found.append(f"{type(w).__name__} {w.width()}<{w.sizeHint().width()}: {w.text()[:60]}")
        return found

    def tabs_of(self, page: object, name: str) -> None:
        """The page, then each tab of its outermost tab widget."""
        from PySide6.QtWidgets import QTabWidget, QWidget

        assert isinstance(page, QWidget)
        window = page.window()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        outer = [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]
        if not outer:
            self.save(window, name)
            return
        for widget in outer:
            for index in range(widget.count()):
                widget.setCurrentIndex(index)
                _settle(1.0)
                self.save(window, f"{name}-tab{index}")


def tour(db: str, out: Path, language: str) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import Context, open_context
    from fazhi_desktop.services.users.login import authenticate
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(Path(db).with_suffix(f".{language}.ini"))
    prefs.set_language(language)
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, language)
    ctx = open_context(db, os.environ["FAZHI_USER"])
    ctx.actor = authenticate(ctx.db, ctx.user, os.environ["FAZHI_PASSWORD"], datetime.now())
    session = UiSession(ctx)
    window = MainWindow(session)
    window.resize(1366, 768)
    window.show()
    shots = Tour(out, language)
    for key in list(window._nav_items):  # every page the navigation offers
        if key == "register":
            continue
        window.show_page(key)
        _settle(2.0)
        shots.tabs_of(window.page(key), key.replace(":", "-"))

    _case_detail(session, window, shots)
    window.close()

    auditor = Context(
        db=ctx.db,
        user=AUDITOR,
        actor=authenticate(ctx.db, AUDITOR, AUDITOR_PASSWORD, datetime.now(), allow_change=True),
    )
    window = MainWindow(UiSession(auditor))
    window.resize(1366, 768)
    window.show()
    window.show_page("audit")
    _settle(2.0)
    shots.save(window, "audit")
    window.close()
    ctx.close()
    (out / f"{language}-report.txt").write_text("\n".join(shots.lines) + "\n", encoding="utf-8")


def _case_detail(session: UiSession, window: QWidget, shots: Tour) -> None:
    """A case's detail, each of its tabs, and its 「打印」 menu open."""
    from PySide6.QtWidgets import QMenu, QTabWidget
    from sqlalchemy import select

    from fazhi_desktop.domain.vocab import Nature
    from fazhi_desktop.store.models import Case
    from fazhi_desktop.ui.case_detail import CaseDetailDialog

    with session.ctx.db.reading() as s:
        # An accusation case shows every line of the print menu (the copies for the unit too).
        case_id = s.scalars(select(Case.id).where(Case.nature == Nature.ACCUSATION).limit(1)).first()
    assert case_id is not None
    dialog = CaseDetailDialog(session, case_id, window)
    dialog.resize(1100, 720)
    dialog.show()
    _settle(1.5)
    inner = [t for t in dialog.findChildren(QTabWidget) if t.isVisibleTo(dialog)]
    for index in range(inner[0].count() if inner else 0):
        inner[0].setCurrentIndex(index)
        _settle(0.5)
        shots.save(dialog, f"case-tab{index}")
    menu = dialog.print_button.menu()
    assert isinstance(menu, QMenu)
    menu.popup(dialog.print_button.mapToGlobal(dialog.print_button.rect().bottomLeft()))
    _settle(0.8)
    shots.save(menu, "case-print-menu")
    menu.hide()
    dialog.close()


def make_database(cases: int) -> str:
    """A county office with demo cases and outreach, its administrator and an 审计员."""
    db = str(Path(tempfile.mkdtemp()) / "tour.db")
    run = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", TODAY]
    subprocess.run(
        [*run, "init", "--office", "431127", "--name", "蓝山县信访局"], check=True, capture_output=True
    )
    subprocess.run([*run, "demo", "--cases", str(cases)], check=True, capture_output=True)
    subprocess.run(
        [*run, "user", "add", "--login", AUDITOR, "--name", "孙审计", "--role", "审计员"],
        check=True,
        capture_output=True,
        env={**os.environ, "FAZHI_NEW_PASSWORD": AUDITOR_PASSWORD},
    )
    log.info("database %s (again with --db)", db)
    return db


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=("en", "zh_CN", "zh_TW"))
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--db", help="a database made by an earlier run")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tour(args.db or make_database(args.cases), args.out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
