"""The annual report's paragraphs for registers and higher-level figures, in the reports' own phrasing:

    市县领导包案222起，化解率60.8%；积案……；中央督办件313件，化解79.3%；省交办244起，化解率75.8%；
    复查复核121件；三级终结备案10件。

Registers count the distinct matters of the registers of each kind whose period touches the year, as
of the year's last day (or today, while the year runs): a matter on two 包案 lists is one 包案. The
higher-level figures are services/statistics/higher_level.py's for the year.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import or_, select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.registers import EntryDates, RegisterKind, Resolution, resolution_as_of
from fazhi_desktop.domain.report_numbers import percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.scope import case_scope
from fazhi_desktop.services.statistics.higher_level import HigherLevel, higher_level
from fazhi_desktop.store.models import Case, Register, RegisterEntry

NUMBERS = "一二三四五六七八九十"


def kinds_of_year(ctx: Context, year: int) -> dict[RegisterKind, Resolution]:
    """Each kind's distinct matters on the registers touching `year`, resolved as of its end."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    day = min(end, clock.today())
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Register.kind, RegisterEntry.matter_id, RegisterEntry.added_on, RegisterEntry.resolved_on)
            .join(Register, Register.id == RegisterEntry.register_id)
            .join(Case, Case.id == RegisterEntry.case_id)
            .where(
                or_(Register.starts_on.is_(None), Register.starts_on <= end),
                or_(Register.ends_on.is_(None), Register.ends_on >= start),
                case_scope(ctx),
            )
        ).all()
    matters: dict[RegisterKind, dict[int, EntryDates]] = defaultdict(dict)
    for kind, matter_id, added_on, resolved_on in rows:
        entry = EntryDates(added_on, resolved_on)
        held = matters[kind].get(matter_id)
        if held is not None:
            # The matter joined when its first list took it, and is resolved when any list says so.
            resolved = min((d for d in (held.resolved_on, resolved_on) if d), default=None)
            entry = EntryDates(min(held.added_on, added_on), resolved)
        matters[kind][matter_id] = entry
    return {kind: resolution_as_of(dates.values(), day) for kind, dates in matters.items()}


def _rate(words: str, r: Resolution, unit: str = "件") -> str:
    if r.rate is None:
        return f"{words}{r.cases}{unit}"
    return f"{words}{r.cases}{unit}，化解{r.resolved}{unit}，化解率{percent(r.rate)}"


def register_sentences(kinds: dict[RegisterKind, Resolution]) -> list[str]:
    out = []
    leader = kinds.get(RegisterKind.LEADER)
    if leader and leader.cases:
        out.append(f"领导包案{leader.cases}起，化解率{percent(leader.rate)}")
    backlog = kinds.get(RegisterKind.BACKLOG)
    if backlog and backlog.cases:
        out.append(_rate("排查化解信访积案", backlog))
    special = kinds.get(RegisterKind.SPECIAL)
    if special and special.cases:
        out.append(_rate("专项攻坚交办事项", special))
    return out


def higher_sentences(figures: HigherLevel) -> list[str]:
    out = []
    central = figures.central_supervised
    if central.cases:
        out.append(f"中央督办件{central.cases}件，化解{percent(central.rate)}")
    assigned = figures.province_assigned
    if assigned.cases:
        out.append(f"省交办{assigned.cases}起，化解率{percent(assigned.rate)}")
    for words, count in (("国家信访局登记来访", figures.beijing_visits), ("赴省访", figures.province_visits)):
        if count.count or count.previous:
            change = count.yoy
            trend = ""
            if change is not None:
                direction = "下降" if change < 0 else "上升"
                trend = "，与上年持平" if change == 0 else f"，同比{direction}{percent(abs(change))}"
            out.append(f"{words}{count.count}件{trend}")
    reviews = figures.reviews_total
    if reviews.count:
        out.append(f"复查复核{reviews.count}件")
    if figures.terminations_filed.count:
        out.append(f"三级终结备案{figures.terminations_filed.count}件")
    return out


def annual_paragraphs(ctx: Context, year: int) -> tuple[str, ...]:
    """The sentences of the section (empty when the year has none of these figures)."""
    sentences = register_sentences(kinds_of_year(ctx, year))
    sentences += higher_sentences(higher_level(ctx, date(year, 1, 1), date(year, 12, 31)))
    return ("；".join(sentences) + "。",) if sentences else ()


def with_register_section(
    ctx: Context, year: int, sections: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The annual report's sections with this one appended (numbered after the others), if it has any."""
    paragraphs = annual_paragraphs(ctx, year)
    if not paragraphs:
        return sections
    heading = f"{NUMBERS[len(sections)]}、矛盾化解和上级交办督办"
    return (*sections, (heading, paragraphs))
