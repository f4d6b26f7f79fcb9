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

__all__ = ["Secrecy", "Verdict", "receiver", "verdict_for"]


def receiver(session: Session, unit_name: str) -> Receiver:
    """The unit `unit_name` as the rule sees it, with the directory's bodies tied to it."""
    units = list(session.scalars(select(Unit.name)))
    related = list(related_names(unit_name, units))
    # A township government (塔峰镇人民政府) answers for its villages: 五一村支书 is its own.
    for (township,) in session.execute(select(Region.name).where(Region.kind == "township")):
        if unit_name.startswith(township):
            township_id = select(Region.id).where(Region.name == township, Region.kind == "township")
            related += list(session.scalars(select(Region.name).where(Region.parent_id.in_(township_id))))
    return Receiver(unit_name, tuple(related))


def verdict_for(
    session: Session,
    nature: Nature | str | None,
    accused: str | None,
    accused_unit: str | None,
    unit_name: str,
) -> Verdict:
    """Whether a document for `unit_name` leaves the petitioner out (domain/accusation.py)."""
    is_accusation = nature == Nature.ACCUSATION
    if not is_accusation:
        return decide(False, accused, accused_unit, Receiver(unit_name))
    if not unit_name.strip():
        return Verdict(Secrecy.IN_DOUBT, "没有登记接收单位，无法判断是否送到被反映对象手中")
    return decide(True, accused, accused_unit, receiver(session, unit_name))
