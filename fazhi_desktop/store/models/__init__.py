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
from fazhi_desktop.store.models.directory import (
    Category,
    HolidayDay,
    Office,
    Purpose,
    Region,
    Setting,
    Unit,
)
from fazhi_desktop.store.models.people import AuditEntry, User

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseCounter",
    "CasePetitioner",
    "Category",
    "HolidayDay",
    "Matter",
    "Office",
    "Petitioner",
    "Purpose",
    "Region",
    "Setting",
    "Step",
    "Unit",
    "User",
]
