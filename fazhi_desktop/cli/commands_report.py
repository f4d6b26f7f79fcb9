"""fazhi report KIND -o FILE.pdf: print a case document or a report; fazhi report templates: their wording.

fazhi report accept -o 受理告知书.pdf --case 431127-2024-000123
fazhi report forward -o 转送单.pdf --case 431127-2024-000123 --for-unit
fazhi report summary -o 统计.pdf --from 2024-01-01 --to 2024-12-31 [--office 431127]
fazhi report agenda -o 研判.pdf --date 2024-11-20 --since 2024-11-13
fazhi report annual -o 年报.pdf --year 2024
fazhi report audit-seal -o 审计存证单.pdf
fazhi report templates set office phone 0746-1234567
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fazhi_desktop.cli import lazy_reports, meeting_reports
from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.report_kinds import DATED_KINDS, ReportKind
from fazhi_desktop.services.cases.detail import find_case_id
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.reports import printing as reports
from fazhi_desktop.services.reports import templates as report_templates
from fazhi_desktop.services.reports.printing import ReportRequest

HELP = {
    ReportKind.CASE: "信访事项登记处理单（含办理过程）",
    ReportKind.RECEIPT: "登记回执（含存根），交来访群众",
    ReportKind.ACCEPT: "受理告知书（首次打印记录一次「告知」）",
    ReportKind.REJECT: "不予受理告知书（写明理由和依据；检举控告、涉法涉诉不出具）",
    ReportKind.FORWARD: "转送单或交办单（按最近一次转送/交办）",
    ReportKind.EXTENSION: "延期告知书（首次打印记录一次「告知」）",
    ReportKind.REPLY: "信访处理意见书（告知 30 日内可请求复查）",
    ReportKind.REVIEW: "复查意见书",
    ReportKind.RECHECK: "复核意见书",
    ReportKind.DELIVERY: "送达回证（最近一份处理、复查或复核意见书）",
    ReportKind.SUPERVISE: "督办单或催办单（送责任单位）：report supervise 编号 --kind 督办|催办 --date 日期",
    ReportKind.URGE: "催办单（送责任单位，按 --date 当日的办理情况）",
    ReportKind.COMPLETION: "办结报告（报上级转送、交办、督办机关）",
    ReportKind.SUMMARY: "统计报表：总量、指标及口径、分类统计、图表、红色预警名单",
    ReportKind.AGENDA: "研判会议议程：红黄事项、新增集体访、上级交办、新超期",
    ReportKind.ANNUAL: "年度法治政府建设工作报告的信访数据部分（GB/T 9704 公文格式）",
}


def register(commands: SubParsers) -> None:
    top = command(commands, "report", "打印文书和报表（PDF）；report templates 修改文书的措辞")
    kinds = top.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in ReportKind:
        parser = command(kinds, kind.value, HELP[kind])
        dated = kind in DATED_KINDS
        parser.add_argument("-o", "--output", required=not dated, type=Path, help="输出的 PDF 文件")
        if kind.needs_case:
            parser.add_argument("--case", required=not dated, help="信访件编号，例如 431127-2024-000123")
            if dated:
                meeting_reports.add_dated_options(parser, kind)
            parser.add_argument(
                "--unmasked", action="store_true", help="印出完整的证件号码和电话（记入审计日志）"
            )
            parser.add_argument(
                "--for-unit",
                action="store_true",
                help="送单位的文本；检举控告件送被反映对象的文本不含信访人的任何信息",
            )
        elif kind is ReportKind.SUMMARY:
            parser.add_argument("--from", dest="start", type=date_arg, help="起始日期（默认今年 1 月 1 日）")
            parser.add_argument("--to", dest="end", type=date_arg, help="截止日期（默认今年 12 月 31 日）")
            parser.add_argument("--office", help="只统计这个单位（单位代码）")
        elif kind is ReportKind.AGENDA:
            parser.add_argument("--date", dest="day", type=date_arg, help="会议日期（默认今天）")
            parser.add_argument("--since", type=date_arg, help="上次研判的日期（默认会议日期前 7 天）")
        else:
            parser.add_argument("--year", type=int, help="年度（默认今年）")
        parser.set_defaults(handler=_report, report_kind=kind)
    seal = command(kinds, "audit-seal", "审计存证单：审计记录链头的序号和校验值，供单位负责人签字存档")
    seal.add_argument("-o", "--output", required=True, type=Path, help="输出的 PDF 文件")
    seal.set_defaults(handler=_audit_seal)
    meeting_reports.register(kinds)
    lazy_reports.register(kinds)  # 台账进展情况表, 评查通报
    _register_templates(kinds)


def _register_templates(kinds: SubParsers) -> None:
    templates = command(kinds, "templates", "文书模板：list 列出，show 查看，set 修改，reset 恢复默认")
    actions = templates.add_subparsers(dest="action", metavar="ACTION", required=True)
    command(actions, "list", "列出全部文书模板及修改过的项目").set_defaults(handler=_templates_list)
    show = command(actions, "show", "查看一种文书的模板和可用的占位符")
    show.add_argument("template", help="文书：office（本机关信息）、accept、reject……")
    show.set_defaults(handler=_templates_show)
    change = command(actions, "set", "修改一项（正文每行一段；在命令行中可用 \\n 表示换行）")
    change.add_argument("template", help="文书，例如 office 或 accept")
    change.add_argument("field", help="项目，例如 phone、title、body")
    change.add_argument("text", nargs="?", help="新内容；或用 --file 从文本文件读入")
    change.add_argument("--file", type=Path, help="从 UTF-8 文本文件读入新内容")
    change.set_defaults(handler=_templates_set)
    reset = command(actions, "reset", "恢复默认内容（不写项目则恢复整种文书）")
    reset.add_argument("template", help="文书，例如 office 或 accept")
    reset.add_argument("field", nargs="?", help="项目（不填则恢复这份文书的全部项目）")
    reset.set_defaults(handler=_templates_reset)


def _report(args: argparse.Namespace, ctx: Context) -> None:
    kind: ReportKind = args.report_kind
    if kind in DATED_KINDS:
        kind, args.case, args.output = meeting_reports.dated_request(args, kind)
    request = ReportRequest(
        kind=kind,
        case_id=find_case_id(ctx, args.case) if kind.needs_case else None,
        start=getattr(args, "start", None),
        end=getattr(args, "end", None),
        office=getattr(args, "office", None),
        day=getattr(args, "day", None),
        since=getattr(args, "since", None),
        year=getattr(args, "year", None),
        unmasked=getattr(args, "unmasked", False),
        for_unit=getattr(args, "for_unit", False),
    )
    result = reports.make_report(ctx, request, args.output)
    for warning in result.warnings:
        sys.stderr.write(f"注意：{warning}\n")  # the clerk checks the copy before sending it
    lines = [f"已生成{kind.label}：{result.file}（{result.pages} 页）"]
    if result.step_recorded:
        lines.append("已在该信访件记录「告知」步骤。")
    answer = {
        "file": result.file,
        "pages": result.pages,
        "kind": result.kind,
        "title": result.title,
        "step_recorded": result.step_recorded,
    }
    if result.warnings:  # only when there is something to check, so the usual answer is unchanged
        answer["warnings"] = list(result.warnings)
    emit(answer, args.json, "\n".join(lines))


def _audit_seal(args: argparse.Namespace, ctx: Context) -> None:
    # The audit trail's services bring openpyxl (its export): loaded only for this report.
    from fazhi_desktop.services.reports import audit_seal

    result = audit_seal.print_seal(ctx, args.output)
    emit(
        {
            "file": result.file,
            "pages": result.pages,
            "kind": "audit-seal",
            "seq": result.seq,
            "hash": result.hash,
            "at": result.at.isoformat(),
            "entries": result.entries,
        },
        args.json,
        f"已生成审计存证单：{result.file}（链头第 {result.seq} 条，{result.hash}）",
    )


def _templates_list(args: argparse.Namespace, ctx: Context) -> None:
    infos = report_templates.list_templates(ctx)
    lines = [
        f"{i.kind}\t{i.label}" + (f"\t已修改：{'、'.join(i.changed)}" if i.changed else "") for i in infos
    ]
    emit(
        {"templates": [{"kind": i.kind, "label": i.label, "changed": list(i.changed)} for i in infos]},
        args.json,
        "\n".join(lines),
    )


def _templates_show(args: argparse.Namespace, ctx: Context) -> None:
    fields = report_templates.template_fields(ctx, args.template)
    allowed = report_templates.placeholders(args.template)
    lines: list[str] = []
    for f in fields:
        lines.append(f"[{f.name}] {f.label}{'（已修改）' if f.changed else ''}")
        lines += [f"    {line}" for line in (f.value or "（空）").splitlines()]
    if allowed:
        lines.append("可用的占位符：" + "、".join(f"{{{p}}}" for p in allowed))
    emit(
        {
            "template": args.template,
            "fields": [
                {
                    "name": f.name,
                    "label": f.label,
                    "value": f.value,
                    "default": f.default,
                    "changed": f.changed,
                }
                for f in fields
            ],
            "placeholders": list(allowed),
        },
        args.json,
        "\n".join(lines),
    )


def _templates_set(args: argparse.Namespace, ctx: Context) -> None:
    if args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"无法读取文件「{args.file}」：{exc}。请确认它是 UTF-8 文本文件。") from None
    elif args.text is not None:
        text = args.text.replace("\\n", "\n")
    else:
        raise UserError("请写出新内容，或用 --file 指定文本文件。")
    report_templates.set_field(ctx, args.template, args.field, text)
    value = report_templates.template(ctx, args.template)[args.field]
    emit(
        {"template": args.template, "field": args.field, "value": value},
        args.json,
        f"已修改文书模板 {args.template} 的 {args.field}。",
    )


def _templates_reset(args: argparse.Namespace, ctx: Context) -> None:
    report_templates.reset(ctx, args.template, args.field)
    emit(
        {"template": args.template, "field": args.field},
        args.json,
        f"已恢复文书模板 {args.template}{' 的 ' + args.field if args.field else ''} 的默认内容。",
    )
