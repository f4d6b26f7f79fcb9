"""The parser of `fazhi`: help on every option, argparse's own words in Chinese, the command table."""

from __future__ import annotations

import argparse
import gettext
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fazhi_desktop.cli import build_parser, command_table, main
from fazhi_desktop.cli.argparse_zh import MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse._SubParsersAction]:  # type: ignore[type-arg]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield action


def _walk(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for sub in _subparsers(parser):
        for child in dict.fromkeys(sub.choices.values()):  # an alias maps to the same parser
            yield from _walk(child)


def test_every_option_of_every_command_says_what_it_does() -> None:
    missing = [
        f"{parser.prog} {'/'.join(action.option_strings) or action.dest}"
        for parser in _walk(build_parser())
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
        and (action.help is None or not action.help.strip())
    ]
    assert len(list(_walk(build_parser()))) > 40
    assert not missing, "options without help:\n" + "\n".join(missing)


def test_the_table_names_each_command_its_module_registers_with_the_same_help() -> None:
    for module in command_table.modules():
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers()
        command_table.load(module).register(commands)
        registered = {choice.dest: choice.help for choice in commands._choices_actions}
        listed = {
            name: help_text for name, (owner, help_text) in command_table.COMMANDS.items() if owner == module
        }
        assert registered == listed, module


def test_help_and_usage_are_chinese_and_argparse_is_left_as_it_was(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["case", "list", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：fazhi case list")
    assert "选项" in out and "显示本帮助并退出" in out
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in out
    # Outside our parsers argparse speaks gettext's language again (pytest's own parser, a host program).
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: x")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["case", "list", "--limit"], "参数 --limit：需要一个值"),
        (["case", "lst"], "无效的选择：'lst'"),
        (["case", "list", "--nonsense"], "无法识别的参数：--nonsense"),
        (["export", "ledger"], "缺少必需的参数"),
        (["stats", "--limit", "3", "--all"], "不能与参数 --limit 同时使用"),
    ],
)
def test_a_usage_mistake_is_one_chinese_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1, err
    assert "error" not in err and "argument" not in err


def test_every_message_keeps_its_placeholders() -> None:
    for english, chinese in MESSAGES.items():
        for placeholder in ("%s", "%r", "%(prog)s", "%(message)s", "%(value)r", "%(choices)s", "%(type)s"):
            assert english.count(placeholder) == chinese.count(placeholder), english


def _last_said(probe: str) -> str:
    """The last line a Python program (`probe`, run in a fresh interpreter) wrote to stderr."""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True, timeout=120
    )
    return done.stderr.strip().splitlines()[-1]


def test_version_and_help_import_no_command_and_no_database_library() -> None:
    probe = (
        "import sys\n"
        "from fazhi_desktop.cli import main\n"
        "for argv in (['--version'], ['--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "loaded = [m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', 'reportlab', 'openpyxl',"
        " 'python_calamine', 'fazhi_desktop.services', 'fazhi_desktop.store', 'fazhi_desktop.cli.commands_'))]\n"
        "print(repr(loaded), file=sys.stderr)\n"
    )
    assert _last_said(probe) == "[]"


def test_a_command_imports_its_own_module_only() -> None:
    probe = (
        "import sys\n"
        "from fazhi_desktop.cli import main\n"
        "try:\n"
        "    main(['case', 'list', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('fazhi_desktop.cli.commands_')), file=sys.stderr)\n"
    )
    assert _last_said(probe) == "['fazhi_desktop.cli.commands_cases']"


def test_listing_cases_loads_no_alembic_reportlab_or_openpyxl(tmp_path: Path) -> None:
    db = str(tmp_path / "list.db")
    assert main(["--db", db, "init", "--office", "431127", "--name", "蓝山县信访局"]) == 0
    probe = (
        "import sys\n"
        "from fazhi_desktop.cli import main\n"
        f"assert main(['--db', {db!r}, 'case', 'list', '--limit', '50']) == 0\n"
        "heavy = ('alembic', 'reportlab', 'openpyxl', 'python_calamine', 'mako')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)}), file=sys.stderr)\n"
    )
    assert _last_said(probe) == "[]"


def test_every_command_module_is_in_the_table() -> None:
    """A new cli/commands_*.py reaches `fazhi` only through a row of COMMANDS and a branch of load()."""
    on_disk = {path.stem for path in (ROOT / "fazhi_desktop" / "cli").glob("commands_*.py")}
    assert on_disk == set(command_table.modules())
    for module in on_disk:
        assert command_table.load(module).__name__ == f"fazhi_desktop.cli.{module}"


def test_printing_a_case_sheet_loads_no_openpyxl_nor_the_review_and_register_services(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fazhi report case` parses every report kind; the kinds of other commands (评查通报, 台账进展情况表,
    the 通报's workbook) load their services only when printed (cli/lazy_reports.py). (The 评查's
    keeping of findings is loaded: every recorded step is judged.)"""
    db = str(tmp_path / "sheet.db")
    assert main(["--db", db, "init", "--office", "431127", "--name", "蓝山县信访局"]) == 0
    capsys.readouterr()
    added = ["case", "add", "--channel", "visit", "--name", "王五", "--summary", "讨薪", "--json"]
    assert main(["--db", db, *added]) == 0
    number = json.loads(capsys.readouterr().out)["case"]["number"]
    sheet = tmp_path / "sheet.pdf"
    probe = (
        "import sys\n"
        "from fazhi_desktop.cli import main\n"
        f"assert main(['--db', {db!r}, 'report', 'case', '--case', {number!r}, '-o', {str(sheet)!r}]) == 0\n"
        "heavy = ('openpyxl', 'python_calamine', 'fazhi_desktop.services.conformity.bulletin',"
        " 'fazhi_desktop.services.conformity.audits', 'fazhi_desktop.services.registers',"
        " 'fazhi_desktop.services.audit')\n"
        "print(sorted({'.'.join(m.split('.')[:4]) for m in sys.modules if m.startswith(heavy)}), file=sys.stderr)\n"
    )
    assert _last_said(probe) == "[]"
    assert sheet.read_bytes().startswith(b"%PDF")
