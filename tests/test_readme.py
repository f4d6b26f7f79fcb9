"""Every `fazhi …` line of the README's ```sh blocks runs, in order, on a fresh database, and succeeds.

A new user types them one after another; a wrong example (an ID number with a bad check digit) made
the second command fail and the next find nothing. Lines that need what a test cannot have are
skipped or shrunk by the short lists below, each with its reason.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from fazhi_desktop.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"

#: A line (as written, comment removed) → why a test cannot run it.
SKIPPED = {
    "fazhi import ledger 2023年台账.xlsx --dry-run": "a county's own ledger, which the test does not have",
    "fazhi backup /media/usb/fazhi.db": "a USB stick mounted at /media/usb",
    "fazhi restore /media/usb/fazhi.db": "the backup on that USB stick (and it asks first)",
}
#: A line → the line run instead, and why.
SHRUNK = {
    "fazhi demo --cases 100000": (
        "fazhi demo --cases 300",
        "100,000 cases take minutes; the command is the same",
    ),
    "fazhi backup D:/备份/": (
        "fazhi backup 备份/",
        "a Windows drive: a folder of the same name here instead",
    ),
}


def readme_commands(text: str) -> list[str]:
    """The `fazhi` lines of every ```sh block, continuation lines joined, comments removed."""
    commands: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.M | re.S):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "fazhi":
                commands.append(" ".join(words))  # README examples quote nothing
    return commands


def test_the_readme_has_the_commands_a_new_user_types_first() -> None:
    commands = readme_commands(README.read_text(encoding="utf-8"))
    assert commands[0].startswith("fazhi init ")
    assert any(c.startswith("fazhi case add ") for c in commands)
    assert set(SKIPPED) | set(SHRUNK) <= set(commands), "a skipped line is no longer in the README"


def test_every_readme_command_succeeds_in_order_on_a_fresh_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # the files the examples write land here
    db = str(tmp_path / "readme.db")
    (tmp_path / "备份").mkdir()
    ran: list[str] = []
    for written in readme_commands(README.read_text(encoding="utf-8")):
        if written in SKIPPED:
            continue
        line = SHRUNK.get(written, (written, ""))[0]
        code = main(["--db", db, *line.split()[1:]])
        out, err = capsys.readouterr()
        assert code == 0, f"{line}\n{err}"
        ran.append(line)
        if line.startswith("fazhi case list --text"):
            assert "王建国" in out, "the case the README registers is found by the next command"
        if line.startswith("fazhi case earlier"):
            assert "反映拖欠工资三个月未付" in out
    assert len(ran) >= 15
    assert (tmp_path / "年度报告.pdf").stat().st_size > 0
    assert len(list((tmp_path / "备份").glob("法治信访备份-431127-*.db"))) == 1
