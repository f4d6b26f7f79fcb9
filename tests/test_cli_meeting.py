"""fazhi meeting add | decide | list and fazhi report minutes: the command line's contract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain import clock
from fazhi_desktop.services.context import Context
from tests.pdfread import flat
from tests.services.helpers import register

Capture = pytest.CaptureFixture[str]
D = date.fromisoformat


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: Capture, *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def test_a_meeting_from_the_command_line(capsys: Capture, ctx: Context, db_url: str, tmp_path: Path) -> None:
    case = register(ctx, summary="反映拖欠工资", nature="claim", on=D("2024-11-04"))
    clock.set_today(D("2024-11-20"))
    db = ("--db", db_url)
    added = run_json(
        capsys, *db, "meeting", "add", "--date", "2024-11-14", "--attendee", "张明", "--attendee", "李华"
    )
    assert added == {"meeting": {"date": "2024-11-14", "attendees": ["张明", "李华"], "notes": ""}}
    decided = run_json(
        capsys, *db, "meeting", "decide", "2024-11-14", case.number, "--tier", "红",
        "--owner", "李副县长", "--review", "2024-11-21", "--measures", "约谈施工方",
    )  # fmt: skip
    assert decided["decision"] == {
        "date": "2024-11-14",
        "case": case.number,
        "tier": "red",
        "owner": "李副县长",
        "review_on": "2024-11-21",
        "measures": "约谈施工方",
    }
    listed = run_json(capsys, *db, "meeting", "list")
    assert listed == {
        "meetings": [{"date": "2024-11-14", "attendees": ["张明", "李华"], "notes": "", "decisions": 1}]
    }

    code, _, err = run(capsys, *db, "meeting", "decide", "2024-11-15", case.number, "--tier", "黄")
    assert code == 1 and "没有登记研判会议" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as bad_usage:
        run(capsys, *db, "meeting", "decide", "2024-11-14", case.number, "--tier", "紫")
    assert bad_usage.value.code == 2

    out = tmp_path / "纪要.pdf"
    printed = run_json(capsys, *db, "report", "minutes", "--date", "2024-11-14", "-o", str(out))
    assert printed["decisions"] == 1 and printed["kind"] == "minutes"
    assert "约谈施工方" in flat(out) and case.number in flat(out)
