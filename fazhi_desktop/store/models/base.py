"""The declarative base every table shares: integer keys for local joins, UUIDs for identity across offices."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fazhi_desktop.domain.ids import uuid7

# Constraint names are fixed so Alembic migrations name the same thing on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it as a class attribute)
        uuid.UUID: Uuid(),
        date: Date(),
        datetime: DateTime(),
        dict[str, Any]: JSON(),
        str: String(200),
    }


class Keyed:
    """An integer primary key plus a time-ordered UUID made where the record is first written."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(default=uuid7, unique=True)
