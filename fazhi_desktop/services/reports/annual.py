"""The sentences of the year's 法治政府建设工作报告 data section, written from `statistics.compute` the way
such reports write them:

    2024年，全年共登记信访事项1369件、1995人次，同比上升23.6%；其中来信239件，占17.5%；来访506批968人次…
    依法受理1102件…申诉求决类信访事项812件，其中按信访程序办理790件、依法分类处理导入法定途径22件…
    及时受理率97.1%、按期办结率97.0%、办结率93.2%…

登记 (every registration) and 受理 (those accepted) are different words and different counts; the
period, the basis (which date puts a case into it) and the 同比 period close the first section.

Every figure comes from the same `compute` result (a test reads them back from the PDF); a rate with
nothing to divide is left out of the sentence rather than printed as "—".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from fazhi_desktop.domain.indicator_facts import OUTCOME_LABELS
from fazhi_desktop.pdf.figures import BreakdownRow, Indicator, StatsView, rate_text

#: How the outcome breakdown labels a matter routed into a legal procedure ("导入法定途径：诉讼").
DIVERT_LABEL = "导入法定途径："


def _change_words(change: Indicator | None) -> str:
    if change is None or change.value is None:
        return ""
    if change.value < 0:
        return f"同比下降{rate_text(-change.value)}"
    if change.value > 0:
        return f"同比上升{rate_text(change.value)}"
    return "与上年持平"


def _channel(row: BreakdownRow) -> str:
    share = f"，占{rate_text(row.share)}" if row.share is not None else ""
    if row.label == "来访" and row.people is not None:
        return f"来访{row.cases}批{row.people}人次{share}"
    return f"{row.label}{row.cases}件{share}"


def totals_paragraph(view: StatsView, year: int) -> str:
    """登记 and 受理 each under its own word: every registration is 登记; 受理 only those accepted."""
    cases, people = view.total("cases"), view.total("people")
    first = f"{year}年，全年共登记信访事项{cases.value if cases else 0}件"
    if people is not None:
        first += f"、{people.value}人次"
    change = _change_words(view.indicator("yoy_change"))
    sentence = first + (f"，{change}" if change else "")
    channels = view.breakdown("channel")
    if channels is not None and any(r.cases for r in channels.rows):
        sentence += "；其中" + "；".join(_channel(r) for r in channels.rows if r.cases)
    extras = []
    accepted = view.total("accepted")
    if accepted is not None:
        extras.append(f"依法受理{accepted.value}件")
    collective = view.total("collective_visits")
    if collective is not None and collective.value:
        extras.append(f"集体访{collective.value}批次")
    closed = view.total("closed")
    if closed is not None:
        extras.append(f"已办结{closed.value}件")
    return sentence + "。" + ("，".join(extras) + "。" if extras else "") + _claims(view)


def _claims(view: StatsView) -> str:
    """申诉求决类 by the way it was handled (DOMAIN.md: the petition procedure or 依法分类处理), with the
    调解 and 导入法定途径 counts of the outcome breakdown."""
    claims, diverted = view.total("claims"), view.total("claims_diverted")
    parts = []
    if claims is not None and claims.value:
        split = ""
        if diverted is not None:
            split = f"，其中按信访程序办理{claims.value - diverted.value}件、依法分类处理导入法定途径{diverted.value}件"
        parts.append(f"申诉求决类信访事项{claims.value}件{split}")
    outcomes = view.breakdown("outcome")
    if outcomes is not None:
        mediated = sum(r.cases for r in outcomes.rows if r.label == OUTCOME_LABELS["mediate"])
        routed = [r for r in outcomes.rows if r.label.startswith(DIVERT_LABEL) and r.cases]
        if mediated:
            parts.append(f"经调解达成协议{mediated}件")
        if routed:
            named = "、".join(f"{r.label.removeprefix(DIVERT_LABEL)}{r.cases}件" for r in routed)
            parts.append(f"导入其他法定程序{sum(r.cases for r in routed)}件（{named}）")
    return "；".join(parts) + "。" if parts else ""


def period_note(view: StatsView) -> str:
    """The period and the basis, as every report prints them."""
    note = (
        f"（统计期间：{_day(view.period_from)}至{_day(view.period_to)}，"
        f"数据截至{_day(view.computed_on)}。统计口径：{view.basis}。"
    )
    if view.compared:
        note += f"同比期间：{view.compared}。"
    return note + "）"


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _rates(view: StatsView, keys: Sequence[str]) -> list[str]:
    out = []
    for key in keys:
        figure = view.indicator(key)
        if figure is not None and figure.value is not None:
            unjudged = f"（{figure.unjudged}）" if figure.unjudged else ""
            out.append(f"{figure.label}{figure.text}{unjudged}")
    return out


def handling_paragraphs(view: StatsView) -> list[str]:
    paragraphs: list[str] = []
    handling = _rates(view, ("timely_acceptance_rate", "on_time_completion_rate"))
    cases, closed = view.total("cases"), view.total("closed")
    if cases is not None and closed is not None and cases.value:
        # 办结率 beside 按期办结率: the year's registrations closed by now.
        handling.append(f"办结率{rate_text(closed.value / cases.value)}")
    forwarding = view.indicator("accurate_forwarding_rate")
    if forwarding is not None and forwarding.value is not None and forwarding.denominator:
        handling.append(f"转送、交办信访事项{forwarding.denominator}件，准确转送率{forwarding.text}")
    handling += _rates(view, ("first_time_resolution_rate", "repeat_rate", "leader_resolution_rate"))
    if handling:
        paragraphs += [
            "（一）依法及时受理办理",
            "、".join(handling[:3]) + ("；" + "；".join(handling[3:]) if handling[3:] else "") + "。",
        ]
    evaluation = _rates(view, ("participation_rate", "satisfaction_rate"))
    satisfaction = view.breakdown("satisfaction")
    if evaluation:
        text = "，".join(evaluation)
        if satisfaction is not None:
            counted = [f"{r.label}{r.cases}件" for r in satisfaction.rows if r.cases and r.label != "未评价"]
            if counted:
                text += "（" + "、".join(counted) + "）"
        paragraphs += ["（二）群众满意度评价", text + "。"]
    known = {
        "timely_acceptance_rate",
        "on_time_completion_rate",
        "accurate_forwarding_rate",
        "first_time_resolution_rate",
        "repeat_rate",
        "leader_resolution_rate",
        "participation_rate",
        "satisfaction_rate",
    }
    others = [
        f"{i.label}{i.text}"
        for i in view.indicators
        if i.key not in known and not i.is_change and i.value is not None
    ]
    if others:
        paragraphs += ["（三）其他指标", "、".join(others) + "。"]
    return paragraphs


def _top(rows: Sequence[BreakdownRow], skip: Sequence[str] = ()) -> str:
    ranked = sorted((r for r in rows if r.cases and r.label not in skip), key=lambda r: -r.cases)[:3]
    return "、".join(
        f"{r.label}{r.cases}件" + (f"（占{rate_text(r.share)}）" if r.share is not None else "")
        for r in ranked
    )


def distribution_paragraph(view: StatsView) -> str | None:
    parts = []
    for key, words, skip in (
        ("category", "从内容分类看，反映较多的是", ("未分类",)),
        ("township", "从问题属地看，较集中的是", ("未填写属地",)),
        ("purpose", "从信访目的看，主要是", ("未填写",)),
    ):
        part = view.breakdown(key)
        if part is not None:
            top = _top(part.rows, skip)
            if top:
                parts.append(words + top)
    return "；".join(parts) + "。" if parts else None


def annual_sections(
    view: StatsView, year: int, outreach: Sequence[str], mechanisms: Sequence[str] = ()
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    sections: list[tuple[str, tuple[str, ...]]] = [
        ("一、信访总体情况", (totals_paragraph(view, year), period_note(view)))
    ]
    handling = handling_paragraphs(view)
    if handling:
        sections.append(("二、依法按期办理情况", tuple(handling)))
    distribution = distribution_paragraph(view)
    if distribution:
        sections.append((f"{'三' if handling else '二'}、信访事项分布", (distribution,)))
    if outreach:
        number = "一二三四五"[len(sections)]
        sections.append((f"{number}、法治宣传和学法用法", tuple(outreach)))
    if mechanisms:  # 研判会, 律师参与接访, 归档 (services/meetings/figures.py)
        sections.append((f"{'一二三四五六'[len(sections)]}、研判化解和规范管理", tuple(mechanisms)))
    return tuple(sections)
