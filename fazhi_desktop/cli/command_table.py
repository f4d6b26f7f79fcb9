"""Every command of `fazhi`, its one line of help, and the module that parses and runs it.

A command's module (and the services, SQLAlchemy, reportlab … it imports) is imported only when that
command runs: `fazhi --version` and `fazhi --help` import none, `fazhi case list` only
commands_cases. The top-level help is made from this table; a test checks that each module
registers exactly the commands the table gives it, with the same help.
"""

from __future__ import annotations

from types import ModuleType

#: Command → (the module registering it, its help in `fazhi --help`), in the order of that help.
#: A module's commands are listed together, in the order its `register` adds them.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("commands_setup", "创建或升级数据库，并设置本单位"),
    "office": ("commands_setup", "登记和查看单位（县信访局、乡镇信访办、部门）"),
    "directory": ("commands_setup", "维护目录：乡镇、村（社区）、责任单位、内容分类、信访目的"),
    "settings": ("commands_setup", "查看和修改设置"),
    "user": ("commands_user", "用户：添加、列出、重置密码、停用、启用（管理员）；passwd 修改自己的密码"),
    "case": ("commands_cases", "登记和查看信访件"),
    "demo": ("commands_data", "填入逼真的演示数据（试用和性能测试用）"),
    "index": ("commands_data", "让全文检索索引赶上新登记和导入的信访件（通常在后台自动进行）"),
    "calendar": ("commands_clock", "节假日安排与期限计算"),
    "retier": ("commands_clock", "重新计算全部在办信访件的期限和红黄绿（新的一天、改了设置之后）"),
    "step": ("commands_clock", "给信访件记录一个办理步骤（受理、转送、答复、送达……）"),
    "outreach": ("commands_outreach", "宣传活动：登记、列出、统计、导入台账"),
    "import": ("commands_import", "导入 Excel 台账"),
    "study": ("commands_study", "学法：集中学法、专题讲座、中心组学习、学法考试、培训；法律顾问服务"),
    "reception": ("commands_study", "接访：领导接访日、下访、约访、联合接访（与宣传分开统计）"),
    "stats": ("commands_stats", "统计一个时期的数字和指标"),
    "export": ("commands_export", "导出数据到文件"),
    "report": ("commands_report", "打印文书和报表（PDF）；report templates 修改文书的措辞"),
    "backup": ("commands_backup", "把数据库备份到一个文件（程序打开时也可以备份）"),
    "restore": ("commands_backup", "用备份文件替换当前数据库（先自动备份当前数据库）"),
    "check": ("commands_backup", "检查数据库是否完好（不改动数据）；发现问题时退出码为 1"),
    "audit": ("commands_audit", "审计记录：list 查看，export 导出，verify 核对（审计员使用）"),
    "exchange": ("commands_exchange", "与上级或下级单位交换数据（交换包）"),
    "meeting": ("commands_meeting", "研判会议：登记会议、记录对每件的研判决定、列出；领导批示"),
    "counsel": ("commands_meeting", "律师、心理咨询师参与接访：登记、列出、统计"),
    "archive": ("commands_archive", "归档：把办结的信访件归档并编档号；卷内目录；撤销归档；导出一年的档案"),
    "register": ("commands_register", "台账：领导包案、积案、专项攻坚清单及其化解率"),
    "review": ("commands_conformity", "规范化评查：规则、不规范案件、季度评查、整改"),
}


def modules() -> list[str]:
    """The command modules, in the order of the table."""
    return list(dict.fromkeys(module for module, _ in COMMANDS.values()))


def load(module: str) -> ModuleType:  # noqa: PLR0912 (one branch per command module, written out)
    """Import one command module. Written out, not importlib: the import checks see every edge."""
    if module == "commands_setup":
        from fazhi_desktop.cli import commands_setup

        return commands_setup
    if module == "commands_user":
        from fazhi_desktop.cli import commands_user

        return commands_user
    if module == "commands_cases":
        from fazhi_desktop.cli import commands_cases

        return commands_cases
    if module == "commands_data":
        from fazhi_desktop.cli import commands_data

        return commands_data
    if module == "commands_clock":
        from fazhi_desktop.cli import commands_clock

        return commands_clock
    if module == "commands_outreach":
        from fazhi_desktop.cli import commands_outreach

        return commands_outreach
    if module == "commands_import":
        from fazhi_desktop.cli import commands_import

        return commands_import
    if module == "commands_study":
        from fazhi_desktop.cli import commands_study

        return commands_study
    if module == "commands_stats":
        from fazhi_desktop.cli import commands_stats

        return commands_stats
    if module == "commands_export":
        from fazhi_desktop.cli import commands_export

        return commands_export
    if module == "commands_report":
        from fazhi_desktop.cli import commands_report

        return commands_report
    if module == "commands_backup":
        from fazhi_desktop.cli import commands_backup

        return commands_backup
    if module == "commands_audit":
        from fazhi_desktop.cli import commands_audit

        return commands_audit
    if module == "commands_exchange":
        from fazhi_desktop.cli import commands_exchange

        return commands_exchange
    if module == "commands_meeting":
        from fazhi_desktop.cli import commands_meeting

        return commands_meeting
    if module == "commands_archive":
        from fazhi_desktop.cli import commands_archive

        return commands_archive
    if module == "commands_register":
        from fazhi_desktop.cli import commands_register

        return commands_register
    if module == "commands_conformity":
        from fazhi_desktop.cli import commands_conformity

        return commands_conformity
    raise KeyError(module)
