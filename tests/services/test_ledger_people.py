"""One person, many rows; and directories that learn (issue 14).

Rows whose ID number was emptied (rounded by Excel, or failing its check digit) are linked to the
same person's other rows by name and phone, else by name and address in the same township; the
report counts the rows each rule linked. Unknown townships, categories and units are reported once
per column with their rows, and `--add-unknown` adds them to the directories in the import's own
transaction before the rows are written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import distinct, func, select

from fazhi_desktop.domain.changes import Touched
from fazhi_desktop.domain.progress import Cancelled
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.ledger.importing import import_ledger
from fazhi_desktop.services.office import directories
from fazhi_desktop.store.models import Case, CasePetitioner, Petitioner, Region, Unit
from tests.services.helpers import id_number
from tests.test_cli import run, run_json

WANG = id_number("19700101", "135")
LI = id_number("19800202", "246")
HEADER = ["登记日期", "信访人", "身份证号", "联系电话", "住址", "问题属地", "责任单位", "主要诉求"]
ROWS: list[list[Any]] = [
    ["2024-03-01", "王大明", WANG, "13812345678", "城东村三组", "塔峰镇", "县水利局", "水渠堵塞"],
    # The same 王大明: ID rounded by Excel (a number), the phone typed with blanks: name and phone.
    ["2024-04-01", "王大明", 431127197001011000, "138 1234 5678", "", "塔峰镇", "县水利局", "水渠又堵"],
    # A wrong check digit, no phone: name and address in the same township.
    ["2024-05-01", "王大明", WANG[:-1] + "0", "", "城东村三组", "塔峰镇", "", "水渠"],
    # Another 王大明 with another valid ID number and the same phone: another person.
    ["2024-05-02", "王大明", id_number("19900303", "111"), "13812345678", "", "塔峰镇", "", "路灯"],
    # 李小红 twice by ID; once more by ID in another township.
    ["2024-03-02", "李小红", LI, "", "", "新圩镇", "县住建局", "物业"],
    ["2024-03-09", "李小红", LI, "", "", "新圩镇", "县住建局", "物业"],
    ["2024-06-01", "李小红", LI, "", "", "塔峰镇", "", "电梯"],
    # Same name and address, but another township: not linked.
    ["2024-06-02", "张三", "", "", "城东村三组", "塔峰镇", "", "噪音"],
    ["2024-06-03", "张三", "", "", "城东村三组", "新圩镇", "", "噪音"],
]


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    path = tmp_path / "台账.xlsx"
    book.save(path)
    return path


def _people(ctx: Context) -> int:
    with ctx.db.reading() as session:
        query = select(func.count(distinct(CasePetitioner.petitioner_id)))
        return int(session.scalar(query) or 0)


def test_rows_of_one_person_are_linked_by_the_rules_in_order(ctx: Context, ledger: Path) -> None:
    report = import_ledger(ctx, ledger, add_unknown=True)
    assert report.imported == len(ROWS)
    assert report.linked == {"id_number": 2, "name_phone": 1, "name_address": 1}
    # 王大明 ×3 (one person), the other 王大明, 李小红, 张三 ×2 (two townships).
    assert _people(ctx) == 5
    with ctx.db.reading() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
        assert cases == len(ROWS)  # linked, never merged
        wang = session.scalars(select(Petitioner).where(Petitioner.id_number == WANG)).one()
        linked = session.scalars(
            select(CasePetitioner.case_id).where(CasePetitioner.petitioner_id == wang.id)
        )
        assert len(linked.all()) == 3
    assert "按姓名和电话关联 1 行" in report.linked_text()


def test_unknown_values_are_grouped_and_can_be_added_first(ctx: Context, ledger: Path) -> None:
    report = import_ledger(ctx, ledger, dry_run=True)
    groups = {u.field: u for u in report.unknown_values}
    assert set(groups) == {"region", "unit"}
    assert {v: len(rows) for v, rows in groups["region"].values.items()} == {"塔峰镇": 6, "新圩镇": 3}
    lines = [p.message for p in report.problems if "不在目录中" in p.message]
    assert lines == [groups["region"].message(), groups["unit"].message()]
    assert lines[0].startswith("问题属地 2 个不在目录中：塔峰镇 6 行、新圩镇 3 行。")
    assert report.warnings == len(lines) + 2  # and the two doubtful ID numbers

    done = import_ledger(ctx, ledger, add_unknown=True)
    assert done.added == {"region": ["塔峰镇", "新圩镇"], "unit": ["县住建局", "县水利局"]}
    assert done.unknown_values == [] and not any("不在目录中" in p.message for p in done.problems)
    assert Touched.DIRECTORIES in done.changes and Touched.CASES in done.changes
    with ctx.db.reading() as session:
        towns = session.scalars(select(Region.name).where(Region.kind == "township")).all()
        assert {"塔峰镇", "新圩镇"} <= set(towns)
        named = session.scalar(select(func.count()).select_from(Case).where(Case.region_id.is_not(None)))
        assert named == len(ROWS)
        units = session.scalars(select(Unit.name)).all()
        assert {"县住建局", "县水利局"} <= set(units)


def test_an_import_that_fails_adds_nothing_to_the_directories(ctx: Context, ledger: Path) -> None:
    before = {e.name for e in directories.list_entries(ctx, "township")}

    def cancel() -> bool:
        return True

    with pytest.raises(Cancelled):
        import_ledger(ctx, ledger, add_unknown=True, cancelled=cancel)
    assert {e.name for e in directories.list_entries(ctx, "township")} == before


def test_the_command_adds_unknown_values_with_add_unknown(
    capsys: pytest.CaptureFixture[str], db_url: str, ledger: Path
) -> None:
    dry = run_json(capsys, "--db", db_url, "import", "ledger", str(ledger), "--dry-run", "--add-unknown")
    assert dry["added"] == {"region": ["塔峰镇", "新圩镇"], "unit": ["县住建局", "县水利局"]}
    assert [u["label"] for u in dry["unknown_values"]] == ["问题属地", "责任单位"]
    assert dry["linked"] == {"id_number": 2, "name_phone": 1, "name_address": 1}
    code, out, _err = run(capsys, "--db", db_url, "import", "ledger", str(ledger), "--add-unknown")
    assert code == 0 and "已加入目录：问题属地 2 个（塔峰镇、新圩镇）" in out
    assert "按身份证号关联 2 行" in out
