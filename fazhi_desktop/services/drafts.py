"""Drafts of forms being typed, kept in a file so that they survive a crash (issue #17).

A form saves what is typed a moment after the typing stops (ui/registration/drafts.py) and
forgets it when the case is saved or the form cleared; at the next start the form offers it back.
The file is the user's own (`drafts.json` in the user's data folder, FAZHI_DRAFTS in tests), mode
0600, written to a private temporary file and renamed, so a crash mid-write leaves the previous
drafts. It is keyed by database and login: a draft typed against one office's database is never
offered on another's. What is typed holds personal data (ID numbers, phones, complaints), which is
why the file is private and a draft lives only until the form is saved or cleared (docs/SECURITY.md).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fazhi_desktop.paths import user_data
from fazhi_desktop.services.context import Context

log = logging.getLogger(__name__)

ENV = "FAZHI_DRAFTS"


@dataclass(frozen=True)
class Draft:
    """A form's fields as they were typed, and when they were kept."""

    form: str
    fields: dict[str, Any]
    saved_at: datetime


def drafts_file() -> Path:
    override = os.environ.get(ENV)
    return Path(override) if override else user_data() / "drafts.json"


def _key(ctx: Context) -> str:
    return f"{ctx.db.describe()}|{ctx.user}"


def _read_all(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the drafts file %s could not be read; starting afresh", path, exc_info=True)
        return {}
    return data if isinstance(data, dict) else {}


def _write_all(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    if os.name == "posix":
        os.chmod(temp, 0o600)  # whatever the umask
    os.replace(temp, path)


def keep(ctx: Context, form: str, fields: dict[str, Any]) -> None:
    """Keep a form's fields (replacing its earlier draft)."""
    path = drafts_file()
    data = _read_all(path)
    mine = data.setdefault(_key(ctx), {})
    mine[form] = {"saved_at": datetime.now().isoformat(timespec="seconds"), "fields": fields}
    try:
        _write_all(path, data)
    except OSError:
        log.warning("could not keep the draft of %s in %s", form, path, exc_info=True)


def load(ctx: Context, form: str) -> Draft | None:
    """The draft of a form kept for this database and user, if any."""
    entry = _read_all(drafts_file()).get(_key(ctx), {}).get(form)
    if not isinstance(entry, dict) or not isinstance(entry.get("fields"), dict):
        return None
    try:
        saved_at = datetime.fromisoformat(str(entry.get("saved_at")))
    except ValueError:
        saved_at = datetime.now()
    return Draft(form=form, fields=entry["fields"], saved_at=saved_at)


def forget(ctx: Context, form: str) -> None:
    """Drop a form's draft (it was saved, cleared or discarded)."""
    path = drafts_file()
    data = _read_all(path)
    mine = data.get(_key(ctx), {})
    if form not in mine:
        return
    del mine[form]
    if not mine:
        del data[_key(ctx)]
    try:
        _write_all(path, data)
    except OSError:
        log.warning("could not drop the draft of %s from %s", form, path, exc_info=True)
