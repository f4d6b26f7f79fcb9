"""A 评查 over a hand-made sample: the 规范率 counted by hand equals the program's in `stats --json`,
the 通报 PDF's text, its Excel file and the annual report; 整改 closes findings; the sample is drawn
again the same from its recorded seed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.step_details import Deliver, Evaluate
from fazhi_desktop.domain.vocab import Satisfaction
from fazhi_desktop.services.clock.procedure import apply_step
from fazhi_desktop.services.conformity.audits import AuditInput, add_audit, close_findings, draw
from fazhi_desktop.services.context import Context
from tests import pdfread
from tests.services.conformity.cases import SCAN, build

D = date.fromisoformat


def _json(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict[str, object]:
    code = main(["--db", db, "--json", *args])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)  # type: ignore[no-any-return]


def test_a_review_of_a_hand_made_sample(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = build(ctx, tmp_path)
    # Every case of September: the clean one, four breaking one rule each (the incomplete one is
    # registered in November and stays out).
    add_audit(
        ctx,
        AuditInput(
            name="2024年第三季度评查",
            start=D("2024-09-01"),
            end=D("2024-09-30"),
            everything=True,
            team=["张三", "李四"],
        ),
    )
    # By hand: 5 cases reviewed; the clean one regular, the others each with an open finding.
    assert _json(capsys, db_url, "stats", "--from", "2024-01-01", "--to", "2024-12-31")["indicators"][
        "regularity_rate"
    ] == pytest.approx(1 / 5)  # type: ignore[index]

    # 整改: the petition is delivered with its receipt, then the finding is closed on that day.
    with pytest.raises(UserError, match="问题仍然存在"):
        close_findings(ctx, str(built.no_delivery), "delivery.receipt", D("2024-11-20"))
    apply_step(ctx, built.no_delivery, Deliver(), attachments=[SCAN])
    apply_step(ctx, built.no_delivery, Evaluate(bureau=Satisfaction.SATISFIED))
    assert close_findings(ctx, str(built.no_delivery), "delivery.receipt", D("2024-11-20")) == 1

    expected = 2 / 5  # by hand: the clean case and the one put right, of five
    stats = _json(capsys, db_url, "stats", "--from", "2024-01-01", "--to", "2024-12-31")
    assert stats["indicators"]["regularity_rate"] == pytest.approx(expected)  # type: ignore[index]
    assert stats["fractions"]["regularity_rate"]["numerator"] == 2  # type: ignore[index]
    assert stats["fractions"]["regularity_rate"]["denominator"] == 5  # type: ignore[index]

    pdf = tmp_path / "通报.pdf"
    _json(capsys, db_url, "report", "review", "--audit", "2024年第三季度评查", "-o", str(pdf))
    text = pdfread.flat(pdf)
    assert "案件办理规范率40.0%" in text
    assert "共评查案件5件" in text and "张三" in text

    xlsx = tmp_path / "通报.xlsx"
    _json(capsys, db_url, "report", "review", "--audit", "2024年第三季度评查", "-o", str(xlsx))
    sheet = openpyxl.load_workbook(xlsx)["单位排名"]
    assert "案件办理规范率 40.0%" in str(sheet["A2"].value)

    annual = tmp_path / "年报.pdf"
    _json(capsys, db_url, "report", "annual", "--year", "2024", "-o", str(annual))
    assert "案件办理规范率40.0%" in pdfread.flat(annual)

    explained = _json(
        capsys, db_url, "stats", "--explain", "regularity_rate", "--from", "2024-01-01", "--to", "2024-12-31"
    )
    assert explained["numerator"]["count"] == 2 and explained["denominator"]["count"] == 5  # type: ignore[index]


def test_a_random_sample_is_drawn_again_from_its_seed() -> None:
    cases = [(i, 1 + i % 3) for i in range(1, 31)]
    first = draw(cases, 2, seed=20241)
    assert first == draw(cases, 2, seed=20241)
    assert len(first) == 6  # two of each of three units
    assert {1 + i % 3 for i in first} == {1, 2, 3}
