"""Importing an Excel ledger of outreach events (宣传活动台账) with the care of the case ledger:

- one import is one transaction: an error or a cancel leaves the database as it was;
- `dry_run` reads, checks and reports without writing;
- each row not taken is reported with its Excel row number and the reason; doubtful values
  (an unknown township, a kind that had to be guessed) are taken with a warning;
- importing the same file again adds nothing: an event is known by its day, theme and place
  (`domain.outreach.fingerprint`), and the rows found again are reported as already present.

The sheet is read by the pure parser excel/outreach_rows.py; this use case finds the kinds and
townships in the directories, checks each event as `services.outreach.events` does for a form, and
writes them in one audited change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import ValidationError
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.excel.outreach_rows import EventSheet, LedgerEvent, read_events
from fazhi_desktop.excel.report import ImportReport
from fazhi_desktop.services import auto_backup
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, find
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.outreach.events import EventInput, prepare
from fazhi_desktop.services.outreach.kinds import find_kind
from fazhi_desktop.store.bulk import insert_rows
from fazhi_desktop.store.models import Base, OutreachEvent, Region
from fazhi_desktop.store.writes import change


@dataclass
class _Lookups:
    """Directory look-ups of one import, each name looked up once."""

    session: Session
    kinds: dict[str, int | None]
    townships: dict[str, int | None]
    township_names: list[tuple[str, int]] | None = None

    def kind(self, text: str) -> int | None:
        if text not in self.kinds:
            row = find_kind(self.session, text)
            self.kinds[text] = row.id if row is not None and not row.retired else None
        return self.kinds[text]

    def township(self, text: str) -> int | None:
        if text not in self.townships:
            row = find(self.session, DirectoryKind.TOWNSHIP, text)
            self.townships[text] = row.id if row is not None and not row.retired else None
        return self.townships[text]

    def township_in(self, place: str) -> int | None:
        """A township named inside a place ("塔峰镇文化广场")."""
        if not place:
            return None
        if self.township_names is None:
            self.township_names = [
                (name, i)
                for name, i in self.session.execute(
                    select(Region.name, Region.id).where(Region.kind == "township", Region.retired.is_(False))
                )
            ]
        return next((i for name, i in self.township_names if name and name in place), None)


def _event_input(row: int, event: LedgerEvent, look: _Lookups, result: ImportReport) -> EventInput:
    """The input of a row's event, its kind and township looked up (a doubt reported as a warning)."""
    kind_id = look.kind(event.kind) if event.kind else None
    if kind_id is None:
        kind_id = look.kind(event.kind_guess) or look.kind("其他")
        if event.kind:
            result.warn(row, f"活动类别「{event.kind}」不在类别表中，已按主题记为「{event.kind_guess}」。")
    township_id = look.township(event.township) if event.township else look.township_in(event.place)
    if event.township and township_id is None:
        result.warn(row, f"乡镇「{event.township}」不在乡镇（街道）目录中，已留空。可在设置中添加后再修改。")
    return EventInput(
        held_on=event.held_on,
        title=event.title,
        kind=kind_id,
        place=event.place,
        township=township_id,
        organisers=event.organisers,
        partner_names=event.partner_names,
        partner_count=event.partner_count,
        leaflets=event.leaflets,
        brochures=event.brochures,
        other_materials=event.other_materials,
        boards=event.boards,
        banners=event.banners,
        consultations=event.consultations,
        people_reached=event.people_reached,
        media_count=event.media_count,
        media_note=event.media_note,
        notes=event.notes,
    )


def _process(
    session: Session,
    sheet: EventSheet,
    result: ImportReport,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> list[dict[str, Any]]:
    """Check every row; the column values of the rows to insert."""
    office = local_office(session)
    look = _Lookups(session, {}, {})
    known = set(
        session.scalars(select(OutreachEvent.fingerprint).where(OutreachEvent.office_id == office.id))
    )
    now, today = clock.now(), clock.today()
    rows: list[dict[str, Any]] = []
    total = len(sheet.lines)
    for n, line in enumerate(sheet.lines, 1):
        if n % 200 == 0:
            check(cancelled)
            report(progress, n, total)
        result.problems.extend(line.problems)
        if line.event is None:
            result.rejected += 1
            continue
        try:
            values = prepare(session, _event_input(line.row, line.event, look, result), today=today)
        except ValidationError as exc:
            result.error(line.row, "；".join(exc.errors.values()))
            result.rejected += 1
            continue
        if values["fingerprint"] in known:
            result.duplicates += 1
            result.duplicate_rows.append(line.row)
            continue
        known.add(values["fingerprint"])
        rows.append(
            {
                **values,
                "office_id": office.id,
                "uuid": uuid7(),
                "created_by": "",
                "created_at": now,
                "updated_at": None,
            }
        )
    report(progress, total, total)
    return rows


def import_events(
    ctx: Context,
    path: str | Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import (or with `dry_run` only check) the events of a ledger; see the module's description."""
    events = read_events(path, sheet)
    result = ImportReport(
        file=Path(path).name,
        sheet=events.sheet,
        header_row=events.header_row,
        dry_run=dry_run,
        rows=len(events.lines),
        skipped=events.skipped,
        unknown_columns=events.unknown_columns,
    )
    if dry_run:
        with ctx.db.reading() as session:
            result.imported = len(_process(session, events, result, progress, cancelled))
        return result
    copy = auto_backup.before(ctx, "outreach")
    with change(ctx.db, ctx.actor, "outreach.import") as current:
        current.details["backup"] = str(copy) if copy else None
        rows = _process(current.session, events, result, progress, cancelled)
        check(cancelled)
        for row in rows:
            row["created_by"] = ctx.user
        insert_rows(current.session.connection(), Base.metadata.tables["outreach_events"], rows)
        result.imported = len(rows)
        current.describe(
            f"导入宣传活动台账「{result.file}」：{result.summary()}",
            entity="outreach_import",
            file=result.file,
            sheet=result.sheet,
            imported=result.imported,
            rejected=result.rejected,
            duplicates=result.duplicates,
        )
    result.changes = current.changes
    return result
