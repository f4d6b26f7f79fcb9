"""fazhi review: 规范化评查 from the command line (issue #22).

fazhi review rules [--json]                         the rule set, its articles, weights and version
fazhi review rules set RULE [--off|--on] [--weight N]   (管理员)
fazhi review cases [--from D --to D] [--unit U --township T --handler LOGIN --rule RULE] --json
fazhi review audit add --name NAME --from D --to D [--sample N | --all | --import FILE] [--team A,B] [--seed S]
fazhi review audit list | show NAME
fazhi review finding add --audit NAME CASE TEXT [--weight N --owner LOGIN --due D]
fazhi review finding close CASE RULE --date D [--note TEXT]
(fazhi report review --audit NAME -o 通报.pdf|.xlsx: cli/review_report.py)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg, positive_int
from fazhi_desktop.domain.conformity.rules import Finding, Rule
from fazhi_desktop.domain.vocab import Nature
from fazhi_desktop.services.cases.detail import find_case_id
from fazhi_desktop.services.conformity import audits, bulletin, choices, keeping, listing, records
from fazhi_desktop.services.context import Context


def register(commands: SubParsers) -> None:
    top = command(commands, "review", "规范化评查：规则、不规范案件、季度评查、整改")
    words = top.add_subparsers(dest="word", metavar="WHAT", required=True)
    rules = command(words, "rules", "列出评查规则（依据条款、分值、是否启用）和规则版本")
    rules.set_defaults(handler=_rules)
    rule_words = rules.add_subparsers(dest="rule_action", metavar="ACTION")
    change = command(rule_words, "set", "启用、停用一条规则或修改分值（管理员）")
    change.add_argument("rule", help="规则编号，例如 intake.timely")
    change.add_argument("--off", action="store_true", help="停用这条规则")
    change.add_argument("--on", action="store_true", help="启用这条规则")
    change.add_argument("--weight", type=int, help="每个问题扣的分值（0–100）")
    change.set_defaults(handler=_rules_set)
    cases = command(words, "cases", "列出有不规范问题的信访件及其问题（按今天的状态）")
    cases.add_argument("--from", dest="start", type=date_arg, help="登记日期起")
    cases.add_argument("--to", dest="end", type=date_arg, help="登记日期止")
    cases.add_argument("--unit", help="责任单位名称")
    cases.add_argument("--township", help="问题属地（乡镇）名称")
    cases.add_argument("--handler", dest="handler_login", help="经办人登录名（登记或记录过步骤）")
    cases.add_argument("--rule", help="只看这条规则的问题")
    cases.set_defaults(handler=_cases)
    _register_audit(words)
    _register_finding(words)


def _register_audit(words: SubParsers) -> None:
    audit = command(words, "audit", "季度评查：add 新建（抽样并自动检查），list 列出，show 查看")
    actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(actions, "add", "新建一次评查：抽样、自动检查每件，并为每个问题定整改责任人和期限")
    add.add_argument("--name", required=True, help="评查名称，例如 2024年第四季度评查")
    add.add_argument("--from", dest="start", required=True, type=date_arg, help="评查期间起（登记日期）")
    add.add_argument("--to", dest="end", required=True, type=date_arg, help="评查期间止")
    way = add.add_mutually_exclusive_group(required=True)
    way.add_argument("--sample", type=positive_int, help="每个责任单位随机抽取的件数")
    way.add_argument("--all", dest="everything", action="store_true", help="期间内的全部案件")
    way.add_argument("--import", dest="import_file", type=Path, help="上级交办的不规范事项清单（Excel）")
    add.add_argument("--nature", help="只抽这种性质的案件（建议意见类、检举控告类、申诉求决类）")
    add.add_argument("--team", default="", help="评查组成员，用逗号分隔")
    add.add_argument("--seed", type=int, help="随机抽样的种子（不填则随机生成并记录）")
    add.add_argument(
        "--fix-days", type=positive_int, default=audits.DEFAULT_FIX_DAYS, help="整改期限天数（默认 30）"
    )
    add.set_defaults(handler=_audit_add)
    command(actions, "list", "列出全部评查及其件数、问题数").set_defaults(handler=_audit_list)
    show = command(actions, "show", "查看一次评查的问题清单和整改情况")
    show.add_argument("name", help="评查名称")
    show.set_defaults(handler=_audit_show)


def _register_finding(words: SubParsers) -> None:
    finding = command(words, "finding", "评查问题：add 记录评查组发现的问题，close 记录整改完成")
    actions = finding.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = command(actions, "add", "记录评查组自己发现的问题")
    add.add_argument("--audit", required=True, help="评查名称")
    add.add_argument("case", help="信访件编号")
    add.add_argument("text", help="问题")
    add.add_argument("--weight", type=int, default=10, help="扣分（默认 10）")
    add.add_argument("--owner", default="", help="整改责任人")
    add.add_argument("--due", type=date_arg, help="整改期限（默认 30 日后）")
    add.set_defaults(handler=_finding_add)
    close = command(actions, "close", "记录整改完成（自动检查的问题须已在信访件中补正）")
    close.add_argument("case", help="信访件编号")
    close.add_argument("rule", help="规则编号（评查组问题为 team，上级交办为 upper）")
    close.add_argument("--date", dest="day", required=True, type=date_arg, help="整改完成日期")
    close.add_argument("--note", default="", help="整改情况说明")
    close.set_defaults(handler=_finding_close)


def rule_json(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "article": rule.article,
        "article_verified": rule.verified,
        "text": rule.text,
        "weight": rule.weight,
        "enabled": rule.enabled,
        "fix": rule.fix,
    }


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule_id,
        "article": f.article,
        "text": f.text,
        "detail": f.detail,
        "fix": f.fix,
        "weight": f.weight,
    }


def _rules(args: argparse.Namespace, ctx: Context) -> None:
    ruleset = choices.rules(ctx)
    lines = [f"评查规则（版本 {ruleset.version}）："] + [
        f"{'  ' if r.enabled else '停'} {r.id}  {r.text}（{r.article}{'' if r.verified else '，条文序号待核'}）分值 {r.weight}"
        for r in ruleset.rules
    ]
    emit(
        {"version": ruleset.version, "rules": [rule_json(r) for r in ruleset.rules]},
        args.json,
        "\n".join(lines),
    )


def _rules_set(args: argparse.Namespace, ctx: Context) -> None:
    enabled = False if args.off else True if args.on else None
    ruleset = choices.set_rule(ctx, args.rule, enabled=enabled, weight=args.weight)
    emit(
        {"version": ruleset.version, "rules": [rule_json(r) for r in ruleset.rules]},
        args.json,
        f"已修改。规则版本：{ruleset.version}",
    )


def _cases(args: argparse.Namespace, ctx: Context) -> None:
    keeping.refresh_if_stale(ctx)
    where = listing.FindingFilter(
        start=args.start,
        end=args.end,
        unit_id=choices.unit_id(ctx, args.unit) if args.unit else None,
        township_id=choices.township_id(ctx, args.township) if args.township else None,
        handler=args.handler_login,
        rule_id=args.rule,
    )
    rows = listing.flagged_rows(ctx, listing.flagged_ids(ctx, where))
    payload = {
        "period": {"from": args.start, "to": args.end},
        "rules_version": choices.rules(ctx).version,
        "count": len(rows),
        "cases": [
            {
                "id": r.id,
                "number": r.number,
                "registered_on": r.registered_on,
                "summary": r.summary,
                "region": r.region,
                "unit": r.unit,
                "handler": r.handler,
                "score": r.score,
                "computed_on": r.computed_on,
                "rules_version": r.rules_version,
                "findings": [finding_json(f) for f in r.findings],
            }
            for r in rows
        ],
    }
    text = [f"有不规范问题的信访件 {len(rows)} 件："]
    for r in rows:
        text.append(f"{r.number}  {r.summary}  得分 {r.score}")
        text += [f"    - {f.detail}（{f.article}）" for f in r.findings]
    emit(payload, args.json, "\n".join(text))


def _audit_add(args: argparse.Namespace, ctx: Context) -> None:
    data = audits.AuditInput(
        name=args.name,
        start=args.start,
        end=args.end,
        team=[m for m in args.team.replace("，", ",").split(",") if m.strip()],
        sample=args.sample,
        everything=args.everything,
        import_file=args.import_file,
        nature=Nature.parse(args.nature) if args.nature else None,
        seed=args.seed,
        fix_days=args.fix_days,
    )
    result = audits.add_audit(ctx, data)
    payload = {
        "id": result.id,
        "name": result.name,
        "cases": result.cases,
        "findings": result.findings,
        "seed": result.seed,
        "skipped": [{"row": row, "reason": reason} for row, reason in result.skipped],
    }
    text = f"已新建评查「{result.name}」：{result.cases} 件，{result.findings} 个问题" + (
        f"（随机种子 {result.seed}）" if result.seed is not None else ""
    )
    text += "".join(f"\n第 {row} 行未导入：{reason}" for row, reason in result.skipped)
    emit(payload, args.json, text)


def _audit_list(args: argparse.Namespace, ctx: Context) -> None:
    rows = records.audits(ctx)
    emit(
        {"audits": [{**r.__dict__, "team": list(r.team)} for r in rows]},
        args.json,
        "\n".join(
            f"{r.name}  {r.start}–{r.end}  {r.cases} 件  问题 {r.findings}（未整改 {r.open_findings}）"
            for r in rows
        )
        or "还没有评查。",
    )


def _audit_show(args: argparse.Namespace, ctx: Context) -> None:
    audit = audits.audit_id(ctx, args.name)
    found = records.audit_findings(ctx, audit)
    rate = bulletin.bulletin(ctx, args.name)
    emit(
        {
            "name": args.name,
            "reviewed": rate.reviewed,
            "regular": rate.regular,
            "regularity_rate": rate.rate,
            "findings": [f.__dict__ for f in found],
        },
        args.json,
        "\n".join(
            [f"{args.name}：评查 {rate.reviewed} 件，规范 {rate.regular} 件"]
            + [
                f"{f.number}  {f.rule_id}  {f.detail}  {'整改于 ' + str(f.closed_on) if f.closed_on else '未整改'}"
                for f in found
            ]
        ),
    )


def _finding_add(args: argparse.Namespace, ctx: Context) -> None:
    audit = audits.audit_id(ctx, args.audit)
    case_id = find_case_id(ctx, args.case)
    audits.add_team_finding(
        ctx, audit, case_id, args.text, weight=args.weight, owner=args.owner, due_on=args.due
    )
    emit({"audit": args.audit, "case": args.case, "added": 1}, args.json, "已记录评查组问题。")


def _finding_close(args: argparse.Namespace, ctx: Context) -> None:
    closed = audits.close_findings(ctx, args.case, args.rule, args.day, args.note)
    emit(
        {"case": args.case, "rule": args.rule, "closed": closed, "date": args.day},
        args.json,
        f"已记录整改完成：{closed} 个问题。",
    )
