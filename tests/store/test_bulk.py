"""Bulk inserts (store/bulk.py): what goes in comes back, whatever the rows leave empty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import JSON, Boolean, Column, Date, Engine, Integer, MetaData, String, Table, select

from fazhi_desktop.store import bulk
from fazhi_desktop.store.database import connect

_META = MetaData()
_THINGS = Table(
    "bulk_things",
    _META,
    Column("id", Integer, primary_key=True),
    Column("name", String(20)),
    Column("day", Date),
    Column("flag", Boolean),
    Column("details", JSON),
)


@pytest.fixture
def engine(empty_db_url: str) -> Iterator[Engine]:
    db = connect(empty_db_url)
    _META.create_all(db.engine)
    yield db.engine
    db.close()


def test_columns_empty_in_a_whole_chunk_come_back_as_they_went_in(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 3)
    rows = [
        # First chunk: every column but the key is None in every row.
        {"id": 1, "name": None, "day": None, "flag": None, "details": None},
        {"id": 2, "name": None, "day": None, "flag": None, "details": None},
        {"id": 3, "name": None, "day": None, "flag": None, "details": None},
        # Second chunk: some values in each column.
        {"id": 4, "name": "张三", "day": date(2024, 3, 5), "flag": True, "details": None},
        {"id": 5, "name": None, "day": None, "flag": False, "details": {"b": [2]}},
    ]
    with engine.begin() as conn:
        bulk.insert_rows(conn, _THINGS, rows)
        back = [dict(r._mapping) for r in conn.execute(select(_THINGS).order_by(_THINGS.c.id))]
        # A JSON column's None is JSON null, as SQLAlchemy writes it row by row; never SQL NULL.
        json_nulls = conn.execute(select(_THINGS.c.id).where(_THINGS.c.details.is_(None))).scalars().all()
    assert back == rows
    assert json_nulls == []
