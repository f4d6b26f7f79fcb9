"""Importing an Excel case ledger (信访台账): `fazhi import ledger` and the GUI's import wizard.

- The sheet is read with python-calamine (openpyxl as the fallback), its header found under title
  rows, and its columns mapped by their usual names (excel/ledger_columns.py); a mapping the user
  chose in the wizard is remembered for the same header row next time.
- Each row becomes one case, or is rejected with its Excel row number and the reason
  (excel/ledger_rows.py); doubtful values are taken with a warning.
- Importing the same file again adds nothing: a row whose case number (信访件编号, a higher level's
  number) is already a case's number, higher-level number or online number is reported as present,
  and a row without a number is known by its fingerprint (office, date, petitioner, content). Rows
  repeated within the file count the same way.
- One import is one transaction of bulk inserts (services/ledger/writing.py): an error, a cancel or a
  killed process leaves the database as it was. `dry_run` reports without writing. The search
  index catches up afterwards, on its own (`store.search.catch_up`).
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock, kill_points
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, collector_paused
from fazhi_desktop.excel.ledger_columns import FIELD_LABELS
from fazhi_desktop.excel.ledger_rows import LedgerCase, RowReader
from fazhi_desktop.excel.ledger_table import LedgerTable, apply_mapping, fill_rows, find_header
from fazhi_desktop.excel.ledger_words import Directories
from fazhi_desktop.excel.reading import SEARCH_ROWS, RawSheet, read_sheets, sheet_names
from fazhi_desktop.excel.report import ADDABLE, ImportReport
from fazhi_desktop.services import auto_backup
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.rules import clock_rules, triage_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.deriving import ImportSetup
from fazhi_desktop.services.ledger.people import dry_links, known_people
from fazhi_desktop.services.ledger.writing import Builder, known_matters, number_of, reserve_numbers
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.office.directories import DirectoryKind, ensure_entry
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.store.models import Case, Category, Purpose, Region, Unit
from fazhi_desktop.store.writes import change

log = logging.getLogger(__name__)

#: From how many new cases on SQLite the indexes are built again rather than kept up per row.
REBUILD_MIN = 5_000
#: SQLite's page cache while an import writes (KiB). 16 MB writes 100,000 cases as fast as 256 MB
#: did, into an empty database or a million-case one, and keeps the import's peak near 300 MB.
IMPORT_CACHE_KB = 16 * 1024
#: Cases built and written at a time (with their steps, people and matters): what bounds the memory.
WRITE_BATCH = 5_000
#: Column index → field; None (or absent) leaves a column unread.
Mapping_ = Mapping[int, str | None]


@dataclass
class LedgerPlan:
    """What the wizard shows before an import: the sheets, the header found and its mapping."""

    sheets: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    #: Column index → field, as found from the header names (or as saved for this header row).
    mapping: dict[int, str]
    unknown: list[str] = field(default_factory=list)
    signature: str = ""


def _no_table(path: Path, sheet: str | None, sheets: list[RawSheet]) -> UserError:
    where = f"工作表「{sheet}」" if sheet else f"工作簿「{path.name}」的各个工作表"
    if all(not any(c not in (None, "") for r in raw.rows for c in r) for raw in sheets):
        return UserError(f"{where}是空的，没有可以导入的内容。", field="file")
    return UserError(
        f"在{where}的前 {SEARCH_ROWS} 行中找不到台账的表头：表头行至少要有 3 个可识别的列名，"
        "例如 登记日期、信访人、信访形式、主要诉求。请检查列名，或选择其他工作表（--sheet）。",
        field="file",
    )


def _table(path: str | Path, sheet: str | None) -> tuple[LedgerTable, RawSheet]:
    raws = read_sheets(path, sheet)
    for raw in raws:
        table = find_header(raw)
        if table is not None:
            return table, raw
    raise _no_table(Path(path), sheet, raws)


def plan_ledger(path: str | Path, sheet: str | None = None, ctx: Context | None = None) -> LedgerPlan:
    """The sheets of a ledger and the header and mapping of the chosen (or first fitting) one; with
    `ctx`, the mapping the user saved for this header row, if any."""
    table, _raw = _table(path, sheet)
    if ctx is not None:
        apply_mapping(table, saved_mapping(ctx, table.signature))
    return LedgerPlan(
        sheets=sheet_names(path),
        sheet=table.sheet,
        header_row=table.header_row,
        headers=table.headers,
        mapping=dict(sorted(table.mapping.items())),
        unknown=table.unknown,
        signature=table.signature,
    )


def saved_mapping(ctx: Context, signature: str) -> dict[int, str | None]:
    """The column choices saved for a header row (empty when none were)."""
    stored = settings.get(ctx, "ledger_mappings") or {}
    return {int(i): (f or None) for i, f in (stored.get(signature) or {}).items()}


def save_mapping(ctx: Context, signature: str, mapping: Mapping_) -> Changes:
    """Remember the user's column choices for this header row."""
    with change(ctx.db, ctx.actor, "settings.ledger_mapping") as current:
        stored = dict(settings.read(current.session, "ledger_mappings") or {})
        stored[signature] = {str(i): f or "" for i, f in sorted(mapping.items())}
        settings.write(current.session, "ledger_mappings", stored)
        current.describe("保存台账列的对应关系", entity="setting", key="ledger_mappings")
    return current.changes


