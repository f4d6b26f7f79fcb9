"""What the case list remembers between runs on this PC: its columns (order, widths, the sort) and
its filter (the choices and the dates; never the search text, which a clerk types anew)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QTableView

from fazhi_desktop.ui.prefs import prefs

#: The date a date filter shows as 「不限」.
NO_DATE = QDate(2000, 1, 1)


def restore(table: QTableView, combos: Sequence[QComboBox], dates: Sequence[QDateEdit]) -> None:
    settings = prefs()
    state = settings.value("cases/header")
    if isinstance(state, QByteArray):
        table.horizontalHeader().restoreState(state)
    for combo in combos:
        value = settings.value(f"cases/filter/{combo.objectName()}")
        if value not in (None, ""):
            found = combo.findData(int(value) if str(value).isdigit() else value)
            if found >= 0:
                combo.setCurrentIndex(found)
    for edit in dates:
        value = settings.value(f"cases/filter/{edit.objectName()}")
        if isinstance(value, str) and value:
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))


def save(table: QTableView, combos: Sequence[QComboBox], dates: Sequence[QDateEdit]) -> None:
    settings = prefs()
    settings.setValue("cases/header", table.horizontalHeader().saveState())
    for combo in combos:
        data = combo.currentData()
        settings.setValue(f"cases/filter/{combo.objectName()}", "" if data is None else data)
    for edit in dates:
        day = edit.date()
        settings.setValue(
            f"cases/filter/{edit.objectName()}", "" if day == NO_DATE else day.toString("yyyy-MM-dd")
        )
