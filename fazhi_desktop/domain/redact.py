"""Taking personal data out of text that leaves the program's care: error messages and log lines.

A database driver's error can quote the row it refused ("Key (id_number)=(4311…) already exists",
a statement's parameters); a message or a log file is read by people who may not see that row.
`redact` masks what looks like an ID number, a mobile or landline number, and the values a driver
quotes after "=(" or in a parameter list.
"""

from __future__ import annotations

import re

_ID_NUMBER = re.compile(
    r"(?<![0-9])[1-9][0-9]{5}(?:19|20)?[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx]?(?![0-9])"
)
_PHONE = re.compile(r"(?<![0-9])(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})(?![0-9])")
_QUOTED_KEY = re.compile(r"\)=\((.*?)\)(?= already exists| is not present|\.|$)", re.M)
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s|$)", re.S)


def redact(text: str) -> str:
    """`text` with ID numbers, phone numbers and quoted row values replaced by ***."""
    text = _PARAMETERS.sub("[parameters: ***]", text)
    text = _QUOTED_KEY.sub(")=(***)", text)
    text = _ID_NUMBER.sub("***", text)
    return _PHONE.sub("***", text)
