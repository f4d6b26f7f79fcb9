"""Believable step histories for `fazhi demo`, walking the procedure the way a county bureau does.

Each case takes a path through the state table (受理 or 转送/交办, 签收, 告知, sometimes 延期, 答复,
送达, 评价, now and then 复查 and 复核, 办结报告 for cases from above), with delays drawn so that
most steps are on time and a few are late. A path stops at today, which leaves the recent cases open
in every state. The domain code then derives each case's state and deadlines and ranks it, exactly
as the program does for cases entered by hand, so the demo's 红黄绿 mix is the rules' own.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.ids import uuid7
from fazhi_desktop.domain.indicator_facts import IndicatorFacts, indicator_facts
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.procedure import CaseFacts, Derived, StepFact, derive
from fazhi_desktop.domain.triage import TierResult, TriageRules, triage
from fazhi_desktop.domain.vocab import (
    FINAL_STATES,
    UPPER_SOURCES,
    VISIT_CHANNELS,
    CaseState,
    Channel,
    DeliveryMethod,
    LegalProcedure,
    Nature,
    ReplyOutcome,
    Satisfaction,
    Source,
    StepKind,
    Tier,
)
from fazhi_desktop.services.clock.case_state import (
    ROW_KEYS,
    ClockRow,
    accepted,
    derived_columns,
    triage_facts,
)
from fazhi_desktop.services.demo import corpus

K = StepKind
_UPHOLD = {"outcome": "uphold"}
_METHODS = (DeliveryMethod.IN_PERSON,) * 6 + (DeliveryMethod.POST,) * 3 + (DeliveryMethod.OTHER,)
_PROCEDURES = tuple(LegalProcedure)
_SOURCE_CODES = {s.value: s for s in Source}
_UPPER = {s.value for s in UPPER_SOURCES}
_VISITS = {c.value for c in VISIT_CHANNELS}

REPLY_OUTCOMES = [ReplyOutcome.SUPPORT] * 7 + [ReplyOutcome.EXPLAIN] * 10 + [ReplyOutcome.REJECT] * 3
SATISFACTION = (
    [Satisfaction.SATISFIED] * 78 + [Satisfaction.BASICALLY_SATISFIED] * 15 + [Satisfaction.DISSATISFIED] * 4
)
REASONS = {
    K.RETURN: ("该事项不属于本单位职责范围", "应由属地乡镇人民政府办理", "涉及多个部门，建议由牵头单位办理"),
    K.REJECT: (
        "越级走访，已告知向有权处理的机关提出",
        "信访事项已经受理且在办理期限内",
        "不属于信访受理范围",
    ),
    K.EXTEND: ("情况复杂，需进一步调查核实", "涉及多个部门，需协调处理", "需要开展现场勘查"),
    K.ASSESS: (
        "涉及人数多，需重点关注",
        "信访人情绪激动，需加强稳控",
        "诉求基本解决，风险可控",
        "已化解，降低预警等级",
    ),
    K.INFORM: (
        "告知信访人向有权处理的机关提出",
        "告知信访人通过法定途径解决",
        "告知信访人受理情况及办理程序",
    ),
}


#: Last steps after which a case has its answer (and may report to the higher level).
_ANSWERS = frozenset(
    {K.REJECT, K.DIVERT, K.MEDIATE, K.WITHDRAW, K.REPLY, K.DELIVER, K.EVALUATE, K.COMPLETE}
    | {K.REVIEW_DECISION, K.RECHECK_DECISION, K.TERMINATION_FILING}
)


class _Path:
    """A case's steps in the making: each goes after the last one, and the path stops at today."""

    def __init__(self, start: date, today: date) -> None:
        self.day = start
        self.today = today
        self.items: list[tuple[StepKind, date, dict[str, Any]]] = []
        self.stopped = False
        self.conflict = False

    def go(self, kind: StepKind, after: int, details: dict[str, Any] | None = None) -> bool:
        if self.stopped:
            return False
        day = self.day + timedelta(days=max(after, 0))
        if day > self.today:
            self.stopped = True
            return False
        self.day = day
        self.items.append((kind, day, details or {}))
        return True

    def go_on(self, kind: StepKind, day: date, details: dict[str, Any] | None = None) -> bool:
        return self.go(kind, (day - self.day).days, details)


@dataclass
class _Matter:
    root_id: int
    root_number: str
    derived: Derived


