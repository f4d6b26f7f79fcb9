"""codec.py: the fields a package carries are the same however a row is read."""

from __future__ import annotations

from collections import namedtuple
from datetime import date
from typing import Any

import pytest

from fazhi_desktop.services.exchange.codec import fields_by_position, plain_columns, row_fields
from fazhi_desktop.store.models import Case, Matter, Petitioner, Step


@pytest.mark.parametrize("model", [Case, Matter, Petitioner, Step])
def test_fields_read_by_position_are_those_read_by_name(model: type[Any]) -> None:
    keys = [c.key for c in model.__table__.columns]
    row = namedtuple("row", keys)(
        *(date(2024, 1, 1 + n % 28) if n % 3 else f"{key}!" for n, key in enumerate(keys))
    )
    fields = fields_by_position(model)(row)
    assert fields == row_fields(row, plain_columns(model))
    assert list(fields) == [c.key for c in plain_columns(model)]
