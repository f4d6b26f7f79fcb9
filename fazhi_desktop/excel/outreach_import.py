"""Importing an Excel ledger of outreach events (宣传活动台账) with the care of the case ledger:

- one import is one transaction: an error or a cancel leaves the database as it was;
- `dry_run` reads, checks and reports without writing;
- each row not taken is reported with its Excel row number and the reason; doubtful values
  (an unknown township, a kind that had to be guessed) are taken with a warning;
- a row is rejected only without a usable date or theme, or with a count that is no number;
- importing the same file again adds nothing: an event is known by its day, theme and place
  (`domain.outreach.fingerprint`), and the rows found again are reported as already present.

It sits over the services (it records events as `services.outreach.events` checks them) and under the
command line and the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError, ValidationError
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.outreach import COUNT_FIELDS, split_names
from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.excel.reading import Record, Table, read_table
from fazhi_desktop.excel.report import ImportReport
from fazhi_desktop.excel.values import BadValue, clean_text, is_blank, parse_count, parse_date
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, find
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.services.outreach.events import EventInput, prepare
from fazhi_desktop.services.outreach.kinds import find_kind
from fazhi_desktop.store.bulk import insert_rows
from fazhi_desktop.store.models import Base, OutreachEvent, Region
from fazhi_desktop.store.writes import change

#: Field → the column names an events ledger uses for it.
EVENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "serial": ("序号", "编号"),
    "held_on": ("日期", "活动日期", "宣传日期", "活动时间", "时间", "开展时间", "举办日期", "开展日期"),
    "title": ("活动主题", "主题", "宣传主题", "活动名称", "名称", "活动内容", "宣传内容"),
    "kind": ("活动类别", "类别", "活动类型", "类型", "宣传形式", "活动形式", "形式"),
    "place": ("活动地点", "地点", "宣传地点"),
    "township": ("乡镇", "所属乡镇", "乡镇（街道）", "乡镇街道", "属地"),
    "organisers": ("主办单位", "组织单位", "牵头单位", "组织者", "承办单位"),
    "partner_count": ("联合单位数", "参与单位数", "协办单位数", "联合单位数量"),
    "partner_names": ("联合单位", "协办单位", "参与单位", "联合单位名称"),
    "leaflets": ("宣传单", "发放宣传单", "宣传单页", "传单"),
    "brochures": ("宣传手册", "手册", "宣传册", "发放手册"),
    "other_materials": ("其他资料", "其他宣传资料", "宣传品", "其他宣传品"),
    "materials_total": ("宣传资料", "发放资料", "发放宣传资料", "资料", "资料合计"),
    "boards": ("展板", "宣传展板"),
    "banners": ("横幅", "条幅", "悬挂横幅"),
    "consultations": ("咨询人次", "咨询", "接受咨询", "解答咨询", "现场咨询", "咨询人数"),
    "people_reached": ("覆盖人次", "覆盖人数", "覆盖群众", "受众人数", "参与人数", "参加人数", "受教育人数"),
    "media": ("媒体报道", "报道次数", "媒体报道次数", "宣传报道"),
    "notes": ("备注", "说明"),
}
_ITEMS = ("leaflets", "brochures", "other_materials")
#: Words of a theme that tell its kind when the ledger has no kind column (first match wins).
_KIND_HINTS = (
    (("进乡村", "进村", "进农村"), "进乡村"),
    (("进社区",), "进社区"),
    (("进学校", "进校园"), "进学校"),
    (("进企业",), "进企业"),
    (("进单位", "进机关"), "进单位"),
    (("宪法",), "宪法宣传日/周"),
    (("宣传月",), "条例宣传月"),
)


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


def _guess_kind(title: str) -> str:
    for words, kind in _KIND_HINTS:
        if any(w in title for w in words):
            return kind
    return "集中宣传"


def _counts(record: Record, result: ImportReport) -> dict[str, int] | None:
    """The counts of a row, or None (with an error reported) when one is no number."""
    counts: dict[str, int] = {}
    for name in (*(n for n in COUNT_FIELDS if n != "media_count"), "materials_total"):
        raw = record.get(name)
        label = COUNT_FIELDS[name][0] if name in COUNT_FIELDS else "宣传资料"
        try:
            counts[name] = parse_count(raw, what=label)
        except BadValue as exc:
            result.error(record.row, exc.message)
            return None
    total, items = counts.pop("materials_total"), sum(counts[n] for n in _ITEMS)
    if total and not items:
        counts["other_materials"] = total
    elif total and total != items:
        result.warn(
            record.row,
            f"宣传资料合计 {total} 份与宣传单、宣传手册、其他资料之和 {items} 份不符，按分项计。",
        )
    return counts


def _media(record: Record) -> tuple[int, str]:
    raw = record.get("media")
    if is_blank(raw):
        return 0, ""
    try:
        return parse_count(raw), ""
    except BadValue:
        text = clean_text(raw)
        return len(split_names(text)) or 1, text


def _event_input(record: Record, look: _Lookups, result: ImportReport) -> EventInput | None:
    """The event of one row, or None when the row is rejected (its reason reported)."""
    title = clean_text(record.get("title"))
    try:
        held_on = parse_date(record.get("held_on"))
    except BadValue as exc:
        result.error(record.row, f"{exc.message}没有可用日期的行未导入。")
        return None
    if not title:
        result.error(record.row, "活动主题是空的：没有主题的活动无法辨认，未导入。请补上主题后重新导入。")
        return None
    counts = _counts(record, result)
    if counts is None:
        return None
    kind_text = clean_text(record.get("kind"))
    kind_id = look.kind(kind_text) if kind_text else None
    if kind_id is None:
        guess = _guess_kind(title)
        kind_id = look.kind(guess) or look.kind("其他")
        if kind_text:
            result.warn(record.row, f"活动类别「{kind_text}」不在类别表中，已按主题记为「{guess}」。")
    place = clean_text(record.get("place"))
    township_text = clean_text(record.get("township"))
    township_id = look.township(township_text) if township_text else look.township_in(place)
    if township_text and township_id is None:
        result.warn(
            record.row, f"乡镇「{township_text}」不在乡镇（街道）目录中，已留空。可在设置中添加后再修改。"
        )
    media_count, media_note = _media(record)
    partner_names = clean_text(record.get("partner_names"))
    partner_count = counts.pop("partner_count")
    return EventInput(
        held_on=held_on,
        title=title,
        kind=kind_id,
        place=place,
        township=township_id,
        organisers=clean_text(record.get("organisers")),
        partner_names=partner_names,
        partner_count=max(partner_count, len(split_names(partner_names))) or None,
        media_count=media_count,
        media_note=media_note,
        notes=clean_text(record.get("notes")),
        **counts,
    )


def _process(
    session: Session,
    table: Table,
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
    total = len(table.records)
    for n, record in enumerate(table.records, 1):
        if n % 200 == 0:
            check(cancelled)
            report(progress, n, total)
        data = _event_input(record, look, result)
        if data is None:
            result.rejected += 1
            continue
        try:
            values = prepare(session, data, today=today)
        except ValidationError as exc:
            result.error(record.row, "；".join(exc.errors.values()))
            result.rejected += 1
            continue
        if values["fingerprint"] in known:
            result.duplicates += 1
            result.duplicate_rows.append(record.row)
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
    table = read_table(path, EVENT_COLUMNS, sheet)
    result = ImportReport(
        file=Path(path).name,
        sheet=table.sheet,
        header_row=table.header_row,
        dry_run=dry_run,
        rows=len(table.records),
        skipped=table.skipped,
        unknown_columns=table.unknown,
    )
    if "held_on" not in table.columns or "title" not in table.columns:
        missing = "、".join(
            w for f, w in (("held_on", "日期"), ("title", "活动主题")) if f not in table.columns
        )
        raise UserError(
            f"第 {table.header_row} 行的表头中没有「{missing}」列，无法导入。请检查列名。", field="file"
        )
    if dry_run:
        with ctx.db.reading() as session:
            result.imported = len(_process(session, table, result, progress, cancelled))
        return result
    with change(ctx.db, ctx.user, "outreach.import") as current:
        rows = _process(current.session, table, result, progress, cancelled)
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
