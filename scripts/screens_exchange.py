"""The 交换 page for docs/screens/ (looked at, not a test), in zh_CN at office size:

    xvfb-run -a .venv/bin/python scripts/screens_exchange.py [OUT_DIR]

A county and one township made with the command line; the township's demo cases sent up in a
package and imported at the county; exchange_county.png is the county's page after the import.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2024-11-20"
log = logging.getLogger("screens")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    county, township, key = (str(folder / n) for n in ("county.db", "township.db", "t.key"))

    def fazhi(db: str, *args: str) -> None:
        command = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", TODAY, *args]
        subprocess.run(command, check=True, capture_output=True)

    fazhi(county, "init", "--office", "431127", "--name", "蓝山县信访局")
    fazhi(county, "office", "add", "--office", "431127101", "--name", "塔峰镇信访办", "--level", "township",
          "--key-file", key)  # fmt: skip
    fazhi(township, "init", "--office", "431127101", "--name", "塔峰镇信访办", "--level", "township",
          "--parent", "431127", "--parent-name", "蓝山县信访局", "--key-file", key)  # fmt: skip
    fazhi(township, "demo", "--cases", "200")

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.exchange_page import ExchangePage
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    package = folder / "塔峰镇-1.zip"
    up = open_context(township, "李四")
    sender = ExchangePage(UiSession(up))
    sender.export_to("431127", package)
    settle(app, package.exists)
    ctx = open_context(county, "张三")
    window = MainWindow(UiSession(ctx))
    window.resize(1366, 768)
    window.show()
    window.show_page("exchange")
    page = window.stack.currentWidget()
    assert isinstance(page, ExchangePage)
    page.import_from(package)
    settle(app, lambda: ".receipt" in page.result_label.text())
    settle(app, lambda: False, 0.8)
    window.grab().save(str(out / "exchange_county.png"))
    log.info("%s", out / "exchange_county.png")
    window.close()
    ctx.close()
    up.close()
    return 0


def settle(app: QApplication, done: object, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not done():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
