"""An unhandled exception is logged and shown in a dialog with a report the user can copy."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from fazhi_desktop import __version__
from fazhi_desktop.domain.redact import redact

log = logging.getLogger(__name__)


def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text the dialog's details and the log show: ID numbers, phones and the row values a
    driver quotes are masked (domain/redact.py), since a clerk copies it to technical support."""
    lines = traceback.format_exception(kind, value, tb)
    return redact(
        f"法治信访 {__version__} · Python {platform.python_version()} · {platform.platform()}\n\n"
        + "".join(lines)
    )


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    text = report(kind, value, tb)
    log.error("unhandled exception\n%s", text)
    from fazhi_desktop.domain.errors import UserError
    from fazhi_desktop.services.database import as_user_error

    friendly = as_user_error(value)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Crash", "Unexpected error"))
    if isinstance(friendly, UserError):
        box.setText(friendly.message)
    else:
        box.setText(
            QApplication.translate(
                "Crash",
                "The program met an error it did not expect. Your saved work is safe. Please copy the "
                "report below (Show Details…) and send it to technical support.",
            )
        )
    box.setDetailedText(text)
    box.exec()


def install() -> None:
    sys.excepthook = _hook
