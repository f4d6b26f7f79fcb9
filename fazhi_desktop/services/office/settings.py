"""Settings kept in the database: their labels, checking a typed value, and changing one.

The keys, their defaults and reading and writing them inside a transaction are in
`stored_settings` (a leaf the clock's rules read) and are named here too, as `settings.read` and so
on; changing a setting of the clock recomputes the open cases (`services.clock.triage`), which is
why this module sits above the clock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fazhi_desktop.domain.archive import check_pattern
from fazhi_desktop.domain.changes import Changes
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.indicators import DATED_BY_EVENT
from fazhi_desktop.domain.indicators import LABELS as INDICATOR_LABELS
from fazhi_desktop.domain.periods import PERIOD_NAMES
from fazhi_desktop.domain.vocab import Nature, Satisfaction
from fazhi_desktop.services.clock import triage
from fazhi_desktop.services.clock.calendar_in_use import load_calendar
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.stored_settings import DEFAULTS, get, read, read_all, write
from fazhi_desktop.services.permissions import require_write
from fazhi_desktop.store.writes import change

__all__ = [
    "CLOCK_KEYS",
    "DEFAULTS",
    "LABELS",
    "all_settings",
    "check_value",
    "get",
    "parse_value",
    "read",
    "set_value",
    "write",
]

LABELS = {
    "office_code": "本单位代码",
    "collective_threshold": "集体访人数标准（人）",
    "period_route_days": "登记后受理或转送、交办的期限（日）",
    "period_inform_days": "责任单位告知信访人的期限（日）",
    "period_objection_days": "责任单位提出异议的期限（日）",
    "period_handling_days": "办理并书面答复的期限（日，自受理之日起）",
    "extension_max_days": "延期合计不超过（日）",
    "extension_max_count": "每件最多延期次数",
    "extension_from_original_day": "延期自原期限末日（顺延前）起算",
    "period_review_request_days": "请求复查的期限（日，自收到书面答复之日起）",
    "period_review_decision_days": "提出复查意见的期限（日）",
    "period_recheck_request_days": "请求复核的期限（日，自收到复查意见之日起）",
    "period_recheck_decision_days": "提出复核意见的期限（日）",
    "working_day_periods": "按工作日计算的期限（其余按自然日）",
    "handling_clock_natures": "适用办理期限和复查复核的性质",
    "tier_due_soon_days": "黄色预警：距期限不超过（日）",
    "tier_repeat_threshold": "黄色预警：重复访达到（次）",
    "tiers_computed_on": "红黄绿最近计算日期",
    "conformity_rules": "评查规则的开关和扣分（在 评查 › 规则 中修改）",
    "conformity_computed_on": "规范性评查最近计算日期",
    "indicator_satisfied": "群众满意率：计为满意的评价",
    "indicator_resolution_days": "一次性化解率：办结后观察重复信访的天数",
    "indicator_by_registration": "按登记日期（而非到期或发生日期）归入统计期的指标",
    "password_min_length": "密码最短长度（字符）",
    "password_min_kinds": "密码至少包含的字符种类（大写、小写、数字、其他）",
    "password_max_age_days": "密码有效期（日，0 为不过期）",
    "login_max_failures": "连续输错密码几次锁定账号",
    "login_lock_minutes": "账号锁定时长（分钟）",
    "idle_logout_minutes": "无操作多少分钟后锁定窗口",
    "report_templates": "文书模板（用 fazhi report templates 修改）",
    "ledger_mappings": "导入台账时保存的列对应关系（在导入向导中修改）",
    "archive_number_pattern": "档号格式（可用 {year}、{office_code}、{seq}）",
    "backup_folder": "自动备份的文件夹（空：数据库旁的 backups 文件夹）",
    "backup_keep_daily": "自动备份：保留最近几天的每日备份",
    "backup_keep_monthly": "自动备份：保留最近几个月的每月备份",
    "backup_warn_days": "工作台提醒：超过几天没有备份",
}

#: Settings that move deadlines or tiers: changing one recomputes every open case.
CLOCK_KEYS = frozenset(
    key
    for key in DEFAULTS
    if key.startswith(("period_", "extension_", "tier_")) and key != "tiers_computed_on"
) | {"working_day_periods", "handling_clock_natures"}

_RANGES = {
    "collective_threshold": (2, 100),
    "extension_max_days": (0, 365),
    "extension_max_count": (0, 10),
    "tier_due_soon_days": (0, 60),
    "tier_repeat_threshold": (1, 100),
    "indicator_resolution_days": (1, 3650),
    "backup_keep_daily": (1, 365),
    "backup_keep_monthly": (0, 120),
    "backup_warn_days": (1, 365),
    "password_min_length": (8, 64),
    "password_min_kinds": (2, 4),
    "password_max_age_days": (0, 3650),
    "login_max_failures": (1, 20),
    "login_lock_minutes": (1, 1440),
    "idle_logout_minutes": (1, 480),
}
#: Yes/no settings, and the words accepted for each answer when typed.
_BOOLEANS = frozenset({"extension_from_original_day"})
_YES = frozenset({"1", "true", "yes", "y", "on", "是", "对"})
_NO = frozenset({"0", "false", "no", "n", "off", "否", "不"})
_CHOICES = {
    "working_day_periods": {name: name for name in PERIOD_NAMES},
    "handling_clock_natures": {n.value: n.label for n in Nature},
    "indicator_satisfied": {s.value: s.label for s in Satisfaction if s is not Satisfaction.NOT_EVALUATED},
    "indicator_by_registration": {name: INDICATOR_LABELS[name] for name in DATED_BY_EVENT},
}


def all_settings(ctx: Context) -> dict[str, Any]:
    with ctx.db.reading() as session:
        return read_all(session)


def parse_value(key: str, text: str) -> Any:
    """A setting's value from what was typed: an integer, or a comma-separated list."""
    default = DEFAULTS.get(key)
    if key in _BOOLEANS:
        word = text.strip().lower()
        if word in _YES | _NO:
            return word in _YES
        raise UserError(f"设置 {key} 应为 true（是）或 false（否）。")
    if isinstance(default, list):
        return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            raise UserError(f"设置 {key} 应为整数。") from None
    return text


