"""Photos and other files of an outreach event, kept in the database with their SHA-256 and size.

A photo must be an image by its signature (JPEG, PNG, GIF, BMP, WEBP); any file is at most 20 MB
(`domain.attachments`). The same file added twice to one event is kept once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.attachments import MAX_ATTACHMENT_BYTES, check_file, size_text
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.store.models import OutreachEvent, OutreachFile
from fazhi_desktop.store.writes import change


@dataclass(frozen=True)
class FileInfo:
    """A kept file without its bytes (lists never load the data)."""

    id: int
    uuid: uuid.UUID
    event_id: int
    filename: str
    media_type: str
    is_photo: bool
    size: int
    sha256: str
    created_at: datetime


def read_upload(path: str | Path) -> tuple[str, bytes]:
    """The name and bytes of a file to add; a clear message for a missing or oversized file, without
    reading more than the limit of a huge one."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到文件「{path}」。请检查路径。", field="file")
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(
            f"文件「{path.name}」有 {size_text(size)}，超过了 {size_text(MAX_ATTACHMENT_BYTES)} 的上限，没有保存。"
            "请把照片压缩或缩小后再添加（手机照片可选择“中等”尺寸）。",
            field="file",
        )
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件「{path.name}」：{exc.strerror or exc}。", field="file") from None


def add_file(ctx: Context, event_id: int, filename: str, data: bytes, *, photo: bool = True) -> FileInfo:
    """Keep a photo (checked to be an image) or another file with an event."""
    checked = check_file(filename, data, photo=photo)
    with change(ctx.db, ctx.actor, "outreach.file.add") as current:
        session = current.session
        event = session.get(OutreachEvent, event_id)
        if event is None:
            raise UserError("找不到这场宣传活动，可能已被删除。请刷新后重试。")
        same = session.scalars(
            select(OutreachFile).where(
                OutreachFile.event_id == event_id, OutreachFile.sha256 == checked.sha256
            )
        ).first()
        if same is not None:
            raise UserError(f"这张照片（或文件）已经添加过了：「{same.filename}」。", field="file")
        row = OutreachFile(
            event_id=event_id,
            filename=checked.filename,
            media_type=checked.media_type,
            is_photo=photo,
            size=checked.size,
            sha256=checked.sha256,
            data=data,
            created_at=clock.now(),
            created_by=ctx.user,
        )
        session.add(row)
        session.flush()
        what = "照片" if photo else "附件"
        current.describe(
            f"为宣传活动「{event.title}」添加{what}：{checked.filename}（{size_text(checked.size)}）",
            entity="outreach_file",
            entity_uuid=row.uuid,
            event=str(event.uuid),
            sha256=checked.sha256,
        )
        return _info(row)


def add_path(ctx: Context, event_id: int, path: str | Path, *, photo: bool = True) -> FileInfo:
    name, data = read_upload(path)
    return add_file(ctx, event_id, name, data, photo=photo)


def remove_file(ctx: Context, file_id: int) -> Changes:
    with change(ctx.db, ctx.actor, "outreach.file.remove") as current:
        session = current.session
        row = session.get(OutreachFile, file_id)
        if row is None:
            raise UserError("找不到这个文件，可能已被删除。请刷新后重试。")
        current.describe(
            f"删除宣传活动的{'照片' if row.is_photo else '附件'}：{row.filename}",
            entity="outreach_file",
            entity_uuid=row.uuid,
            sha256=row.sha256,
        )
        session.delete(row)
    return current.changes


def list_files(ctx: Context, event_id: int) -> list[FileInfo]:
    """An event's files, photos first, in the order they were added."""
    columns = [c for c in OutreachFile.__table__.columns if c.name != "data"]
    with ctx.db.reading() as session:
        rows = session.execute(
            select(*columns)
            .where(OutreachFile.event_id == event_id)
            .order_by(OutreachFile.is_photo.desc(), OutreachFile.id)
        ).mappings()
        return [
            FileInfo(**{k: v for k, v in row.items() if k in FileInfo.__dataclass_fields__}) for row in rows
        ]


def file_data(ctx: Context, file_id: int) -> bytes:
    with ctx.db.reading() as session:
        data = session.scalar(select(OutreachFile.data).where(OutreachFile.id == file_id))
    if data is None:
        raise UserError("找不到这个文件，可能已被删除。请刷新后重试。")
    return bytes(data)


def _info(row: OutreachFile) -> FileInfo:
    return FileInfo(
        id=row.id,
        uuid=row.uuid,
        event_id=row.event_id,
        filename=row.filename,
        media_type=row.media_type,
        is_photo=row.is_photo,
        size=row.size,
        sha256=row.sha256,
        created_at=row.created_at,
    )