def _check_columns(table: LedgerTable) -> None:
    fields = set(table.mapping.values())
    missing = [] if "registered_on" in fields else [FIELD_LABELS["registered_on"]]
    if not fields & {"name", "summary"}:
        missing.append("信访人或主要诉求")
    if missing:
        raise UserError(
            f"第 {table.header_row} 行的表头中没有「{'、'.join(missing)}」列，无法导入。"
            "请检查列名，或在导入向导中指定每一列的含义。",
            field="file",
        )


def _directories(session: Session) -> Directories:
    def entries(model: Any, *where: Any) -> list[tuple[str, int, str]]:
        code = model.code if hasattr(model, "code") else model.name
        query = select(model.name, model.id, code).where(model.retired.is_(False), *where)
        return [(name, i, c or "") for name, i, c in session.execute(query)]

    return Directories.of(entries(Region), entries(Category), entries(Unit), entries(Purpose))


#: The directory each addable column's values go into.
_KINDS = {"region": DirectoryKind.TOWNSHIP, "category": DirectoryKind.CATEGORY, "unit": DirectoryKind.UNIT}


def _read_rows(
    session: Session, table: LedgerTable, result: ImportReport, office: str, today: date, add: bool
) -> list[LedgerCase]:
    """The rows read into cases. With `add`, the values not in their directory are added to it first,
    in this transaction, and the rows read again (a dry run only says what would be added)."""
    cases = RowReader(_directories(session), result, office, today).read(table)
    addable = [u for u in result.unknown_values if u.field in ADDABLE]
    if not (add and addable):
        return cases
    result.added = {u.field: sorted(u.values) for u in addable}
    if result.dry_run:
        return cases
    for group in addable:
        for name in sorted(group.values):
            ensure_entry(session, _KINDS[group.field], name)
    log.info("ledger import: added %s to the directories", result.added)
    result.problems.clear()
    result.unknown_values.clear()
    return RowReader(_directories(session), result, office, today).read(table)


def _present(session: Session, office_id: int, cases: list[LedgerCase]) -> tuple[set[str], set[str]]:
    """The case numbers and fingerprints of the rows that are already cases of this office."""
    numbers = sorted({n for c in cases for n in (c.number, c.upper_number) if n})
    prints = sorted({c.fingerprint for c in cases if not c.number})
    found_numbers: set[str] = set()
    for start in range(0, len(numbers), 300):
        chunk = numbers[start : start + 300]
        for row in session.execute(
            select(Case.number, Case.upper_number, Case.online_number).where(
                Case.office_id == office_id,
                or_(Case.number.in_(chunk), Case.upper_number.in_(chunk), Case.online_number.in_(chunk)),
            )
        ):
            found_numbers.update(v for v in row if v)
    found_prints: set[str] = set()
    for start in range(0, len(prints), 500):
        chunk = prints[start : start + 500]
        found_prints.update(
            p
            for p in session.scalars(
                select(Case.import_fingerprint).where(
                    Case.office_id == office_id, Case.import_fingerprint.in_(chunk)
                )
            )
            if p
        )
    return found_numbers, found_prints


def _new_cases(
    session: Session, office_id: int, cases: list[LedgerCase], result: ImportReport
) -> list[LedgerCase]:
    """The rows to add: those neither in the database nor earlier in the file."""
    numbers, prints = _present(session, office_id, cases)
    fresh: list[LedgerCase] = []
    for case in cases:
        keys = [n for n in (case.number, case.upper_number) if n]
        if (keys and any(k in numbers for k in keys)) or (not keys and case.fingerprint in prints):
            result.duplicates += 1
            result.duplicate_rows.append(case.row)
            continue
        numbers.update(keys)
        if not keys:
            prints.add(case.fingerprint)
        fresh.append(case)
    return fresh


def _read(
    ctx: Context, path: str | Path, sheet: str | None, mapping: Mapping_ | None
) -> tuple[LedgerTable, ImportReport]:
    table, raw = _table(path, sheet)
    apply_mapping(table, mapping if mapping is not None else saved_mapping(ctx, table.signature))
    _check_columns(table)
    fill_rows(table, raw)
    result = ImportReport(
        file=Path(path).name,
        sheet=table.sheet,
        header_row=table.header_row,
        rows=len(table.rows),
        skipped=table.skipped,
        unknown_columns=table.unknown,
    )
    taken = set(table.rows)
    for row in raw.cleaned:
        if row in taken:
            result.warn(row, "含有不可见的控制字符，已删除。")
    return table, result


