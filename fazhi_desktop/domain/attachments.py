"""Files kept in the database (photos of an event, scanned documents): the size limit and what an image is.

An image is recognised by its first bytes (its signature), never by the name it was given: a
document renamed to .jpg is not a photo.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import PurePath

from fazhi_desktop.domain.errors import UserError

#: The largest file kept with a record (20 MB); larger ones belong on a file server.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
FILENAME_MAX = 255

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def image_type(data: bytes) -> str | None:
    """The media type of a JPEG, PNG, GIF, BMP or WEBP image by its signature; None for anything else."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            if media_type == "image/bmp" and len(data) < 26:  # "BM" alone starts many text files
                return None
            return media_type
    return None


def size_text(size: int) -> str:
    """A size as people read it: 512 字节, 3.4 KB, 20.0 MB."""
    if size < 1024:
        return f"{size} 字节"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class CheckedFile:
    """A file that may be kept: its clean name, media type, size and SHA-256."""

    filename: str
    media_type: str
    size: int
    sha256: str
    is_image: bool


def check_file(filename: str, data: bytes, *, photo: bool) -> CheckedFile:
    """Accept a file for keeping, or say in Chinese why not (too large, empty, not an image)."""
    name = PurePath(filename.replace("\\", "/")).name.strip() or "未命名"
    if len(name) > FILENAME_MAX:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: FILENAME_MAX - len(suffix) - 1] + dot + suffix) if dot else name[:FILENAME_MAX]
    size = len(data)
    if size == 0:
        raise UserError(f"文件「{name}」是空的（0 字节），没有保存。请检查文件后重新添加。", field="file")
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(
            f"文件「{name}」有 {size_text(size)}，超过了 {size_text(MAX_ATTACHMENT_BYTES)} 的上限，没有保存。"
            "请把照片压缩或缩小后再添加（手机照片可选择“中等”尺寸）。",
            field="file",
        )
    media = image_type(data)
    if photo and media is None:
        raise UserError(
            f"文件「{name}」不是图片（只接受 JPEG、PNG、GIF、BMP、WEBP 格式的照片）。"
            "其他文件请作为附件添加。",
            field="file",
        )
    if media is None:
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return CheckedFile(
        filename=name,
        media_type=media,
        size=size,
        sha256=hashlib.sha256(data).hexdigest(),
        is_image=media.startswith("image/") and image_type(data) is not None,
    )
