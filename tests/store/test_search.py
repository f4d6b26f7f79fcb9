"""Full-text search: complete before, during and after the index catches up; Chinese on both databases."""

from __future__ import annotations

import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, or_, select, update

from fazhi_desktop.services.cases.reading import CaseFilter, case_ids, count_cases, list_cases
from fazhi_desktop.services.context import Context
from fazhi_desktop.store import search
from fazhi_desktop.store.check import search_index_problems
from fazhi_desktop.store.models import Case
from fazhi_desktop.store.opening import open_database
from tests.services.helpers import register

SUMMARIES = [
    ("王建国", "反映拖欠工资三个月未付"),
    ("李秀英", "反映小区电梯长期停运物业不作为"),
    ("陈志强", "反映征地补偿款未足额发放"),
    ("刘芳", "反映物业费上涨未经业主大会同意"),
    ("赵强", "咨询100%补贴_政策"),
    ("孙丽", "反映物，业主大会未召开"),  # 物 and 业 apart: not 物业
]


@pytest.fixture
def cases(ctx: Context) -> Context:
    for name, summary in SUMMARIES:
        register(ctx, name, summary=summary)
    return ctx


def found(ctx: Context, words: str) -> set[str]:
    rows = list_cases(ctx, CaseFilter(text=words), limit=100)
    assert count_cases(ctx, CaseFilter(text=words)) == len(rows)
    return {r.principal_name or "" for r in rows}


def _catch_up(ctx: Context) -> int:
    return search.catch_up(ctx.db.engine.connect)


@pytest.mark.parametrize("indexed", [False, True], ids=["tail-scan", "indexed"])
def test_words_of_every_length_are_found(cases: Context, indexed: bool) -> None:
    if indexed:
        _catch_up(cases)
    assert found(cases, "物业") == {"李秀英", "刘芳"}  # 2 characters: a scan
    assert found(cases, "电梯长期") == {"李秀英"}  # 4: the trigram index (or the tail)
    assert found(cases, "未足额") == {"陈志强"}
    assert found(cases, "物业费") == {"刘芳"}
    assert found(cases, "工") == {"王建国"}
    assert found(cases, "没有这句话") == set()
    assert found(cases, "100%") == {"赵强"} and found(cases, "0%政") == set()
    assert found(cases, "贴_政") == {"赵强"} and found(cases, "补_") == set()


def test_the_index_catches_up_in_batches_and_reports_what_it_did(cases: Context) -> None:
    with cases.db.engine.connect() as conn:
        waiting = search.pending(conn)
    if cases.db.is_sqlite:
        assert waiting == len(SUMMARIES)
        assert _catch_up(cases) == len(SUMMARIES)
        assert _catch_up(cases) == 0
    else:
        assert waiting == 0 and _catch_up(cases) == 0
    register(cases, "周敏", summary="反映电梯噪音扰民")
    assert found(cases, "电梯") == {"李秀英", "周敏"}  # on SQLite, before the index reaches it
    assert found(cases, "电梯噪音") == {"周敏"}
    assert _catch_up(cases) == (1 if cases.db.is_sqlite else 0)
    assert found(cases, "电梯噪音") == {"周敏"}


def test_a_changed_summary_is_found_by_its_new_words_only(cases: Context) -> None:
    _catch_up(cases)
    with cases.db.writing() as session:
        session.execute(
            update(Case).where(Case.principal_name == "王建国").values(summary="反映农民工工资拖欠")
        )
    assert found(cases, "农民工") == {"王建国"}
    assert found(cases, "农民") == {"王建国"}  # from the character index, kept right by its trigger
    assert found(cases, "三个月未付") == set()
    assert found(cases, "三个") == set()


def test_short_words_are_answered_from_the_character_index(cases: Context) -> None:
    if not cases.db.is_sqlite:
        pytest.skip("SQLite's character index; pg_trgm answers every length")
    _catch_up(cases)
    query = select(func.count()).select_from(Case).where(search.matches("sqlite", "物业"))
    with cases.db.engine.connect() as conn:
        compiled = query.compile(dialect=conn.dialect)
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
        plan = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)]
    assert any(search.CHARS_TABLE in step and "VIRTUAL TABLE INDEX" in step for step in plan), plan
    assert not any(step.startswith("SCAN cases") for step in plan), plan  # no pass over every case


def test_a_rebuilt_index_finds_the_same(cases: Context) -> None:
    _catch_up(cases)
    before = found(cases, "未足额")
    assert search.rebuild(cases.db.engine.connect) == (len(SUMMARIES) if cases.db.is_sqlite else 0)
    assert found(cases, "未足额") == before == {"陈志强"}


