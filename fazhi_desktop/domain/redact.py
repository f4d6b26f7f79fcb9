"""Taking personal data out of text that leaves the program's care: error messages and log lines.

A database driver's error can quote the row it refused ("Key (id_number)=(4311…) already exists",
a statement's parameters); a message or a log file is read by people who may not see that row.
`redact` masks what looks like an ID number, a mobile or landline number, and the values a driver
quotes after "=(" or in a parameter list.
"""

from __future__ import annotations

import re

from fazhi_desktop.domain.masking import ID_NUMBER_RE, LANDLINE_RE, MOBILE_RE

_QUOTED_KEY = re.compile(r"\)=\((.*?)\)(?= already exists| is not present|\.|$)", re.M)
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s|$)", re.S)


def redact(text: str) -> str:
    """`text` with ID numbers, phone numbers and quoted row values replaced by *** (the numbers are
    recognised as `domain.masking` recognises them; a log keeps none of their digits)."""
    text = _PARAMETERS.sub("[parameters: ***]", text)
    text = _QUOTED_KEY.sub(")=(***)", text)
    for pattern in (ID_NUMBER_RE, MOBILE_RE, LANDLINE_RE):
        text = pattern.sub("***", text)
    return text
