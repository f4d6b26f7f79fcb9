"""The wording of the printed documents, which an office changes without editing code (文书模板).

Each document has fields (title, 文号代字, recipient, body paragraphs one per line, closing words …);
the office block holds the office's name, address, phone, contact and the words of its seal. Texts
take placeholders in braces with Chinese names, e.g. `你（们）于{登记日期}反映的“{摘要}”问题`; a field
may only use the placeholders listed for it. The defaults live here; what an office changed is kept
in the setting `report_templates` as {"kind": {"field": "text"}}, so a later version's better
default reaches every field nobody changed.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.reports.wording import (
    CASE_PLACEHOLDERS,
    DEFAULTS,
    FIELD_LABELS,
    KIND_LABELS,
    KIND_PLACEHOLDERS,
)
from fazhi_desktop.store.writes import change

SETTING = "report_templates"
FIELD_MAX = 4000


@dataclass(frozen=True)
class TemplateField:
    """One field of a template as an editor shows it."""

    kind: str
    name: str
    label: str
    value: str
    default: str
    changed: bool
    multiline: bool


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    label: str
    changed: tuple[str, ...]


def _stored(ctx: Context) -> dict[str, dict[str, str]]:
    value = settings.get(ctx, SETTING)
    if not isinstance(value, dict):
        return {}
    return {
        str(kind): {str(k): str(v) for k, v in fields.items()}
        for kind, fields in value.items()
        if isinstance(fields, dict)
    }


def _check_kind(kind: str, field: str | None = None) -> None:
    if kind not in DEFAULTS:
        raise UserError(
            f"没有「{kind}」这种文书模板。可选：{'、'.join(f'{k}（{KIND_LABELS[k]}）' for k in DEFAULTS)}。"
        )
    if field is not None and field not in DEFAULTS[kind]:
        raise UserError(f"「{KIND_LABELS[kind]}」没有「{field}」这一项。可改：{'、'.join(DEFAULTS[kind])}。")


def placeholders(kind: str) -> tuple[str, ...]:
    """The placeholders a field of `kind` may use."""
    if kind == "office":
        return ()
    return CASE_PLACEHOLDERS + KIND_PLACEHOLDERS.get(kind, ())


def used_placeholders(text: str) -> list[str]:
    """The placeholder names in `text`; a UserError when the braces do not pair up."""
    try:
        return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise UserError(
            "模板中的大括号不成对。占位符应写成 {信访人} 这样；要印出大括号本身请写 {{ 或 }}。"
        ) from None


def check_text(kind: str, field: str, text: str) -> None:
    """Refuse a text with an unknown placeholder, naming the ones allowed."""
    if len(text) > FIELD_MAX:
        raise UserError(f"内容太长，请控制在 {FIELD_MAX} 字以内。", field=field)
    allowed = placeholders(kind)
    unknown = [name for name in used_placeholders(text) if name not in allowed]
    if unknown:
        listing = "、".join(f"{{{name}}}" for name in allowed) or "（本项不能使用占位符）"
        raise UserError(f"模板中的占位符 {{{unknown[0]}}} 不认识。可用的占位符：{listing}。", field=field)


def all_templates(ctx: Context) -> dict[str, dict[str, str]]:
    """Every template with the office's changes applied."""
    stored = _stored(ctx)
    return {kind: {**fields, **stored.get(kind, {})} for kind, fields in DEFAULTS.items()}


def template(ctx: Context, kind: str) -> dict[str, str]:
    _check_kind(kind)
    return {**DEFAULTS[kind], **_stored(ctx).get(kind, {})}


def list_templates(ctx: Context) -> list[TemplateInfo]:
    stored = _stored(ctx)
    return [
        TemplateInfo(kind, KIND_LABELS[kind], tuple(f for f in DEFAULTS[kind] if f in stored.get(kind, {})))
        for kind in DEFAULTS
    ]


def template_fields(ctx: Context, kind: str) -> list[TemplateField]:
    _check_kind(kind)
    stored = _stored(ctx).get(kind, {})
    return [
        TemplateField(
            kind=kind,
            name=name,
            label=FIELD_LABELS.get(name, name),
            value=stored.get(name, default),
            default=default,
            changed=name in stored,
            multiline=name in ("body", "body_assign") or "\n" in default or len(default) > 60,
        )
        for name, default in DEFAULTS[kind].items()
    ]


def set_field(ctx: Context, kind: str, field: str, text: str) -> Changes:
    """Change one field (the default text is kept for a later reset)."""
    _check_kind(kind, field)
    text = text.replace("\r\n", "\n").strip("\n")
    check_text(kind, field, text)
    return _write(
        ctx, kind, field, text, f"修改文书模板「{KIND_LABELS[kind]}」的「{FIELD_LABELS.get(field, field)}」"
    )


def reset(ctx: Context, kind: str, field: str | None = None) -> Changes:
    """Back to the default wording: one field, or every field of `kind`."""
    _check_kind(kind, field)
    what = f"的「{FIELD_LABELS.get(field, field)}」" if field else ""
    return _write(ctx, kind, field, None, f"恢复文书模板「{KIND_LABELS[kind]}」{what}的默认内容")


def _write(ctx: Context, kind: str, field: str | None, text: str | None, summary: str) -> Changes:
    with change(ctx.db, ctx.actor, "report.template") as current:
        value = settings.read(current.session, SETTING)
        stored: dict[str, Any] = dict(value) if isinstance(value, dict) else {}
        fields = dict(stored.get(kind) or {})
        if text is None:
            if field is None:
                fields.clear()
            else:
                fields.pop(field, None)
        elif field is not None:
            if text == DEFAULTS[kind][field]:
                fields.pop(field, None)
            else:
                fields[field] = text
        if fields:
            stored[kind] = fields
        else:
            stored.pop(kind, None)
        settings.write(current.session, SETTING, stored)
        current.describe(summary, entity="setting", key=SETTING, kind=kind, field=field)
    return current.changes


class _Values(dict[str, str]):
    """Placeholder values; an unknown placeholder prints as written instead of failing the print."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: dict[str, str]) -> str:
    """A template text with its placeholders replaced."""
    try:
        return text.format_map(_Values(values))
    except (ValueError, IndexError, KeyError, AttributeError):
        return text  # a template that slipped past the check prints as written
