"""Logging to a file in the user's log folder (and to the terminal with --verbose)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def log_file() -> Path:
    from fazhi_desktop.paths import user_logs

    folder = user_logs()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "fazhi.log"


def setup_logging(*, verbose: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_fazhi_configured", False):
        return
    root.setLevel(logging.INFO)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if verbose:
        terminal = logging.StreamHandler()
        terminal.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(terminal)
    root._fazhi_configured = True  # type: ignore[attr-defined]
