"""Copying every table of one database into another of the same schema (SQLite ↔ PostgreSQL).

A backup of a PostgreSQL database is a SQLite file, and a restore into PostgreSQL copies a SQLite
file back, so both directions are one function. Tables go in foreign-key order; a key that points at a
table not copied yet (the cycle matters ↔ cases) or at its own table (offices.parent_id) is written
empty first and filled in once every row exists, so foreign keys stay on and checked throughout.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, LargeBinary, Table, bindparam, delete, func, select, update

from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.store.bulk import CHUNK, insert_rows, sync_sequences
from fazhi_desktop.store.models import Base

log = logging.getLogger(__name__)

#: Rows per read of a table holding files (each up to 20 MB): memory stays bounded.
FILE_CHUNK = 10


def model_tables() -> list[Table]:
    """Every table of the models, referred-to tables first."""
    return list(Base.metadata.sorted_tables)


def deferred_columns(tables: Sequence[Table]) -> dict[str, list[Column[Any]]]:
    """Per table, the foreign-key columns that point at its own table or at one copied after it."""
    position = {table.name: n for n, table in enumerate(tables)}
    deferred: dict[str, list[Column[Any]]] = {}
    for table in tables:
        for key in table.foreign_keys:
            target = key.column.table.name
            if position.get(target, len(tables)) >= position[table.name]:
                assert key.parent.nullable, f"{table.name}.{key.parent.name} cannot be filled in later"
                deferred.setdefault(table.name, []).append(key.parent)
    return deferred


def count_rows(conn: Connection, tables: Iterable[Table] | None = None) -> dict[str, int]:
    """How many rows each table holds."""
    return {
        table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
        for table in (tables if tables is not None else model_tables())
    }


def clear_rows(conn: Connection, tables: Sequence[Table]) -> None:
    """Delete every row of `tables` (referring tables first) inside the caller's transaction."""
    for name, columns in deferred_columns(tables).items():
        table = Base.metadata.tables[name]
        conn.execute(update(table).values({column.name: None for column in columns}))
    for table in reversed(tables):
        conn.execute(delete(table))


def copy_rows(
    source: Connection,
    target: Connection,
    tables: Sequence[Table] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, int]:
    """Copy every row of `tables` from `source` into the empty same tables of `target`, inside the
    target's transaction (which the caller commits). Returns the rows copied per table."""
    tables = list(tables) if tables is not None else model_tables()
    totals = count_rows(source, tables)
    overall = sum(totals.values())
    deferred = deferred_columns(tables)
    later: dict[str, list[dict[str, Any]]] = {}
    done = 0
    report(progress, 0, overall)
    for table in tables:
        columns = deferred.get(table.name, [])
        keys = [column.name for column in table.primary_key.columns]
        size = FILE_CHUNK if _holds_files(table) else CHUNK
        query = select(table).order_by(*table.primary_key.columns)
        result = source.execution_options(stream_results=True, max_row_buffer=size).execute(query)
        for rows in result.mappings().partitions(size):
            check(cancelled)
            chunk = [dict(row) for row in rows]
            for row in chunk:
                filled = {c.name: row[c.name] for c in columns if row[c.name] is not None}
                if filled:
                    later.setdefault(table.name, []).append({**{f"k_{k}": row[k] for k in keys}, **filled})
                    for name in filled:
                        row[name] = None
            insert_rows(target, table, chunk)
            done += len(chunk)
            report(progress, done, overall)
    for name, pending in later.items():
        _fill_in(target, Base.metadata.tables[name], deferred[name], pending)
    sync_sequences(target, [t for t in tables if t.autoincrement_column is not None])
    log.info("copied %d rows of %d tables", done, len(tables))
    return totals


def _fill_in(conn: Connection, table: Table, columns: list[Column[Any]], rows: list[dict[str, Any]]) -> None:
    """Set the keys that were written empty, one column at a time (each row fills only its own)."""
    keys = [column.name for column in table.primary_key.columns]
    where = [table.c[k] == bindparam(f"k_{k}") for k in keys]
    for column in columns:
        params = [
            {**{f"k_{k}": row[f"k_{k}"] for k in keys}, "v": row[column.name]}
            for row in rows
            if column.name in row
        ]
        for start in range(0, len(params), CHUNK):
            conn.execute(
                update(table).where(*where).values({column.name: bindparam("v")}),
                params[start : start + CHUNK],
            )


def _holds_files(table: Table) -> bool:
    return any(isinstance(column.type, LargeBinary) for column in table.columns)