def check_value(key: str, value: Any) -> None:
    """Refuse a value the program cannot work with, saying what is allowed."""
    label = LABELS.get(key, key)
    if key == "ledger_mappings" and not isinstance(value, dict):
        raise UserError("台账列的对应关系请在程序的「导入台账」向导中修改。")
    if key == "report_templates" and not isinstance(value, dict):
        raise UserError(
            "文书模板请用 fazhi report templates set 修改，或在「打印文书」的「文书模板」中修改。"
        )
    if key == "archive_number_pattern":
        check_pattern(str(value))
    if key == "backup_folder":
        _check_folder(value)
    elif key in _BOOLEANS:
        if not isinstance(value, bool):
            raise UserError(f"{label}应为是（true）或否（false）。", field=key)
    elif key in _RANGES:
        low, high = _RANGES[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise UserError(f"{label}应为 {low} 到 {high} 之间的整数。", field=key)
    elif key.startswith("period_"):
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 365:
            raise UserError(f"{label}应为 1 到 365 之间的整数。", field=key)
    elif key in _CHOICES:
        choices = _CHOICES[key]
        if not isinstance(value, list) or any(v not in choices for v in value):
            allowed = "、".join(
                f"{code}（{name}）" if code != name else code for code, name in choices.items()
            )
            raise UserError(f"{label}只能从这些值中选择（用逗号分隔）：{allowed}。", field=key)


def set_value(ctx: Context, key: str, value: Any) -> Changes:
    """Change one setting; a setting of the clock or the tiers recomputes the open cases in the same change."""
    if key not in DEFAULTS:
        raise UserError(f"没有这项设置：{key}。")
    require_write(ctx, "修改设置")
    check_value(key, value)
    with change(ctx.db, ctx.actor, "settings.set") as current:
        old = read(current.session, key)
        write(current.session, key, value)
        summary = f"设置「{LABELS.get(key, key)}」：{old} → {value}"
        if key in CLOCK_KEYS and old != value:
            result = triage.retier_session(current.session, load_calendar(ctx, current.session))
            summary += f"；重新计算 {result.cases} 件在办信访件的期限和红黄绿"
        current.describe(summary, entity="setting", key=key)
    return current.changes


def _check_folder(value: Any) -> None:
    """The automatic backups' folder: empty (beside the database) or an existing folder."""
    if not isinstance(value, str):
        raise UserError("自动备份的文件夹应为一个文件夹的路径。", field="backup_folder")
    if value.strip() and not Path(value.strip()).expanduser().is_dir():
        raise UserError(
            f"文件夹「{value.strip()}」不存在。请先创建它（或插上U盘），再设置为备份位置。",
            field="backup_folder",
        )
