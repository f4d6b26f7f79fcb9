"""The outreach, reception and study sentences of the annual report section (法治政府建设工作报告,
信访工作总结), written from the year's records the way such reports write them:

    全年开展《信访工作条例》宣传进乡村、进社区、进学校、进企业、进单位集中宣传活动44场次，发放宣传资料
    3万余份，覆盖城乡群众8.5万余人次。……局干部职工集中学法6次，组织学法考试1次，通过率100%；…
"""

from __future__ import annotations

from datetime import date

from fazhi_desktop.domain.outreach import ReceptionKind, pass_rate
from fazhi_desktop.domain.report_numbers import approx, join_names, percent
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.outreach import reception, study
from fazhi_desktop.services.outreach import stats as outreach_stats
from fazhi_desktop.services.outreach.stats import Totals

#: Kinds that are the general form of an event, not a theme worth naming in the sentence.
_PLAIN_KINDS = ("集中宣传", "其他")


def _kinds_phrase(kinds: list[str]) -> str:
    """The kinds held as the sentence names them: 《信访工作条例》宣传进乡村、进社区及宪法宣传日/周等."""
    into = [k for k in kinds if k.startswith("进")]
    themed = [k for k in kinds if not k.startswith("进") and k not in _PLAIN_KINDS]
    phrase = "《信访工作条例》宣传" + "、".join(into) if into else ""
    if themed:
        phrase += ("及" if phrase else "") + "、".join(themed) + "等"
    return phrase


def _details(total: Totals) -> list[str]:
    s = total.sums
    handed = [
        f"{label}{approx(s[name], '份')}"
        for name, label in (
            ("leaflets", "宣传单"),
            ("brochures", "宣传手册"),
            ("other_materials", "其他资料"),
        )
        if s[name]
    ]
    parts = []
    if handed:
        parts.append("发放" + "、".join(handed))
    if s["boards"]:
        parts.append(f"设立宣传展板{s['boards']}块")
    if s["banners"]:
        parts.append(f"悬挂横幅{s['banners']}条")
    if s["consultations"]:
        parts.append(f"现场解答群众咨询{approx(s['consultations'], '人次')}")
    return parts


def outreach_paragraph(ctx: Context, year: int) -> str | None:
    start, end = date(year, 1, 1), date(year, 12, 31)
    total = outreach_stats.period_total(ctx, start, end)
    if total.events == 0:
        return None
    first = (
        f"全年开展{_kinds_phrase(outreach_stats.kinds_held(ctx, start, end))}集中宣传活动{total.events}场次"
    )
    if total.materials:
        first += f"，发放宣传资料{approx(total.materials, '份')}"
    if total.people_reached:
        first += f"，覆盖城乡群众{approx(total.people_reached, '人次')}"
    sentences = [first]
    details = _details(total)
    if details:
        sentences.append("其中" + "，".join(details))
    names, most = outreach_stats.partner_names(ctx, start, end)
    if names or most:
        count = max(len(names), most)
        who = join_names(names) if len(names) > 3 else "、".join(names) + ("等" if count > len(names) else "")
        sentences.append(f"联合{who}{count}家单位开展联合宣传")
    if total.sums["media_count"]:
        sentences.append(f"相关活动被新闻媒体报道{total.sums['media_count']}次")
    return "；".join(sentences) + "。"


def reception_paragraph(ctx: Context, year: int) -> str | None:
    totals = reception.reception_totals(ctx, date(year, 1, 1), date(year, 12, 31))
    held = [(ReceptionKind(k), t) for k, t in totals.items() if t["events"]]
    if not held:
        return None
    names = {
        ReceptionKind.LEADER_DAY: "领导接访日活动",
        ReceptionKind.DOWN_VISIT: "领导下访",
        ReceptionKind.APPOINTED: "领导约访",
        ReceptionKind.JOINT: "联合接访",
    }
    text = "全年开展" + "、".join(f"{names[k]}{t['events']}次" for k, t in held)
    batches = sum(t["batches"] for _k, t in held)
    people = sum(t["people"] for _k, t in held)
    cases = sum(t["cases"] for _k, t in held)
    if batches or people:
        text += (
            "，接待群众"
            + (f"{batches}批" if batches else "")
            + (f"{approx(people, '人次')}" if people else "")
        )
    if cases:
        text += f"，现场受理信访事项{cases}件"
    return text + "。"


def study_paragraph(ctx: Context, year: int) -> str | None:
    t = study.study_totals(ctx, date(year, 1, 1), date(year, 12, 31))
    parts = []
    if t["collective"]:
        parts.append(f"集中学法{t['collective']}次")
    if t["lecture"]:
        parts.append(f"参加专题讲座{t['lecture']}次")
    if t["central_group"]:
        parts.append(f"开展中心组学习{t['central_group']}次")
    if t["exam"]:
        rate = pass_rate(t["exam_passed"], t["exam_participants"])
        parts.append(f"组织学法考试{t['exam']}次" + (f"，通过率{percent(rate)}" if rate is not None else ""))
    clauses = ["局干部职工" + "，".join(parts)] if parts else []
    trained = []
    for mode, label in (("online", "网络培训"), ("offline", "线下培训")):
        people = t[f"{mode}_trained"]
        if people:  # one training: so many people; several: person-times
            trained.append(f"{people}{'人' if t[f'{mode}_trainings'] == 1 else '人次'}参加{label}")
    if trained:
        clauses.append("、".join(trained))
    if t["consultations"] or t["cases_reviewed"]:
        advice = []
        if t["consultations"]:
            advice.append(f"提供法律咨询{t['consultations']}次")
        if t["cases_reviewed"]:
            advice.append(f"审查信访案件{t['cases_reviewed']}件")
        clauses.append("法律顾问" + "、".join(advice))
    return "；".join(clauses) + "。" if clauses else None


def annual_paragraphs(ctx: Context, year: int) -> list[str]:
    """The year's outreach, reception and study sentences, each a paragraph; none for what did not happen."""
    found = (outreach_paragraph(ctx, year), reception_paragraph(ctx, year), study_paragraph(ctx, year))
    return [p for p in found if p]
