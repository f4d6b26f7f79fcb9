"""Registration forms (登记): one page per channel, keyboard first."""

from fazhi_desktop.ui.registration.form import RegistrationForm

__all__ = ["RegistrationForm"]
