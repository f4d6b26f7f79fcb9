"""Directories an administrator edits: townships and villages, 责任单位, 内容分类, 信访目的.

Entries are added, renamed and retired; an entry is deleted only while nothing refers to it, so a
case never loses the name it was registered under.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.categories import DEFAULT_CATEGORIES, DEFAULT_PURPOSES
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.directory_keywords import CATEGORY_KEYWORDS, keyword_text
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import RegionKind
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import Case, Category, Purpose, Region, Unit
from fazhi_desktop.store.writes import change

Model = type[Region] | type[Unit] | type[Category] | type[Purpose]
Row = Region | Unit | Category | Purpose


class DirectoryKind(StrEnum):
    TOWNSHIP = "township"
    VILLAGE = "village"
    UNIT = "unit"
    CATEGORY = "category"
    PURPOSE = "purpose"

    @property
    def label(self) -> str:
        return {
            "township": "乡镇（街道）",
            "village": "村（社区）",
            "unit": "责任单位",
            "category": "内容分类",
            "purpose": "信访目的",
        }[self.value]


@dataclass(frozen=True)
class Entry:
    """One entry of a directory, as plain data."""

    id: int
    uuid: uuid.UUID
    kind: DirectoryKind
    code: str | None
    name: str
    parent_id: int | None
    parent_name: str | None
    retired: bool
    #: Words it is also found by (内容分类 and 责任单位 only), space-separated.
    keywords: str = ""


def _model(kind: DirectoryKind) -> Model:
    models: dict[DirectoryKind, Model] = {
        DirectoryKind.TOWNSHIP: Region,
        DirectoryKind.VILLAGE: Region,
        DirectoryKind.UNIT: Unit,
        DirectoryKind.CATEGORY: Category,
        DirectoryKind.PURPOSE: Purpose,
    }
    return models[kind]


def _kind_filter(kind: DirectoryKind) -> list[ColumnElement[bool]]:
    if kind is DirectoryKind.TOWNSHIP:
        return [Region.kind == RegionKind.TOWNSHIP.value]
    if kind is DirectoryKind.VILLAGE:
        return [Region.kind == RegionKind.VILLAGE.value]
    return []


def _parent_id(row: Row) -> int | None:
    return getattr(row, "parent_id", None)


def _entry(session: Session, kind: DirectoryKind, row: Row) -> Entry:
    parent_id = _parent_id(row)
    parent_name = None
    if parent_id is not None:
        parent = cast(
            Row | None, session.get(_model(kind) if kind is not DirectoryKind.VILLAGE else Region, parent_id)
        )
        parent_name = parent.name if parent else None
    return Entry(
        id=row.id,
        uuid=row.uuid,
        kind=kind,
        code=getattr(row, "code", None),
        name=row.name,
        parent_id=parent_id,
        parent_name=parent_name,
        retired=row.retired,
        keywords=getattr(row, "keywords", "") or "",
    )


def list_entries(
    ctx: Context, kind: DirectoryKind | str, *, include_retired: bool = True, parent_id: int | None = None
) -> list[Entry]:
    kind = DirectoryKind(kind)
    model = _model(kind)
    with ctx.db.reading() as session:
        query = select(model).where(*_kind_filter(kind))
        if not include_retired:
            query = query.where(model.retired.is_(False))
        if parent_id is not None:
            query = query.where(model.parent_id == parent_id)  # type: ignore[union-attr]
        order = [model.code, model.name] if hasattr(model, "code") else [model.sort_order, model.name]
        rows = cast(list[Row], session.scalars(query.order_by(*order)).all())
        return [_entry(session, kind, row) for row in rows]


def find(session: Session, kind: DirectoryKind, text: str) -> Row | None:
    """An entry by its name or code (exact), for the command line and imports."""
    model = _model(kind)
    text = text.strip()
    conditions: list[Any] = [model.name == text]
    if hasattr(model, "code"):
        conditions.append(model.code == text)
    return cast(
        Row | None,
        session.scalars(select(model).where(*_kind_filter(kind), or_(*conditions)).limit(1)).first(),
    )


def resolve(session: Session, kind: DirectoryKind, value: int | str | None, *, field: str) -> int | None:
    """The id of an active entry given an id, a name or a code; a clear message when it is not there."""
    if value is None or value == "":
        return None
    model = _model(kind)
    row = (
        cast(Row | None, session.get(model, value))
        if isinstance(value, int)
        else find(session, kind, str(value))
    )
    if row is None or (
        kind in (DirectoryKind.TOWNSHIP, DirectoryKind.VILLAGE)
        and isinstance(row, Region)
        and row.kind not in {RegionKind.TOWNSHIP.value, RegionKind.VILLAGE.value}
    ):
        raise UserError(f"{kind.label}「{value}」不存在。请从列表中选择，或先在设置中添加。", field=field)
    if row.retired:
        raise UserError(f"{kind.label}「{row.name}」已停用，不能再选用。请选择其他项。", field=field)
    return row.id


def add_entry(
    ctx: Context,
    kind: DirectoryKind | str,
    name: str,
    *,
    code: str | None = None,
    parent: int | str | None = None,
) -> Entry:
    kind = DirectoryKind(kind)
    name = name.strip()
    if not name:
        raise UserError(f"{kind.label}名称不能为空。", field="name")
    if len(name) > 100:
        raise UserError(f"{kind.label}名称太长（最多 100 个字）。", field="name")
    with change(ctx.db, ctx.actor, "directory.add") as current:
        session = current.session
        parent_id = _resolve_parent(session, kind, parent)
        _refuse_duplicate(session, kind, name, code, parent_id)
        row = _new_row(session, kind, name, code, parent_id)
        session.add(row)
        session.flush()
        current.describe(f"添加{kind.label}：{name}", entity=kind.value, entity_uuid=row.uuid)
        return _entry(session, kind, row)


def ensure_entry(session: Session, kind: DirectoryKind, name: str) -> int:
    """The id of the top-level entry of this name, added in the caller's transaction when there is
    none (a ledger import that learns its townships, categories and units: `--add-unknown`)."""
    model = _model(kind)
    query = select(model.id).where(*_kind_filter(kind), model.name == name)
    found = session.scalar(query.limit(1))
    if found is not None:
        return int(found)
    row = _new_row(session, kind, name[:100], None, None)
    session.add(row)
    session.flush()
    return int(row.id)


def rename_entry(ctx: Context, kind: DirectoryKind | str, entry_id: int, new_name: str) -> Entry:
    kind = DirectoryKind(kind)
    new_name = new_name.strip()
    if not new_name:
        raise UserError(f"{kind.label}名称不能为空。", field="name")
    with change(ctx.db, ctx.actor, "directory.rename") as current:
        session = current.session
        row = _get(session, kind, entry_id)
        if new_name != row.name:
            _refuse_duplicate(session, kind, new_name, None, _parent_id(row))
        old = row.name
        row.name = new_name
        current.describe(f"{kind.label}改名：{old} → {new_name}", entity=kind.value, entity_uuid=row.uuid)
        return _entry(session, kind, row)


def retire_entry(ctx: Context, kind: DirectoryKind | str, entry_id: int, retired: bool = True) -> Entry:
    """Retire (or bring back) an entry: it stays on the cases that use it but is offered no more."""
    kind = DirectoryKind(kind)
    with change(ctx.db, ctx.actor, "directory.retire" if retired else "directory.restore") as current:
        session = current.session
        row = _get(session, kind, entry_id)
        row.retired = retired
        verb = "停用" if retired else "恢复"
        current.describe(f"{verb}{kind.label}：{row.name}", entity=kind.value, entity_uuid=row.uuid)
        return _entry(session, kind, row)


def delete_entry(ctx: Context, kind: DirectoryKind | str, entry_id: int) -> Changes:
    """Delete an entry nothing refers to; otherwise say to retire it instead."""
    kind = DirectoryKind(kind)
    with change(ctx.db, ctx.actor, "directory.delete") as current:
        session = current.session
        row = _get(session, kind, entry_id)
        if _references(session, kind, row.id):
            raise UserError(f"{kind.label}「{row.name}」已被信访件或其他条目使用，不能删除。可以将它停用。")
        current.describe(f"删除{kind.label}：{row.name}", entity=kind.value, entity_uuid=row.uuid)
        session.delete(row)
    return current.changes


def seed_defaults(session: Session) -> bool:
    """Fill empty code tables with the defaults of DOMAIN.md. Returns whether anything was added."""
    added = False
    if session.scalar(select(func.count()).select_from(Category)) == 0:
        ids: dict[str, int] = {}
        for entry in DEFAULT_CATEGORIES:
            row = Category(
                code=entry.code,
                name=entry.name,
                parent_id=ids[entry.parent] if entry.parent else None,
                keywords=keyword_text(CATEGORY_KEYWORDS.get(entry.name, ())),
            )
            session.add(row)
            session.flush()
            ids[entry.code] = row.id
        added = True
    if session.scalar(select(func.count()).select_from(Purpose)) == 0:
        session.add_all(Purpose(code=p.code, name=p.name) for p in DEFAULT_PURPOSES)
        added = True
    return added


def _get(session: Session, kind: DirectoryKind, entry_id: int) -> Row:
    row = cast(Row | None, session.get(_model(kind), entry_id))
    if row is None or (isinstance(row, Region) and row.kind != _region_kind(kind)):
        raise UserError(f"找不到这个{kind.label}（编号 {entry_id}），可能已被删除。请刷新后重试。")
    return row


def _region_kind(kind: DirectoryKind) -> str:
    return RegionKind.VILLAGE.value if kind is DirectoryKind.VILLAGE else RegionKind.TOWNSHIP.value


def _resolve_parent(session: Session, kind: DirectoryKind, parent: int | str | None) -> int | None:
    if kind is DirectoryKind.VILLAGE:
        if parent is None or parent == "":
            raise UserError("村（社区）必须属于一个乡镇（街道）。请选择所属乡镇。", field="parent")
        return resolve(session, DirectoryKind.TOWNSHIP, parent, field="parent")
    if kind is DirectoryKind.CATEGORY:
        return resolve(session, DirectoryKind.CATEGORY, parent, field="parent")
    if kind is DirectoryKind.UNIT:
        return None
    if parent not in (None, ""):
        raise UserError(f"{kind.label}没有上级条目。")
    return None


def _refuse_duplicate(
    session: Session, kind: DirectoryKind, name: str, code: str | None, parent_id: int | None
) -> None:
    model = _model(kind)
    query = select(model.id).where(*_kind_filter(kind), model.name == name)
    if kind is DirectoryKind.VILLAGE:
        query = query.where(Region.parent_id == parent_id)
    if session.scalar(query.limit(1)) is not None:
        raise UserError(f"{kind.label}「{name}」已经存在。", field="name")
    if (
        code
        and hasattr(model, "code")
        and session.scalar(select(model.id).where(model.code == code).limit(1)) is not None
    ):
        raise UserError(f"代码 {code} 已被使用。", field="code")


def _new_row(
    session: Session, kind: DirectoryKind, name: str, code: str | None, parent_id: int | None
) -> Row:
    if kind in (DirectoryKind.TOWNSHIP, DirectoryKind.VILLAGE):
        return Region(name=name, code=code or None, kind=_region_kind(kind), parent_id=parent_id)
    if kind is DirectoryKind.UNIT:
        return Unit(name=name)
    if kind is DirectoryKind.CATEGORY:
        return Category(name=name, code=code or _next_code(session, Category, parent_id), parent_id=parent_id)
    return Purpose(name=name, code=code or _next_code(session, Purpose, None))


def _next_code(session: Session, model: type[Category] | type[Purpose], parent_id: int | None) -> str:
    """A code for an entry the administrator added without one: the parent's code + a free number."""
    prefix = ""
    if parent_id is not None:
        parent = session.get(Category, parent_id)
        prefix = parent.code if parent else ""
    for n in range(1, 10_000):
        candidate = f"{prefix}{n:02d}" if prefix else f"x{n:02d}"
        if session.scalar(select(model.id).where(model.code == candidate)) is None:
            return candidate
    raise UserError("代码已用尽，请手工指定代码。", field="code")


def _references(session: Session, kind: DirectoryKind, entry_id: int) -> bool:
    checks: list[Any] = []
    if kind in (DirectoryKind.TOWNSHIP, DirectoryKind.VILLAGE):
        checks = [
            select(Case.id).where(Case.region_id == entry_id),
            select(Region.id).where(Region.parent_id == entry_id),
            select(Unit.id).where(Unit.region_id == entry_id),
        ]
    elif kind is DirectoryKind.UNIT:
        checks = [
            select(Case.id).where(or_(Case.handling_unit_id == entry_id, Case.accused_unit_id == entry_id))
        ]
    elif kind is DirectoryKind.CATEGORY:
        checks = [
            select(Case.id).where(Case.category_id == entry_id),
            select(Category.id).where(Category.parent_id == entry_id),
        ]
    else:
        checks = [select(Case.id).where(Case.purpose_id == entry_id)]
    return any(session.scalar(q.limit(1)) is not None for q in checks)
