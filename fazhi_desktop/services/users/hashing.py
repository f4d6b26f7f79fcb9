"""Password hashes: argon2id (argon2-cffi) with its recommended parameters, stored in the hash itself.

The parameters are argon2-cffi's defaults, RFC 9106's second recommended option (t=3, 64 MiB, p=4):
about 0.2 s of CPU and 64 MiB on an office PC, once a log-in, by design. Every hash carries its own
parameters, so hashes made under other ones keep verifying.

The clear password lives only in the caller's variable for the call: it is never stored, logged, or
put into an error or an audit entry.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()

#: A hash verified when the login is unknown, so an unknown login costs the same time as a known one.
#: Written out (made once with the parameters above) rather than hashed at import, which doubled
#: every log-in's cost (issue #21); a test checks its parameters are the hasher's.
DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$t7/vrLZPDSiykok3ADuAog$VKbrRsn0NGGrJS6JlkMfjEteOy0H+7OPveQ5q3cnQlA"
)


def _bytes(password: str) -> bytes:
    # Whatever was typed or pasted (a lone surrogate too) hashes, rather than raising.
    return password.encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    return _HASHER.hash(_bytes(password))


def verify(stored: str | None, password: str) -> bool:
    """Whether `password` matches the stored hash (None: an account with no password matches nothing)."""
    try:
        return _HASHER.verify(stored or DUMMY_HASH, _bytes(password)) and stored is not None
    except (VerificationError, InvalidHashError):
        return False
