"""Opening the database a command works on."""

from __future__ import annotations

import argparse

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office.setup import ensure_ready


def open_ctx(args: argparse.Namespace) -> Context:
    ctx = open_context(args.db, args.user)
    ensure_ready(ctx)
    return ctx
