"""归档: the archive number of a filed matter, made from a pattern an office sets.

The pattern is a Python format string over `year`, `office_code` and `seq` (the filing's number
within the office's year), e.g. `{year}-{office_code}-{seq:04d}` → 2024-431127-0001. A pattern that
names anything else, or that does not contain `seq`, is refused: two filings would get one number.
"""

from __future__ import annotations

import string

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
