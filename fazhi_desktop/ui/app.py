"""The desktop program `fazhi-desktop`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv if argv is None else argv)
    label = QLabel("法治信访")
    label.resize(400, 200)
    label.show()
    return app.exec()
