"""The indicators as SQL: for each, the cases on each side of its fraction as conditions over `cases`.

One definition serves both the figure (two counts) and its explanation (the two lists of cases), so
`fazhi stats --explain` lists exactly the cases that were counted. Every condition reads indexed
columns of the case row (the indicator columns are kept from the steps: domain/indicator_facts.py);
docs/INDICATORS.md says the same in words. Rates are fractions 0..1, None with nothing to divide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicator_facts import ANSWER_PREFIXES, LAPSE_PREFIXES
from fazhi_desktop.domain.indicators import (
    CHANGES,
    DATED_BY_EVENT,
    INDICATORS,
    LABELS,
    PERIOD_DATES,
    ReportPeriod,
    comparison_period,
    rate,
    unjudged_words,
)
from fazhi_desktop.domain.vocab import CLOSED_STATES, CaseState, Nature, Satisfaction
from fazhi_desktop.services.clock.as_of import closed_as_of, closed_as_of_in, closed_on_as_of
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.statistics.counting import Ask, count_many
from fazhi_desktop.store.models import Case, Office
from fazhi_desktop.store.sql_dates import plus_days

#: The closed states as stored (closed as of today is services/clock/as_of.closed_as_of).
CLOSED = [s.value for s in CLOSED_STATES]

Condition = ColumnElement[bool]


@dataclass(frozen=True)
class IndicatorSettings:
    """The settings the indicators read (DOMAIN.md's [assumed] formulas), as this database has them."""

    satisfied: tuple[str, ...] = ("satisfied", "basically_satisfied")
    resolution_days: int = 90
    by_registration: frozenset[str] = frozenset()
    route_days: int = 15
    handling_days: int = 60
    extension_max_days: int = 30
    handling_natures: tuple[str, ...] = ("claim",)

    @classmethod
    def read(cls, session: Session) -> IndicatorSettings:
        satisfied = settings.read(session, "indicator_satisfied")
        days = settings.read(session, "indicator_resolution_days")
        dated = settings.read(session, "indicator_by_registration")
        if not isinstance(satisfied, list) or not isinstance(days, int) or not isinstance(dated, list):
            raise UserError("指标设置已损坏。请用 fazhi settings set 重新设置以 indicator_ 开头的各项。")
        return cls(
            satisfied=tuple(str(s) for s in satisfied),
            resolution_days=days,
            by_registration=frozenset(str(n) for n in dated),
            route_days=int(settings.read(session, "period_route_days")),
            handling_days=int(settings.read(session, "period_handling_days")),
            extension_max_days=int(settings.read(session, "extension_max_days")),
            handling_natures=tuple(settings.read(session, "handling_clock_natures")),
        )

    def used_by(self, name: str) -> dict[str, Any]:
        """The settings a figure used, by their keys in `fazhi settings`."""
        used: dict[str, Any] = {}
        if name in DATED_BY_EVENT:
            used["indicator_by_registration"] = name in self.by_registration
        if name == "timely_acceptance_rate":
            used["period_route_days"] = self.route_days
        elif name == "on_time_completion_rate":
            used["period_handling_days"] = self.handling_days
            used["extension_max_days"] = self.extension_max_days
            used["handling_clock_natures"] = list(self.handling_natures)
        elif name == "satisfaction_rate":
            used["indicator_satisfied"] = list(self.satisfied)
        elif name == "first_time_resolution_rate":
            used["indicator_resolution_days"] = self.resolution_days
        return used

    def by_key(self) -> dict[str, Any]:
        """Every setting by its key in `fazhi settings`, in the order reports list them."""
        return {
            "indicator_satisfied": list(self.satisfied),
            "indicator_resolution_days": self.resolution_days,
            "indicator_by_registration": sorted(self.by_registration),
            "period_route_days": self.route_days,
            "period_handling_days": self.handling_days,
            "extension_max_days": self.extension_max_days,
            "handling_clock_natures": list(self.handling_natures),
        }


@dataclass(frozen=True)
class Fraction:
    """What an indicator counts. `nested`: the numerator is a part of the denominator (a rate);
    otherwise the two sides are different cases and the figure is numerator ÷ denominator − 1."""

    name: str
    denominator: tuple[Condition, ...]
    numerator: tuple[Condition, ...]
    nested: bool = True
    #: Count people (人次, the sum of head counts) instead of cases (件次).
    people: bool = False
    #: The case columns that show why a case is on a side (for the explanation).
    columns: tuple[str, ...] = field(default=())
    #: The cases of the period the indicator cannot judge because a fact it needs is missing (a
    #: later fact shows it happened, its date is not recorded: an imported ledger without 受理日期).
    #: They are on neither side; `missing` names the fact ("受理日期").
    unjudged: tuple[Condition, ...] = field(default=())
    missing: str = ""
    #: Another indicator whose unjudged cases are these very ones (counted once).
    unjudged_as: str | None = None


@dataclass(frozen=True)
class Figure:
    """One indicator of a period: its value, both sides of its fraction and the settings it used
    (by their keys in `fazhi settings`)."""

    name: str
    value: float | None
    numerator: int
    denominator: int
    settings: dict[str, Any]
    #: Cases left out because a fact the indicator needs is missing, and which fact.
    unjudged: int = 0
    missing: str = ""

    @property
    def label(self) -> str:
        return LABELS[self.name]

    @property
    def unjudged_words(self) -> str:
        """ "另有37件缺少受理日期，未计入", or "" when every case could be judged."""
        return unjudged_words(self.unjudged, self.missing)

    @property
    def is_change(self) -> bool:
        """A comparison of two periods (shown with its sign, "+3.2%") rather than a share."""
        return self.name in CHANGES


#: Settings as a figure's note says them, shortly ("{}" takes the value in words).
SHORT_WORDS = {
    "period_route_days": "受理转交期限 {} 日",
    "period_handling_days": "办理期限 {} 日",
    "extension_max_days": "延期不超过 {} 日",
    "handling_clock_natures": "适用于{}",
    "indicator_satisfied": "计为满意：{}",
    "indicator_resolution_days": "办结后观察 {} 日",
}


def settings_words(used: dict[str, Any], indicator: str | None = None) -> str:
    """The settings a figure used, in words: "按办理期限届满日归入统计期；办理期限 60 日；…"."""
    words = []
    for key, setting in used.items():
        if key == "indicator_by_registration":
            date_word = "登记日" if setting else PERIOD_DATES.get(indicator or "", "期限届满或事件发生日")
            words.append(f"按{date_word}归入统计期")
            continue
        if isinstance(setting, list):
            shown = "、".join(_choice(key, str(v)) for v in setting) or "（无）"
        else:
            shown = str(setting)
        words.append(SHORT_WORDS.get(key, f"{settings.LABELS.get(key, key)}：{{}}").format(shown))
    return "；".join(words)


def _choice(key: str, code: str) -> str:
    if key == "indicator_satisfied" and code in {s.value for s in Satisfaction}:
        return Satisfaction(code).label
    if key == "handling_clock_natures" and code in {n.value for n in Nature}:
        return Nature(code).label
    return code


def _in(column: Any, period: ReportPeriod) -> list[Condition]:
    return [column >= period.start, column <= period.end]


def _starts(column: Any, prefixes: tuple[str, ...]) -> Condition:
    return or_(*(column.startswith(p, autoescape=True) for p in prefixes))


def office_id_of(session: Session, code: str | None) -> int | None:
    """The id of the office with this code (`--office`), None for the whole database."""
    if not code:
        return None
    office_id = session.scalar(select(Office.id).where(Office.code == code.strip()))
    if office_id is None:
        raise UserError(f"单位代码 {code} 不存在。用 fazhi office list 查看已登记的单位。")
    return int(office_id)


def base_conditions(office_id: int | None, scope: Condition) -> list[Condition]:
    """Every indicator leaves out registrations voided as mistakes (作废); `--office` keeps one office;
    `scope` keeps the cases the acting user may see (services.scope.case_scope)."""
    conditions: list[Condition] = [Case.state != CaseState.VOID.value, scope]
    if office_id is not None:
        conditions.append(Case.office_id == office_id)
    return conditions


def fractions(
    s: IndicatorSettings, period: ReportPeriod, office_id: int | None, today: date, scope: Condition
) -> dict[str, Fraction]:
    """Every indicator's fraction for a period, as of today, over the cases of `scope`."""
    base = base_conditions(office_id, scope)
    registered = _in(Case.registered_on, period)
    # Closed as of today, whenever re-tiering last ran: a lapsed 复查 window has closed a case.
    closed, closed_on = closed_as_of(today), closed_on_as_of(today)

    def dated(name: str, column: Any) -> list[Condition]:
        return registered if name in s.by_registration else [column.is_not(None), *_in(column, period)]

    # Closed as of today in the period, asked so that indexes serve it (the day is a CASE expression).
    closed_in = (
        [*registered, closed_on.is_not(None), closed]
        if "first_time_resolution_rate" in s.by_registration
        else [closed_as_of_in(today, period.start, period.end)]
    )

    withdrawn_in_time = and_(Case.intake_kind == "withdraw", Case.intake_on <= Case.route_due)
    lapsed_in_time = and_(_starts(Case.outcome, LAPSE_PREFIXES), Case.answered_on <= Case.handling_due)
    evaluated = and_(Case.satisfaction.is_not(None), Case.satisfaction != Satisfaction.NOT_EVALUATED.value)
    delivered = [*base, *dated("participation_rate", Case.delivered_on), Case.delivered_on.is_not(None)]
    delivered.append(Case.not_public.is_(False))
    repeat = aliased(Case)
    came_back = exists().where(
        repeat.matter_id == Case.matter_id,
        repeat.is_repeat.is_(True),
        repeat.state != CaseState.VOID.value,
        repeat.registered_on > closed_on,
        repeat.registered_on <= plus_days(closed_on, s.resolution_days),
    )
    if "leader_resolution_rate" in s.by_registration:
        on_list = [*registered, Case.leader_on.is_not(None)]
    else:
        on_list = [
            Case.leader_on.is_not(None),
            Case.leader_on <= period.end,
            or_(closed_on.is_(None), closed_on >= period.start),
        ]
    previous = comparison_period(period, today)
    registered_before = _in(Case.registered_on, previous)  # one list for both 同比, counted together
    # A decision was taken (a later fact shows it) but its date is missing: neither timely nor late.
    decided_undated = and_(
        Case.intake_on.is_(None),
        or_(
            Case.outcome.is_not(None),
            Case.delivered_on.is_not(None),
            Case.routed_on.is_not(None),
            Case.state != CaseState.REGISTERED.value,
        ),
    )
    under_clock = or_(Case.nature.is_(None), Case.nature.in_(s.handling_natures))
    # Answered under the handling clock, but with no acceptance to count the 办理期限 from.
    answered_undated = and_(Case.handling_due.is_(None), under_clock, _starts(Case.outcome, ANSWER_PREFIXES))
    evaluated_undelivered = [
        *base,
        *registered,
        Case.delivered_on.is_(None),
        Case.not_public.is_(False),
        evaluated,
    ]
    return {
        "timely_acceptance_rate": Fraction(
            "timely_acceptance_rate",
            (
                *base,
                *dated("timely_acceptance_rate", Case.route_due),
                Case.route_due.is_not(None),
                or_(Case.intake_on.is_not(None), Case.route_due < today),
                or_(Case.intake_on.is_(None), not_(withdrawn_in_time)),
                not_(decided_undated),
            ),
            (Case.intake_on <= Case.route_due, Case.intake_kind != "withdraw"),
            columns=("route_due", "intake_on", "intake_kind"),
            # An imported row that never dated its first decision has no 受理期限 either (the
            # ledger import leaves it NULL): placed by its registration then.
            unjudged=(
                *base,
                or_(
                    and_(Case.route_due.is_not(None), *dated("timely_acceptance_rate", Case.route_due)),
                    and_(Case.route_due.is_(None), *registered),
                ),
                decided_undated,
            ),
            missing="受理日期",
        ),
        "on_time_completion_rate": Fraction(
            "on_time_completion_rate",
            (
                *base,
                *dated("on_time_completion_rate", Case.handling_due),
                Case.handling_due.is_not(None),
                or_(Case.answered_on.is_not(None), Case.handling_due < today),
                or_(Case.outcome.is_(None), not_(lapsed_in_time)),
            ),
            (_starts(Case.outcome, ANSWER_PREFIXES), Case.answered_on <= Case.handling_due),
            columns=("handling_due", "answered_on", "outcome"),
            # Dated by registration: the 办理期限 that would place it is the missing fact.
            unjudged=(*base, *registered, answered_undated),
            missing="受理日期",
        ),
        "participation_rate": Fraction(
            "participation_rate",
            tuple(delivered),
            (evaluated,),
            columns=("delivered_on", "satisfaction"),
            unjudged=tuple(evaluated_undelivered),
            missing="送达日期",
        ),
        "satisfaction_rate": Fraction(
            "satisfaction_rate",
            (*delivered, evaluated),
            (Case.satisfaction.in_(s.satisfied),),
            columns=("delivered_on", "satisfaction"),
            unjudged=tuple(evaluated_undelivered),
            missing="送达日期",
            unjudged_as="participation_rate",
        ),
        "first_time_resolution_rate": Fraction(
            "first_time_resolution_rate",
            (
                *base,
                *closed_in,
                Case.is_repeat.is_(False),
            ),
            (not_(came_back),),
            columns=("closed_on", "state", "outcome"),
            unjudged=(
                *base,
                *registered,
                Case.is_repeat.is_(False),
                Case.closed_on.is_(None),
                Case.state.in_(CLOSED),
            ),
            missing="办结日期",
        ),
        "accurate_forwarding_rate": Fraction(
            "accurate_forwarding_rate",
            (*base, *dated("accurate_forwarding_rate", Case.routed_on), Case.routed_on.is_not(None)),
            (Case.returned.is_(False),),
            columns=("routed_on", "returned"),
        ),
        "repeat_rate": Fraction(
            "repeat_rate", (*base, *registered), (Case.is_repeat.is_(True),), columns=("is_repeat",)
        ),
        "yoy_change": Fraction(
            "yoy_change",
            (*base, *registered_before),
            (*base, *registered),
            nested=False,
            columns=("channel", "head_count"),
        ),
        "yoy_change_people": Fraction(
            "yoy_change_people",
            (*base, *registered_before),
            (*base, *registered),
            nested=False,
            people=True,
            columns=("channel", "head_count"),
        ),
        "leader_resolution_rate": Fraction(
            "leader_resolution_rate",
            (*base, *on_list),
            (closed, closed_on <= period.end),
            columns=("leader_on", "closed_on", "state"),
        ),
    }


def count(session: Session, fraction: Fraction) -> tuple[int, int]:
    """(numerator, denominator) of a fraction, counted by the database."""
    measure = Case.head_count if fraction.people else 1
    if fraction.nested:
        numerator, denominator = session.execute(
            select(
                func.coalesce(func.sum(case((and_(*fraction.numerator), measure), else_=0)), 0),
                func.coalesce(func.sum(measure), 0) if fraction.people else func.count(),
            )
            .select_from(Case)
            .where(*fraction.denominator)
        ).one()
        return int(numerator), int(denominator)
    total = func.coalesce(func.sum(Case.head_count), 0) if fraction.people else func.count()
    numerator = session.scalar(select(total).select_from(Case).where(*fraction.numerator))
    denominator = session.scalar(select(total).select_from(Case).where(*fraction.denominator))
    return int(numerator or 0), int(denominator or 0)


def count_unjudged(session: Session, fraction: Fraction) -> int:
    """How many cases of the period the fraction could not judge (0 when it has no such rule)."""
    if not fraction.unjudged:
        return 0
    return int(session.scalar(select(func.count()).select_from(Case).where(*fraction.unjudged)) or 0)


def value(fraction: Fraction, numerator: int, denominator: int) -> float | None:
    if fraction.nested:
        return rate(numerator, denominator)
    return None if denominator <= 0 else numerator / denominator - 1


def figures(
    session: Session,
    s: IndicatorSettings,
    period: ReportPeriod,
    office_id: int | None,
    today: date,
    scope: Condition,
) -> dict[str, Figure]:
    """Every indicator of a period, in the order of INDICATORS, its counts asked together
    (counting.count_many: the fractions of one period share a scan)."""
    made = fractions(s, period, office_id, today, scope)
    asks: list[Ask] = []
    for fraction in made.values():
        if fraction.nested:
            both = (*fraction.denominator, *fraction.numerator)
            asks += [Ask(both, fraction.people), Ask(fraction.denominator, fraction.people)]
        else:
            asks += [Ask(fraction.numerator, fraction.people), Ask(fraction.denominator, fraction.people)]
        asks.append(Ask(fraction.unjudged))  # none: nothing asked, 0
    counted = iter(count_many(session, [a for a in asks if a.conditions]))
    values = [next(counted) if a.conditions else 0 for a in asks]
    out: dict[str, Figure] = {}
    for index, (name, fraction) in enumerate(made.items()):
        numerator, denominator, unjudged = values[3 * index : 3 * index + 3]
        out[name] = Figure(
            name,
            value(fraction, numerator, denominator),
            numerator,
            denominator,
            s.used_by(name),
            unjudged=out[fraction.unjudged_as].unjudged if fraction.unjudged_as in out else unjudged,
            missing=fraction.missing,
        )
    assert tuple(out) == INDICATORS and set(out) >= CHANGES
    return out
