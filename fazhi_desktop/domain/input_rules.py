"""One rule for the text and dates a person or a file gives us, the same at the form, the command
line, an import and the database (SQLite and PostgreSQL alike).

- Text may hold any character but the control characters other than tab and line feed (a carriage
  return is a line feed), lone surrogates and the two non-characters U+FFFE/U+FFFF: Excel cannot
  hold them (every export would fail), PostgreSQL refuses a NUL, and no one types them on purpose.
  A form or a command refuses them with a message; an import strips them with a warning.
- Each stored text field has one maximum length in characters (`FIELDS`); the database columns are
  declared with the same length and the migration 0008 adds the CHECKs where the type cannot say it.
- Dates lie between `FIRST_DATE` and `LAST_DATE`: anything outside is a typing mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

#: The earliest and latest date any field may hold (documented in README: 1950-01-01 … 2099-12-31).
FIRST_DATE = date(1950, 1, 1)
LAST_DATE = date(2099, 12, 31)

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_RETURNS = re.compile("\r\n?")


@dataclass(frozen=True)
class TextField:
    """A stored text field: what the clerk calls it and how many characters it may hold."""

    label: str
    max_chars: int


#: Field name (as CaseInput and the ledger name it) → its rule. Table columns carry the same length.
FIELDS: dict[str, TextField] = {
    "name": TextField("姓名", 50),
    "id_number": TextField("证件号码", 18),
    "phone": TextField("电话", 20),
    "address": TextField("住址", 200),
    "summary": TextField("摘要", 200),
    "content": TextField("详细内容", 20_000),
    "upper_number": TextField("上级件号", 60),
    "online_number": TextField("网上信访件号", 60),
    "envelope_address": TextField("信封地址", 200),
    "accused": TextField("被反映对象", 200),
    # A step's explanation and an outreach event's free text: long enough for any account a clerk
    # writes, bounded so that one paste of a whole document cannot fill the database.
    "note": TextField("说明", 5_000),
    "title": TextField("活动主题", 200),
    "place": TextField("地点", 200),
    "organisers": TextField("主办单位", 200),
    "partner_names": TextField("联合单位", 2_000),
    "media_note": TextField("媒体报道", 400),
    "notes": TextField("备注", 5_000),
}
#: The longest any text field may be: no cell of an import needs more.
LONGEST = max(f.max_chars for f in FIELDS.values())


def has_forbidden(text: str) -> bool:
    """Whether `text` holds a character no field may keep."""
    return _FORBIDDEN.search(text) is not None


def strip_forbidden(text: str) -> str:
    """`text` with carriage returns made line feeds and every forbidden character removed."""
    if "\r" in text:
        text = _RETURNS.sub("\n", text)
    return _FORBIDDEN.sub("", text)


def text_problem(name: str, text: str, *, check_length: bool = True) -> str | None:
    """Why `text` may not be saved in field `name` as typed (a Chinese sentence), or None.
    `check_length` False for a field whose own parser shortens what was typed (an ID number)."""
    rule = FIELDS.get(name)
    label = rule.label if rule else "文字"
    if has_forbidden(text.replace("\r", "")):
        return f"{label}中含有不可见的控制字符（可能是从别处粘贴带来的），请删除后重新输入。"
    if check_length and rule is not None and len(text) > rule.max_chars:
        return f"{label}太长（{len(text)} 字），最多 {rule.max_chars} 字。"
    return None


def texts_problems(values: dict[str, str]) -> dict[str, str]:
    """`text_problem` of each field given (name → text): what is wrong, by field."""
    found = {name: text_problem(name, text) for name, text in values.items() if text}
    return {name: problem for name, problem in found.items() if problem}


def fit_text(name: str, text: str) -> tuple[str, list[str]]:
    """`text` made acceptable for field `name` (as an import must) and what was changed, in words."""
    rule = FIELDS[name]
    notes = []
    if has_forbidden(text) or "\r" in text:
        cleaned = strip_forbidden(text)
        if has_forbidden(text):
            notes.append(f"{rule.label}中的不可见控制字符已删除")
        text = cleaned
    if len(text) > rule.max_chars:
        notes.append(f"{rule.label}有 {len(text)} 字，超过 {rule.max_chars} 字的部分已截去")
        text = text[: rule.max_chars]
    return text, notes


def date_problem(label: str, day: date) -> str | None:
    """Why `day` cannot be right (outside FIRST_DATE … LAST_DATE), or None."""
    if FIRST_DATE <= day <= LAST_DATE:
        return None
    return f"{label} {day.isoformat()} 不在 {FIRST_DATE.year} 年至 {LAST_DATE.year} 年之间，请核对。"
