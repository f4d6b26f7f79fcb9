"""What an import of a ledger tells the clerk: every row it could not take, with Excel's row number.

The JSON of `--json` (DESIGN.md, issue "Excel ledgers"): at least
`{"rows", "imported", "rejected", "duplicates", "warnings", "problems": [{"row", "level", "message"}]}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from fazhi_desktop.domain.changes import NO_CHANGES, Changes

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """A row rejected (error) or taken with a doubt (warning)."""

    row: int
    level: Level
    message: str


@dataclass
class ImportReport:
    """The outcome of one import (or of a dry run, which writes nothing)."""

    file: str
    sheet: str = ""
    header_row: int = 0
    dry_run: bool = False
    #: Data rows found under the header (blank, subtotal and footnote rows not counted).
    rows: int = 0
    imported: int = 0
    rejected: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Rows already in the database (or earlier in the same file): taken once, reported here.
    duplicate_rows: list[int] = field(default_factory=list)
    #: Non-blank rows that are not data (合计, 注：…, 填表人：…), with the reason.
    skipped: list[tuple[int, str]] = field(default_factory=list)
    #: Column headers the import does not know (their cells were not read).
    unknown_columns: list[str] = field(default_factory=list)
    #: Rows linked to a petitioner already known, by the rule that linked them
    #: (services/ledger/people.py: id_number, name_phone, name_address).
    linked: dict[str, int] = field(default_factory=dict)
    #: What the import wrote (none for a dry run).
    changes: Changes = NO_CHANGES

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.level == "warning")

    def error(self, row: int, message: str) -> None:
        self.problems.append(Problem(row, "error", message))

    def warn(self, row: int, message: str) -> None:
        self.problems.append(Problem(row, "warning", message))

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "imported": self.imported,
            "rejected": self.rejected,
            "duplicates": self.duplicates,
            "warnings": self.warnings,
            "problems": [{"row": p.row, "level": p.level, "message": p.message} for p in self.problems],
            "duplicate_rows": self.duplicate_rows,
            "skipped": [{"row": row, "reason": reason} for row, reason in self.skipped],
            "unknown_columns": self.unknown_columns,
            "linked": self.linked,
        }

    def summary(self) -> str:
        """One line for the clerk: 共 N 行：导入 N 行，已存在 N 行，未导入 N 行，提醒 N 条。"""
        verb = "可导入" if self.dry_run else "导入"
        text = (
            f"共 {self.rows} 行：{verb} {self.imported} 行，已存在 {self.duplicates} 行，"
            f"未导入 {self.rejected} 行，提醒 {self.warnings} 条"
        )
        return text + ("（试导入，未写入数据库）" if self.dry_run else "")
