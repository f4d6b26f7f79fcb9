"""fazhi report supervise CASE_NUMBER --kind 督办|催办 --date D: each slip says how the case stood on its
own date (the sample case was 交办 on 2024-09-10 with a deadline of 2024-10-20, 督办 on 2024-11-15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fazhi_desktop.services.cases.detail import case_detail
from fazhi_desktop.services.context import Context
from tests.pdfread import flat
from tests.services.report_helpers import make_samples
from tests.test_cli_meeting import Capture, run, run_json

D = date.fromisoformat


def test_supervision_and_reminder_slips_as_of_their_date(
    capsys: Capture, ctx: Context, db_url: str, tmp_path: Path
) -> None:
    number = case_detail(ctx, make_samples(ctx).assigned).number
    db = ("--db", db_url)
    out = tmp_path / "督办单.pdf"
    answer = run_json(
        capsys, *db, "report", "supervise", number, "--kind", "督办", "--date", "2024-11-18", "-o", str(out)
    )
    assert answer["kind"] == "supervise" and answer["title"] == "信访事项督办单"
    text = flat(out)
    overdue = (D("2024-11-18") - D("2024-10-20")).days
    assert (
        f"现已超期{overdue}日" in text
        and "请于十日内办结并书面报告结果" in text
        and text.endswith("2024年11月18日—1—")
    )

    out = tmp_path / "催办单.pdf"
    answer = run_json(
        capsys, *db, "report", "supervise", number, "--kind", "催办", "--date", "2024-10-15", "-o", str(out)
    )
    assert answer["kind"] == "urge" and answer["title"] == "信访事项催办单"
    text = flat(out)
    # Before the 督办 of 11-15: the slip knows nothing of it, and counts the days left on 10-15.
    assert f"距期限还有{(D('2024-10-20') - D('2024-10-15')).days}日" in text
    assert "十日内办结" not in text and "蓝信催〔2024〕" in text and text.endswith("2024年10月15日—1—")

    code, _, err = run(capsys, *db, "report", "supervise", number, "--date", "2024-12-01", "-o", str(out))
    assert code == 1 and "晚于今天" in err
    code, _, err = run(
        capsys, *db, "report", "urge", "--case", number, "--date", "2024-09-01", "-o", str(out)
    )
    assert code == 1 and "早于该件的登记日期" in err
    with pytest.raises(SystemExit):
        run(capsys, *db, "report", "supervise", number, "--kind", "交办")
