"""What a package carries: records of a few kinds, each named by its UUID, with JSON-ready fields."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any


class RecordKind(StrEnum):
    """A member of a package: one JSON-lines file per kind (the member's name is `<kind>.jsonl`)."""

    DIRECTORY = "directory"  # the directory entries the records refer to (regions, units, categories …)
    PETITIONERS = "petitioners"
    MATTERS = "matters"
    CASES = "cases"
    STEPS = "steps"
    ATTACHMENTS = "attachments"
    OUTREACH = "outreach"
    STUDY = "study"
    ADVICE = "advice"  # 法律顾问's service over a period
    RECEPTION = "reception"
    RECEIPTS = "receipts"  # a receipt: per record of a package received, what became of it

    @property
    def member(self) -> str:
        return f"{self.value}.jsonl"


#: The order members are written and applied in: what a record refers to comes before it.
APPLY_ORDER: tuple[RecordKind, ...] = tuple(RecordKind)


@dataclass(frozen=True)
class Record:
    """One record of a package: its kind, its UUID (its identity in every office) and its fields.

    `fields` holds JSON values only (str, int, float, bool, None, lists and objects of them); the
    service that fills it decides what they are, and compares them field by field on import.
    """

    kind: RecordKind
    uuid: uuid.UUID
    fields: Mapping[str, Any] = field(default_factory=dict)

    def line(self) -> bytes:
        """The record as one JSON line (keys sorted, so the same record is always the same bytes)."""
        encoded: tuple[bytes, bytes] | None = self.__dict__.get("_encoded")
        if encoded is not None:
            return encoded[0]  # made with content(): the same bytes, already encoded
        body = {"uuid": str(self.uuid), **{k: v for k, v in self.fields.items() if k != "uuid"}}
        return _dumps(body).encode() + b"\n"

    def content(self) -> bytes:
        """The fields alone as JSON (keys sorted): what a sender and a receiver compare and hash."""
        return self._encoded[1]

    @cached_property
    def _encoded(self) -> tuple[bytes, bytes]:
        # One encoding serves the line and the content: the fields sorting before "uuid" and those
        # after it are encoded apart, and the line is the two with the uuid between them (the very
        # bytes json.dumps gives for the whole).
        if "uuid" in self.fields:
            body = {"uuid": str(self.uuid), **{k: v for k, v in self.fields.items() if k != "uuid"}}
            return _dumps(body).encode() + b"\n", _dumps(dict(self.fields)).encode()
        before = {k: v for k, v in self.fields.items() if k < "uuid"}
        after = {k: v for k, v in self.fields.items() if k > "uuid"}
        parts = [_dumps(part)[1:-1] if part else "" for part in (before, after)]
        key = f'"uuid":"{self.uuid}"'
        line = "{" + ",".join(part for part in (parts[0], key, parts[1]) if part) + "}\n"
        content = "{" + ",".join(part for part in parts if part) + "}"
        return line.encode(), content.encode()


#: One encoder for every record: json.dumps with these options builds a new encoder per call,
#: which costs more than encoding a short record. The bytes are json.dumps's.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def member_bytes(records: Iterable[Record]) -> bytes:
    return b"".join(record.line() for record in records)


def receipt_member(package: uuid.UUID, answers: Iterable[tuple[uuid.UUID, str, str]]) -> bytes:
    """The `receipts` member for (record UUID, kind, outcome) answers about `package`: the lines
    Record.line() gives for {"kind", "outcome", "package"}, written straight (a receipt answers for
    every record of a package: tens of thousands). Kinds and outcomes are our own words, which JSON
    needs no escape for; anything else goes through the encoder."""
    lines = []
    package_text = str(package)  # once, not once a line
    for key, kind, outcome in answers:
        if not (_PLAIN_WORD.fullmatch(kind) and _PLAIN_WORD.fullmatch(outcome)):
            lines.append(
                Record(
                    RecordKind.RECEIPTS, key, {"kind": kind, "outcome": outcome, "package": package_text}
                ).line()
            )
            continue
        lines.append(
            f'{{"kind":"{kind}","outcome":"{outcome}","package":"{package_text}","uuid":"{key}"}}\n'.encode()
        )
    return b"".join(lines)


_PLAIN_WORD = re.compile(r"[a-z_]*")


class RecordError(ValueError):
    """A line of a member that is not a record; the reader turns it into a refusal."""


def parse_line(kind: RecordKind, line: bytes) -> Record:
    try:
        body = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise RecordError(f"不是 JSON：{type(exc).__name__}") from None
    return _record(kind, body)


#: The C scanner behind json.loads, called once per line: the same values, without the wrappers
#: (encoding detection, whitespace regexes) that cost more than the parse on short lines.
_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def parse_member(kind: RecordKind, data: bytes) -> list[Record]:
    """Every record of a member: one JSON object per line (blank lines skipped), UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RecordError("不是 JSON：UnicodeDecodeError") from None
    records = []
    for raw in text.split("\n"):
        if not raw.strip(" \t\r\x0b\x0c"):
            continue  # a blank line (as bytes.strip() sees it)
        line = raw.strip(" \t\r")  # JSON's own whitespace, nothing wider
        try:
            body, end = _SCAN(line, 0)
        except RecursionError:
            raise RecordError("不是 JSON：RecursionError") from None
        except (StopIteration, ValueError):
            raise RecordError("不是 JSON：JSONDecodeError") from None
        if end != len(line):
            raise RecordError("不是 JSON：JSONDecodeError")
        records.append(_record(kind, body))
    return records


def _record(kind: RecordKind, body: Any) -> Record:
    if not isinstance(body, dict):
        raise RecordError("不是一个对象")
    raw = body.pop("uuid", None)
    if not isinstance(raw, str):
        raise RecordError("缺少 uuid")
    try:
        key = uuid.UUID(raw)
    except ValueError:
        raise RecordError(f"uuid「{raw[:40]}」不合规") from None
    return Record(kind=kind, uuid=key, fields=body)
