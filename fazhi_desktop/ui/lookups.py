"""The one look-up of 内容分类 and 责任单位 as the windows use it: typed words → (shown text, id),
found in the name, the parent's name or the keywords (工资 → 劳动报酬), the most used first
(services/office/lookup.py). The registration form, the case list's filter and the step forms all
take their offers from here."""

from __future__ import annotations

from collections.abc import Callable

from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import lookup
from fazhi_desktop.services.office.directories import DirectoryKind

#: A look-up of a directory: the typed text → (shown text, entry id), best first.
Lookup = Callable[[str], list[tuple[str, int]]]


def directory_lookup(ctx: Context, kind: DirectoryKind, *, ignore_prefix: str = "") -> Lookup:
    """A look-up for a combo's completer; `ignore_prefix` is text the combo shows before anything is
    typed (「全部」), left out when the clerk types after it."""

    def find(text: str) -> list[tuple[str, int]]:
        if ignore_prefix:
            text = text.removeprefix(ignore_prefix)
        return [(found.shown, found.id) for found in lookup.look_up(ctx, kind, text)]

    return find
