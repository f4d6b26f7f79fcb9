"""Logging to a file in the user's log folder (and to the terminal with --verbose).

The file and the folder are readable by the user alone (0600 / 0700, from the first byte), and every
line passes through `domain.redact`, so that no ID or phone number reaches a log even when a driver's
error quotes one.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import IO

from fazhi_desktop.domain.redact import redact

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    from fazhi_desktop.paths import user_logs

    folder = user_logs()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / "fazhi.log"


class RedactingFormatter(logging.Formatter):
    """A formatter whose lines (tracebacks included) carry no personal data."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are made 0600 before anything is written to them."""

    def _open(self) -> IO[str]:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file an older version made 0644
        return os.fdopen(
            fd, self.mode if "a" in self.mode else "a", encoding=self.encoding, errors=self.errors
        )


def setup_logging(*, verbose: bool = False) -> None:
    root = logging.getLogger()
    if getattr(root, "_fazhi_configured", False):
        return
    root.setLevel(logging.INFO)
    try:
        handler: logging.Handler = PrivateFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    if verbose:
        terminal = logging.StreamHandler()
        terminal.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(terminal)
    root._fazhi_configured = True  # type: ignore[attr-defined]
