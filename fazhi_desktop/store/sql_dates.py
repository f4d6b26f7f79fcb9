"""Date arithmetic that SQLite and PostgreSQL both run: `plus_days(column, n)` is the date n days later.

SQLite keeps dates as ISO text and adds days with date(x, '+n days'); PostgreSQL adds an integer to a
date. The number of days is a setting (an int), written into the SQL as a literal.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class plus_days(FunctionElement[Any]):
    """The date `days` days after a date column or expression."""

    type = Date()
    inherit_cache = True
    name = "plus_days"

    def __init__(self, day: ColumnElement[Any] | InstrumentedAttribute[Any], days: int) -> None:
        from sqlalchemy import literal_column

        super().__init__(day, literal_column(str(int(days))))


@compiles(plus_days, "sqlite")
def _sqlite(element: plus_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"date({compiler.process(day, **kw)}, '+' || {compiler.process(days, **kw)} || ' days')"


@compiles(plus_days)
def _default(element: plus_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"({compiler.process(day, **kw)} + {compiler.process(days, **kw)})"
