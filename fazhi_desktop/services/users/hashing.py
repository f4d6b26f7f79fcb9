"""Password hashes: argon2id (argon2-cffi) with its recommended parameters, stored in the hash itself.

The clear password lives only in the caller's variable for the call: it is never stored, logged, or
put into an error or an audit entry.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()

#: A hash verified when the login is unknown, so an unknown login costs the same time as a known one.
_DUMMY = _HASHER.hash("fazhi-no-such-user")


def _bytes(password: str) -> bytes:
    # Whatever was typed or pasted (a lone surrogate too) hashes, rather than raising.
    return password.encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    return _HASHER.hash(_bytes(password))


def verify(stored: str | None, password: str) -> bool:
    """Whether `password` matches the stored hash (None: an account with no password matches nothing)."""
    try:
        return _HASHER.verify(stored or _DUMMY, _bytes(password)) and stored is not None
    except (VerificationError, InvalidHashError):
        return False
