"""One writing program per SQLite database: a second is told who writes, reads on, and a crashed
program's lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services import single_writer
from fazhi_desktop.services.context import open_context
from fazhi_desktop.store.writer_lock import holder_of, lock_path
from tests.services.helpers import register
from tests.test_cli import fazhi

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from fazhi_desktop.store.writer_lock import WriterLock
    lock = WriterLock(Path(sys.argv[1]))
    lock.acquire("张三")
    print("held", flush=True)
    time.sleep(60)
    """
)


def _holding(db: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True, env={**os.environ}
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fazhi.db"
    assert fazhi("--db", str(path), "init", "--office", "431127", "--name", "蓝山县信访局").returncode == 0
    return path


def test_a_second_program_reads_but_may_not_write(db: Path) -> None:
    holder = _holding(db)
    try:
        note = json.loads(lock_path(db).read_text(encoding="utf-8"))
        assert note["user"] == "张三" and note["pid"] == holder.pid and note["host"]
        if os.name == "posix":
            assert oct(lock_path(db).stat().st_mode & 0o777) == "0o600"
        write = fazhi(
            "--db", str(db), "case", "add", "--channel", "来访", "--name", "王建国", "--summary", "工资"
        )
        assert write.returncode == 1
        assert "张三" in write.stderr and note["host"] in write.stderr and "只读" in write.stderr
        assert write.stderr.count("\n") == 1
        read = fazhi("--db", str(db), "--json", "case", "list")
        assert read.returncode == 0 and json.loads(read.stdout)["total"] == 0
        # A restore would pull the file from under the writer: refused too, naming it.
        made = fazhi("--db", str(db), "backup", str(db.parent / "copy.db"))
        assert made.returncode == 0  # a backup only reads (its audit entry is serialised by SQLite)
        again = fazhi("--db", str(db), "restore", str(db.parent / "copy.db"), "--yes")
        assert again.returncode == 1 and "张三" in again.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_crashed_program_s_lock_is_taken_over(db: Path) -> None:
    holder = _holding(db)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert json.loads(lock_path(db).read_text(encoding="utf-8"))["pid"] == holder.pid  # the note stays
    assert holder_of(db) is None  # but its OS lock died with it
    done = fazhi("--db", str(db), "case", "add", "--channel", "来访", "--name", "王建国", "--summary", "工资")
    assert done.returncode == 0, done.stderr
    assert lock_path(db).read_text(encoding="utf-8") == ""  # let go at the end of the command


def test_in_one_process_contexts_share_the_lock_and_read_only_refuses(db: Path) -> None:
    first = open_context(str(db), "tester")
    second = open_context(str(db), "tester")
    try:
        assert single_writer.claim(first) is None
        single_writer.guard(second, daily_backup=False)
        register(second, name="王建国", summary="同一个程序的两个连接")
        single_writer.read_only(second, "另一台电脑正在修改")
        with pytest.raises(UserError, match="只读"):
            register(second, name="李秀英", summary="只读时不能登记")
    finally:
        first.close()
        second.close()
    assert holder_of(db) is None
