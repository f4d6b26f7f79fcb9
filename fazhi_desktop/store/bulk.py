"""Bulk writes for demo data and imports: Core inserts in chunks, with keys assigned up front.

The ORM unit of work costs several times more per row than a Core executemany (PLATFORM.md); bulk
paths assign integer keys themselves so related rows can be built before anything is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table, func, insert, select, text

from fazhi_desktop.domain.ids import uuid7_hex
from fazhi_desktop.store.touched import note

CHUNK = 5_000
#: Keys taken from a PostgreSQL sequence at a time (unused ones are a gap, which is harmless).
KEY_BATCH = 2_000


def next_id(conn: Connection, table: Table) -> int:
    """The first free integer key of a table. Only for a writer that is alone (SQLite's writes are
    serialised by BEGIN IMMEDIATE); where several may write at once, take keys from `Keys`."""
    return int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


class Keys:
    """New integer keys of a table for rows built before they are written.

    On PostgreSQL they come from the table's sequence, a batch in one statement, so an import and
    clerks registering cases on other PCs never take the same key (the keys need not be contiguous:
    each row gets its own). On SQLite the one writer counts up from the largest key."""

    def __init__(self, conn: Connection, table: Table, batch: int = KEY_BATCH) -> None:
        self._conn = conn
        self._table = table
        self._batch = batch
        self._shared = conn.dialect.name == "postgresql"
        self._next = 0 if self._shared else next_id(conn, table)
        self._pool: list[int] = []

    def take(self) -> int:
        if not self._shared:
            value = self._next
            self._next += 1
            return value
        if not self._pool:
            self._pool = list(
                self._conn.scalars(
                    text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                    {"table": self._table.name, "n": self._batch},
                )
            )
            self._pool.reverse()
        return self._pool.pop()


def new_uuids(conn: Connection, table: Table, count: int) -> list[Any]:
    """`count` new time-ordered UUIDs for `table.c.uuid`, already in the form its driver takes (pass
    `ready=("uuid",)` to insert_rows): no UUID object per row where the driver stores text."""
    digits = uuid7_hex(count)
    if not digits:
        return []
    processor = table.c.uuid.type._cached_bind_processor(conn.dialect)
    if processor is not None and processor(uuid.UUID(digits[0])) == digits[0]:
        return digits  # SQLite keeps a Uuid as its 32 hex digits
    values = [uuid.UUID(d) for d in digits]
    return values if processor is None else list(map(processor, values))


def insert_rows(
    conn: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    progress: Callable[[int], None] | None = None,
    *,
    ready: Collection[str] = (),
) -> None:
    """Insert rows that all have the same keys. Values are converted by the columns' own types (but
    those of the `ready` columns, already in the driver's form), then handed to the driver's
    executemany: several times faster than SQLAlchemy's per-row path. On SQLite a column that is
    NULL in every row of a chunk is written as NULL in the statement: Python's sqlite3 binds a None
    several times slower than a number (it looks for an adapter first)."""
    if not rows:
        return
    note(conn, table.name)  # in bulk: listing a million ids would cost more than it tells
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    order = list(compiled.positiontup) if compiled.positional and compiled.positiontup else keys
    processors = [None if key in ready else _memoised(table.c[key].type, conn) for key in order]
    values_of = itemgetter(*order)
    # A column can be written as NULL where its type stores None as NULL (JSON writes 'null').
    nulls = [p is None or p(None) is None for p in processors]
    statement = _Statement(str(compiled), nulls, conn.dialect.paramstyle == "qmark")
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        # Tuples in the statement's order straight from the dicts, and the conversions column by
        # column with map(): the per-value cost is what matters at a million rows.
        tuples: list[Any] = list(map(values_of, chunk)) if len(order) > 1 else [(r[order[0]],) for r in chunk]
        columns: list[Any] = list(zip(*tuples, strict=True))
        empty = statement.empty_columns(columns)
        kept = []
        for n, column in enumerate(columns):
            if n in empty:
                continue
            processor = processors[n]
            kept.append(column if processor is None else map(processor, column))
        tuples = list(zip(*kept, strict=True))
        params: list[Any] = (
            tuples if compiled.positional else [dict(zip(order, values, strict=True)) for values in tuples]
        )
        conn.exec_driver_sql(statement.sql(empty), params)
        if progress is not None:
            progress(min(start + CHUNK, len(rows)))


class _Statement:
    """An INSERT whose columns that are NULL in a whole chunk are written as NULL (SQLite only)."""

    def __init__(self, sql: str, nulls: list[bool], qmark: bool) -> None:
        head, _, marks = sql.rpartition(" VALUES (")
        # Only the plain form `INSERT INTO t (a, b) VALUES (?, ?)` is rewritten.
        self._head = head if qmark and marks == ", ".join("?" * len(nulls)) + ")" else None
        self._plain = sql
        self._nulls = nulls
        self._made: dict[frozenset[int], str] = {}

    def empty_columns(self, columns: list[tuple[Any, ...]]) -> frozenset[int]:
        if self._head is None:
            return frozenset()
        return frozenset(
            n for n, column in enumerate(columns) if self._nulls[n] and column.count(None) == len(column)
        )

    def sql(self, empty: frozenset[int]) -> str:
        if not empty:
            return self._plain
        found = self._made.get(empty)
        if found is None:
            marks = ", ".join("NULL" if n in empty else "?" for n in range(len(self._nulls)))
            found = self._made[empty] = f"{self._head} VALUES ({marks})"
        return found


#: Column types whose values repeat across rows (dates, flags, codes): converted once per value.
_REPEATING = (Date, DateTime, Boolean)


def _memoised(column_type: Any, conn: Connection) -> Callable[[Any], Any] | None:
    """The column type's conversion for the driver, once per distinct value where values repeat
    (a ledger's dates, the flags): the conversion costs microseconds, the look-up nanoseconds. JSON
    values (dicts) are converted once per object: the rows being inserted keep them alive, and bulk
    writers share one object between rows with the same details."""
    processor = column_type._cached_bind_processor(conn.dialect)
    if processor is None:
        return None
    if isinstance(column_type, JSON):
        by_object: dict[int, Any] = {}

        def convert_object(value: Any) -> Any:
            key = id(value)
            try:
                return by_object[key]
            except KeyError:
                converted = by_object[key] = processor(value)
                return converted

        return convert_object
    if not isinstance(column_type, _REPEATING):
        return cast(Callable[[Any], Any], processor)
    # A dict that converts what it lacks: map() then looks values up without a Python call.
    return _Converted(processor).__getitem__


class _Converted(dict[Any, Any]):
    def __init__(self, processor: Callable[[Any], Any]) -> None:
        super().__init__()
        self.processor = processor

    def __missing__(self, value: Any) -> Any:
        converted = self[value] = self.processor(value)
        return converted


def sync_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """After keys were given explicitly, move PostgreSQL's sequences past them (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            text(
                # Forward only: another writer may have taken keys from the sequence meanwhile.
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"GREATEST((SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), "
                f"nextval(pg_get_serial_sequence('{table.name}', 'id'))), false)"
            )
        )