class Histories:
    """Makes the steps of each demo case and, at the end, the derived columns of every case."""

    def __init__(
        self,
        rng: random.Random,
        cal: HolidayCalendar,
        rules: ClockRules,
        triage_rules: TriageRules,
        today: date,
        units: dict[int, str],
        next_step_id: Callable[[], int],
        user: str,
        office_id: int,
    ) -> None:
        self.rng, self.cal, self.rules, self.triage_rules, self.today = rng, cal, rules, triage_rules, today
        self.units = list(units.items())
        self.next_step_id, self.user, self.office_id = next_step_id, user, office_id
        self.matters: dict[int, _Matter] = {}
        self.derived: dict[int, Derived] = {}
        self.indicators: dict[int, IndicatorFacts] = {}
        self.problems = 0

    # -- one case -----------------------------------------------------------------------------

    def add(self, case: dict[str, Any]) -> list[dict[str, Any]]:
        """The step rows of a new case (registered in date order); remembers what they add up to."""
        start: date = case["registered_on"]
        path = _Path(start, self.today)
        path.items.append((K.REGISTER, start, {"channel": case["channel"]}))
        matter = self.matters.get(case["matter_id"]) if case["is_repeat"] else None
        terminated = matter is not None and matter.derived.state is CaseState.TERMINATED
        if matter is not None:
            path.items[0][2]["repeat_of"] = matter.root_number
            self._repeat(path, case, matter)
        else:
            self._fresh(path, case)
        self._report(path, case)
        facts = CaseFacts(
            registered_on=start,
            received_on=case["received_on"],
            nature=Nature(case["nature"]),
            source=Source(case["source"]),
            channel=Channel(case["channel"]),
            upper_deadline=case["upper_deadline"],
            cross_level=case["cross_level"],
            matter_terminated=terminated,
        )
        # The paths follow the procedure (a test derives every demo case again with the checks on);
        # only the histories made to conflict on purpose are checked here, to flag them.
        steps = [StepFact(kind, day, details) for kind, day, details in path.items]
        derived = derive(facts, steps, self.rules, self.cal, self.today, check=path.conflict)
        self.problems += bool(derived.problems)
        self.derived[case["id"]] = derived
        self.indicators[case["id"]] = indicator_facts(facts, steps, derived, self.rules, self.cal)
        case["accepted"] = accepted(steps)  # a derived column beside the indicator facts (case_state)
        if matter is None:
            self.matters[case["matter_id"]] = _Matter(case["id"], case["number"], derived)
        return [self._row(case["id"], kind, day, details) for kind, day, details in path.items]

    def _repeat(self, path: _Path, case: dict[str, Any], matter: _Matter) -> None:
        root = matter.derived
        day: date = case["registered_on"]
        closed = root.state in FINAL_STATES and (root.closed_on is None or root.closed_on <= day)
        if not closed:
            path.go(
                K.INFORM,
                0,
                {
                    "content": "该事项正在办理中，已告知信访人办理进展",
                    "open_case_id": matter.root_id,
                    "open_case": matter.root_number,
                },
            )
            return
        rng = self.rng
        accusation = case["nature"] == Nature.ACCUSATION.value
        if root.state is CaseState.TERMINATED and not accusation:
            path.go(
                K.REJECT,
                rng.randint(1, 12),
                {"reason": "该事项已复核终结，同一事实和理由不再受理", "no_more": True},
            )
        elif rng.random() < 0.5 or accusation:
            path.go(
                K.INFORM,
                rng.randint(0, 5),
                {"content": f"已告知信访人该事项办理结果（{matter.root_number}）"},
            )
        elif rng.random() < 0.4:
            path.go(K.REJECT, rng.randint(1, 10), {"reason": "重复信访，原事项已办结"})
        else:
            self._fresh(path, case)

    def _fresh(self, path: _Path, case: dict[str, Any]) -> None:
        rng = self.rng
        nature = Nature(case["nature"])
        late = rng.random() < 0.03
        route = rng.randint(16, 30) if late else rng.choice((0, 0, 1, 1, 2, 3, 4, 5, 7, 9, 12))
        roll = rng.random()
        if case["cross_level"] and case["channel"] in _VISITS and nature is Nature.CLAIM and roll < 0.8:
            path.go(K.REJECT, route, {"reason": REASONS[K.REJECT][0]})
        elif roll < 0.015:
            path.go(K.VOID, rng.randint(0, 2), {"reason": "重复登记，作废"})
        elif nature is Nature.ACCUSATION:
            if roll < 0.9:
                self._route(path, case, route, assign=False)
            else:
                path.go(K.INFORM, route, {"content": "告知信访人向纪检监察机关提出检举控告"})
        elif nature is Nature.CLAIM and roll < 0.12:
            self._not_handled(path, route, roll)
        elif roll < 0.18:
            path.go(K.INFORM, route, {"content": rng.choice(REASONS[K.INFORM][:2])})
        elif roll < 0.42:
            if not path.go(K.ACCEPT, route):
                return
            if rng.random() < 0.3:
                self._route(path, case, rng.randint(0, 3), assign=True, accepted=path.day)
            else:
                self._handle(path, case, nature, routed=False, accepted=path.day)
        else:
            self._route(path, case, route, assign=rng.random() < 0.6)

    def _not_handled(self, path: _Path, route: int, roll: float) -> None:
        """A 申诉求决 matter routed into a legal procedure (导入法定途径) or not accepted (不予受理)."""
        if roll < 0.08:
            path.go(K.DIVERT, route, {"procedure": self.rng.choice(_PROCEDURES).value})
        else:
            path.go(K.REJECT, route, {"reason": self.rng.choice(REASONS[K.REJECT][1:])})

    def _route(
        self, path: _Path, case: dict[str, Any], after: int, *, assign: bool, accepted: date | None = None
    ) -> None:
        rng = self.rng
        unit_id, name = rng.choice(self.units)
        details: dict[str, Any] = {"unit_id": unit_id, "unit": name}
        if assign or rng.random() < 0.3:
            details["unit_deadline"] = (
                path.day + timedelta(days=after + rng.choice((30, 40, 45, 50)))
            ).isoformat()
        if not path.go(K.ASSIGN if assign else K.FORWARD, after, details):
            return
        if rng.random() < 0.04:  # the unit objects within its 5 working days and the bureau routes it again
            if not path.go(K.RETURN, rng.randint(1, 4), {"reason": rng.choice(REASONS[K.RETURN])}):
                return
            unit_id, name = rng.choice(self.units)
            if not path.go(K.FORWARD, rng.randint(1, 3), {"unit_id": unit_id, "unit": name}):
                return
        if path.go(K.SIGN_FOR, rng.choice((0, 0, 1, 1, 2, 3))):
            self._handle(path, case, Nature(case["nature"]), routed=True, accepted=accepted or path.day)

    def _handle(
        self, path: _Path, case: dict[str, Any], nature: Nature, *, routed: bool, accepted: date
    ) -> None:
        rng = self.rng
        clock = self.rules.has_clock(nature)
        if clock and routed and rng.random() < 0.9:
            path.go(K.INFORM, rng.randint(2, 12), {"content": rng.choice(REASONS[K.INFORM][2:])})
        self._side_steps(path, case)
        if not clock:
            if nature is Nature.ACCUSATION:
                path.go(K.COMPLETE, rng.randint(15, 50), {"summary": "已转纪检监察机关依规依纪依法办理"})
            elif path.go(K.REPLY, rng.randint(10, 40), {"outcome": ReplyOutcome.EXPLAIN.value}):
                self._deliver(path, case, review=False)
            return
        roll = rng.random()
        if roll < 0.05:
            path.go(K.MEDIATE, rng.randint(10, 50), {"agreement": "双方自愿达成调解协议"})
            return
        if roll < 0.07:
            path.go(K.WITHDRAW, rng.randint(5, 40), {"reason": "问题已自行解决，信访人申请撤回"})
            return
        due = self.rules.handling.due(accepted, self.cal).due
        if roll < 0.15:
            ask = accepted + timedelta(days=rng.randint(40, 55))
            days = rng.choice((15, 20, 30))
            extension = {
                "days": days,
                "approver": corpus.leader(rng),
                "reason": rng.choice(REASONS[K.EXTEND]),
            }
            if not path.go_on(K.EXTEND, max(ask, path.day), extension):
                return
            reply_on = ask + timedelta(days=rng.randint(5, days + (due - ask).days - 2))
        elif roll < 0.18:
            reply_on = due + timedelta(days=rng.randint(1, 25))  # late: overdue while it lasts
        else:
            reply_on = accepted + timedelta(days=rng.randint(8, 55))
        outcome = rng.choice(REPLY_OUTCOMES)
        if not path.go_on(K.REPLY, max(reply_on, path.day), {"outcome": outcome.value}):
            return
        if rng.random() < 0.001:  # two offices both recorded the reply: kept, and flagged for a look
            path.conflict = path.go(K.REPLY, 1, {"outcome": outcome.value})
        self._deliver(path, case, review=outcome is not ReplyOutcome.SUPPORT)

    def _side_steps(self, path: _Path, case: dict[str, Any]) -> None:
        rng = self.rng
        weighty = case["is_collective"] or case["urgent"] or case["threat"]
        if rng.random() < (0.4 if weighty else 0.005):
            path.go(K.LEADER_OWN, rng.randint(1, 5), {"leader": corpus.leader(rng)})
        if case["source"] in _UPPER and rng.random() < 0.15:
            path.go(
                K.SUPERVISE, rng.randint(3, 15), {"by_upper": True, "by": "市信访局", "content": "请加快办理"}
            )
        if rng.random() < (0.3 if weighty else 0.02):
            tier = rng.choice((Tier.RED, Tier.YELLOW, Tier.YELLOW, Tier.GREEN))
            after = rng.randint(3, 10)
            review = path.day + timedelta(days=after + rng.choice((7, 14)))
            path.go(
                K.ASSESS,
                after,
                {
                    "tier": tier.value,
                    "reason": rng.choice(REASONS[K.ASSESS]),
                    "review_on": review.isoformat(),
                },
            )

    def _deliver(self, path: _Path, case: dict[str, Any], *, review: bool) -> None:
        rng = self.rng
        method = rng.choice(
            (DeliveryMethod.IN_PERSON,) * 6 + (DeliveryMethod.POST,) * 3 + (DeliveryMethod.OTHER,)
        )
        if not path.go(K.DELIVER, rng.randint(1, 7), {"method": method.value, "signed": rng.random() < 0.96}):
            return
        window = self.rules.review_request.due(path.day, self.cal).due
        if rng.random() < 0.88:
            rating = rng.choice(SATISFACTION)
            path.go(K.EVALUATE, rng.randint(0, 15), {"unit": rating.value, "bureau": rating.value})
        if review and self.rules.has_clock(Nature(case["nature"])) and rng.random() < 0.1:
            self._appeal(path, window)

    def _appeal(self, path: _Path, window: date) -> None:
        """复查 within its window, and now and then 复核 after it, up to 三级终结备案."""
        rng = self.rng
        if path.day >= window:
            return
        asked = path.day + timedelta(days=rng.randint(1, (window - path.day).days))
        if not (
            path.go_on(K.REVIEW_REQUEST, asked) and path.go(K.REVIEW_DECISION, rng.randint(10, 28), _UPHOLD)
        ):
            return
        window = self.rules.recheck_request.due(path.day, self.cal).due
        asked = path.day + timedelta(days=rng.randint(3, (window - path.day).days))
        if rng.random() >= 0.35 or not path.go_on(K.RECHECK_REQUEST, asked):
            return
        if path.go(K.RECHECK_DECISION, rng.randint(10, 28), _UPHOLD) and rng.random() < 0.6:
            path.go(K.TERMINATION_FILING, rng.randint(5, 30))

    def _report(self, path: _Path, case: dict[str, Any]) -> None:
        """办结报告 to the higher level once the case has an answer (now and then not yet, lately)."""
        if case["source"] not in _UPPER or path.stopped:
            return
        last = path.items[-1][0]
        answered = last in _ANSWERS or (last is K.INFORM and len(path.items) == 2)
        recent = (self.today - case["registered_on"]).days < 120
        if answered and not (recent and self.rng.random() < 0.1):
            path.go(
                K.REPORT_UP,
                self.rng.randint(1, 10),
                {"report_no": f"蓝信报〔{path.day.year}〕{self.rng.randint(1, 999)}号"},
            )

    def _row(self, case_id: int, kind: StepKind, day: date, details: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.next_step_id(),
            "uuid": uuid7(),
            "case_id": case_id,
            "kind": kind.value,
            "occurred_on": day,
            "recorded_at": datetime.combine(day, time(17, 0)),
            "actor": self.user,
            "office_id": self.office_id,
            "details": details,
            "note": None,
        }

    # -- all cases ----------------------------------------------------------------------------

    def finish(self, cases: list[dict[str, Any]]) -> Counter[str]:
        """Fill every case's derived columns (state, deadlines, tier); returns the tiers counted."""
        repeats: Counter[int] = Counter(c["matter_id"] for c in cases if c["is_repeat"])
        tiers: Counter[str] = Counter()
        closed = TierResult(None)
        for case in cases:
            derived = self.derived.pop(case["id"])
            case.update(self.indicators.pop(case["id"]).columns())
            if not derived.is_open:
                case.update(derived_columns(derived, closed))
                continue
            root_state, count = None, repeats[case["matter_id"]]
            if case["is_repeat"]:
                root_state, count = self.matters[case["matter_id"]].derived.state.value, 0
            row = ClockRow.of([case[key] for key in ROW_KEYS], root_state, count)
            values = derived_columns(
                derived, triage(triage_facts(row, derived), self.triage_rules, self.today)
            )
            case.update(values)
            if values["tier"]:
                tiers[values["tier"]] += 1
        return tiers
