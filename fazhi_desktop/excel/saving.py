"""Writing a workbook so that a failure never leaves half a file: the file is written beside the
target under a temporary name and renamed over it only when complete (a rename within one folder is
atomic), and the messages a clerk sees say what to do.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fazhi_desktop.domain.errors import UserError


def xlsx_target(path: str | Path) -> Path:
    """The file to export to, checked before any work is done."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"导出文件应以 .xlsx 结尾：{target.name}")
    if not target.parent.is_dir():
        raise UserError(f"文件夹「{target.parent}」不存在。请先创建它，或换一个保存位置。")
    if target.is_dir():
        raise UserError(f"「{target}」是一个文件夹。请给导出的文件起一个名字。")
    return target


def _cannot_write(target: Path) -> UserError:
    return UserError(
        f"无法写入「{target}」：文件可能正在 Excel 中打开，或没有写入这个文件夹的权限。"
        "请关闭文件或换一个保存位置后再导出。"
    )


@contextlib.contextmanager
def written_beside(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder to write to; renamed to the target when the block ends
    normally, removed when it raises (a cancel, a full disk, a bug)."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".xlsx.part", dir=target.parent)
    except OSError:
        raise _cannot_write(target) from None
    os.close(handle)
    # mkstemp makes the file readable by its owner alone; kept so, as a ledger holds personal data.
    part = Path(name)
    try:
        yield part
        try:
            os.replace(part, target)
        except PermissionError:
            raise _cannot_write(target) from None
    finally:
        part.unlink(missing_ok=True)
