"""What a case document is filled from.

`load_case_file` reads one case in full (its fields, petitioners, steps, clock), the office, the
rules' periods and the templates; `load_case_outline` the same without the petitioners, for deciding
what a menu offers. Which documents a case can have today is `refusals`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.periods import ClockRules
from fazhi_desktop.domain.vocab import UPPER_SOURCES, CaseState, Nature, StepKind
from fazhi_desktop.services.cases.detail import CaseDetail, StepView, case_detail, case_outline
from fazhi_desktop.services.clock.calendar import load_calendar
from fazhi_desktop.services.clock.procedure import CaseClock, case_clock
from fazhi_desktop.services.clock.rules import clock_rules
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import get_local_office
from fazhi_desktop.services.reports import templates as report_templates
from fazhi_desktop.services.users.names import real_names
from fazhi_desktop.store.models import Case, Category, Purpose

K = StepKind
#: 内容分类 codes of 政法 (涉法涉诉) and 纪检监察 (检举控告) at the top of the default tree.
LAW_CATEGORY = "05"
DISCIPLINE_CATEGORY = "06"
#: 信访目的 code of 检举控告.
ACCUSE_PURPOSE = "accuse"


@dataclass(frozen=True)
class CaseFile:
    """One case with everything its documents are filled from."""

    detail: CaseDetail
    clock: CaseClock
    office_name: str
    office_code: str
    category_code: str | None
    purpose_code: str | None
    rules: ClockRules
    cal: HolidayCalendar
    templates: dict[str, dict[str, str]]
    today: date
    #: Logins of the case's 登记人 and 经办人 → their real names (services/users/names.py).
    names: dict[str, str] = field(default_factory=dict)

    def person(self, login: str | None) -> str:
        """The real name a document prints for a login (the login itself for one that is no user)."""
        return self.names.get(login or "", login or "")

    @property
    def number(self) -> str:
        return self.detail.number

    @property
    def nature(self) -> Nature | None:
        return self.detail.subject.nature

    @property
    def state(self) -> CaseState:
        return self.clock.state

    @property
    def accusation(self) -> bool:
        """检举控告: by its 性质, its 信访目的 or its 内容分类 (纪检监察)."""
        code = self.category_code or ""
        return (
            self.nature is Nature.ACCUSATION
            or self.purpose_code == ACCUSE_PURPOSE
            or code.startswith(DISCIPLINE_CATEGORY)
        )

    @property
    def law_related(self) -> bool:
        """涉法涉诉: a 政法 matter, or one already routed into a legal procedure."""
        return (self.category_code or "").startswith(LAW_CATEGORY) or self.latest(K.DIVERT) is not None

    @property
    def from_upper(self) -> bool:
        return self.detail.registration.source in UPPER_SOURCES

    def steps(self, *kinds: StepKind) -> list[StepView]:
        wanted = {k.value for k in kinds}
        return [s for s in self.detail.steps if s.kind in wanted]

    def latest(self, *kinds: StepKind) -> StepView | None:
        found = self.steps(*kinds)
        return found[-1] if found else None

    def template(self, kind: str) -> dict[str, str]:
        return self.templates[kind]


def load_case_file(ctx: Context, case_id: int, *, unmasked: bool = False) -> CaseFile:
    """Read a case for printing (the read is audited as a view of the full record by `case_detail`)."""
    detail = case_detail(ctx, case_id, unmasked=unmasked)
    case_clock_now = case_clock(ctx, case_id)
    office = get_local_office(ctx)
    with ctx.db.reading() as session:
        category_id, purpose_id = session.execute(
            select(Case.category_id, Case.purpose_id).where(Case.id == case_id)
        ).one()
        category_code = session.scalar(select(Category.code).where(Category.id == category_id))
        purpose_code = session.scalar(select(Purpose.code).where(Purpose.id == purpose_id))
        rules = clock_rules(session)
        names = real_names(session, [detail.registration.created_by, *(s.actor for s in detail.steps)])
    return CaseFile(
        detail=detail,
        clock=case_clock_now,
        office_name=office.name if office else "",
        office_code=office.code if office else "",
        category_code=category_code,
        purpose_code=purpose_code,
        rules=rules,
        cal=load_calendar(ctx),
        templates=report_templates.all_templates(ctx),
        today=clock.today(),
        names=names,
    )


def load_case_outline(ctx: Context, case_id: int) -> CaseFile:
    """The same without the petitioners and without auditing a view (for deciding what a menu offers)."""
    detail = case_outline(ctx, case_id)
    with ctx.db.reading() as session:
        category_id, purpose_id = session.execute(
            select(Case.category_id, Case.purpose_id).where(Case.id == case_id)
        ).one()
        category_code = session.scalar(select(Category.code).where(Category.id == category_id))
        purpose_code = session.scalar(select(Purpose.code).where(Purpose.id == purpose_id))
        rules = clock_rules(session)
    return CaseFile(
        detail=detail,
        clock=case_clock(ctx, case_id),
        office_name="",
        office_code="",
        category_code=category_code,
        purpose_code=purpose_code,
        rules=rules,
        cal=load_calendar(ctx),
        templates=report_templates.all_templates(ctx),
        today=clock.today(),
    )
