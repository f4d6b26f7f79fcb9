"""An administrator's choices of the 评查 rules (a rule switched off, a weight changed), stored as the
setting `conformity_rules`; the next refresh judges every case again by the new version."""

from __future__ import annotations

from sqlalchemy import select

from fazhi_desktop.domain.conformity.rules import RULES, RuleSet
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.services.conformity.keeping import load_ruleset, ruleset_of
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import stored_settings
from fazhi_desktop.store.models import Region, Unit
from fazhi_desktop.store.writes import change

WEIGHT_MAX = 100


def rules(ctx: Context) -> RuleSet:
    return load_ruleset(ctx)


def set_rule(
    ctx: Context, rule_id: str, *, enabled: bool | None = None, weight: int | None = None
) -> RuleSet:
    """Switch a rule on or off or change its weight (管理员 only)."""
    if not ctx.actor.may_manage_users:
        raise UserError("只有管理员可以修改评查规则。请用管理员账号登录。")
    known = {r.id for r in RULES}
    if rule_id not in known:
        raise UserError(f"没有评查规则「{rule_id}」。可选：{'、'.join(sorted(known))}")
    if weight is not None and not 0 <= weight <= WEIGHT_MAX:
        raise UserError(f"分值应在 0 到 {WEIGHT_MAX} 之间。")
    with change(ctx.db, ctx.actor, "conformity.rules") as current:
        session = current.session
        choices = dict(stored_settings.read(session, "conformity_rules") or {})
        choice = dict(choices.get(rule_id) or {})
        if enabled is not None:
            choice["enabled"] = enabled
        if weight is not None:
            choice["weight"] = weight
        choices[rule_id] = choice
        stored_settings.write(session, "conformity_rules", choices)
        ruleset = ruleset_of(session)
        current.describe(
            f"修改评查规则 {rule_id}：{choice}（规则版本 {ruleset.version}）", rule=rule_id, **choice
        )
    return ruleset


def unit_id(ctx: Context, name: str) -> int:
    with ctx.db.reading() as session:
        found = session.scalar(select(Unit.id).where(Unit.name == name.strip()))
    if found is None:
        raise UserError(f"找不到责任单位「{name}」。用 fazhi directory list unit 查看。")
    return int(found)


def township_id(ctx: Context, name: str) -> int:
    with ctx.db.reading() as session:
        found = session.scalar(
            select(Region.id).where(Region.name == name.strip(), Region.parent_id.is_(None))
        )
    if found is None:
        raise UserError(f"找不到乡镇「{name}」。用 fazhi directory list township 查看。")
    return int(found)
