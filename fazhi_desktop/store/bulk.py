"""Bulk writes for demo data and imports: Core inserts in chunks, with keys assigned up front.

The ORM unit of work costs several times more per row than a Core executemany (PLATFORM.md); bulk
paths assign integer keys themselves so related rows can be built before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Boolean, Connection, Date, DateTime, Table, func, insert, select, text

CHUNK = 5_000


def next_id(conn: Connection, table: Table) -> int:
    """The first free integer key of a table."""
    return int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    progress: Callable[[int], None] | None = None,
) -> None:
    """Insert rows that all have the same keys. Values are converted by the columns' own types once,
    then handed to the driver's executemany: several times faster than SQLAlchemy's per-row path."""
    if not rows:
        return
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    order = list(compiled.positiontup) if compiled.positional and compiled.positiontup else keys
    processors = [_memoised(table.c[key].type, conn) for key in order]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        # Column by column with map(): the per-value cost is what matters at a million rows.
        columns = [
            list(map(processor, (r[key] for r in chunk))) if processor else [r[key] for r in chunk]
            for key, processor in zip(order, processors, strict=True)
        ]
        params: list[Any] = (
            list(zip(*columns, strict=True))
            if compiled.positional
            else [dict(zip(order, values, strict=True)) for values in zip(*columns, strict=True)]
        )
        conn.exec_driver_sql(str(compiled), params)
        if progress is not None:
            progress(min(start + CHUNK, len(rows)))


#: Column types whose values repeat across rows (dates, flags, codes): converted once per value.
_REPEATING = (Date, DateTime, Boolean)


def _memoised(column_type: Any, conn: Connection) -> Callable[[Any], Any] | None:
    """The column type's conversion for the driver, once per distinct value where values repeat
    (a ledger's dates, the flags): the conversion costs microseconds, the look-up nanoseconds."""
    processor = column_type._cached_bind_processor(conn.dialect)
    if processor is None or not isinstance(column_type, _REPEATING):
        return cast(Callable[[Any], Any] | None, processor)
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            converted = seen[value] = processor(value)
            return converted

    return convert


def sync_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """After keys were given explicitly, move PostgreSQL's sequences past them (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
            )
        )
