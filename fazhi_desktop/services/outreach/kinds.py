"""宣传活动的类别: the editable list of kinds (集中宣传, 宪法宣传日/周, 进乡村 …), in the manner of
`services.office.directories`: entries are added, renamed and retired; deleted only while no event uses them.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import OutreachEvent, OutreachKind
from fazhi_desktop.store.writes import change

LABEL = "活动类别"


@dataclass(frozen=True)
class KindEntry:
    id: int
    uuid: uuid.UUID
    code: str
    name: str
    retired: bool


def _entry(row: OutreachKind) -> KindEntry:
    return KindEntry(id=row.id, uuid=row.uuid, code=row.code, name=row.name, retired=row.retired)


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def list_kinds(ctx: Context, *, include_retired: bool = True) -> list[KindEntry]:
    with ctx.db.reading() as session:
        query = select(OutreachKind).order_by(OutreachKind.sort_order, OutreachKind.id)
        if not include_retired:
            query = query.where(OutreachKind.retired.is_(False))
        return [_entry(row) for row in session.scalars(query)]


def find_kind(session: Session, text: str) -> OutreachKind | None:
    """A kind by its code or name; full-width forms and blanks do not matter ("宪法宣传日／周")."""
    wanted = _norm(text)
    for row in session.scalars(select(OutreachKind)):
        if wanted in (row.code, _norm(row.name)):
            return row
    return None


def resolve_kind(session: Session, value: int | str | None) -> int:
    """The id of an active kind given its id, code or name; a message listing the kinds otherwise."""
    row = session.get(OutreachKind, value) if isinstance(value, int) else find_kind(session, str(value or ""))
    if row is None:
        names = session.scalars(
            select(OutreachKind.name).where(OutreachKind.retired.is_(False)).order_by(OutreachKind.sort_order)
        ).all()
        raise UserError(f"没有「{value}」这个活动类别。可选：{'、'.join(names)}。", field="kind")
    if row.retired:
        raise UserError(f"活动类别「{row.name}」已停用，不能再选用。请选择其他类别。", field="kind")
    return row.id


def add_kind(ctx: Context, name: str, *, code: str | None = None) -> KindEntry:
    name = name.strip()
    if not name:
        raise UserError("活动类别名称不能为空。", field="name")
    if len(name) > 100:
        raise UserError("活动类别名称太长（最多 100 个字）。", field="name")
    with change(ctx.db, ctx.actor, "outreach_kind.add") as current:
        session = current.session
        if find_kind(session, name) is not None:
            raise UserError(f"活动类别「{name}」已经存在。", field="name")
        code = (code or "").strip() or _free_code(session)
        if session.scalar(select(OutreachKind.id).where(OutreachKind.code == code)) is not None:
            raise UserError(f"代码 {code} 已被使用。", field="code")
        last = session.scalar(select(func.coalesce(func.max(OutreachKind.sort_order), 0)))
        row = OutreachKind(code=code, name=name, sort_order=int(last or 0) + 1)
        session.add(row)
        session.flush()
        current.describe(f"添加{LABEL}：{name}", entity="outreach_kind", entity_uuid=row.uuid)
        return _entry(row)


def rename_kind(ctx: Context, kind_id: int, new_name: str) -> KindEntry:
    new_name = new_name.strip()
    if not new_name:
        raise UserError("活动类别名称不能为空。", field="name")
    with change(ctx.db, ctx.actor, "outreach_kind.rename") as current:
        session = current.session
        row = _get(session, kind_id)
        same = find_kind(session, new_name)
        if same is not None and same.id != row.id:
            raise UserError(f"活动类别「{new_name}」已经存在。", field="name")
        old, row.name = row.name, new_name
        current.describe(f"{LABEL}改名：{old} → {new_name}", entity="outreach_kind", entity_uuid=row.uuid)
        return _entry(row)


def retire_kind(ctx: Context, kind_id: int, retired: bool = True) -> KindEntry:
    with change(ctx.db, ctx.actor, "outreach_kind.retire" if retired else "outreach_kind.restore") as current:
        row = _get(current.session, kind_id)
        row.retired = retired
        verb = "停用" if retired else "恢复"
        current.describe(f"{verb}{LABEL}：{row.name}", entity="outreach_kind", entity_uuid=row.uuid)
        return _entry(row)


def delete_kind(ctx: Context, kind_id: int) -> Changes:
    with change(ctx.db, ctx.actor, "outreach_kind.delete") as current:
        session = current.session
        row = _get(session, kind_id)
        used = session.scalar(select(OutreachEvent.id).where(OutreachEvent.kind_id == row.id).limit(1))
        if used is not None:
            raise UserError(f"活动类别「{row.name}」已有活动使用，不能删除。可以将它停用。")
        current.describe(f"删除{LABEL}：{row.name}", entity="outreach_kind", entity_uuid=row.uuid)
        session.delete(row)
    return current.changes


def _get(session: Session, kind_id: int) -> OutreachKind:
    row = session.get(OutreachKind, kind_id)
    if row is None:
        raise UserError(f"找不到这个活动类别（编号 {kind_id}），可能已被删除。请刷新后重试。")
    return row


def _free_code(session: Session) -> str:
    for n in range(1, 10_000):
        candidate = f"k{n:02d}"
        if session.scalar(select(OutreachKind.id).where(OutreachKind.code == candidate)) is None:
            return candidate
    raise UserError("代码已用尽，请手工指定代码。", field="code")
