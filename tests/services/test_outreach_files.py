"""Photos of an event: kept in the database with hash and size; too large or not an image refused."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fazhi_desktop.domain.attachments import MAX_ATTACHMENT_BYTES
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import files as outreach_files
from fazhi_desktop.store.models import OutreachFile
from tests.images import png_bytes
from tests.services.outreach_helpers import event


@pytest.fixture
def event_id(ctx: Context) -> int:
    return outreach.add_event(ctx, event(date(2024, 3, 5), "宣传进社区", "进社区", place="广场")).id


def test_a_real_png_is_kept_with_its_hash_and_size(ctx: Context, event_id: int) -> None:
    data = png_bytes(4, 3)
    info = outreach_files.add_file(ctx, event_id, "现场照片.png", data)
    assert (info.media_type, info.size, info.is_photo) == ("image/png", len(data), True)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert outreach_files.file_data(ctx, info.id) == data
    assert [f.filename for f in outreach_files.list_files(ctx, event_id)] == ["现场照片.png"]
    assert outreach.get_event(ctx, event_id).photo_count == 1


def test_a_file_one_byte_over_20_mb_is_refused_with_a_clear_message(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    big = b"\xff\xd8\xff\xe0" + b"\x00" * (MAX_ATTACHMENT_BYTES + 1 - 4)
    with pytest.raises(UserError, match=r"「大合影\.jpg」有 20\.0 MB，超过了 20\.0 MB 的上限，没有保存"):
        outreach_files.add_file(ctx, event_id, "大合影.jpg", big)
    path = tmp_path / "大合影.jpg"
    path.write_bytes(big)
    with pytest.raises(UserError, match=r"超过了 20\.0 MB 的上限"):
        outreach_files.add_path(ctx, event_id, path)
    exactly = b"\xff\xd8\xff\xe0" + b"\x00" * (MAX_ATTACHMENT_BYTES - 4)
    assert outreach_files.add_file(ctx, event_id, "刚好.jpg", exactly).size == MAX_ATTACHMENT_BYTES
    with ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutreachFile)) == 1


def test_a_non_image_is_refused_as_a_photo_but_kept_as_an_attachment(ctx: Context, event_id: int) -> None:
    text = "活动方案：……".encode()
    with pytest.raises(UserError, match="不是图片"):
        outreach_files.add_file(ctx, event_id, "方案.jpg", text, photo=True)
    kept = outreach_files.add_file(ctx, event_id, "方案.txt", text, photo=False)
    assert kept.media_type == "text/plain" and not kept.is_photo
    assert outreach.get_event(ctx, event_id).photo_count == 0


def test_the_same_photo_twice_is_kept_once(ctx: Context, event_id: int) -> None:
    outreach_files.add_file(ctx, event_id, "a.png", png_bytes())
    with pytest.raises(UserError, match=r"已经添加过了：「a\.png」"):
        outreach_files.add_file(ctx, event_id, "b.png", png_bytes())


def test_a_missing_file_is_a_clear_message(ctx: Context, event_id: int, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到文件"):
        outreach_files.add_path(ctx, event_id, tmp_path / "没有.png")


def test_deleting_an_event_deletes_its_photos(ctx: Context, event_id: int) -> None:
    outreach_files.add_file(ctx, event_id, "a.png", png_bytes())
    outreach_files.add_file(ctx, event_id, "b.png", png_bytes(3, 3))
    outreach.delete_event(ctx, event_id)
    with ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutreachFile)) == 0
    with pytest.raises(UserError, match="找不到这场宣传活动"):
        outreach.get_event(ctx, event_id)


def test_removing_one_photo(ctx: Context, event_id: int) -> None:
    first = outreach_files.add_file(ctx, event_id, "a.png", png_bytes())
    outreach_files.add_file(ctx, event_id, "b.png", png_bytes(3, 3))
    outreach_files.remove_file(ctx, first.id)
    assert [f.filename for f in outreach_files.list_files(ctx, event_id)] == ["b.png"]
