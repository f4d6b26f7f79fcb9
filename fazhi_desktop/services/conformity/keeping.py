"""Keeping every case's automatic 评查 current, like the tiers: stored per case, as of today.

`judge_session` judges some cases inside the caller's transaction and replaces their stored result
and findings. It runs with every registration and step (their services call it in the same
transaction), after a document is printed (`rejudge`), and for a new day or new rules
(`refresh_if_stale`: the open cases, the cases never judged, and every case when the rules
changed), as retier does. Cases that arrive in bulk (a ledger or a package) are judged by the
next `refresh_if_stale` (the 评查 page, `fazhi review cases`), as cases never judged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.changes import NO_CHANGES, Changes
from fazhi_desktop.domain.conformity.rules import RuleSet, configure, judge, score
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.progress import Progress, report
from fazhi_desktop.domain.vocab import FINAL_STATES
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.clock.rules import clock_rules
from fazhi_desktop.services.conformity.views import case_views
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import stored_settings
from fazhi_desktop.store.models import Case, ConformityFinding, ConformityResult
from fazhi_desktop.store.writes import change

log = logging.getLogger(__name__)
CHUNK = 500


def ruleset_of(session: Session) -> RuleSet:
    """The rule set with this office's choices."""
    return configure(stored_settings.read(session, "conformity_rules") or {})


def load_ruleset(ctx: Context) -> RuleSet:
    with ctx.db.reading() as session:
        return ruleset_of(session)


def judge_session(
    session: Session,
    ids: Sequence[int],
    cal: HolidayCalendar,
    today: date,
    ruleset: RuleSet | None = None,
    progress: Progress | None = None,
) -> int:
    """Judge the cases `ids` and store their results; how many cases have a finding."""
    ruleset = ruleset or ruleset_of(session)
    rules = clock_rules(session)
    flagged = 0
    for start in range(0, len(ids), CHUNK):
        report(progress, start, len(ids))
        chunk = list(ids[start : start + CHUNK])
        views = case_views(session, chunk, rules, cal, today)
        session.execute(delete(ConformityFinding).where(ConformityFinding.case_id.in_(chunk)))
        session.execute(delete(ConformityResult).where(ConformityResult.case_id.in_(chunk)))
        results, findings = [], []
        for view in views:
            found = judge(view, ruleset)
            flagged += bool(found)
            results.append(
                {
                    "case_id": view.id,
                    "computed_on": today,
                    "rules_version": ruleset.version,
                    "score": score([f.weight for f in found]),
                    "findings": len(found),
                }
            )
            findings += [
                {
                    "case_id": view.id,
                    "rule_id": f.rule_id,
                    "article": f.article,
                    "detail": f.detail[:400],
                    "weight": f.weight,
                }
                for f in found
            ]
        if results:
            session.execute(insert(ConformityResult), results)
        if findings:
            session.execute(insert(ConformityFinding), findings)
    return flagged


def rejudge(ctx: Context, case_id: int) -> Changes:
    """Judge one case again after something outside its steps changed (a document was printed)."""
    cal = load_calendar(ctx)
    with change(ctx.db, ctx.actor, "conformity.judge") as current:
        judge_session(current.session, [case_id], cal, clock.today())
        current.describe("规范化评查：重新检查一件", entity="case", case_id=case_id)
    return current.changes


#: Cases with no stored result: registered in bulk since the last refresh.
_UNJUDGED = (
    select(Case.id)
    .outerjoin(ConformityResult, ConformityResult.case_id == Case.id)
    .where(ConformityResult.case_id.is_(None))
)


def _marker(today: date, ruleset: RuleSet) -> str:
    return f"{today.isoformat()}|{ruleset.version}"


def refresh_if_stale(ctx: Context, progress: Progress | None = None) -> Changes:
    """Judge again what a new day or new rules may change; nothing when done today by these rules."""
    today = clock.today()
    with ctx.db.reading() as session:
        ruleset = ruleset_of(session)
        marker = stored_settings.read(session, "conformity_computed_on")
    if marker == _marker(today, ruleset):
        # Judged today already: only cases that came in bulk since (a ledger, a package) are new.
        with ctx.db.reading() as session:
            if session.scalar(_UNJUDGED.limit(1)) is None:
                return NO_CHANGES
        return refresh_all(ctx, everything=False, progress=progress)
    return refresh_all(
        ctx, everything=not str(marker or "").endswith(f"|{ruleset.version}"), progress=progress
    )


def refresh_all(ctx: Context, *, everything: bool = True, progress: Progress | None = None) -> Changes:
    """Judge every case (or the open ones and those never judged) as of today, as one change."""
    today = clock.today()
    cal = load_calendar(ctx)
    with change(ctx.db, ctx.actor, "conformity.refresh") as current:
        session = current.session
        ruleset = ruleset_of(session)
        query = select(Case.id).outerjoin(ConformityResult, ConformityResult.case_id == Case.id)
        if not everything:
            final = [s.value for s in FINAL_STATES]
            query = query.where(or_(Case.state.not_in(final), ConformityResult.case_id.is_(None)))
        ids = list(session.scalars(query.order_by(Case.id)))
        flagged = judge_session(session, ids, cal, today, ruleset, progress)
        stored_settings.write(session, "conformity_computed_on", _marker(today, ruleset))
        current.describe(
            f"规范化评查：检查 {len(ids)} 件，{flagged} 件有不规范问题（规则版本 {ruleset.version}）",
            cases=len(ids),
            flagged=flagged,
            rules_version=ruleset.version,
        )
    return current.changes
