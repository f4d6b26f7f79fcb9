"""Errors a user can cause. Each carries a Chinese message that says what happened and what to do."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in what the user gave us: shown as one line, never as a traceback.

    `field` names the input it concerns (for a form to put the message beside it).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """One or more fields of a form are not acceptable."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field = next(iter(errors))
        super().__init__("；".join(errors.values()), field=first_field)
        self.errors = errors
