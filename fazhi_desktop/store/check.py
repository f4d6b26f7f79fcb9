"""`fazhi check`: is the database sound? Each check returns findings in words an administrator can act on.

The file (SQLite's integrity and foreign-key checks), the schema revision, the search index, and
invariants of the records that no constraint enforces on every database (numbers unique per office
and year, a 主访人 for every named case, counters ahead of the numbers given out, text that keeps
domain/input_rules.py, kept files whose bytes still match their size and SHA-256), and the audit
trail (every link of its chain, its sequence, the triggers that guard it: store/audit_chain.py).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, exists, func, not_, select

from fazhi_desktop.domain.progress import CancelCheck, Progress, check, report
from fazhi_desktop.store import audit_chain, audit_guard, search, text_rules
from fazhi_desktop.store.database import Database
from fazhi_desktop.store.migrate import current_revision, head_revision, known_revisions
from fazhi_desktop.store.models import (
    Attachment,
    Case,
    CaseCounter,
    CasePetitioner,
    Matter,
    Office,
    OutreachFile,
    SearchState,
    Step,
)

log = logging.getLogger(__name__)

PRINCIPAL = "principal"  # domain.vocab.PetitionerRole.PRINCIPAL, spelled as stored


@dataclass(frozen=True)
class Finding:
    """Something wrong: a stable code for scripts, and what it means in Chinese."""

    code: str
    message: str
    count: int = 1


def run_checks(
    db: Database, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> tuple[list[str], list[Finding]]:
    """Every check in turn. Returns the names of the checks run and what they found."""
    done: list[str] = []
    findings: list[Finding] = []
    steps = 6
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            report(progress, 0, steps)
            findings += _sqlite_file(conn)
            done += ["integrity", "foreign_keys"]
        check(cancelled)
        revision = current_revision(db)
        done.append("revision")
        if revision != head_revision():
            if revision is None:
                text = "这不是法治信访的数据库（没有数据库版本）。请检查 --db 指向的文件。"
            elif revision in known_revisions():
                text = f"数据库版本 {revision} 较旧。请运行 fazhi init（或打开一次程序）升级后再检查。"
            else:
                text = f"数据库版本 {revision} 由更新版本的法治信访创建。请安装最新版本后再检查。"
            # The other checks read the current schema: on another one they would only mislead.
            return done, [*findings, Finding("revision", text)]
        report(progress, 1, steps)
        findings += search_index_problems(conn)
        done.append("search_index")
        check(cancelled)
        report(progress, 2, steps)
        findings += record_problems(conn)
        done.append("records")
        check(cancelled)
        report(progress, 3, steps)
        findings += file_problems(conn, cancelled=cancelled)
        done.append("files")
        check(cancelled)
        report(progress, 4, steps)
        findings += audit_problems(conn, cancelled=cancelled)
        done.append("audit_trail")
        report(progress, steps, steps)
    log.info("check of %s: %d findings", db.describe(), len(findings))
    return done, findings


def _sqlite_file(conn: Connection) -> list[Finding]:
    found: list[Finding] = []
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        found.append(
            Finding(
                "integrity",
                f"数据库文件已损坏：{rows[0]}。请停止使用，从最近的备份恢复（fazhi restore）。",
                len(rows),
            )
        )
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(r[0]) for r in broken})
        found.append(
            Finding(
                "foreign_keys",
                f"{len(broken)} 条记录引用了不存在的记录（表：{'、'.join(tables)}）。请从备份恢复或联系技术支持。",
                len(broken),
            )
        )
    return found


def search_index_problems(conn: Connection) -> list[Finding]:
    """The SQLite index holds exactly the cases up to search_state.indexed_upto and has its triggers;
    PostgreSQL has its trigram index."""
    if conn.dialect.name == "postgresql":
        present = conn.exec_driver_sql(
            "SELECT 1 FROM pg_indexes WHERE indexname = %(name)s", {"name": search.PG_INDEX}
        ).first()
        return [] if present else [Finding("search_index", "全文检索索引不存在。请运行 fazhi init 重建它。")]
    if conn.dialect.name != "sqlite":
        return []
    names = {
        r[0]
        for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    }
    if not {search.FTS_TABLE, search.CHARS_TABLE} <= names:
        return [Finding("search_index", "全文检索索引不存在。请运行 fazhi init 建立它。")]
    found: list[Finding] = []
    if not set(search.TRIGGERS) <= names:
        found.append(
            Finding(
                "search_triggers",
                "全文检索索引的触发器缺失，修改后的信访件会搜不到。请运行 fazhi init 修复。",
            )
        )
    upto = conn.scalar(select(SearchState.indexed_upto).where(SearchState.id == 1)) or 0
    expected = conn.scalar(select(func.count()).select_from(Case).where(Case.id <= upto)) or 0
    for table in (search.FTS_TABLE, search.CHARS_TABLE):
        # FTS5 keeps one row per indexed case in its docsize table.
        indexed = conn.exec_driver_sql(f"SELECT count(*) FROM {table}_docsize").scalar() or 0
        if indexed != expected:
            found.append(
                Finding(
                    "search_index",
                    f"全文检索索引与信访件不一致（索引 {indexed} 件，应为 {expected} 件）。"
                    "请运行 fazhi index --rebuild。",
                    abs(int(indexed) - int(expected)),
                )
            )
            break
    return found


def record_problems(conn: Connection) -> list[Finding]:
    """Invariants of the records themselves."""
    found: list[Finding] = []

    def count(query: Any) -> int:  # any select (SQLAlchemy types each by its columns)
        return int(conn.scalar(select(func.count()).select_from(query.subquery())) or 0)

    duplicated = count(
        select(Case.office_id, Case.number).group_by(Case.office_id, Case.number).having(func.count() > 1)
    ) + count(
        select(Case.office_id, Case.year, Case.seq)
        .where(Case.seq.is_not(None))
        .group_by(Case.office_id, Case.year, Case.seq)
        .having(func.count() > 1)
    )
    if duplicated:
        found.append(
            Finding(
                "case_numbers",
                f"{duplicated} 个信访件编号在同一单位同一年里重复。请联系技术支持。",
                duplicated,
            )
        )
    behind = count(
        select(CaseCounter.office_id)
        .join(Case, and_(Case.office_id == CaseCounter.office_id, Case.year == CaseCounter.year))
        .group_by(CaseCounter.office_id, CaseCounter.year, CaseCounter.last)
        .having(func.max(Case.seq) > CaseCounter.last)
    )
    if behind:
        found.append(
            Finding(
                "case_counters",
                f"{behind} 个编号计数器落后于已发出的编号，新登记会撞号。请联系技术支持。",
                behind,
            )
        )
    principal = exists().where(CasePetitioner.case_id == Case.id, CasePetitioner.role == PRINCIPAL)
    nameless = count(select(Case.id).where(not_(Case.anonymous), not_(principal)))
    if nameless:
        found.append(
            Finding(
                "principal", f"{nameless} 件非匿名信访件没有主访人。请在信访件详情中补登信访人。", nameless
            )
        )
    orphans = count(select(Step.id).where(not_(exists().where(Case.id == Step.case_id))))
    if orphans:
        found.append(
            Finding("steps", f"{orphans} 条办理记录指向不存在的信访件。请从备份恢复或联系技术支持。", orphans)
        )
    roots = count(
        select(Matter.id).join(Case, Case.id == Matter.root_case_id).where(Case.matter_id != Matter.id)
    )
    if roots:
        found.append(Finding("matters", f"{roots} 个信访事项的初件属于别的事项。请联系技术支持。", roots))
    broken = text_rules.find(conn)
    if broken:
        where = "、".join(dict.fromkeys(f"{b.table}.{b.column}" for b in broken))
        found.append(
            Finding(
                "text_rule",
                f"{len(broken)} 处已存的文字含有不可见的控制字符或超过长度上限（{where}），"
                "导出台账或恢复到 PostgreSQL 时会失败。请在信访件详情中改正，或联系技术支持。",
                len(broken),
            )
        )
    return found


def file_problems(conn: Connection, *, cancelled: CancelCheck | None = None) -> list[Finding]:
    """Kept files (case attachments, outreach photos) whose bytes no longer match their size and
    SHA-256 (a damaged page inside a file is invisible to integrity_check): reads every file once."""
    found: list[Finding] = []
    for model, what in ((Attachment, "信访件附件"), (OutreachFile, "宣传活动照片和文件")):
        query = select(model.id, model.size, model.sha256, model.data)
        bad = 0
        rows = conn.execution_options(stream_results=True, max_row_buffer=10).execute(
            query.order_by(model.id)
        )
        for _id, size, sha256, data in rows:
            check(cancelled)
            bad += int(len(data) != size or hashlib.sha256(data).hexdigest() != sha256)
        if bad:
            found.append(
                Finding("files", f"{bad} 个{what}的内容与登记的大小或校验值不符，已损坏。请从备份恢复。", bad)
            )
    return found


def audit_problems(conn: Connection, *, cancelled: CancelCheck | None = None) -> list[Finding]:
    """The first entry where the audit chain does not hold, and guarding triggers that are missing."""
    found: list[Finding] = []
    count, broken = audit_chain.verify(conn, cancelled)
    if broken is not None:
        found.append(Finding("audit_chain", broken.message))
    elif count == 0:
        # Setting an office up is itself audited: records without a single entry mean it was emptied.
        offices = int(conn.scalar(select(func.count()).select_from(Office)) or 0)
        if offices:
            found.append(
                Finding("audit_chain", f"审计记录全部缺失（被删除），而数据库里有记录。{audit_chain.ADVICE}")
            )
    log.info("audit trail: %d entries verified%s", count, f", broken at {broken.seq}" if broken else "")
    missing = audit_guard.missing_triggers(conn)
    if missing:
        found.append(
            Finding(
                "audit_triggers",
                f"审计记录的保护触发器缺失（{'、'.join(missing)}），有人绕过程序改过数据库。"
                "请报告审计员；运行 fazhi init 可重建触发器。",
                len(missing),
            )
        )
    return found
