"""Domain words on screen: the indicators, the settings, the breakdowns and the tiers' reasons have
English in ui/*_text.py for every key, and the Chinese UI reads exactly the domain's words (so the
two cannot drift apart)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import true

from fazhi_desktop.domain import indicators, tier_reasons
from fazhi_desktop.domain.conformity.rules import RULES
from fazhi_desktop.domain.deadlines import calendar_warning
from fazhi_desktop.domain.holidays import HolidayCalendar
from fazhi_desktop.domain.indicator_facts import OUTCOME_LABELS
from fazhi_desktop.domain.report_kinds import CASE_KINDS, UNIT_COPIES, ReportKind
from fazhi_desktop.domain.triage import TriageRules, triage
from fazhi_desktop.services.office import settings
from fazhi_desktop.services.office.stored_settings import DEFAULTS
from fazhi_desktop.services.outreach.stats import NO_TOWNSHIP, month_label
from fazhi_desktop.services.reports import refusals, wording
from fazhi_desktop.services.reports.printing import CaseOption
from fazhi_desktop.services.statistics import breakdowns
from fazhi_desktop.services.statistics import indicators as figures
from fazhi_desktop.ui import (
    breakdown_text,
    conformity_text,
    i18n,
    indicator_text,
    outreach_text,
    report_text,
    settings_text,
    tier_reason_text,
)
from tests.domain.test_tier_reasons import SAMPLES, TODAY

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
MONTH = breakdowns.BreakdownRow("2024-03", "2024年3月", 0, 0, 0, 0)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")


def _fractions() -> dict[str, figures.Fraction]:
    return figures.fractions(
        figures.IndicatorSettings(), indicators.ReportPeriod.year(2024), None, date(2024, 11, 20), true()
    )


def _settings_used() -> list[tuple[str, dict[str, object]]]:
    """What each indicator's settings are in words, counted both ways, with lists empty and full."""
    plain = figures.IndicatorSettings()
    others = [
        replace(plain, by_registration=frozenset(indicators.INDICATORS)),
        replace(plain, satisfied=(), handling_natures=("claim", "suggestion", "accusation")),
    ]
    used = [(name, s.used_by(name)) for s in (plain, *others) for name in indicators.INDICATORS]
    return [*used, ("repeat_rate", {"tier_due_soon_days": 5, "indicator_by_registration": False})]


def _reasons() -> list[str]:
    return [r for r in (triage(facts, TriageRules(), TODAY).reasons for facts in SAMPLES) if r]


def _notes() -> list[str]:
    return [n for n in (triage(facts, TriageRules(), TODAY).note for facts in SAMPLES) if n]


def _calendar_warnings() -> list[str]:
    """A deadline's own warning, and the one every reader of a deadline gives."""
    calendar = HolidayCalendar()
    return [calendar.missing_year_warning(2027), calendar_warning(date(2027, 2, 18), calendar) or ""]


def _refusal_options() -> list[CaseOption]:
    """A greyed-out document of the 「打印」 menu for every reason (a period report for the one that is
    about a document of no case, the 受理告知书 for the others)."""
    return [
        CaseOption(kind, kind.label, key)
        for key in refusals.REASONS
        for kind in [ReportKind.SUMMARY if key == "not_case_document" else ReportKind.ACCEPT]
    ]


def _every_text() -> list[str]:
    """Everything the tables say, in the language installed."""
    texts = [indicator_text.name(n) for n in indicators.INDICATORS]
    texts += [side for n in indicators.INDICATORS for side in indicator_text.sides(n)]
    texts += [indicator_text.unjudged(n, 37) for n in indicators.INDICATORS]
    texts += [indicator_text.settings_text(used, n) for n, used in _settings_used()]
    texts += [settings_text.setting_label(key) for key in DEFAULTS]
    texts += [breakdown_text.title(n) for n in breakdowns.BREAKDOWNS]
    texts += [breakdown_text.outcome(code) for code in OUTCOME_LABELS]
    texts += [breakdown_text.row_label(breakdowns.Breakdown("month", (MONTH,)), MONTH)]
    texts += [tier_reason_text.reasons_text(t) for t in _reasons()]
    texts += [tier_reason_text.calendar_text(w) for w in _calendar_warnings()]
    texts += [report_text.kind_name(k) for k in wording.KIND_LABELS]
    texts += [report_text.field_name(f) for f in wording.FIELD_LABELS]
    texts += [report_text.document_name(k) for k in ReportKind]
    texts += [report_text.unit_copy_name(k) for k in UNIT_COPIES]
    texts += [report_text.refusal_text(o) for o in _refusal_options()]
    texts += [outreach_text.month_line(month_label(m)) for m in range(1, 13)]
    texts += [outreach_text.township_line(NO_TOWNSHIP)]
    texts += [conformity_text.rule_text(r.id, r.text) for r in RULES]
    texts += [conformity_text.rule_fix(r.id, r.fix) for r in RULES]
    texts += [conformity_text.with_article("x", r.id, r.article) for r in RULES]
    return texts + [tier_reason_text.note_text(t) for t in _notes()]


