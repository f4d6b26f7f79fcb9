"""The 规范化评查 paragraph of the annual report (a section after the others, numbered on from them)."""

from __future__ import annotations

from datetime import date

from fazhi_desktop.domain.conformity.bulletin import percent
from fazhi_desktop.services.conformity.rate import RegularityRate, regularity_rate
from fazhi_desktop.services.context import Context

Sections = tuple[tuple[str, tuple[str, ...]], ...]
NUMBERS = "一二三四五六七八九十"


def regularity_paragraph(rate: RegularityRate, year: int) -> str | None:
    if not rate.audits:
        return None
    regular, reviewed = len(rate.regular), len(rate.reviewed)
    return (
        f"{year}年开展信访业务规范化评查 {len(rate.audits)} 次（{'、'.join(rate.audits)}），"
        f"评查案件 {reviewed} 件，其中无未整改问题的 {regular} 件，"
        f"案件办理规范率 {percent(rate.value)}；评查发现的问题均明确整改责任人和整改期限，逐件跟踪整改。"
    )


def add_regularity(ctx: Context, year: int, sections: Sections) -> Sections:
    """The annual report's sections with the 规范化评查 one added when the year had a 评查."""
    paragraph = regularity_paragraph(regularity_rate(ctx, date(year, 1, 1), date(year, 12, 31)), year)
    if paragraph is None:
        return sections
    return (*sections, (f"{NUMBERS[len(sections)]}、信访业务规范化建设", (paragraph,)))