def test_triggers_lost_by_a_table_copy_come_back_on_open(cases: Context) -> None:
    if not cases.db.is_sqlite:
        pytest.skip("the triggers are SQLite's; PostgreSQL keeps its index itself")
    _catch_up(cases)
    with cases.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER case_fts_update")
    from fazhi_desktop.services.context import open_context

    reopened = open_context(cases.db.describe(), "tester")
    try:
        with reopened.db.writing() as session:
            session.execute(
                update(Case).where(Case.principal_name == "刘芳").values(summary="反映停车位被占用")
            )
        assert found(reopened, "停车位") == {"刘芳"}
        assert found(reopened, "物业费") == set()
    finally:
        reopened.close()


def test_postgresql_answers_chinese_from_the_trigram_index(cases: Context) -> None:
    """pg_trgm indexes only what the database's locale calls letters: Chinese must be among them."""
    if cases.db.is_sqlite:
        pytest.skip("PostgreSQL only")
    condition = search.matches("postgresql", "电梯长期")
    with cases.db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        from sqlalchemy import func, select

        query = select(func.count()).select_from(Case).where(condition)
        sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")))
        assert search.PG_INDEX in plan
        assert conn.scalar(query) == 1


def test_catching_up_waits_for_a_writer_instead_of_failing(cases: Context) -> None:
    """The GUI registers (or re-tiers) while the keeper indexes: a writer that commits while the
    catch-up waits must not leave it holding a stale snapshot ("database is locked")."""
    if not cases.db.is_sqlite:
        pytest.skip("PostgreSQL keeps its index itself")
    writer = cases.db.engine.connect().execution_options(immediate=True)
    writer.begin()
    writer.execute(update(Case).where(Case.principal_name == "刘芳").values(summary="反映物业费上涨"))
    outcome: list[int | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_catch_up(cases))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.3)  # the catch-up is now waiting for the write lock
    writer.commit()
    writer.close()
    thread.join(timeout=30)
    assert outcome == [len(SUMMARIES)]
    assert found(cases, "物业费上涨") == {"刘芳"}


def test_a_database_indexed_before_the_character_index_is_indexed_again(tmp_path: Path) -> None:
    """Migration 0007 empties the trigram index with the new one: both reach every case again."""
    path = tmp_path / "fazhi.db"
    path.write_bytes(
        (Path(__file__).resolve().parent.parent / "fixtures" / "fazhi-0.1.0-rev0006.db").read_bytes()
    )
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            total = conn.scalar(select(func.count()).select_from(Case))
            assert search.pending(conn) == total > 0
        assert search.catch_up(db.engine.connect) == total
        with db.engine.connect() as conn:
            assert search_index_problems(conn) == []
            short = conn.scalar(
                select(func.count()).select_from(Case).where(search.matches("sqlite", "信访"))
            )
            scanned = conn.scalar(
                select(func.count())
                .select_from(Case)
                .where(or_(*(getattr(Case, c).like("%信访%") for c in search.COLUMNS)))
            )
        assert short == scanned > 0
    finally:
        db.close()


def test_a_search_alone_is_counted_and_paged_as_the_list_orders_it(ctx: Context) -> None:
    """A search with no other filter is counted from the indexes and paged by walking the dates where
    it finds many (services/cases/reading._search_alone, _walk_dates): the same count, and the same
    pages both ways and from the end, as the list's every id; indexed cases and the tail alike."""
    start = date(2024, 11, 1)
    for i in range(24):
        if i == 12:
            _catch_up(ctx)  # the first twelve indexed, the rest in the tail
        summary = "反映拖欠工资" if i % 4 else "反映噪音扰民"
        register(ctx, f"人{i}", summary=summary, on=start + timedelta(days=i % 12))
    register(ctx, "独一", summary="反映古树被砍", on=start)
    expected = {"拖欠工资": 18, "工资": 18, "噪音扰民": 6, "古树被砍": 1, "2024": 25, "没有这句话": 0}
    for words, n in expected.items():
        wanted = CaseFilter(text=words)
        assert count_cases(ctx, wanted) == n, words
        for descending in (True, False):
            ordered = list(case_ids(ctx, wanted, descending=descending))
            assert len(ordered) == n

            pages = [
                [r.id for r in list_cases(ctx, wanted, descending=descending, limit=5, **at)]
                for at in ({}, {"offset": 5}, {"from_end": True})
            ]
            assert pages == [ordered[:5], ordered[5:10], ordered[-5:]], words
    # With another filter the search is not alone: the cases are read (18 about 工资, 10 of them from the 7th).
    later = CaseFilter(text="工资", date_from=start + timedelta(days=6))
    assert count_cases(ctx, later) == len(case_ids(ctx, later)) == 10