def test_every_key_has_english() -> None:
    assert set(indicator_text.NAMES) == set(indicator_text.SIDES) == set(indicators.INDICATORS)
    assert set(indicator_text.PERIOD_DATES) == set(indicators.PERIOD_DATES)
    assert set(settings_text.LABELS) == set(settings.LABELS) >= set(DEFAULTS)
    assert set(indicator_text.SHORT_WORDS) == set(figures.SHORT_WORDS)
    assert set(breakdown_text.TITLES) == set(breakdowns.BREAKDOWNS)
    assert set(breakdown_text.NONE_LABELS) == set(breakdowns.NONE_LABELS)
    assert set(tier_reason_text.REASONS) == set(tier_reasons.REASONS)
    assert set(tier_reason_text.NOTE) == set(tier_reasons.NOTE)
    assert set(tier_reason_text.SINGULAR) <= set(tier_reasons.REASONS)
    assert set(report_text.KINDS) == set(wording.KIND_LABELS)
    assert set(report_text.FIELDS) == set(wording.FIELD_LABELS)
    assert set(report_text.REFUSALS) == set(refusals.REASONS)
    rules = {r.id for r in RULES}
    assert set(conformity_text.TEXTS) == set(conformity_text.FIXES) == set(conformity_text.ARTICLES) == rules
    missing = {n for n, f in _fractions().items() if f.missing}
    assert set(indicator_text.MISSING) == missing


def test_the_english_reads_as_english(speak: Callable[[str], None]) -> None:
    speak("en")
    chinese = [text for text in _every_text() if CJK.search(text)]
    # A leader's name and a meeting's reason are what was typed: the samples type them in Chinese.
    typed = ("王局长", "已化解，降为黄色", "维持")
    assert [t for t in chinese if not any(word in t for word in typed)] == []
    assert tier_reason_text.reasons_text(_reasons()[0]) == (
        "Red: Overdue by 3 days (Handling deadline 2024-11-17); Collective visit of 12 people"
    )


