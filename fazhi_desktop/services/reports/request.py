"""What to print and what was printed: the request `fazhi report`, the GUI's 打印文书 and the case
menu fill, and the result every kind of report returns.

Below both the case documents (`printing`) and the reports of a period (`periods`), which
`printing.make_report` hands the request on to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fazhi_desktop.domain.report_kinds import ReportKind


@dataclass(frozen=True)
class ReportRequest:
    """What to print. Only the fields of its kind are read."""

    kind: ReportKind
    case_id: int | None = None
    start: date | None = None
    end: date | None = None
    office: str | None = None
    day: date | None = None
    since: date | None = None
    year: int | None = None
    unmasked: bool = False
    for_unit: bool = False
    #: A preview is audited as one and records no step.
    preview: bool = False


@dataclass(frozen=True)
class ReportResult:
    file: str
    pages: int
    kind: str
    title: str
    #: The 告知 step recorded by this print, if any.
    step_recorded: bool = False
    #: What the clerk must check before sending the document (a 检举控告 copy left out in doubt).
    warnings: tuple[str, ...] = ()
