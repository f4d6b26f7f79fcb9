"""The rows of an outreach events ledger (宣传活动台账) read into events, or rejected with the reason.

Pure parsing, no database: the township and kind a row names stay text here, and the service that
imports (services/outreach/importing.py) looks them up in the directories. Each row carries its own
problems, so that the service can add the ones its look-ups find and the report keeps row order.

- a row is rejected only without a usable date or theme, or with a count that is no number;
- a row without a kind column value gets the kind its theme's words tell (`kind_guess`);
- 宣传资料 given only as a total counts as 其他资料; a total that disagrees with its items is warned
  about and the items are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.outreach import COUNT_FIELDS, split_names
from fazhi_desktop.excel.reading import Record, Table, read_table
from fazhi_desktop.excel.report import Problem
from fazhi_desktop.excel.values import BadValue, clean_text, is_blank, parse_count, parse_date

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
#: The kind of a theme that tells none.
DEFAULT_KIND = "集中宣传"


@dataclass(frozen=True)
class LedgerEvent:
    """One ledger row read into what an event is made of; `kind` and `township` as written."""

    held_on: date
    title: str
    #: The kind as written ("" when the row has none) and the kind its theme's words tell.
    kind: str
    kind_guess: str
    place: str
    township: str
    organisers: str
    partner_names: str
    #: 联合单位数: the larger of the count given and the names listed; None when neither is.
    partner_count: int | None
    leaflets: int
    brochures: int
    other_materials: int
    boards: int
    banners: int
    consultations: int
    people_reached: int
    media_count: int
    media_note: str
    notes: str


@dataclass(frozen=True)
class EventLine:
    """A data row of the sheet: its Excel row number, the event (None when rejected), its problems."""

    row: int
    event: LedgerEvent | None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class EventSheet:
    """The events table found in a workbook, every data row read."""

    sheet: str
    header_row: int
    lines: list[EventLine]
    #: Non-blank rows that are not data (合计, 注：…), with the reason.
    skipped: list[tuple[int, str]] = field(default_factory=list)
    #: Column headers that mean no known field.
    unknown_columns: list[str] = field(default_factory=list)


def guess_kind(title: str) -> str:
    """The kind a theme's words tell (集中宣传 when they tell none)."""
    for words, kind in _KIND_HINTS:
        if any(w in title for w in words):
            return kind
    return DEFAULT_KIND


def _counts(record: Record, problems: list[Problem]) -> dict[str, int] | None:
    """The counts of a row, or None (with an error noted) when one is no number."""
    counts: dict[str, int] = {}
    for name in (*(n for n in COUNT_FIELDS if n != "media_count"), "materials_total"):
        label = COUNT_FIELDS[name][0] if name in COUNT_FIELDS else "宣传资料"
        try:
            counts[name] = parse_count(record.get(name), what=label)
        except BadValue as exc:
            problems.append(Problem(record.row, "error", exc.message))
            return None
    total, items = counts.pop("materials_total"), sum(counts[n] for n in _ITEMS)
    if total and not items:
        counts["other_materials"] = total
    elif total and total != items:
        problems.append(
            Problem(
                record.row,
                "warning",
                f"宣传资料合计 {total} 份与宣传单、宣传手册、其他资料之和 {items} 份不符，按分项计。",
            )
        )
    return counts


def _media(record: Record) -> tuple[int, str]:
    """媒体报道 as a count, or as the names of the media (their number counted)."""
    raw = record.get("media")
    if is_blank(raw):
        return 0, ""
    try:
        return parse_count(raw), ""
    except BadValue:
        text = clean_text(raw)
        return len(split_names(text)) or 1, text


def read_line(record: Record) -> EventLine:
    """One data row read into an event, or rejected with its reason."""
    problems: list[Problem] = []
    title = clean_text(record.get("title"))
    try:
        held_on = parse_date(record.get("held_on"))
    except BadValue as exc:
        problems.append(Problem(record.row, "error", f"{exc.message}没有可用日期的行未导入。"))
        return EventLine(record.row, None, tuple(problems))
    if not title:
        message = "活动主题是空的：没有主题的活动无法辨认，未导入。请补上主题后重新导入。"
        return EventLine(record.row, None, (Problem(record.row, "error", message),))
    counts = _counts(record, problems)
    if counts is None:
        return EventLine(record.row, None, tuple(problems))
    media_count, media_note = _media(record)
    partner_names = clean_text(record.get("partner_names"))
    partner_count = counts.pop("partner_count")
    event = LedgerEvent(
        held_on=held_on,
        title=title,
        kind=clean_text(record.get("kind")),
        kind_guess=guess_kind(title),
        place=clean_text(record.get("place")),
        township=clean_text(record.get("township")),
        organisers=clean_text(record.get("organisers")),
        partner_names=partner_names,
        partner_count=max(partner_count, len(split_names(partner_names))) or None,
        media_count=media_count,
        media_note=media_note,
        notes=clean_text(record.get("notes")),
        **counts,
    )
    return EventLine(record.row, event, tuple(problems))


def _require_columns(table: Table) -> None:
    if "held_on" in table.columns and "title" in table.columns:
        return
    missing = "、".join(w for f, w in (("held_on", "日期"), ("title", "活动主题")) if f not in table.columns)
    raise UserError(
        f"第 {table.header_row} 行的表头中没有「{missing}」列，无法导入。请检查列名。", field="file"
    )


def read_events(path: str | Path, sheet: str | None = None) -> EventSheet:
    """The events of a ledger workbook (the named sheet, or the first with an events header); a
    UserError when it is no workbook or has no 日期 or 活动主题 column."""
    table = read_table(path, EVENT_COLUMNS, sheet)
    _require_columns(table)
    return EventSheet(
        sheet=table.sheet,
        header_row=table.header_row,
        lines=[read_line(record) for record in table.records],
        skipped=table.skipped,
        unknown_columns=table.unknown,
    )
