"""Which documents a case can have today, and why not the others.

Each check names its reason by a stable key (`refusal_key`); `REASONS` says it in Chinese, a sentence
that says what to do (受理告知书 before 受理, 不予受理告知书 for a 检举控告 matter). The command line
and the services print that sentence (`refusal`); the GUI says the key in its own language
(ui/report_text.py `REFUSALS`, whose zh_CN reads these sentences to the character).
"""

from __future__ import annotations

from collections.abc import Callable

from fazhi_desktop.domain.report_kinds import UNIT_COPIES, ReportKind
from fazhi_desktop.domain.vocab import CaseState, StepKind
from fazhi_desktop.services.reports.case_files import CaseFile

K = StepKind

#: The Chinese of every reason, by key. {label} is the document's name, {names} the documents that
#: have a copy for the unit reported on (`UNIT_COPY_KINDS`, each in 「」, joined by 、).
REASONS: dict[str, str] = {
    "not_case_document": "「{label}」不是某一件信访件的文书。",
    "no_unit_copy": "「{label}」是给信访人的文书，没有送单位的版本。送单位的有：{names}。",
    "void": "该信访件已作废，只能打印登记处理单。",
    "not_accepted": "本件尚未受理，不能打印受理告知书。请先办理「受理」（或由责任单位「签收」）。",
    "reject_accusation": (
        "检举控告类事项应转送纪检监察机关或有权处理的机关，不出具不予受理告知书。"
        "请办理「转送」，并打印转送单。"
    ),
    "reject_law_related": (
        "涉法涉诉事项应转送政法部门，或告知信访人通过诉讼、仲裁、行政复议等法定途径解决，"
        "不出具不予受理告知书。请办理「转送」或「导入法定途径」。"
    ),
    "no_reject": "本件没有不予受理的决定，不能打印不予受理告知书。请先办理「不予受理」并写明理由。",
    "not_forwarded": "本件尚未转送或交办，不能打印转送/交办单。请先办理「转送」或「交办」。",
    "no_extension": "本件没有延期记录，不能打印延期告知书。请先办理「延期」（写明理由和批准人）。",
    "no_reply": "本件尚未答复，不能打印信访处理意见书。请先记录「答复」。",
    "no_review": "本件没有复查意见，不能打印复查意见书。请先记录「复查意见」。",
    "no_recheck": "本件没有复核意见，不能打印复核意见书。请先记录「复核意见」。",
    "nothing_to_deliver": "本件还没有需要送达的处理意见书、复查意见书或复核意见书，不能打印送达回证。",
    "no_handling_unit": "本件尚未转送、交办给责任单位，没有督办对象。请先办理「转送」或「交办」。",
    "completion_own_level": "本级登记的信访件无需向上级报送办结报告，只有上级转送、交办、督办的信访件才需要。",
    "completion_not_answered": "本件尚未答复或办结，不能打印办结报告。请在答复、调解或办结后再打印。",
}

#: The documents with a copy for the unit reported on, in the order of `ReportKind`.
UNIT_COPY_KINDS = tuple(sorted(UNIT_COPIES, key=list(ReportKind).index))

#: States after which a matter counts as answered (for the 办结报告).
ANSWERED = frozenset(
    {
        CaseState.REPLIED,
        CaseState.DELIVERED,
        CaseState.REVIEWING,
        CaseState.REVIEW_DELIVERED,
        CaseState.RECHECKING,
        CaseState.COMPLETED,
        CaseState.ENDED,
        CaseState.DIVERTED,
        CaseState.TERMINATED,
    }
)


def refusal_key(file: CaseFile, kind: ReportKind, *, for_unit: bool = False) -> str | None:
    """Why `kind` cannot be printed for the case now, as a key of `REASONS`, or None."""
    if not kind.needs_case:
        return "not_case_document"
    if for_unit and kind not in UNIT_COPIES:
        return "no_unit_copy"
    if file.state is CaseState.VOID and kind is not ReportKind.CASE:
        return "void"
    check = _CHECKS.get(kind)
    return check(file) if check is not None else None


def refusal(file: CaseFile, kind: ReportKind, *, for_unit: bool = False) -> str | None:
    """Why `kind` cannot be printed for the case now (a Chinese sentence that says what to do), or None."""
    key = refusal_key(file, kind, for_unit=for_unit)
    return reason_sentence(key, kind) if key is not None else None


def reason_sentence(key: str, kind: ReportKind) -> str:
    """The Chinese sentence of the reason `key` about the document `kind`."""
    names = "、".join(f"「{k.label}」" for k in UNIT_COPY_KINDS)
    return REASONS[key].format(label=kind.label, names=names)


def _accept(file: CaseFile) -> str | None:
    return "not_accepted" if file.latest(K.ACCEPT, K.SIGN_FOR) is None else None


def _reject(file: CaseFile) -> str | None:
    if file.accusation:
        return "reject_accusation"
    if file.law_related:
        return "reject_law_related"
    return "no_reject" if file.latest(K.REJECT) is None else None


def _forward(file: CaseFile) -> str | None:
    return "not_forwarded" if file.latest(K.FORWARD, K.ASSIGN) is None else None


def _extension(file: CaseFile) -> str | None:
    extensions = [s for s in file.steps(K.EXTEND) if not s.details.get("hearing")]
    return "no_extension" if not extensions else None


def _reply(file: CaseFile) -> str | None:
    return "no_reply" if file.latest(K.REPLY) is None else None


def _review(file: CaseFile) -> str | None:
    return "no_review" if file.latest(K.REVIEW_DECISION) is None else None


def _recheck(file: CaseFile) -> str | None:
    return "no_recheck" if file.latest(K.RECHECK_DECISION) is None else None


def _delivery(file: CaseFile) -> str | None:
    answered = file.latest(K.REPLY, K.REVIEW_DECISION, K.RECHECK_DECISION)
    return "nothing_to_deliver" if answered is None else None


def _supervise(file: CaseFile) -> str | None:
    return "no_handling_unit" if not file.detail.handling.handling_unit else None


def _completion(file: CaseFile) -> str | None:
    if not file.from_upper:
        return "completion_own_level"
    return "completion_not_answered" if file.state not in ANSWERED else None


_CHECKS: dict[ReportKind, Callable[[CaseFile], str | None]] = {
    ReportKind.ACCEPT: _accept,
    ReportKind.REJECT: _reject,
    ReportKind.FORWARD: _forward,
    ReportKind.EXTENSION: _extension,
    ReportKind.REPLY: _reply,
    ReportKind.REVIEW: _review,
    ReportKind.RECHECK: _recheck,
    ReportKind.DELIVERY: _delivery,
    ReportKind.SUPERVISE: _supervise,
    ReportKind.URGE: _supervise,
    ReportKind.COMPLETION: _completion,
}
