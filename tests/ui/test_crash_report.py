"""The crash dialog's report (and the log line made of it) keeps no ID number or phone that an
unexpected error quoted (issue #16): a clerk copies it to technical support."""

from __future__ import annotations

import sys

from fazhi_desktop.ui.crash import report
from tests.services.helpers import id_number


def test_the_crash_report_masks_what_the_error_quoted() -> None:
    number, phone = id_number(), "13812345678"
    try:
        raise RuntimeError(f"UNIQUE constraint failed: petitioners.id_number ({number}, {phone})")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        text = report(kind, value, tb)
    assert "UNIQUE constraint failed" in text and "RuntimeError" in text  # still a useful report
    assert number not in text and phone not in text
