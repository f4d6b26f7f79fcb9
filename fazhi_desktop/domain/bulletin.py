"""月度通报: what it ranks and how — the typed figures the 通报's PDF and workbook are written from.

Each 责任单位 and each township is ranked on 按期办结率 (the higher first; a unit with nothing due in the
month after those with a rate), then fewer overdue cases, then the higher 群众满意率, then fewer repeat
petitions, then the name. Equal figures share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from fazhi_desktop.domain.indicators import rate

#: What stands for a case with no handling unit, or no township, in the rankings.
NO_UNIT = "（未转交责任单位）"
NO_TOWNSHIP = "（未填问题属地）"


@dataclass(frozen=True)
class BulletinCase:
    """One case the 通报 counts, with the figures it counts in (the explanation of every number)."""

    number: str
    registered_on: date
    unit: str
    township: str
    summary: str
    #: 按期办结率: due in the month (denominator) and answered in time (numerator).
    due: bool = False
    on_time: bool = False
    #: Past a deadline and not yet acted on at the month's last day.
    overdue: bool = False
    #: 群众满意率: evaluated (denominator) and satisfied (numerator).
    evaluated: bool = False
    satisfied: bool = False
    #: Registered in the month, and registered as a repeat petition.
    registered: bool = False
    repeat: bool = False
    #: 督办 in the month (a 督办 step dated in it, a leader's 批示 included).
    supervised: bool = False


#: The columns of a ranking, as the PDF and the workbook head them (the second is 责任单位 or 乡镇).
RANK_HEADER = (
    "名次",
    "名称",
    "登记",
    "到期应办结",
    "按期办结",
    "按期办结率",
    "逾期未办",
    "已评价",
    "满意",
    "满意率",
    "重复信访",
    "本月督办",
)
#: Which of `BulletinRow.figures()` are rates (the rest are counts).
RATE_COLUMNS = frozenset({3, 7})


@dataclass(frozen=True)
class BulletinRow:
    """One 责任单位 or township in a ranking."""

    name: str
    registered: int = 0
    due: int = 0
    on_time: int = 0
    overdue: int = 0
    evaluated: int = 0
    satisfied: int = 0
    repeat: int = 0
    supervised: int = 0
    rank: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.due)

    @property
    def satisfaction_rate(self) -> float | None:
        return rate(self.satisfied, self.evaluated)

    def figures(self) -> tuple[int | float | None, ...]:
        """The row's figures in the order of RANK_HEADER after 名次 and 名称."""
        return (
            self.registered,
            self.due,
            self.on_time,
            self.on_time_rate,
            self.overdue,
            self.evaluated,
            self.satisfied,
            self.satisfaction_rate,
            self.repeat,
            self.supervised,
        )


@dataclass(frozen=True)
class BulletinReport:
    """月度通报: the month, the day its figures are as of, both rankings, what each figure means, the cases."""

    title: str
    office: str
    month: str
    start: date
    end: date
    made_on: date
    units: tuple[BulletinRow, ...]
    townships: tuple[BulletinRow, ...]
    totals: BulletinRow
    #: (figure, what it counts, its settings) for the 指标说明.
    explanations: tuple[tuple[str, str, str], ...]
    cases: tuple[BulletinCase, ...]


def _add(row: BulletinRow, c: BulletinCase) -> BulletinRow:
    return replace(
        row,
        registered=row.registered + c.registered,
        due=row.due + c.due,
        on_time=row.on_time + c.on_time,
        overdue=row.overdue + c.overdue,
        evaluated=row.evaluated + c.evaluated,
        satisfied=row.satisfied + c.satisfied,
        repeat=row.repeat + c.repeat,
        supervised=row.supervised + c.supervised,
    )


def total(cases: Iterable[BulletinCase], name: str = "合计") -> BulletinRow:
    row = BulletinRow(name)
    for c in cases:
        row = _add(row, c)
    return row


def _key(row: BulletinRow) -> tuple[object, ...]:
    on_time, satisfaction = row.on_time_rate, row.satisfaction_rate
    return (
        on_time is None,
        -(on_time or 0.0),
        row.overdue,
        satisfaction is None,
        -(satisfaction or 0.0),
        row.repeat,
    )


def rank(rows: Sequence[BulletinRow]) -> list[BulletinRow]:
    """The rows in ranking order, each with its rank (equal figures share one)."""
    ordered = sorted(rows, key=lambda r: (_key(r), r.name))
    ranked: list[BulletinRow] = []
    for n, row in enumerate(ordered, 1):
        same = ranked and _key(ranked[-1]) == _key(row)
        ranked.append(replace(row, rank=ranked[-1].rank if same else n))
    return ranked


def ranking(cases: Iterable[BulletinCase], by: str) -> list[BulletinRow]:
    """The cases summed by `by` ("unit" or "township") and ranked."""
    groups: dict[str, BulletinRow] = {}
    for c in cases:
        name = c.unit if by == "unit" else c.township
        groups[name] = _add(groups.get(name, BulletinRow(name)), c)
    return rank(list(groups.values()))


def month_bounds(text: str) -> tuple[date, date]:
    """The first and last day of a month written YYYY-MM (ValueError otherwise)."""
    parts = text.strip().split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or not parts[1].isdigit():
        raise ValueError(text)
    year, month = int(parts[0]), int(parts[1])
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)
