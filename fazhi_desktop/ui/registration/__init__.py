"""Registration forms (登记): one page per channel, keyboard first.

`RegistrationForm` is loaded when first asked for: the case list uses the look-up of `fields` at
start-up, and the form brings the reports and PDF printing with it (issue #21, the GUI's start)."""

from __future__ import annotations

from typing import Any

__all__ = ["RegistrationForm"]


def __getattr__(name: str) -> Any:
    if name == "RegistrationForm":
        from fazhi_desktop.ui.registration.form import RegistrationForm

        return RegistrationForm
    raise AttributeError(name)