@collector_paused()
def import_ledger(
    ctx: Context,
    path: str | Path,
    *,
    sheet: str | None = None,
    mapping: Mapping_ | None = None,
    dry_run: bool = False,
    add_unknown: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import (or with `dry_run` only check) the cases of a ledger; see the module's description.
    `add_unknown` adds the townships, categories and units not in their directories first, in the
    same transaction. `progress(done, total)` follows the rows; `cancelled()` returning True rolls
    everything back."""
    if not dry_run:
        require_write(ctx, "导入台账")
    table, result = _read(ctx, path, sheet, mapping)
    result.dry_run = dry_run
    check(cancelled)
    today = clock.today()
    if dry_run:
        with ctx.db.reading() as session:
            office = local_office(session)
            cases = _read_rows(session, table, result, office.code, today, add_unknown)
            fresh = _new_cases(session, office.id, cases, result)
            result.imported = len(fresh)
            result.linked = dry_links(known_people(session, fresh), fresh)
        _sort(result)
        return result
    cal = load_calendar(ctx)
    copy = auto_backup.before(ctx, "ledger")  # one import is one transaction: this copy undoes it
    with change(ctx.db, ctx.actor, "case.import_ledger") as current:
        current.details["backup"] = str(copy) if copy else None
        session = current.session
        office = local_office(session)
        cases = _read_rows(session, table, result, office.code, today, add_unknown)
        del table  # the sheet's cells, read into `cases`: no longer needed while the cases are written
        check(cancelled)
        fresh = _new_cases(session, office.id, cases, result)
        del cases
        result.imported = len(fresh)
        setting = ImportSetup(
            office_id=office.id,
            office_code=office.code,
            user=ctx.user,
            file=result.file,
            today=today,
            now=clock.now(),
            rules=clock_rules(session),
            triage_rules=triage_rules(session),
            cal=cal,
            collective_threshold=int(settings.read(session, "collective_threshold")),
        )
        _write(session, result, setting, fresh, progress, cancelled)
        kill_points.reached("import-written")  # every row written, nothing committed
        _sort(result)
        current.describe(
            f"导入信访台账「{result.file}」：{result.summary()}",
            entity="ledger_import",
            file=result.file,
            sheet=result.sheet,
            imported=result.imported,
            rejected=result.rejected,
            duplicates=result.duplicates,
            warnings=result.warnings,
        )
    result.changes = current.changes
    return result


def _write(
    session: Session,
    report: ImportReport,
    setting: ImportSetup,
    fresh: list[LedgerCase],
    progress: Progress | None,
    cancel: CancelCheck | None,
) -> None:
    """Write the rows `fresh` in date order; the list is emptied as they are written."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        # The indexes of cases and steps take the new rows all over their B-trees: with SQLite's
        # default 2 MB page cache each insert rereads pages. For this connection's import only.
        conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KB}")
    # In date order, as they would have been registered: numbers and keys follow the dates.
    fresh.sort(key=lambda c: (c.registered_on, c.row))
    years = Counter(c.registered_on.year for c in fresh)
    first = reserve_numbers(session, setting, dict(years))
    people = known_people(session, fresh)
    asked = sorted({c.handling.repeat_of for c in fresh if c.handling.repeat_of})
    matters = known_matters(session, setting.office_id, asked)
    total = len(fresh)

    def tick(what: str, done: int, count: int) -> None:
        check(cancel)
        log.info("ledger import: writing %s %d/%d", what, done, count)

    # On SQLite (whose writer holds the database alone anyway) a large import builds the indexes
    # of cases again rather than keeping them up per row; on a shared server that would lock out
    # every other PC for the whole import.
    existing = int(session.scalar(select(func.count()).select_from(Case)) or 0)
    rebuild = conn.dialect.name == "sqlite" and total >= max(REBUILD_MIN, existing // 2)
    builder = Builder(conn, setting)
    builder.begin(conn, rebuild_indexes=rebuild)
    # Taken from the list as they are built, so that a written batch's rows (their texts above all)
    # are let go: the list is the caller's, given up to this function.
    pending = deque(fresh)
    fresh.clear()
    try:
        for n in range(total):
            case = pending.popleft()
            if n % WRITE_BATCH == 0:
                if n:
                    builder.flush(conn, tick)
                check(cancel)
                if progress is not None:
                    progress(n, total)
            year = case.registered_on.year
            seq = first[year]
            first[year] = seq + 1
            number = number_of(setting, year, seq)
            first_case = case.handling.repeat_of
            matter = matters.get(first_case) if first_case else None
            if first_case and matter is None:
                report.warn(
                    case.row, f"原信访件编号「{first_case}」在台账和数据库中都找不到，按初次信访登记。"
                )
            principal = builder.petitioner(case, people)
            others = tuple(builder.co_petitioners(case, people))
            matter_id = builder.add(case, number, seq, principal, repeat_of=matter, others=others)
            for key in (case.number, case.upper_number, number):
                if key:
                    matters.setdefault(key, matter_id)
        builder.finish(conn, tick)
    finally:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-2000")
    report.linked = people.report()
    if progress is not None:
        progress(total, total)


def _sort(result: ImportReport) -> None:
    result.problems.sort(key=lambda p: p.row)