def test_zh_cn_reads_exactly_the_domains_words(speak: Callable[[str], None]) -> None:
    speak("zh_CN")
    wrong = [
        (n, indicator_text.name(n), indicators.LABELS[n])
        for n in indicators.INDICATORS
        if indicator_text.name(n) != indicators.LABELS[n]
    ]
    wrong += [
        (n, indicator_text.sides(n), indicators.SIDES[n])
        for n in indicators.INDICATORS
        if indicator_text.sides(n) != indicators.SIDES[n]
    ]
    wrong += [
        (n, indicator_text.unjudged(n, 37), indicators.unjudged_words(37, f.missing))
        for n, f in _fractions().items()
        if f.missing and indicator_text.unjudged(n, 37) != indicators.unjudged_words(37, f.missing)
    ]
    wrong += [
        (n, indicator_text.settings_text(used, n), figures.settings_words(used, n))
        for n, used in _settings_used()
        if indicator_text.settings_text(used, n) != figures.settings_words(used, n)
    ]
    wrong += [
        (k, settings_text.setting_label(k), settings.LABELS[k])
        for k in settings.LABELS
        if settings_text.setting_label(k) != settings.LABELS[k]
    ]
    wrong += [
        (n, breakdown_text.title(n), breakdowns.TITLES[n])
        for n in breakdowns.BREAKDOWNS
        if breakdown_text.title(n) != breakdowns.TITLES[n]
    ]
    for name, label in breakdowns.NONE_LABELS.items():
        row = breakdowns.BreakdownRow(breakdowns.NONE, label, 0, 0, 0, 0)
        shown = breakdown_text.row_label(breakdowns.Breakdown(name, (row,)), row)
        wrong += [(name, shown, label)] if shown != label else []
    wrong += [
        (k, report_text.kind_name(k), f"{label}（{k}）")
        for k, label in wording.KIND_LABELS.items()
        if report_text.kind_name(k) != f"{label}（{k}）"
    ]
    wrong += [
        (f, report_text.field_name(f), label)
        for f, label in wording.FIELD_LABELS.items()
        if report_text.field_name(f) != label
    ]
    wrong += [
        (k, report_text.document_name(k), k.label)
        for k in ReportKind
        if report_text.document_name(k) != k.label
    ]
    # The 「打印」 menu's unit copy, as services/reports/printing.case_options labels it.
    wrong += [
        (k, report_text.unit_copy_name(k))
        for k in CASE_KINDS
        if k in UNIT_COPIES and report_text.unit_copy_name(k) != f"{k.label}（送被反映对象，不含信访人信息）"
    ]
    # Why the menu greys a document out: the services' sentences, templates and filled in.
    wrong += [
        (key, i18n.translate(report_text.CONTEXT, english), refusals.REASONS[key])
        for key, english in report_text.REFUSALS.items()
        if i18n.translate(report_text.CONTEXT, english) != refusals.REASONS[key]
    ]
    wrong += [
        (o.reason_key, report_text.refusal_text(o), o.reason)
        for o in _refusal_options()
        if report_text.refusal_text(o) != o.reason
    ]
    wrong += [
        (m, outreach_text.month_line(month_label(m)))
        for m in range(1, 13)
        if outreach_text.month_line(month_label(m)) != month_label(m)
    ]
    for r in RULES:
        shown = (
            conformity_text.rule_text(r.id, ""),
            conformity_text.rule_fix(r.id, ""),
            conformity_text.rule_article(r.id, ""),
        )
        wrong += [(r.id, shown)] if shown != (r.text, r.fix, r.article) else []
    if conformity_text.with_article("甲", "register.complete", "") != f"甲（{RULES[0].article}）":
        wrong.append(("with_article", conformity_text.with_article("甲", "register.complete", "")))
    if outreach_text.township_line(NO_TOWNSHIP) != NO_TOWNSHIP:
        wrong.append((NO_TOWNSHIP, outreach_text.township_line(NO_TOWNSHIP)))
    wrong += [
        (code, breakdown_text.outcome(code), label)
        for code, label in OUTCOME_LABELS.items()
        if breakdown_text.outcome(code) != label
    ]
    wrong += [
        (text, tier_reason_text.reasons_text(text))
        for text in _reasons()
        if tier_reason_text.reasons_text(text) != text
    ]
    wrong += [
        (text, tier_reason_text.note_text(text))
        for text in _notes()
        if tier_reason_text.note_text(text) != text
    ]
    assert not wrong, "run scripts/i18n.py (i18n/pending/english.tsv):\n" + "\n".join(map(str, wrong))
    for period in (
        indicators.ReportPeriod.year(2024),
        indicators.ReportPeriod.month(2024, 3),
        indicators.ReportPeriod(date(2024, 1, 1), date(2024, 6, 30)),
    ):
        assert breakdown_text.period_text(period) == period.describe()
    month = breakdowns.Breakdown("month", (MONTH,))
    assert breakdown_text.row_label(month, MONTH) == "2024年3月"
    cut = replace(MONTH, label="2024年3月（截至3日）")
    assert breakdown_text.row_label(month, cut) == "2024年3月（截至3日）"


def test_zh_tw_says_them_in_traditional_characters(speak: Callable[[str], None]) -> None:
    speak("zh_TW")
    assert indicator_text.name("on_time_completion_rate") == "按期辦結率"
    assert tier_reason_text.reasons_text("黄：重复访；上级督办") == "黃：重複訪；上級督辦"
    assert report_text.document_name(ReportKind.RECEIPT) == "登記回執"
    reply = CaseOption(ReportKind.REPLY, ReportKind.REPLY.label, "no_reply")
    assert report_text.refusal_text(reply) == "本件尚未答覆，不能列印信訪處理意見書。請先記錄「答覆」。"


def test_the_print_menu_and_the_outreach_months_read_in_english(speak: Callable[[str], None]) -> None:
    speak("en")
    assert report_text.document_name(ReportKind.ACCEPT) == "Notice of acceptance"
    assert report_text.unit_copy_name(ReportKind.FORWARD) == (
        "Forwarding or assignment slip (for the unit reported on, without the petitioner)"
    )
    refused = CaseOption(ReportKind.ACCEPT, ReportKind.ACCEPT.label, "no_unit_copy", unit_copy=True)
    assert report_text.refusal_text(refused) == (
        "“Notice of acceptance” is a document for the petitioner and has no copy for the unit reported on. "
        "The documents with such a copy are: “Case registration and handling sheet”, "
        "“Forwarding or assignment slip”, “Supervision slip”."
    )
    assert report_text.refusal_text(CaseOption(ReportKind.REPLY, ReportKind.REPLY.label, None)) == ""
    assert outreach_text.month_line(month_label(3)) == "March"
    assert outreach_text.township_line("塔峰镇") == "塔峰镇"  # a name the county typed
    assert conformity_text.rule_text("no.such.rule", "旧规则") == "旧规则"  # stored by another version
