"""The words of the case detail window: its field groups, the flags, the columns of its lists
(petitioners, timeline, the matter's cases, attachments), and how values read: vocabulary codes in
the UI's language, dates, sizes, a step's details in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt

from fazhi_desktop.domain.vocab import (
    Channel,
    DeliveryMethod,
    Labelled,
    LegalProcedure,
    Nature,
    ReplyOutcome,
    ReviewOutcome,
    Satisfaction,
    StepKind,
    Tier,
)
from fazhi_desktop.services.cases.detail import (
    AttachmentView,
    CaseFlags,
    MatterCase,
    PetitionerView,
    StepView,
)
from fazhi_desktop.services.outreach.reception import ReceptionRow
from fazhi_desktop.ui import vocab_text
from fazhi_desktop.ui.record_table import Column

EMPTY = "—"


def shown_label(value: str | None) -> str:
    """A vocabulary value in words (an unknown code as stored); nothing reads as a dash."""
    return vocab_text.shown(value, EMPTY)


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return EMPTY
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class CaseDetailLists(QObject):
    """The words of the case detail window: its field groups, flags and table columns (a QObject for tr())."""

    def field_groups(self) -> list[tuple[str, list[tuple[str, str, bool]]]]:
        """The overview's groups: (title, [(field key, label, spans the whole row)])."""
        return [
            (
                self.tr("Registration"),
                [
                    ("source", self.tr("Source"), False),
                    ("registered_at", self.tr("Registered at"), False),
                    ("upper_number", self.tr("Higher level's number"), False),
                    ("upper_deadline", self.tr("Higher level's deadline"), False),
                    ("online_number", self.tr("Online petition number"), False),
                    ("created_by", self.tr("Registered by"), False),
                    ("postmarked_on", self.tr("Letter date"), False),
                    ("received_on", self.tr("Received on"), False),
                    ("envelope_address", self.tr("Envelope address"), True),
                ],
            ),
            (
                self.tr("Matter"),
                [
                    ("region", self.tr("Location of the problem"), False),
                    ("category", self.tr("Content category"), False),
                    ("nature", self.tr("Nature"), False),
                    ("purpose", self.tr("Purpose"), False),
                    ("head_count", self.tr("Number of people"), False),
                    ("accused_unit", self.tr("Unit complained about"), False),
                    ("accused", self.tr("Person or unit complained about"), True),
                    ("summary", self.tr("Summary"), True),
                    ("content", self.tr("Details"), True),
                ],
            ),
            (
                self.tr("Handling"),
                [
                    ("state", self.tr("State"), False),
                    ("handling_unit", self.tr("Responsible unit"), False),
                    ("due_date", self.tr("Due date"), False),
                    ("closed_on", self.tr("Closed on"), False),
                    ("satisfaction", self.tr("Satisfaction"), False),
                    ("flags", self.tr("Marks"), True),
                ],
            ),
        ]

    def flags_text(self, flags: CaseFlags) -> str:
        words = [
            (flags.cross_level, self.tr("Skips a level")),
            (flags.urgent, self.tr("Major or urgent")),
            (flags.threat, self.tr("Threat of extreme action")),
            (flags.three_cross, self.tr("Three crosses and separations")),
            (flags.anonymous, self.tr("Anonymous")),
            (flags.consent_public, self.tr("Consents to publication")),
            (flags.not_public, self.tr("Not for publication")),
            (flags.is_collective, self.tr("Collective visit")),
            (flags.is_repeat, self.tr("Repeat")),
        ]
        marked = [text for flag, text in words if flag]
        return self.tr("; ").join(marked) if marked else self.tr("None")

    def petitioner_columns(self) -> list[Column[PetitionerView]]:
        return [
            Column(self.tr("Role"), lambda p: shown_label(p.role)),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Sex"), lambda p: shown_label(p.sex)),
            Column(self.tr("Date of birth"), lambda p: format_date(p.birth_date)),
            Column(self.tr("ID number"), lambda p: p.id_number or EMPTY),
            Column(self.tr("Phone"), lambda p: p.phone or EMPTY),
            Column(self.tr("Address"), lambda p: p.address or EMPTY),
        ]

    def step_columns(self) -> list[Column[StepView]]:
        recorded = self.tr("Recorded at %s")
        return [
            Column(
                self.tr("Date"),
                lambda s: format_date(s.occurred_on),
                tooltip=lambda s: recorded % format_date(s.recorded_at),
            ),
            Column(self.tr("Step"), lambda s: shown_label(s.kind)),
            Column(self.tr("By"), lambda s: s.actor),
            Column(self.tr("Details"), self.step_text),
        ]

    def matter_columns(self, current_id: int) -> list[Column[MatterCase]]:
        def kind(case: MatterCase) -> str:
            text = self.tr("Repeat") if case.is_repeat else self.tr("First registration")
            return text + (self.tr(" (this case)") if case.id == current_id else "")

        return [
            Column(self.tr("Case number"), lambda c: c.number),
            Column(self.tr("Registered on"), lambda c: format_date(c.registered_on)),
            Column(self.tr("Kind"), kind),
        ]

    def attachment_columns(self) -> list[Column[AttachmentView]]:
        return [
            Column(self.tr("File"), lambda a: a.filename),
            Column(self.tr("Type"), lambda a: a.media_type),
            Column(self.tr("Size"), lambda a: format_size(a.size), align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Added at"), lambda a: format_date(a.created_at)),
        ]

    def reception_columns(self) -> list[Column[ReceptionRow]]:
        """The 接访 activities where this case was received (领导接访日, 下访, …)."""
        return [
            Column(self.tr("Date"), lambda r: format_date(r.held_on)),
            Column(self.tr("Reception kind"), lambda r: vocab_text.shown(r.kind)),
            Column(self.tr("Receiving leader"), lambda r: r.leader or EMPTY),
            Column(self.tr("Place"), lambda r: r.place or r.region_name or EMPTY),
            Column(self.tr("Cases received"), lambda r: self.tr(", ").join(r.case_numbers)),
        ]

    def step_text(self, step: StepView) -> str:
        """A step's details in words: vocabulary codes as labels, ids left out, free text as typed."""
        labels = {
            "channel": self.tr("Channel"),
            "repeat_of": self.tr("Repeat of"),
            "open_case": self.tr("Open case"),
            "unit": self.tr("Responsible unit"),
            "unit_deadline": self.tr("Unit's deadline"),
            "deadline": self.tr("Deadline"),
            "reason": self.tr("Reason"),
            "no_more": self.tr("Not accepted again"),
            "days": self.tr("Days"),
            "approver": self.tr("Approved by"),
            "hearing": self.tr("Hearing"),
            "procedure": self.tr("Legal procedure"),
            "agreement": self.tr("Agreement"),
            "outcome": self.tr("Outcome"),
            "document_no": self.tr("Document number"),
            "method": self.tr("Method"),
            "signed": self.tr("Signed"),
            "bureau": self.tr("Bureau satisfaction"),
            "satisfaction": self.tr("Satisfaction"),
            "organ": self.tr("Organ"),
            "by_upper": self.tr("By the higher level"),
            "by": self.tr("Supervised by"),
            "tier": self.tr("Tier"),
            "review_on": self.tr("Review again on"),
            "leader": self.tr("Leader"),
            "report_no": self.tr("Report number"),
            "filing_no": self.tr("Filing number"),
            "field": self.tr("Field"),
            "old": self.tr("Was"),
            "new": self.tr("Now"),
            "step_kind": self.tr("Step"),
        }
        vocabularies: dict[str, tuple[Callable[[str], Labelled], ...]] = {
            "channel": (Channel,),
            "procedure": (LegalProcedure,),
            "outcome": (ReplyOutcome, ReviewOutcome),
            "method": (DeliveryMethod,),
            "bureau": (Satisfaction,),
            "unit": (Satisfaction,),  # an evaluation of the unit; a unit's name reads as it is
            "satisfaction": (Satisfaction,),
            "tier": (Tier,),
            "step_kind": (StepKind,),
            "nature": (Nature,),
        }
        colon = self.tr(": ")
        sentence = str(step.details.get("content") or "")
        parts = []
        for key, value in step.details.items():
            if key.endswith("_id") or value in (None, "") or (key != "content" and str(value) in sentence):
                continue  # ids are for the program; what the sentence already says is not repeated
            shown = self.tr("yes") if value is True else self.tr("no") if value is False else str(value)
            for vocabulary in vocabularies.get(key, ()):
                try:
                    shown = vocab_text.shown(vocabulary(shown))
                    break
                except ValueError:
                    continue
            # Free text that already reads as a sentence needs no label.
            parts.append(
                shown if key in ("content", "summary", "note") else labels.get(key, key) + colon + shown
            )
        if step.note:
            parts.append(step.note)
        return self.tr("; ").join(parts) or EMPTY
