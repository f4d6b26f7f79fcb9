"""Package, receipt and key files on disk: read with a size bound, written whole or not at all.

The command line and the 交换 page both go through these, so a USB stick pulled out halfway never
leaves half a package, whichever started the write.
"""

from __future__ import annotations

from pathlib import Path

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.exchange.package_reader import Limits
from fazhi_desktop.exchange.records import RecordKind
from fazhi_desktop.store.file_modes import write_private

#: What the import report calls each kind of record and each outcome.
KIND_WORDS = {
    RecordKind.DIRECTORY.value: "目录条目",
    RecordKind.PETITIONERS.value: "信访人",
    RecordKind.MATTERS.value: "信访事项",
    RecordKind.CASES.value: "信访件",
    RecordKind.STEPS.value: "办理步骤",
    RecordKind.ATTACHMENTS.value: "附件",
    RecordKind.OUTREACH.value: "宣传活动",
    RecordKind.STUDY.value: "学习记录",
    RecordKind.ADVICE.value: "法律顾问服务",
    RecordKind.RECEPTION.value: "接访记录",
    RecordKind.RECEIPTS.value: "回执",
}
OUTCOME_WORDS = {
    "imported": "新增",
    "updated": "更新",
    "duplicate": "已有",
    "conflict": "冲突",
    "pending": "待所属件",
    "refused": "未导入",
    "confirmed": "已确认",
}


#: What the held lists are called (records waiting for their case; records needing a person's look).
HELD_WORDS = {"pending": "待所属件", "quarantine": "待核查"}


def counts_text(counts: dict[str, int]) -> str:
    """`{"imported": 3, "duplicate": 1}` as 新增 3，已有 1."""
    return "，".join(f"{OUTCOME_WORDS.get(k, k)} {v}" for k, v in counts.items())


def receipt_path_for(package: Path) -> Path:
    """Where the receipt of an imported package goes by default: beside it."""
    return package.with_name(package.name + ".receipt")


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (a USB stick pulled out halfway leaves no half package),
    readable by the user alone (a package holds full ID numbers and phones)."""
    try:
        write_private(path, data)
    except OSError as exc:
        raise UserError(f"无法写入文件 {path}：{exc.strerror}。请检查路径和磁盘空间。") from None


def read_package_file(path: Path) -> bytes:
    """A package, receipt or key file, refused before reading when it is too big to be one."""
    try:
        if path.stat().st_size > Limits().package_bytes:
            raise UserError(f"文件 {path} 太大，不是交换包。")
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件 {path}：{exc.strerror}。") from None
