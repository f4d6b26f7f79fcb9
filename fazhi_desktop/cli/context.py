"""Opening the database a command works on."""

from __future__ import annotations

import argparse

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.services.single_writer import guard


def open_ctx(args: argparse.Namespace) -> Context:
    ctx = open_context(args.db, args.user)
    guard(ctx)  # one writing program at a time; the day's first write backs up first
    ensure_ready(ctx)
    return ctx
