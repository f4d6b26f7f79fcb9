"""The list of cases with 评查 findings: ids from the service in SQL order, lines read as shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt

from fazhi_desktop.services.conformity.listing import FindingFilter, FlaggedCase, flagged_ids, flagged_rows
from fazhi_desktop.services.context import Context
from fazhi_desktop.ui.conformity_text import with_article
from fazhi_desktop.ui.i18n import translate
from fazhi_desktop.ui.id_list import IdListModel

CACHED_PAGES = 10
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


HEADERS = (
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Number"),
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Registered"),
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Summary"),
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Township"),
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Unit"),
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Score"),
    QT_TRANSLATE_NOOP("FlaggedCasesModel", "Problems"),
)


def _headers() -> tuple[str, ...]:
    return tuple(translate("FlaggedCasesModel", h) for h in HEADERS)


def _id_of(row: FlaggedCase) -> int:
    return row.id


class FlaggedCasesModel(IdListModel):
    """The cases with findings under a filter, the lowest score first."""

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(self._read, _id_of, CACHED_PAGES, parent)
        self._ctx = ctx
        self._filter = FindingFilter()

    def set_filter(self, where: FindingFilter, *, keep_place: bool = False) -> None:
        self._filter = where
        self.replace_ids(flagged_ids(self._ctx, where), keep_place=keep_place)

    def reload(self) -> None:
        self.set_filter(self._filter, keep_place=True)

    def _read(self, ids: Sequence[int]) -> list[FlaggedCase]:
        return flagged_rows(self._ctx, list(ids))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = _headers()
        return headers[section] if 0 <= section < len(headers) else None

    def cell(self, record: FlaggedCase, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(with_article(f.detail, f.rule_id, f.article) for f in record.findings)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            record.number,
            record.registered_on.isoformat(),
            record.summary,
            record.region or "",
            record.unit or "",
            str(record.score),
            "；".join(f.detail for f in record.findings),
        )
        return values[column] if 0 <= column < len(values) else None
