"""The rows of a higher level's list (专项/攻坚 交办清单) read into numbers to match, or rejected.

Pure parsing, no database: a row names a matter by its 信访件编号 or by the higher level's number
(上级编号), with the petitioner's name and, when the list gives them, the 四定四包 columns. The
service (services/registers/importing.py) matches the numbers to cases and reports what it could not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.reading import Record, Table, read_table
from fazhi_desktop.excel.values import BadValue, clean_text, is_blank, parse_date

#: Field → the column names such lists use for it.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "serial": ("序号",),
    "number": ("信访件编号", "信访编号", "本级编号", "件号", "编号"),
    "upper_number": ("上级编号", "上级件号", "交办编号", "督办编号", "交办件号", "转送编号"),
    "name": ("姓名", "信访人", "信访人姓名", "反映人", "名称", "事项名称"),
    "subject": ("事项", "反映问题", "主要诉求", "信访事项", "问题"),
    "leader": ("包案领导", "责任领导", "化解领导"),
    "plan": ("化解方案", "工作方案", "化解措施"),
    "staff": ("责任人", "工作人员", "专班人员", "经办人"),
    "due_on": ("化解时限", "办结时限", "时限", "完成时限"),
    "unit": ("责任单位", "承办单位"),
    "notes": ("备注",),
}
#: A list has at least a number column and one more known column.
MIN_KNOWN = 2


@dataclass(frozen=True)
class ListRow:
    """One row of the list: the numbers it names and what else it says of the matter."""

    row: int
    number: str
    upper_number: str
    name: str
    subject: str
    leader: str
    plan: str
    staff: str
    due_on: date | None
    #: Why the row cannot be taken (None when it can).
    problem: str | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        """The numbers to match, the 信访件编号 first."""
        return tuple(k for k in (self.number, self.upper_number) if k)

    @property
    def listed_as(self) -> str:
        return "：".join(p for p in (self.name, self.subject) if p)


@dataclass(frozen=True)
class ListSheet:
    sheet: str
    header_row: int
    rows: tuple[ListRow, ...]
    skipped: tuple[tuple[int, str], ...]


def _text(record: Record, name: str) -> str:
    value = record.get(name)
    return "" if is_blank(value) else clean_text(value)


def read_row(record: Record) -> ListRow:
    problem = None
    due: date | None = None
    if not is_blank(record.get("due_on")):
        try:
            due = parse_date(record.get("due_on"))
        except BadValue as exc:
            problem = f"化解时限：{exc}"
    number, upper = _text(record, "number"), _text(record, "upper_number")
    if not number and not upper:
        problem = "没有信访件编号，也没有上级编号。"
    return ListRow(
        row=record.row,
        number=number,
        upper_number=upper,
        name=_text(record, "name"),
        subject=_text(record, "subject"),
        leader=_text(record, "leader")[:50],
        plan=_text(record, "plan"),
        staff=_text(record, "staff"),
        due_on=due,
        problem=problem,
    )


def _require_number(table: Table) -> None:
    if "number" in table.columns or "upper_number" in table.columns:
        return
    raise UserError(
        f"第 {table.header_row} 行的表头中没有「信访件编号」或「上级编号」列，无法导入。请检查列名。",
        field="file",
    )


def read_list(path: str | Path, sheet: str | None = None) -> ListSheet:
    """The rows of a list workbook (the named sheet, or the first with such a header)."""
    table = read_table(path, LIST_COLUMNS, sheet, min_known=MIN_KNOWN)
    _require_number(table)
    return ListSheet(
        sheet=table.sheet,
        header_row=table.header_row,
        rows=tuple(read_row(r) for r in table.records),
        skipped=tuple(table.skipped),
    )
