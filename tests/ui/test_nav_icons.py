"""The navigation's icons: every page has one, drawn in ink at the size asked."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from fazhi_desktop.ui import nav_icons
from fazhi_desktop.ui.main_window import MainWindow
from fazhi_desktop.ui.session import UiSession


def test_every_navigation_item_has_a_drawn_icon(session: UiSession, qtbot: QtBot) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    keys = set(window._nav_items)
    assert keys == set(nav_icons.DRAWINGS)
    for key, item in window._nav_items.items():
        assert not item.icon(0).isNull(), key
    # The longest item is not cut: the navigation is as wide as its widest line and icon.
    assert window.navigation.minimumWidth() >= window.navigation.sizeHintForColumn(0)


def test_an_icon_is_ink_on_nothing_at_any_size() -> None:
    for size in (16, 32):
        image = nav_icons.icon("statistics").pixmap(QSize(size, size)).toImage()
        pixels = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
        ink = [c for c in pixels if c.alpha() > 128]
        assert ink and len(ink) < len(pixels) / 2, f"{len(ink)} inked pixels at {size}px"
        assert all(c.blue() > c.red() for c in ink)  # the program's blue, not black
    assert nav_icons.icon("no such page").isNull()
