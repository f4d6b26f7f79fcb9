"""Finding a 内容分类 or 责任单位 by any word of its name or of the keywords kept with it.

One look-up serves the registration form's completer and the case list's filters: 工资 and 欠薪
both find 劳动报酬. The matching is done in SQL (every typed word must occur in the name, the
parent's name or the keywords); the entries most used by the cases this user may see come first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from fazhi_desktop.domain.categories import DEFAULT_CATEGORIES
from fazhi_desktop.domain.directory_keywords import (
    CATEGORY_KEYWORDS,
    MAX_KEYWORDS_LENGTH,
    keyword_text,
    search_words,
)
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, Entry, list_entries
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.store.models import Case, Category, Unit
from fazhi_desktop.store.writes import change

#: The directories a look-up by keyword serves.
KEYWORD_KINDS = (DirectoryKind.CATEGORY, DirectoryKind.UNIT)
DEFAULT_LIMIT = 30


@dataclass(frozen=True)
class Found:
    """An entry a look-up found: what to show (上级 / 名称 for a second-level category) and why."""

    id: int
    name: str
    shown: str
    keywords: str
    #: How many of the cases this user may see use it.
    uses: int


@dataclass(frozen=True)
class TemplateResult:
    """What taking the 内容分类 template did."""

    added: int
    keywords_filled: int


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: ColumnElement[str], word: str) -> ColumnElement[bool]:
    return column.like(f"%{_escaped(word)}%", escape="\\")


def look_up(ctx: Context, kind: DirectoryKind | str, text: str, *, limit: int = DEFAULT_LIMIT) -> list[Found]:
    """The active entries every word of `text` finds (an empty text: all of them), most used first;
    an entry whose name is the text itself comes before all."""
    kind = DirectoryKind(kind)
    if kind not in KEYWORD_KINDS:
        raise ValueError(f"no keyword look-up for {kind}")
    words = search_words(text)
    with ctx.db.reading() as session:
        rows = session.execute(_matching(kind, words)).all()
        uses = _uses(ctx, session, kind, [row.id for row in rows])
    found = [
        Found(
            id=row.id,
            name=row.name,
            shown=f"{row.parent_name} / {row.name}" if row.parent_name else row.name,
            keywords=row.keywords or "",
            uses=uses.get(row.id, 0),
        )
        for row in rows
    ]
    exact = text.strip()
    found.sort(key=lambda f: (f.name != exact, -f.uses, f.shown))
    return found[:limit]


def _matching(kind: DirectoryKind, words: Sequence[str]) -> Select[int, str, str, str | None]:
    if kind is DirectoryKind.CATEGORY:
        parent = aliased(Category)
        query = (
            select(Category.id, Category.name, Category.keywords, parent.name.label("parent_name"))
            .outerjoin(parent, parent.id == Category.parent_id)
            .where(Category.retired.is_(False))
        )
        fields: tuple[Any, ...] = (Category.name, Category.keywords, parent.name)
    else:
        query = select(
            Unit.id, Unit.name, Unit.keywords, literal(None, type_=Unit.name.type).label("parent_name")
        ).where(Unit.retired.is_(False))
        fields = (Unit.name, Unit.keywords)
    conditions = [or_(*(_contains(field, word) for field in fields)) for word in words]
    return query.where(and_(*conditions)) if conditions else query


def _uses(ctx: Context, session: Session, kind: DirectoryKind, ids: list[int]) -> dict[int, int]:
    """How many visible cases use each entry (a category by 内容分类, a unit as 责任单位)."""
    if not ids:
        return {}
    column = Case.category_id if kind is DirectoryKind.CATEGORY else Case.handling_unit_id
    query = select(column, func.count()).where(column.in_(ids), case_scope(ctx)).group_by(column)
    return {int(entry_id): int(n) for entry_id, n in session.execute(query).all() if entry_id is not None}


def set_keywords(ctx: Context, kind: DirectoryKind | str, entry_id: int, text: str) -> Entry:
    """Keep these words with an entry (any separator: spaces, 、, ，)."""
    kind = DirectoryKind(kind)
    if kind not in KEYWORD_KINDS:
        raise UserError(f"{kind.label}没有关键词。")
    require_write(ctx, "修改关键词")
    words = keyword_text(text)
    if len(words) > MAX_KEYWORDS_LENGTH:
        raise UserError(f"关键词太长（最多 {MAX_KEYWORDS_LENGTH} 个字）。请删去一些。", field="keywords")
    model: type[Category] | type[Unit] = Category if kind is DirectoryKind.CATEGORY else Unit
    with change(ctx.db, ctx.actor, "directory.keywords") as current:
        row = cast(Category | Unit | None, current.session.get(model, entry_id))
        if row is None:
            raise UserError(f"找不到这个{kind.label}（编号 {entry_id}），可能已被删除。请刷新后重试。")
        row.keywords = words
        current.describe(
            f"{kind.label}「{row.name}」的关键词：{words or '（无）'}",
            entity=kind.value,
            entity_uuid=row.uuid,
        )
    return next(e for e in list_entries(ctx, kind) if e.id == entry_id)


def take_category_template(ctx: Context) -> TemplateResult:
    """内容分类 from the shipped template: the entries missing (by name) are added under their
    parent, and template entries without keywords get the template's."""
    require_write(ctx, "添加内容分类")
    added = filled = 0
    with change(ctx.db, ctx.actor, "directory.template") as current:
        session = current.session
        by_name = {c.name: c for c in session.scalars(select(Category)).all()}
        codes = {c.code for c in by_name.values()}
        by_code: dict[str, Category] = {}
        for entry in DEFAULT_CATEGORIES:
            template = keyword_text(CATEGORY_KEYWORDS.get(entry.name, ()))
            row = by_name.get(entry.name)
            if row is None:
                parent = by_code.get(entry.parent) if entry.parent else None
                code = entry.code if entry.code not in codes else f"t{entry.code}"
                row = Category(
                    code=code, name=entry.name, parent_id=parent.id if parent else None, keywords=template
                )
                session.add(row)
                session.flush()
                codes.add(code)
                added += 1
            elif template and not row.keywords:
                row.keywords = template
                filled += 1
            by_code[entry.code] = row
        current.describe(f"采用内容分类模板：新增 {added} 类，补充关键词 {filled} 类", entity="category")
    return TemplateResult(added=added, keywords_filled=filled)
