"""A 乡镇用户 on the command line (issue #17): logged in with its own password, it lists, opens and
exports its township's cases alone, and an unmasked export is refused and audited."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from fazhi_desktop.cli import main
from fazhi_desktop.domain.vocab import Role
from tests.conftest import TEST_PASSWORD
from tests.services.helpers import id_number
from tests.users import make_user


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_township_user_sees_its_own_township_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "fazhi.db")
    assert _run(capsys, "--db", db, "init", "--office", "431127", "--name", "蓝山县信访局")[0] == 0
    numbers = {}
    for n, town in enumerate(("甲镇", "乙镇")):
        assert _run(capsys, "--db", db, "directory", "add", "township", "--name", town)[0] == 0
        code, out, err = _run(
            capsys, "--db", db, "case", "add", "--channel", "来访", "--name", f"{town}群众",
            "--id-number", id_number(order=f"0{n}1"), "--phone", "13812345678",
            "--summary", f"{town}的土地纠纷", "--township", town, "--json",
        )  # fmt: skip
        assert code == 0, err
        numbers[town] = json.loads(out)["case"]["number"]
    make_user(db, "zhen", Role.TOWNSHIP, name="甲镇信访员", township="甲镇")
    monkeypatch.setenv("FAZHI_USER", "zhen")
    monkeypatch.setenv("FAZHI_PASSWORD", TEST_PASSWORD)

    code, out, err = _run(capsys, "--db", db, "case", "list", "--json")
    assert code == 0, err
    assert [c["number"] for c in json.loads(out)["cases"]] == [numbers["甲镇"]]
    code, _out, err = _run(capsys, "--db", db, "case", "show", numbers["乙镇"])
    assert code == 1 and "无权查看" in err

    exported = tmp_path / "台账.xlsx"
    code, _out, err = _run(capsys, "--db", db, "export", "ledger", str(exported))
    assert code == 0, err
    cells = [
        str(c)
        for row in openpyxl.load_workbook(exported).worksheets[0].iter_rows(values_only=True)
        for c in row
        if c
    ]
    assert any(numbers["甲镇"] in c for c in cells) and not any(numbers["乙镇"] in c for c in cells)
    assert not any("13812345678" in c for c in cells)  # phones masked for this role

    refused = tmp_path / "全.xlsx"
    code, _out, err = _run(capsys, "--db", db, "export", "ledger", str(refused), "--unmasked")
    assert code == 1 and not refused.exists()
    with sqlite3.connect(db) as raw:
        last = raw.execute(
            "SELECT user_login, role, outcome FROM audit_log WHERE user_login = 'zhen' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    raw.close()
    assert last == ("zhen", "township", "failed")
