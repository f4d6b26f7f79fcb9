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


#: The fields whose values are matched against a directory, as the report names them.
DIRECTORY_FIELDS = {"region": "问题属地", "category": "内容分类", "unit": "责任单位", "purpose": "信访目的"}
#: Those the import may add to their directory (信访目的 decide the 性质: an administrator's choice).
ADDABLE = ("region", "category", "unit")
#: Values named in a report's line (the JSON lists them all).
SHOWN_VALUES = 10


@dataclass(frozen=True)
class UnknownValues:
    """The values of one column that are not in its directory, each with the rows that have it."""

    field: str
    values: dict[str, list[int]]

    @property
    def label(self) -> str:
        return DIRECTORY_FIELDS[self.field]

    def message(self) -> str:
        """问题属地 10 个不在目录中：塔峰镇 42 行、新圩镇 3 行……"""
        ranked = sorted(self.values.items(), key=lambda item: (-len(item[1]), item[1][0]))
        shown = "、".join(f"{value} {len(rows)} 行" for value, rows in ranked[:SHOWN_VALUES])
        more = f"等（共 {len(ranked)} 个）" if len(ranked) > SHOWN_VALUES else ""
        kept = "已记入详细内容" if self.field == "unit" else "已留空"
        text = f"{self.label} {len(ranked)} 个不在目录中：{shown}{more}。{kept}。"
        if self.field in ADDABLE:
            text += "可勾选「先把不在目录中的名称加入目录」（命令行 --add-unknown）后重新导入。"
        return text


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
    #: Values not in their directory, grouped by column (one warning per column, not per row).
    unknown_values: list[UnknownValues] = field(default_factory=list)
    #: Entries added to the directories before the rows were read (`add_unknown`), by field.
    added: dict[str, list[str]] = field(default_factory=dict)
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
            "unknown_values": [
                {
                    "field": u.field,
                    "label": u.label,
                    "values": [
                        {"value": v, "rows": len(rows), "first_row": rows[0]} for v, rows in u.values.items()
                    ],
                }
                for u in self.unknown_values
            ],
            "added": self.added,
        }

    def linked_text(self) -> str:
        """同一信访人的多行：按身份证号关联 N 行，按姓名和电话关联 N 行，按姓名和住址（同一乡镇）关联 N 行。"""
        words = {
            "id_number": "按身份证号",
            "name_phone": "按姓名和电话",
            "name_address": "按姓名和住址（同一乡镇）",
        }
        parts = [f"{words[rule]}关联 {self.linked.get(rule, 0)} 行" for rule in words]
        return "同一信访人的多行：" + "，".join(parts) + "（只关联，不合并）"

    def added_text(self) -> str:
        """已加入目录（或试导入时：将加入目录）的名称，按列。"""
        if not self.added:
            return ""
        verb = "将加入目录" if self.dry_run else "已加入目录"
        parts = [
            f"{DIRECTORY_FIELDS[f]} {len(names)} 个（{'、'.join(names)}）" for f, names in self.added.items()
        ]
        return f"{verb}：" + "；".join(parts)

    def summary(self) -> str:
        """One line for the clerk: 共 N 行：导入 N 行，已存在 N 行，未导入 N 行，提醒 N 条。"""
        verb = "可导入" if self.dry_run else "导入"
        text = (
            f"共 {self.rows} 行：{verb} {self.imported} 行，已存在 {self.duplicates} 行，"
            f"未导入 {self.rejected} 行，提醒 {self.warnings} 条"
        )
        return text + ("（试导入，未写入数据库）" if self.dry_run else "")
