"""The typed SQLAlchemy models. Import them from here."""

from fazhi_desktop.store.models.base import Base
from fazhi_desktop.store.models.case import (
    Attachment,
    Case,
    CaseCounter,
    CasePetitioner,
    Matter,
    Petitioner,
    Step,
)
from fazhi_desktop.store.models.codes import convert_on_assignment
from fazhi_desktop.store.models.conformity import (
    ConformityFinding,
    ConformityResult,
    ReviewAudit,
    ReviewAuditCase,
    ReviewFinding,
)
from fazhi_desktop.store.models.directory import (
    Category,
    HolidayDay,
    Office,
    Purpose,
    Region,
    Setting,
    Unit,
)
from fazhi_desktop.store.models.exchange import ExchangeHeld, ExchangePackage, ExchangeSent, OfficeKey
from fazhi_desktop.store.models.meetings import ArchiveFiling, CounselSession, Meeting, MeetingDecision
from fazhi_desktop.store.models.outreach import (
    LegalAdvice,
    OutreachEvent,
    OutreachFile,
    OutreachKind,
    ReceptionCase,
    ReceptionEvent,
    StudyActivity,
)
from fazhi_desktop.store.models.people import AuditEntry, User
from fazhi_desktop.store.models.registers import Register, RegisterEntry, RegisterNote
from fazhi_desktop.store.models.search import SearchState

# Every model is defined by now: a code assigned to a vocabulary attribute becomes its member.
convert_on_assignment(Base.registry.mappers)

__all__ = [
    "ArchiveFiling",
    "Attachment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseCounter",
    "CasePetitioner",
    "Category",
    "ConformityFinding",
    "ConformityResult",
    "CounselSession",
    "ExchangeHeld",
    "ExchangePackage",
    "ExchangeSent",
    "HolidayDay",
    "LegalAdvice",
    "Matter",
    "Meeting",
    "MeetingDecision",
    "Office",
    "OfficeKey",
    "OutreachEvent",
    "OutreachFile",
    "OutreachKind",
    "Petitioner",
    "Purpose",
    "ReceptionCase",
    "ReceptionEvent",
    "Region",
    "Register",
    "RegisterEntry",
    "RegisterNote",
    "ReviewAudit",
    "ReviewAuditCase",
    "ReviewFinding",
    "SearchState",
    "Setting",
    "Step",
    "StudyActivity",
    "Unit",
    "User",
]
