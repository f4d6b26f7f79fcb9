"""The one clock for "today": tests, demos and benchmarks fix it, everything else reads it here.

Set the environment variable FAZHI_TODAY=YYYY-MM-DD to fix today for a whole process (read on first
use); `set_today` fixes or frees it from code.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import unicodedata
from datetime import date, datetime

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.input_rules import date_problem

log = logging.getLogger(__name__)

ENV_VAR = "FAZHI_TODAY"
DATE_FORMAT_MESSAGE = "日期格式应为 YYYY-MM-DD，例如 2024-03-05"

_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class _State:
    """The fixed day, if any, and whether FAZHI_TODAY has been read (one instance per process)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.fixed: date | None = None
        self.initialised = False


_state = _State()


def parse_date(text: str) -> date:
    """Read a date written as YYYY-MM-DD (full-width digits and surrounding blanks are tolerated)."""
    # NFKC turns full-width digits and "－" into ASCII: people type dates with a Chinese IME on.
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _DATE_RE.fullmatch(cleaned)
    if match is None:
        raise UserError(DATE_FORMAT_MESSAGE)
    year, month, day = (int(part) for part in match.groups())
    try:
        result = date(year, month, day)
    except ValueError:
        raise UserError(f"{cleaned} 不是有效日期，请检查月份和日。{DATE_FORMAT_MESSAGE}") from None
    problem = date_problem("日期", result)
    if problem is not None:
        raise UserError(problem)
    return result


def _initialise() -> None:
    """Read FAZHI_TODAY once, on first use (so importing this module has no side effects)."""
    with _state.lock:
        if _state.initialised:
            return
        value = os.environ.get(ENV_VAR, "").strip()
        if value:
            try:
                fixed = parse_date(value)
            except UserError:
                raise UserError(
                    f"环境变量 {ENV_VAR}={value} 无法识别：{DATE_FORMAT_MESSAGE}；请改正或删除该变量"
                ) from None
            log.info("today is fixed to %s by %s", fixed.isoformat(), ENV_VAR)
            _state.fixed = fixed
        _state.initialised = True


def set_today(value: date | None) -> None:
    """Fix today to `value`, or go back to the real clock with None (FAZHI_TODAY is then ignored)."""
    if isinstance(value, datetime):
        # a datetime is a date too; keep only the day so today() always returns a plain date
        value = value.date()
    with _state.lock:
        _state.fixed = value
        _state.initialised = True


def reset() -> None:
    """Forget any fixed day, so that the next use reads FAZHI_TODAY again (for tests)."""
    with _state.lock:
        _state.fixed = None
        _state.initialised = False


def is_fixed() -> bool:
    """Whether today is fixed (by set_today or FAZHI_TODAY) rather than the real date."""
    _initialise()
    return _state.fixed is not None


def today() -> date:
    """Today's date: the fixed one when set, else the local date."""
    _initialise()
    fixed = _state.fixed
    return fixed if fixed is not None else date.today()


def now() -> datetime:
    """The naive local time; with a fixed today, that day at the current wall-clock time of day."""
    _initialise()
    current = datetime.now()
    fixed = _state.fixed
    if fixed is None:
        return current
    return datetime.combine(fixed, current.time())
