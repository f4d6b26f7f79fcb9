"""归档: the archive number of a filed matter, made from a pattern an office sets.

The pattern is a Python format string over `year`, `office_code` and `seq` (the filing's number
within the office's year), e.g. `{year}-{office_code}-{seq:04d}` → 2024-431127-0001. A pattern that
names anything else, or that does not contain `seq`, is refused: two filings would get one number.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from fazhi_desktop.domain.errors import UserError

DEFAULT_PATTERN = "{year}-{office_code}-{seq:04d}"
FIELDS = frozenset({"year", "office_code", "seq"})
#: The longest archive number kept.
NUMBER_MAX = 60


def check_pattern(pattern: str) -> str:
    """The pattern stripped, or a UserError saying what is wrong with it."""
    text = pattern.strip()
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        raise UserError(f"档号格式「{pattern}」的花括号不成对。例如：{DEFAULT_PATTERN}") from None
    unknown = sorted(n for n in names if n not in FIELDS)
    if unknown:
        raise UserError(
            f"档号格式中的「{'、'.join(unknown)}」无法识别。可用：{{year}}、{{office_code}}、{{seq}}，"
            f"例如：{DEFAULT_PATTERN}"
        )
    if "seq" not in names:
        raise UserError(
            f"档号格式必须含有顺序号 {{seq}}，否则不同案卷会得到同一个档号。例如：{DEFAULT_PATTERN}"
        )
    try:
        sample = archive_number(text, 2024, "431127", 1)
    except (ValueError, IndexError):
        raise UserError(f"档号格式「{pattern}」无法使用。例如：{DEFAULT_PATTERN}") from None
    if len(sample) > NUMBER_MAX:
        raise UserError(f"按档号格式生成的档号太长（最多 {NUMBER_MAX} 个字符）。")
    return text


def archive_number(pattern: str, year: int, office_code: str, seq: int) -> str:
    """The archive number of the `seq`-th filing of `year` (the pattern checked by `check_pattern`)."""
    return pattern.format(year=year, office_code=office_code, seq=seq)


def archived_refusal(number: str, archive_number: str) -> str:
    """The message every write on an archived case gives."""
    return (
        f"信访件 {number} 已归档（档号 {archive_number}），不能再修改。"
        "如需更正，请由领导或管理员先「撤销归档」。"
    )


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a 卷内目录: a document, a step of the handling, or an attachment."""

    section: str
    title: str
    day: date | None
    by: str
    note: str = ""


@dataclass(frozen=True)
class CaseContents:
    """卷内目录 of one filed matter: what identifies the file, then every item in it."""

    archive_number: str
    number: str
    office: str
    petitioner: str
    summary: str
    registered_on: date
    closed_on: date | None
    filed_on: date
    filed_by: str
    entries: tuple[ContentsEntry, ...]

    def count(self, section: str) -> int:
        return sum(1 for e in self.entries if e.section == section)


#: The sections of a 卷内目录, in their order.
DOCUMENTS, STEPS, ATTACHMENTS = "文书", "办理过程", "附件"


@dataclass(frozen=True)
class IndexLine:
    """One filed matter in a year's archive index (档案索引), and the folder its PDFs are in."""

    archive_number: str
    number: str
    petitioner: str
    summary: str
    registered_on: date
    closed_on: date | None
    filed_on: date
    documents: int
    steps: int
    attachments: int
    folder: str


def folder_name(archive_number: str) -> str:
    """A folder name for an archive number on any file system (no path separators or reserved marks)."""
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in archive_number).strip(" .") or "_"
