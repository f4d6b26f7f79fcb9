"""PySide6 6.12.0 on Python 3.11 dies after a few thousand void-returning calls (PLATFORM.md).
This makes tens of thousands of them: with a bad pin the run crashes here, not at a clerk's desk."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListWidget


def test_many_void_calls_do_not_crash(qapp: object) -> None:
    label = QLabel()
    model = QStandardItemModel(10, 1)
    items = QListWidget()
    parent = QObject()
    for n in range(30_000):
        label.setText(f"第 {n} 件")
        model.setItem(n % 10, 0, QStandardItem(str(n)))
        child = QObject()
        child.setParent(parent)
        child.setParent(None)
        if n % 100 == 0:
            items.addItem(str(n))
    assert label.text() == "第 29999 件"
    assert items.count() == 300
