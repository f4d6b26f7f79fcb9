"""Opening the database a command works on."""

from __future__ import annotations

import argparse

from fazhi_desktop.services.context import Context, open_context
from fazhi_desktop.services.office.setup import ensure_ready
from fazhi_desktop.services.recovery import damaged
from fazhi_desktop.services.single_writer import guard


def open_ctx(args: argparse.Namespace) -> Context:
    try:
        ctx = open_context(args.db, args.user)
        guard(ctx)  # one writing program at a time; the day's first write backs up first
        ensure_ready(ctx)
    except Exception as exc:
        problem = damaged(args.db)  # a damaged file: name the latest good backup instead
        if problem is not None:
            raise problem from exc
        raise
    return ctx
