"""Importing a higher level's list (专项/攻坚) into a register: each row's number matched to a case
(信访件编号, else 上级编号), the matched matters added in one change, every other row reported in
Chinese with its row number and reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.progress import Progress
from fazhi_desktop.domain.registers import Plan
from fazhi_desktop.excel.register_rows import ListRow, read_list
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.services.registers.finding import FoundCase, cases_by_number, register_named
from fazhi_desktop.services.registers.writing import add_entries
from fazhi_desktop.store.writes import change


@dataclass(frozen=True)
class Unmatched:
    row: int
    reason: str


@dataclass(frozen=True)
class ListImport:
    """What an import did: rows read, matters added, rows whose matter was listed already, and the
    rows it could not take (with the reason)."""

    register: str
    rows: int
    added: tuple[str, ...]
    already: tuple[str, ...]
    unmatched: tuple[Unmatched, ...]
    changes: Changes = NO_CHANGES


def _match(row: ListRow, found: dict[str, FoundCase]) -> FoundCase | None:
    for key in row.keys:
        if key in found:
            return found[key]
    return None


def _reason(row: ListRow) -> str:
    named = "、".join(f"「{k}」" for k in row.keys)
    who = f"（{row.name}）" if row.name else ""
    return f"第 {row.row} 行：编号{named}{who}在本单位的信访件中找不到，请核对编号，或先登记该信访件。"


def import_list(ctx: Context, name: str, path: str | Path, *, progress: Progress | None = None) -> ListImport:
    """Add the matters a workbook lists to the register `name` (rows matched to no case are reported)."""
    require_write(ctx, "导入台账")
    sheet = read_list(path)
    if progress is not None:
        progress(1, 3)
    unmatched = [Unmatched(r.row, f"第 {r.row} 行：{r.problem}") for r in sheet.rows if r.problem]
    usable = [r for r in sheet.rows if not r.problem]
    with change(ctx.db, ctx.actor, "register.import") as current:
        session = current.session
        register = register_named(session, name)
        found = cases_by_number(ctx, session, [k for r in usable for k in r.keys])
        if progress is not None:
            progress(2, 3)
        picked = []
        for row in usable:
            case = _match(row, found)
            if case is None:
                unmatched.append(Unmatched(row.row, _reason(row)))
                continue
            plan = Plan(leader=row.leader, plan=row.plan, staff=row.staff, due_on=row.due_on)
            picked.append((case, row.listed_as, plan))
        added, already = add_entries(session, ctx, register, picked, None)
        unmatched.sort(key=lambda u: u.row)
        current.describe(
            f"台账「{register.name}」导入 {Path(path).name}：列入 {len(added)} 件，{len(unmatched)} 行未匹配",
            entity="register",
            entity_uuid=register.uuid,
            file=Path(path).name,
            added=len(added),
            unmatched=[u.row for u in unmatched],
        )
    if progress is not None:
        progress(3, 3)
    return ListImport(
        register=name.strip(),
        rows=len(sheet.rows),
        added=tuple(added),
        already=tuple(already),
        unmatched=tuple(unmatched),
        changes=current.changes,
    )
