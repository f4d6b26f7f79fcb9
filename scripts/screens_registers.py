"""The 台账/专项 page of #20 for docs/screens/ (looked at, not a test), in zh_CN at 1366×768:

    xvfb-run -a .venv/bin/python scripts/screens_registers.py [OUT_DIR]

A 领导包案 register of six matters (plans, notes, two 化解) and a 专项 batch imported from a list,
over a made-up database; the first register selected with one matter and its notes shown.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("screens")

SUMMARIES = (
    "反映征地补偿款未足额发放",
    "反映小区电梯长期停运无人维修",
    "反映拖欠农民工工资三个月",
    "反映养老保险待遇计算有误",
    "反映宅基地权属纠纷多年未解决",
    "反映企业改制职工安置不到位",
)
NAMES = ("王建国", "李秀英", "张卫东", "刘桂兰", "陈志强", "赵春梅")


def _database(folder: Path) -> object:
    from fazhi_desktop.domain import clock
    from fazhi_desktop.domain.registers import Plan, RegisterInput, RegisterKind
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.services.office.offices import init_office
    from fazhi_desktop.services.office.setup import ensure_ready
    from fazhi_desktop.services.registers import importing, writing
    from tests.services.helpers import register
    from tests.services.register_helpers import special_workbook

    clock.set_today(date(2024, 11, 20))
    ctx = open_context(str(folder / "screens.db"), "zhangsan")
    ensure_ready(ctx)
    init_office(ctx, "431127", "蓝山县信访局")
    numbers = [
        register(ctx, name, on=date(2024, n + 1, 6), summary=summary).number
        for n, (name, summary) in enumerate(zip(NAMES, SUMMARIES, strict=True))
    ]
    name = "2024年市县领导包案"
    writing.add_register(
        ctx,
        RegisterInput(
            RegisterKind.LEADER,
            name,
            leader="张明（副县长）",
            starts_on=date(2024, 1, 1),
            ends_on=date(2024, 12, 31),
        ),
    )
    writing.add_cases(ctx, name, numbers)
    leaders = ("张明（副县长）", "李华（县委常委）", "王强（副县长）")
    for n, number in enumerate(numbers):
        writing.set_plan(
            ctx,
            name,
            number,
            Plan(
                leader=leaders[n % 3],
                plan="依法依规落实政策，逐户上门做好解释",
                staff="信访局 刘洋、镇政府 周敏",
                due_on=date(2024, 12, 31),
            ),
        )
    writing.add_note(ctx, name, numbers[0], "召开协调会，明确由镇政府牵头核实补偿名单", date(2024, 9, 12))
    writing.add_note(ctx, name, numbers[0], "补偿款已拨付到位，信访人表示认可", date(2024, 10, 28))
    writing.resolve(ctx, name, numbers[0], date(2024, 10, 30))
    writing.resolve(ctx, name, numbers[3], date(2024, 8, 15))
    writing.add_note(ctx, name, numbers[1], "物业公司已报价，维修资金申请中", date(2024, 11, 5))
    special = "2024年信访积案化解专项攻坚"
    writing.add_register(ctx, RegisterInput(RegisterKind.SPECIAL, special))
    book = special_workbook(
        folder / "list.xlsx",
        [(n, "", "", "") for n in numbers[2:5]] + [("431127-2024-999999", "", "查无", "")],
    )
    importing.import_list(ctx, special, book)
    writing.resolve(ctx, special, numbers[4], date(2024, 11, 1))
    return ctx


def main() -> None:
    import os

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.main_window import MainWindow
    from fazhi_desktop.ui.registers.page import RegistersPage
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        prefs.use_file(folder / "prefs.ini")
        ctx = _database(folder)
        window = MainWindow(UiSession(ctx))  # type: ignore[arg-type]
        window.resize(1366, 768)
        window.show()
        window.show_page("registers")
        page = window.page("registers")
        assert isinstance(page, RegistersPage)
        page.register_view.selectRow(page.registers.row_of(lambda r: r.name == "2024年市县领导包案"))
        page.entry_view.selectRow(0)
        for _ in range(5):
            app.processEvents()
        target = out / "registers_zh_CN.png"
        window.grab().save(str(target))
        window.close()
        ctx.close()  # type: ignore[attr-defined]
    sys.stdout.write(f"{target}\n")


if __name__ == "__main__":
    main()
