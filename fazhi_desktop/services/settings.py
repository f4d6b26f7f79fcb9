"""Settings kept in the database, each with a default (DOMAIN.md's **[assumed]** values live here)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Setting
from fazhi_desktop.store.writes import change

#: Every setting the program knows, with its default.
DEFAULTS: dict[str, Any] = {
    # The office this database belongs to (set by `fazhi init --office`).
    "office_code": None,
    # 集体访: a visit by this many people or more.
    "collective_threshold": 5,
}

LABELS = {
    "office_code": "本单位代码",
    "collective_threshold": "集体访人数标准（人）",
}


def read(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    return row.value.get("value")


def write(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"value": value}))
    else:
        row.value = {"value": value}


def get(ctx: Context, key: str) -> Any:
    with ctx.db.reading() as session:
        return read(session, key)


def all_settings(ctx: Context) -> dict[str, Any]:
    with ctx.db.reading() as session:
        stored = {row.key: row.value.get("value") for row in session.scalars(select(Setting))}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


def set_value(ctx: Context, key: str, value: Any) -> None:
    from fazhi_desktop.domain.errors import UserError

    if key == "collective_threshold" and (not isinstance(value, int) or not 2 <= value <= 100):
        raise UserError("集体访人数标准应为 2 到 100 之间的整数。", field=key)
    with change(ctx.db, ctx.user, "settings.set") as current:
        old = read(current.session, key)
        write(current.session, key, value)
        current.describe(f"设置「{LABELS.get(key, key)}」：{old} → {value}", entity="setting", key=key)
