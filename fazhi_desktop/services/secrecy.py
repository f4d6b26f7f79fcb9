"""检举控告 secrecy applied: which unit a document or package goes to, and what the rule says of it.

`domain.accusation.decide` holds the rule; this module gives it what the directory knows: the
receiving unit's name, its subordinate bodies and the unit above it (by their names), and for a
township government the villages of its township. Every output that goes to a unit asks
`verdict_for` (printing: 交办单, 转送单, 督办单; exchange packages to a township office).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.accusation import Receiver, Secrecy, Verdict, decide, related_names
from fazhi_desktop.domain.vocab import Nature
from fazhi_desktop.store.models import Region, Unit

__all__ = ["Secrecy", "Verdict", "Verdicts", "verdict_for"]


class Verdicts:
    """`verdict_for` over many cases in one session: the directory is read once, and each receiving
    unit's bodies worked out once (a package or a 评查 asks for thousands of cases)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._directory: tuple[list[str], dict[str, list[str]]] | None = None
        self._receivers: dict[str, Receiver] = {}

    def _read_directory(self) -> tuple[list[str], dict[str, list[str]]]:
        """The units' names, and each township's villages (read when a 检举控告 first needs them)."""
        if self._directory is None:
            session = self._session
            townships = dict(
                session.execute(select(Region.name, Region.id).where(Region.kind == "township")).all()
            )
            villages: dict[int, list[str]] = {}
            for name, parent in session.execute(
                select(Region.name, Region.parent_id).where(Region.parent_id.is_not(None))
            ):
                if parent is not None:
                    villages.setdefault(parent, []).append(name)
            units = list(session.scalars(select(Unit.name)))
            self._directory = units, {town: villages.get(key, []) for town, key in townships.items()}
        return self._directory

    def receiver(self, unit_name: str) -> Receiver:
        """The unit `unit_name` as the rule sees it, with the directory's bodies tied to it."""
        found = self._receivers.get(unit_name)
        if found is None:
            units, villages_of = self._read_directory()
            related = list(related_names(unit_name, units))
            # A township government (塔峰镇人民政府) answers for its villages: 五一村支书 is its own.
            for township, villages in villages_of.items():
                if unit_name.startswith(township):
                    related += villages
            found = self._receivers[unit_name] = Receiver(unit_name, tuple(related))
        return found

    def __call__(
        self, nature: Nature | str | None, accused: str | None, accused_unit: str | None, unit_name: str
    ) -> Verdict:
        """Whether a document for `unit_name` leaves the petitioner out (domain/accusation.py)."""
        if nature != Nature.ACCUSATION:
            return decide(False, accused, accused_unit, Receiver(unit_name))
        if not unit_name.strip():
            return Verdict(Secrecy.IN_DOUBT, "没有登记接收单位，无法判断是否送到被反映对象手中")
        return decide(True, accused, accused_unit, self.receiver(unit_name))


def verdict_for(
    session: Session,
    nature: Nature | str | None,
    accused: str | None,
    accused_unit: str | None,
    unit_name: str,
) -> Verdict:
    """Whether a document for `unit_name` leaves the petitioner out (domain/accusation.py): one
    document's question (for many cases, make one `Verdicts` and ask it)."""
    return Verdicts(session)(nature, accused, accused_unit, unit_name)
