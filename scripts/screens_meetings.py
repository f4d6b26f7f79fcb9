"""The 研判会 window and the 月度通报 tab of #20 for docs/screens/ (looked at, not a test), in zh_CN:

    xvfb-run -a .venv/bin/python scripts/screens_meetings.py [OUT_DIR]

- meeting_zh_CN.png: the board behind the 研判会 window, a meeting of 14 November and its decisions;
- bulletin_zh_CN.png: the 月度通报 of October 2024, units and townships ranked.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

# The `fazhi` commands below log in (issue #17): an administrator of these throw-away databases.
os.environ.setdefault("FAZHI_USER", "screens")
os.environ.setdefault("FAZHI_PASSWORD", "Screens-pass-2024")

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2024-11-20"
D = date.fromisoformat
log = logging.getLogger("screens")


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, target: Path, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(target))
    log.info("%s", target)


def fill(ctx: object) -> None:
    """A county's autumn: cases handed to three units, some answered late, a meeting's decisions."""
    from fazhi_desktop.domain import clock
    from fazhi_desktop.domain.meetings import DecisionInput
    from fazhi_desktop.domain.step_details import Assign, Deliver, Evaluate, Reply, SignFor, Supervise
    from fazhi_desktop.domain.vocab import ReplyOutcome, Satisfaction, Tier
    from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput, register_case
    from fazhi_desktop.services.clock.procedure import apply_step
    from fazhi_desktop.services.context import Context
    from fazhi_desktop.services.meetings import records
    from fazhi_desktop.services.office.directories import add_entry

    assert isinstance(ctx, Context)
    units = {
        k: add_entry(ctx, "unit", n).id
        for k, n in (("A", "县住房和城乡建设局"), ("B", "县人力资源和社会保障局"), ("C", "县交通运输局"))
    }
    for town in ("塔峰镇", "总市镇", "所城镇"):
        add_entry(ctx, "township", town)
    plan = (
        (
            "A",
            "塔峰镇",
            "2024-08-15",
            "2024-10-09",
            Satisfaction.SATISFIED,
            "王建国",
            "反映小区电梯停运两个月",
        ),
        ("A", "所城镇", "2024-08-16", "2024-10-10", Satisfaction.DISSATISFIED, "李秀英", "反映安置房漏水"),
        ("A", "塔峰镇", "2024-08-19", "2024-11-05", None, "赵刚", "反映违建影响采光"),
        (
            "B",
            "总市镇",
            "2024-08-20",
            "2024-10-15",
            Satisfaction.SATISFIED,
            "孙丽",
            "反映养老保险待遇核定有误",
        ),
        ("B", "总市镇", "2024-08-21", None, None, "周平", "反映工地拖欠农民工工资"),
        ("B", "所城镇", "2024-08-22", None, None, "吴敏", "反映社保断缴"),
        (
            "C",
            "塔峰镇",
            "2024-08-14",
            "2024-10-08",
            Satisfaction.BASICALLY_SATISFIED,
            "郑强",
            "反映村道路面损毁",
        ),
    )
    numbers = []
    for unit, town, signed, answered, evaluation, name, summary in plan:
        clock.set_today(D(signed))
        case = register_case(
            ctx,
            CaseInput(
                channel="visit",
                summary=summary,
                nature="claim",
                region=town,
                registered_on=D(signed),
                petitioners=[PetitionerInput(name=name)],
            ),
        )
        numbers.append(case.number)
        apply_step(ctx, case.id, Assign(unit_id=units[unit], unit_deadline=D("2024-10-31")))
        apply_step(ctx, case.id, SignFor())
        if answered:
            clock.set_today(D(answered))
            apply_step(ctx, case.id, Reply(outcome=ReplyOutcome.SUPPORT))
            if evaluation is not None:
                apply_step(ctx, case.id, Deliver())
                apply_step(ctx, case.id, Evaluate(unit=evaluation))
        elif unit == "B":
            clock.set_today(D("2024-10-25"))
            apply_step(ctx, case.id, Supervise(content="请加快办理", by="县信访局"))
    clock.set_today(D("2024-11-14"))
    records.add_meeting(ctx, D("2024-11-14"), ["张明（副县长）、李华（局长）、王五（股长）"])
    records.decide(
        ctx,
        D("2024-11-14"),
        numbers[4],
        DecisionInput(Tier.RED, "张明（副县长）", D("2024-11-21"), "包案化解，约谈施工方限期支付"),
    )
    records.decide(
        ctx,
        D("2024-11-14"),
        numbers[5],
        DecisionInput(Tier.YELLOW, "县人社局", D("2024-11-28"), "核实断缴原因，一周内书面答复"),
    )
    clock.set_today(D(TODAY))


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db = str(folder / "screens.db")
    run = [sys.executable, "-m", "fazhi_desktop", "--db", db, "--today", TODAY]
    subprocess.run(
        [*run, "init", "--office", "431127", "--name", "蓝山县信访局"], check=True, capture_output=True
    )

    from fazhi_desktop.domain import clock
    from fazhi_desktop.services.context import open_context
    from fazhi_desktop.ui import fonts, i18n, prefs
    from fazhi_desktop.ui.reports.bulletin_tab import BulletinTab
    from fazhi_desktop.ui.review.page import ReviewPage
    from fazhi_desktop.ui.session import UiSession
    from fazhi_desktop.ui.style import STYLESHEET

    clock.set_today(clock.parse_date(TODAY))
    prefs.use_file(folder / "prefs.ini")
    app = QApplication([])
    fonts.apply(app)
    app.setStyleSheet(STYLESHEET)
    i18n.install(app, "zh_CN")
    ctx = open_context(db, "张三")
    fill(ctx)
    session = UiSession(ctx)

    page = ReviewPage(session)
    page.resize(1200, 700)
    page.show()
    page.focus_first()
    dialog = page.open_meetings()
    dialog.resize(1100, 460)
    save(dialog, out / "meeting_zh_CN.png", app)
    dialog.close()
    page.close()

    tab = BulletinTab(session)
    tab.resize(1100, 640)
    tab.set_month(D("2024-10-01"))
    tab.show()
    tab.show_month()
    save(tab, out / "bulletin_zh_CN.png", app)
    tab.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
