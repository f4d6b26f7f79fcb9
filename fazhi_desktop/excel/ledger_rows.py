"""The rows of a case ledger read into cases, or rejected with the reason: pure parsing, no database.

A row is rejected only when it has no usable date, or neither a petitioner's name nor any content.
Everything else is taken, with a warning per doubtful value (an ID number with a bad check digit or
rounded by Excel, an unknown township, category or unit, an unrecognised channel), and the value in
doubt left empty. Masked ID numbers and phones (an exported ledger: 110101********1234, 138****5678)
are treated as absent with one warning for the whole file.

Columns are parsed one at a time and each distinct value once (dates, channel words, townships
repeat in every row), which is what makes 100,000 rows cheap.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from fazhi_desktop.domain.idnumber import InvalidIdNumber, normalize_id_number, parse_id_number
from fazhi_desktop.domain.input_rules import FIELDS
from fazhi_desktop.domain.phone import InvalidPhone, validate_phone
from fazhi_desktop.domain.vocab import Channel, Nature, Satisfaction, Source
from fazhi_desktop.excel.ledger_handling import Handling, HandlingReader
from fazhi_desktop.excel.ledger_table import LedgerTable
from fazhi_desktop.excel.ledger_words import (
    NATURE_OF_PURPOSE,
    NATURE_WORDS,
    Directories,
    Directory,
    channel_of,
    fold,
    source_of,
)
from fazhi_desktop.excel.report import DIRECTORY_FIELDS, ImportReport, UnknownValues
from fazhi_desktop.excel.values import BadValue, clean_text, parse_count, parse_date, shown

SUMMARY_MAX = 200
CONTENT_MAX = FIELDS["content"].max_chars
MAX_HEAD_COUNT = 10_000
#: A case number of a few digits is a row counter typed into a number column, not an identity.
MIN_NUMBER_LENGTH = 6
T = TypeVar("T")
_SEPARATORS = re.compile(r"[、,，;；/]+")


@dataclass(slots=True)
class LedgerCase:
    """One ledger row read into what a case is made of."""

    row: int
    registered_on: date
    channel: Channel
    source: Source
    summary: str
    content: str | None
    name: str
    id_number: str | None = None
    sex: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    address: str | None = None
    #: 共同信访人: (name, valid ID number or None), in the ledger's order.
    co_petitioners: list[tuple[str, str | None]] = field(default_factory=list)
    head_count: int = 1
    number: str | None = None
    upper_number: str | None = None
    region_id: int | None = None
    #: The 问题属地 as written (kept while it is not in the directory).
    region_text: str | None = None
    category_id: int | None = None
    purpose_id: int | None = None
    nature: Nature | None = None
    unit_id: int | None = None
    unit_name: str | None = None
    accepted_on: date | None = None
    closed_on: date | None = None
    result: str | None = None
    satisfaction: Satisfaction | None = None
    #: The other handling columns (excel/ledger_handling.py), read into dated facts.
    handling: Handling = field(default_factory=Handling)
    fingerprint: str = ""
    #: Values left out of their field as doubtful, kept in the content so that nothing typed is lost.
    doubtful: str = ""


def _memo(parse: Callable[[Any], T]) -> Callable[[Any], T]:
    """`parse` once per distinct cell value (unhashable or float NaN values are parsed every time)."""
    seen: dict[Any, T] = {}

    def parsed(value: Any) -> T:
        try:
            return seen[value]
        except KeyError:
            result = seen[value] = parse(value)
            return result
        except TypeError:
            return parse(value)

    return parsed


def _date_or_message(value: Any) -> date | str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_date(value)
    except BadValue as exc:
        return exc.message


def fingerprint(office: str, day: date, name: str, content: str) -> str:
    """What identifies a ledger row without a case number: office, date, petitioner and content."""
    text = f"{office}|{day.isoformat()}|{fold(name)}|{fold(content)}"
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class RowReader:
    """Reads the rows of one table; problems go to `report` with Excel's row numbers."""

    def __init__(self, directories: Directories, report: ImportReport, office: str, today: date) -> None:
        self.dirs, self.report, self.office, self.today = directories, report, office, today
        self.masked_rows: list[int] = []
        self._dates = _memo(_date_or_message)
        self._texts = _memo(clean_text)

    def column(self, table: LedgerTable, name: str) -> list[Any]:
        return table.cells.get(name) or [None] * len(table.rows)

    def texts(self, table: LedgerTable, name: str) -> list[str]:
        return list(map(self._texts, self.column(table, name)))

    def read(self, table: LedgerTable) -> list[LedgerCase]:
        """The cases of the rows that are taken (the others counted and reported as rejected)."""
        dates = list(map(self._dates, self.column(table, "registered_on")))
        names, summaries = self.texts(table, "name"), self.texts(table, "summary")
        cases: list[LedgerCase] = []
        for i, row in enumerate(table.rows):
            day = dates[i]
            if not isinstance(day, date):
                reason = day if isinstance(day, str) else "登记日期是空的。"
                self.report.error(row, f"{reason}没有可用日期的行未导入。")
                continue
            if day > self.today:
                self.report.error(row, f"登记日期 {day} 晚于今天（{self.today}），未导入。请核对日期。")
                continue
            if not names[i] and not summaries[i]:
                self.report.error(row, "既没有信访人姓名，也没有诉求内容，未导入。")
                continue
            cases.append(self._case(table, i, row, day, names[i], summaries[i]))
        if cases:
            self._details(table, cases)
        if self.masked_rows:
            self.report.warn(
                self.masked_rows[0],
                f"有 {len(self.masked_rows)} 行的身份证号或电话已脱敏（含 *），无法还原，已留空。"
                "如需保存完整号码，请导入未脱敏的台账。",
            )
        self.report.rejected = self.report.rows - len(cases)
        return cases

    def _case(self, table: LedgerTable, i: int, row: int, day: date, name: str, text: str) -> LedgerCase:
        summary = text or "（台账未填写诉求内容）"
        if not text:
            self.report.warn(row, "诉求内容是空的，摘要记为「台账未填写诉求内容」。")
        content = text if len(text) > SUMMARY_MAX else None
        if content is not None and len(content) > CONTENT_MAX:
            self.report.warn(row, f"诉求内容有 {len(content)} 字，超过 {CONTENT_MAX} 字的部分已截去。")
            content = content[:CONTENT_MAX]
        return LedgerCase(
            row=row,
            registered_on=day,
            channel=Channel.VISIT,
            source=Source.LOCAL,
            summary=summary[:SUMMARY_MAX],
            content=content,
            name=name[:50],
            fingerprint=fingerprint(self.office, day, name, text),
        )

    # -- the other columns, each in one pass over the rows taken -------------------------------

    def _details(self, table: LedgerTable, cases: list[LedgerCase]) -> None:
        index = {row: i for i, row in enumerate(table.rows)}
        picks = [index[case.row] for case in cases]

        def cells(name: str) -> list[Any]:
            column = table.cells.get(name)
            return [None] * len(cases) if column is None else [column[i] for i in picks]

        self._words(cases, cells)
        self._people(cases, cells)
        self._directories(cases, cells)
        self._handling(cases, cells)

    def _words(self, cases: list[LedgerCase], cells: Callable[[str], list[Any]]) -> None:
        channels = _memo(lambda v: channel_of(clean_text(v)))
        sources = _memo(lambda v: source_of(clean_text(v)))
        counts = _memo(_count_or_message)
        for case, channel, source, heads, number, upper in zip(
            cases,
            cells("channel"),
            cells("source"),
            cells("head_count"),
            cells("number"),
            cells("upper_number"),
            strict=True,
        ):
            if channel is not None and channel != "":
                found = channels(channel)
                if found is None:
                    self.report.warn(case.row, f"信访形式「{shown(channel)}」无法识别，记为来访。")
                else:
                    case.channel = found
            if source is not None and source != "":
                found_source = sources(source)
                if found_source is None:
                    self.report.warn(case.row, f"来源「{shown(source)}」无法识别，记为本级登记。")
                else:
                    case.source = found_source
            count = counts(heads)
            if isinstance(count, str):
                self.report.warn(case.row, f"{count}人数记为 1。")
            elif count is not None:
                case.head_count = count
            case.number = _number(number)
            case.upper_number = _number(upper)
            if case.number and case.source in {Source.UPPER_FORWARDED, Source.UPPER_ASSIGNED} and not upper:
                case.upper_number = case.number

    def _people(self, cases: list[LedgerCase], cells: Callable[[str], list[Any]]) -> None:
        addresses = list(map(self._texts, cells("address")))
        for case, raw_id, raw_phone, address in zip(
            cases, cells("id_number"), cells("phone"), addresses, strict=True
        ):
            if raw_id is not None and raw_id != "":
                self._id_number(case, raw_id)
            if raw_phone is not None and raw_phone != "":
                self._phone(case, raw_phone)
            case.address = address[:200] or None
        for case, others in zip(cases, map(self._texts, cells("co_petitioners")), strict=True):
            if others:
                case.co_petitioners = self._others(case, others)

    def _others(self, case: LedgerCase, text: str) -> list[tuple[str, str | None]]:
        """「李四（431127…）、王五」: each co-petitioner's name and, when it checks, ID number."""
        out: list[tuple[str, str | None]] = []
        for part in _SEPARATORS.split(text):
            name, _, rest = part.replace("(", "（").partition("（")
            name, number = name.strip()[:50], normalize_id_number(rest.rstrip(")）"))
            if not name:
                continue
            try:
                valid = parse_id_number(number, today=self.today).number if number else None
            except InvalidIdNumber:
                valid = None
                if "*" not in number:
                    self.report.warn(case.row, f"共同信访人{name}的身份证号「{number}」未通过校验，已留空。")
            out.append((name, valid))
        return out

    def _id_number(self, case: LedgerCase, raw: Any) -> None:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            digits = f"{raw:.0f}" if math.isfinite(raw) else ""
            if len(digits) > 15:
                # Shown as Excel keeps it (15 significant digits), not with a float's made-up tail.
                digits = f"{int(Decimal(f'{raw:.15g}'))}"
                self.report.warn(
                    case.row,
                    f"身份证号「{digits}」以数字形式保存，Excel 已把它舍入为 15 位有效数字，无法还原，已留空。"
                    "请把该列设为文本格式后重新填写。",
                )
                return
            text = digits
        else:
            text = str(raw)
        if "*" in text or "＊" in text:
            self.masked_rows.append(case.row)
            return
        number = normalize_id_number(text)
        if not number:
            return
        try:
            parsed = parse_id_number(number, today=self.today)
        except InvalidIdNumber as exc:
            self.report.warn(case.row, f"身份证号「{number}」：{exc.message}。已留空，原号码记入详细内容。")
            case.doubtful += f"身份证号（未通过校验）：{number}\n"
            return
        case.id_number, case.sex, case.birth_date = parsed.number, parsed.sex.value, parsed.birth_date

    def _phone(self, case: LedgerCase, raw: Any) -> None:
        text = f"{raw:.0f}" if isinstance(raw, float) and raw.is_integer() else str(raw)
        if "*" in text or "＊" in text:
            if case.row not in self.masked_rows[-1:]:
                self.masked_rows.append(case.row)
            return
        try:
            case.phone = validate_phone(text)
        except InvalidPhone as exc:
            self.report.warn(case.row, f"电话「{text.strip()}」：{exc.message}。已留空，原号码记入详细内容。")
            case.doubtful += f"电话（未通过校验）：{text.strip()}\n"

    def _directories(self, cases: list[LedgerCase], cells: Callable[[str], list[Any]]) -> None:
        dirs = self.dirs
        natures = _memo(lambda v: NATURE_WORDS.get(fold(clean_text(v))))
        unknown: dict[str, dict[str, list[int]]] = {name: {} for name in DIRECTORY_FIELDS}

        def find(name: str, directory: Directory, value: str, row: int) -> int | None:
            found = directory.match(value)
            if found is None:
                unknown[name].setdefault(value, []).append(row)
            return found

        for case, region, category, purpose, nature, unit in zip(
            cases,
            map(self._texts, cells("region")),
            map(self._texts, cells("category")),
            map(self._texts, cells("purpose")),
            cells("nature"),
            map(self._texts, cells("unit")),
            strict=True,
        ):
            if region:
                case.region_id = find("region", dirs.regions, region, case.row)
                case.region_text = region
            if category:
                case.category_id = find("category", dirs.categories, category, case.row)
            if purpose:
                case.purpose_id = find("purpose", dirs.purposes, purpose, case.row)
                code = dirs.purpose_codes.get(case.purpose_id) if case.purpose_id is not None else None
                case.nature = NATURE_OF_PURPOSE.get(code or "")
            if nature is not None and nature != "":
                case.nature = natures(nature) or case.nature
            if unit:
                case.unit_name = unit[:100]
                case.unit_id = find("unit", dirs.units, unit, case.row)
        # One warning per column, with each value and its rows, rather than one per row.
        for name, values in unknown.items():
            if values:
                group = UnknownValues(name, values)
                self.report.unknown_values.append(group)
                self.report.warn(min(rows[0] for rows in values.values()), group.message())

    def _handling(self, cases: list[LedgerCase], cells: Callable[[str], list[Any]]) -> None:
        reader = HandlingReader(self.report, self.today, self._dates)
        facts = reader.read([c.row for c in cases], [c.registered_on for c in cases], cells)
        for case, handling, result, notes in zip(
            cases, facts, map(self._texts, cells("result")), map(self._texts, cells("notes")), strict=True
        ):
            case.handling = handling
            case.accepted_on, case.closed_on = handling.accepted_on, handling.closed_on
            case.satisfaction = handling.satisfaction
            case.result = result or None
            extra = [
                f"责任单位：{case.unit_name}" if case.unit_name and case.unit_id is None else "",
                f"办理结果：{result}" if result and handling.outcome is None else "",
                f"备注：{notes}" if notes else "",
                case.doubtful.strip(),
            ]
            if any(extra):
                case.content = "\n".join(p for p in (case.content or case.summary, *extra) if p)


def _count_or_message(value: Any) -> int | str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        count = parse_count(value, what="人数")
    except BadValue as exc:
        return exc.message
    if not 1 <= count <= MAX_HEAD_COUNT:
        return f"人数「{shown(value)}」应在 1 到 {MAX_HEAD_COUNT} 之间，"
    return count


def _number(value: Any) -> str | None:
    text = clean_text(value)
    if not text or (text.isdigit() and len(text) < MIN_NUMBER_LENGTH):
        return None
    return text[:60]
