"""The documents and reports the program prints (`fazhi report KIND`), each with its Chinese name.

Case documents are filled from one case and its steps; the others cover a period (统计报表, 年度报告)
or a meeting (研判议程).
"""

from __future__ import annotations

from enum import StrEnum


class ReportKind(StrEnum):
    CASE = "case"
    RECEIPT = "receipt"
    ACCEPT = "accept"
    REJECT = "reject"
    FORWARD = "forward"
    EXTENSION = "extension"
    REPLY = "reply"
    REVIEW = "review"
    RECHECK = "recheck"
    DELIVERY = "delivery"
    SUPERVISE = "supervise"
    URGE = "urge"
    COMPLETION = "completion"
    SUMMARY = "summary"
    AGENDA = "agenda"
    ANNUAL = "annual"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def needs_case(self) -> bool:
        return self not in (ReportKind.SUMMARY, ReportKind.AGENDA, ReportKind.ANNUAL)

    @classmethod
    def parse(cls, text: str) -> ReportKind:
        """A kind from its code or its Chinese name (受理告知书, 统计报表, ...)."""
        text = text.strip()
        for kind in cls:
            if text in (kind.value, kind.label, *ALIASES.get(kind, ())):
                return kind
        raise ValueError(text)


LABELS = {
    ReportKind.CASE: "信访事项登记处理单",
    ReportKind.RECEIPT: "登记回执",
    ReportKind.ACCEPT: "受理告知书",
    ReportKind.REJECT: "不予受理告知书",
    ReportKind.FORWARD: "转送/交办单",
    ReportKind.EXTENSION: "延期告知书",
    ReportKind.REPLY: "信访处理意见书",
    ReportKind.REVIEW: "复查意见书",
    ReportKind.RECHECK: "复核意见书",
    ReportKind.DELIVERY: "送达回证",
    ReportKind.SUPERVISE: "督办单",
    ReportKind.URGE: "催办单",
    ReportKind.COMPLETION: "办结报告",
    ReportKind.SUMMARY: "统计报表",
    ReportKind.AGENDA: "研判议程",
    ReportKind.ANNUAL: "年度报告信访部分",
}
ALIASES = {
    ReportKind.CASE: ("登记处理单", "登记单"),
    ReportKind.RECEIPT: ("回执",),
    ReportKind.FORWARD: ("转送单", "交办单"),
    ReportKind.REPLY: ("处理意见书", "答复"),
    ReportKind.SUMMARY: ("统计", "stats"),
    ReportKind.AGENDA: ("研判",),
    ReportKind.ANNUAL: ("年度报告",),
    ReportKind.SUPERVISE: ("督办",),
    ReportKind.URGE: ("催办",),
}
#: The notices that go to the petitioner and, printed, tell them how their matter is handled (a 告知 step).
INFORMING = frozenset({ReportKind.ACCEPT, ReportKind.EXTENSION})
#: Documents that go to a unit, of which a 检举控告 case has a copy without the petitioner (`--for-unit`).
UNIT_COPIES = frozenset({ReportKind.CASE, ReportKind.FORWARD, ReportKind.SUPERVISE})
#: Every document that goes to a unit: going to the unit a 检举控告 accuses, it leaves the petitioner out.
UNIT_DOCUMENTS = UNIT_COPIES | {ReportKind.URGE}
#: Documents printed as of a date of their own (`ReportRequest.day`): the case as it stood that day.
DATED_KINDS = frozenset({ReportKind.SUPERVISE, ReportKind.URGE})
CASE_KINDS = tuple(kind for kind in ReportKind if kind.needs_case)
