"""GUI tests: a real QApplication (offscreen), a real SQLite database, preferences in a temporary file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.ui import fonts, i18n, prefs
from fazhi_desktop.ui.session import UiSession


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["fazhi-desktop-tests"]


@pytest.fixture(autouse=True)
def _prefs_file(tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    fonts.apply(qapp)
    monkeypatch.setenv("FAZHI_DRAFTS", str(tmp_path / "drafts.json"))  # never the user's own
    prefs.use_file(tmp_path / "prefs.ini")
    yield
    prefs.use_file(None)


@pytest.fixture
def sqlite_ctx(tmp_path: Path, _templates: dict[str, str]) -> Iterator[Context]:
    """A migrated SQLite database of the county office 431127 (GUI tests need not run on PostgreSQL:
    the services under them do, in tests/services)."""
    target = tmp_path / "fazhi.db"
    shutil.copy(_templates["sqlite"], target)
    ctx = open_context(str(target), "tester")
    yield ctx
    ctx.close()


@pytest.fixture
def session(sqlite_ctx: Context) -> UiSession:
    return UiSession(sqlite_ctx)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the UI's language for one test; back to no translation (the English source) after it."""
    locale = QLocale()
    yield lambda name: i18n.install(qapp, name)
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)
