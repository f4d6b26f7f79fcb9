"""The table of a case ledger sheet as columns: where its header is, which column means what, and the
data rows under it (blank rows, 合计/小计/总计, 注：… and 填表人：… lines passed over).

The header is found exactly as every import finds it (`reading.find_table`, over the top of the
sheet only); the rows below are then classified cheaply, because a ledger has 100,000 of them: only
a row whose first texts could start a subtotal, a footnote, a signature line or a repeated header is
looked at closely. The cells come out column by column, so each column is parsed in one pass with
its repeated values parsed once (ledger_rows).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fazhi_desktop.excel.ledger_columns import LEDGER_COLUMNS, known_headers, signature
from fazhi_desktop.excel.reading import (
    FOOTER_WORDS,
    SEARCH_ROWS,
    SUBTOTAL_WORDS,
    RawSheet,
    find_table,
    normalise_header,
    skip_reason,
)

#: The characters a row that is not data can start with (after blanks): 合计 小计 总计 共计 累计,
#: 注 备注 说明 * ※, 填报 制表 审核 负责 统计, and the first characters of every known header.
_SUSPECT = frozenset(
    "".join(w[0] for w in (*SUBTOTAL_WORDS, *FOOTER_WORDS))
    + "注备说*※＊"
    + "".join(h[0] for h in known_headers())
)


@dataclass
class LedgerTable:
    """The table of one sheet: header, mapping and the data cells by field."""

    sheet: str
    #: Excel row number of the (last) header row.
    header_row: int
    #: The header cells as written (index = column).
    headers: list[str]
    #: Column index → field, for the columns that are read.
    mapping: dict[int, str]
    #: Excel row numbers of the data rows, in order.
    rows: list[int] = field(default_factory=list)
    #: Field → the cells of that column, one per data row.
    cells: dict[str, list[Any]] = field(default_factory=dict)
    #: (Excel row, reason) of the non-blank rows passed over.
    skipped: list[tuple[int, str]] = field(default_factory=list)
    #: Columns of 序号: known, and never read (a row counter is no identity).
    counters: set[int] = field(default_factory=set)

    @property
    def unknown(self) -> list[str]:
        """Header texts of the columns not read (序号 aside)."""
        return [
            h for i, h in enumerate(self.headers) if h and i not in self.mapping and i not in self.counters
        ]

    @property
    def signature(self) -> str:
        return signature(self.headers)


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def find_header(sheet: RawSheet) -> LedgerTable | None:
    """The header of a sheet and the columns it names, or None when it has no header."""
    top = RawSheet(sheet.name, sheet.rows[: SEARCH_ROWS + 2])
    table = find_table(top, LEDGER_COLUMNS)
    if table is None:
        return None
    header_cells = sheet.rows[table.header_row - 1]
    headers = [_text(c) for c in header_cells]
    # Names merged down over two rows (or a group label over sub-columns): the row above names a
    # column this row leaves blank.
    if table.header_row >= 2:
        above = sheet.rows[table.header_row - 2]
        for i, cell in enumerate(above):
            if i < len(headers) and not headers[i] and _text(cell):
                headers[i] = _text(cell)
    by_index = {index: name for name, index in table.columns.items() if name != "serial"}
    if "registered_on" not in table.columns and "received_on" in table.columns:
        # A ledger of letters whose only date is 收信日期: that is when the letter was registered.
        by_index[table.columns["received_on"]] = "registered_on"
    known = known_headers()
    counters = {i for i, h in enumerate(headers) if known.get(normalise_header(h)) == "serial"}
    return LedgerTable(
        sheet=sheet.name, header_row=table.header_row, headers=headers, mapping=by_index, counters=counters
    )


def _suspect(row: list[Any]) -> bool:
    """Whether the first texts of a row could make it something other than data."""
    seen = 0
    for cell in row:
        if isinstance(cell, str):
            text = cell.lstrip()
            if not text:
                continue
            if text[0] in _SUSPECT:
                return True
            seen += 1
        elif cell is not None and cell != "":
            seen += 1
        if seen >= 2:
            return False
    return False


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and (not value or value.isspace()))


def fill_rows(table: LedgerTable, sheet: RawSheet) -> LedgerTable:
    """Read the data rows under the header into `table.cells`, column by column."""
    known = known_headers()
    columns = sorted(table.mapping.items())
    indices = [index for index, _ in columns]
    need = max(indices) + 1 if indices else 0
    taken: list[tuple[Any, ...]] = []
    for index in range(table.header_row, len(sheet.rows)):
        row = sheet.rows[index]
        if len(row) >= need:
            values = tuple([row[i] for i in indices])
        else:
            values = tuple([row[i] if i < len(row) else None for i in indices])
        # Most rows have a value in a known column, which spares looking at the whole row.
        if all(map(_blank, values)):
            if all(map(_blank, row)):
                continue
            if _suspect(row):
                reason = skip_reason(row, known)
                if reason is not None:
                    table.skipped.append((index + 1, reason))
                    continue
            table.skipped.append((index + 1, "只有未识别列的内容"))
            continue
        if _suspect(row):
            reason = skip_reason(row, known)
            if reason is not None:
                table.skipped.append((index + 1, reason))
                continue
        table.rows.append(index + 1)
        taken.append(values)
    by_column = list(zip(*taken, strict=True)) if taken else [() for _ in columns]
    table.cells = {name: list(values) for (_, name), values in zip(columns, by_column, strict=True)}
    return table


def apply_mapping(table: LedgerTable, chosen: Mapping[int, str | None]) -> LedgerTable:
    """The table with the user's choice of field per column (None: the column is not read)."""
    mapping = dict(table.mapping)
    for index, name in chosen.items():
        if name is None or name in {"", "serial"}:
            mapping.pop(index, None)
        elif name in LEDGER_COLUMNS:
            # One column per field: the user's choice replaces whatever column had it.
            for other in [i for i, f in mapping.items() if f == name and i != index]:
                del mapping[other]
            mapping[index] = name
    table.mapping = mapping
    return table
