"""Building cases for service tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from fazhi_desktop.domain.idnumber import check_digit
from fazhi_desktop.services.cases.registration import (
    CaseInput,
    PetitionerInput,
    RegisteredCase,
    register_case,
)
from fazhi_desktop.services.context import Context


def id_number(born: str = "19900307", order: str = "123", region: str = "431127") -> str:
    """A valid made-up ID number (odd order digit = male)."""
    first17 = f"{region}{born}{order}"
    return first17 + check_digit(first17)


def visit(
    name: str = "王建国",
    *,
    id_no: str = "",
    phone: str = "",
    summary: str = "反映拖欠工资三个月未付",
    on: date | None = None,
    people: int = 1,
    **fields: Any,
) -> CaseInput:
    return CaseInput(
        channel=fields.pop("channel", "visit"),
        summary=summary,
        registered_on=on,
        petitioners=[PetitionerInput(name=name, id_number=id_no, phone=phone)],
        head_count=people,
        **fields,
    )


def register(ctx: Context, *args: Any, **kwargs: Any) -> RegisteredCase:
    return register_case(ctx, visit(*args, **kwargs))
