"""Hostile workbooks (issue 16): each is refused with one Chinese line or imported cleanly; nothing
is half-written, no process dies. Each file is built here; the command runs in its own process, so a
reader that allocated without bound would fail the test instead of killing the test run."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.excel.hostile_workbooks import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    inline_row,
    ledger_rows,
    write_xls,
    write_xlsx,
)
from tests.test_cli import fazhi


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    done = fazhi("--db", str(path), "init", "--office", "431127", "--name", "蓝山县信访局")
    assert done.returncode == 0, done.stderr
    return path


def _cases(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        conn.close()


def _refused(db: Path, path: Path, *words: str) -> str:
    for extra in (["--dry-run"], []):
        done = fazhi("--db", str(db), "import", "ledger", str(path), *extra)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("错误：") and done.stderr.count("\n") == 1, done.stderr
        assert "内部错误" not in done.stderr and "Traceback" not in done.stderr
        for word in words:
            assert word in done.stderr, done.stderr
    assert _cases(db) == 0
    return done.stderr


def test_a_good_minimal_workbook_imports(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "好.xlsx", ledger_rows())
    done = fazhi("--db", str(db), "import", "ledger", str(path))
    assert done.returncode == 0, done.stderr
    assert _cases(db) == 1


def test_one_cell_in_the_far_corner(db: Path, tmp_path: Path) -> None:
    corner = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = write_xlsx(tmp_path / "角落.xlsx", ledger_rows(corner))
    assert path.stat().st_size < 4000
    _refused(db, path, "1048576")


def test_a_million_blank_rows(db: Path, tmp_path: Path) -> None:
    blank = (f'<row r="{r}"><c r="A{r}" s="0"/></row>' for r in range(3, 1_048_577))
    path = write_xlsx(tmp_path / "空行.xlsx", (ledger_rows(), *blank))
    _refused(db, path, "行")


def test_a_shared_string_bomb(db: Path, tmp_path: Path) -> None:
    # One 30,000-character string used by 10,000 cells: 300 MB of text from a file of kilobytes.
    cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(3, 10_003))
    path = write_xlsx(
        tmp_path / "共享.xlsx", ledger_rows(cells), shared="<si><t>" + "法" * 30_000 + "</t></si>"
    )
    _refused(db, path, "MB")


def test_huge_cells(db: Path, tmp_path: Path) -> None:
    long = "<si><t>" + "x" * 40_000 + "</t></si>"
    cells = '<row r="3"><c r="D3" t="s"><v>0</v></c></row>'
    path = write_xlsx(tmp_path / "长.xlsx", ledger_rows(cells), shared=long)
    _refused(db, path, "D3", "32767")
    inline = inline_row(3, ["2024-03-06", "李某", "来信", "y" * 33_000])
    _refused(db, write_xlsx(tmp_path / "长2.xlsx", ledger_rows(inline)), "D3")


@pytest.mark.parametrize(
    "prolog", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"]
)
def test_entities_are_never_resolved(db: Path, tmp_path: Path, prolog: str) -> None:
    path = write_xlsx(tmp_path / "实体.xlsx", ledger_rows(), sheet_prolog=prolog)
    err = _refused(db, path, "已损坏")
    assert "root:" not in err


def test_malformed_xml(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "坏.xlsx", ledger_rows('<row r="3"><c r="A3"><v>1</c></row>'))
    _refused(db, path, "已损坏")
    bad_book = write_xlsx(tmp_path / "坏2.xlsx", ledger_rows(), workbook="<workbook><sheets>")
    _refused(db, bad_book, "已损坏")


def test_a_truncated_zip(db: Path, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "好.xlsx", ledger_rows())
    path = tmp_path / "断.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(db, path, "Excel")


def test_a_zip_that_unpacks_beyond_the_limit(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "大.xlsx", ledger_rows())
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as book,
        book.open("xl/media/zero.bin", "w", force_zip64=True) as f,
    ):
        block = bytes(16 * 1024 * 1024)
        for _ in range(48):
            f.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused(db, path, "解压后")


def test_control_characters_in_cells_are_not_stored(db: Path, tmp_path: Path) -> None:
    rows = inline_row(3, ["2024-03-06", "李\x01某", "来信", "_x0000_物业_x0007_电梯停运"])
    path = write_xlsx(tmp_path / "控制.xlsx", ledger_rows().replace("王某某", "王_x0001_某某") + rows)
    done = fazhi("--db", str(db), "import", "ledger", str(path))
    assert done.returncode in (0, 1) and "内部错误" not in done.stderr, done.stderr
    conn = sqlite3.connect(db)
    try:
        texts = [
            t for row in conn.execute("SELECT principal_name, summary, content FROM cases") for t in row if t
        ]
    finally:
        conn.close()
    assert all(not any(ord(ch) < 32 and ch not in "\t\n" for ch in t) for t in texts), texts
    exported = fazhi("--db", str(db), "export", "ledger", str(tmp_path / "导出.xlsx"))
    assert exported.returncode == 0, exported.stderr


def test_an_xls_named_xlsx_imports(db: Path, tmp_path: Path) -> None:
    pytest.importorskip("xlwt")
    path = write_xls(tmp_path / "旧格式.xlsx")
    done = fazhi("--db", str(db), "import", "ledger", str(path))
    assert done.returncode == 0, done.stderr
    assert _cases(db) == 1


def test_old_xls_files_are_bounded_too(db: Path, tmp_path: Path) -> None:
    # 6 KB that calamine would lay out as 65,536 × 256 cells (a gigabyte), and 2 MB whose one shared
    # string it would copy into 20,000 cells (1.7 GB): both refused before calamine opens them.
    pytest.importorskip("xlwt")
    _refused(db, write_xls(tmp_path / "角落.xls", [(65_535, 255, "x")]), "65536 行 × 256 列")
    bomb = ((r, 3, "法" * 30_000) for r in range(2, 20_002))
    _refused(db, write_xls(tmp_path / "共享.xls", bomb), "「台账」的文字共约 1717 MB")


def test_an_xls_that_makes_calamine_panic(db: Path, tmp_path: Path) -> None:
    # One byte of a record's length: calamine's Rust code panics (and prints its own message on
    # stderr); the clerk still gets one Chinese line, and the log keeps the panic's words.
    pytest.importorskip("xlwt")
    path = write_xls(tmp_path / "坏.xls")
    data = bytearray(path.read_bytes())
    data[1520] = 0
    path.write_bytes(bytes(data))
    _refused(db, path, "已损坏", "内容无法解析")


def test_a_text_file_named_xlsx(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "文本.xlsx"
    path.write_text("登记日期,信访人\n2024-03-05,王某某\n", encoding="utf-8")
    _refused(db, path, "不是可以读取的 Excel 工作簿")
