"""fazhi case add | list | show | earlier."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, check_id_number_given, command, date_arg, positive_int
from fazhi_desktop.domain.vocab import Channel, Nature, Source
from fazhi_desktop.services.cases import reading as cases
from fazhi_desktop.services.context import Context

if TYPE_CHECKING:
    from fazhi_desktop.services.cases.detail import CaseDetail

FLAGS = {
    "cross_level": "越级",
    "urgent": "重大紧急",
    "threat": "扬言",
    "three_cross": "三跨三分离",
    "anonymous": "匿名",
    "consent_public": "同意公开",
    "not_public": "不宜公开",
}


def register(commands: SubParsers) -> None:
    case = command(commands, "case", "登记和查看信访件")
    sub = case.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = command(sub, "add", "登记一件信访件")
    add.add_argument(
        "--channel", required=True, help="visit/来访 | letter/来信 | online/网上信访 | phone/来电"
    )
    add.add_argument("--summary", required=True, help="摘要（一句话）")
    add.add_argument("--content", default="", help="详细内容")
    add.add_argument("--date", type=date_arg, help="登记日期（默认今天）")
    add.add_argument("--name", default="", help="信访人姓名")
    add.add_argument("--id-number", default="", help="证件号码")
    add.add_argument("--phone", default="", help="联系电话")
    add.add_argument("--address", default="", help="住址")
    add.add_argument("--people", type=positive_int, default=1, help="人数")
    add.add_argument("--source", default="local", help="来源：local 本级登记 | upper_forwarded 上级转送 | …")
    add.add_argument("--upper-number", default="", help="上级件号")
    add.add_argument("--upper-deadline", type=date_arg, help="上级办理期限")
    add.add_argument("--online-number", default="", help="网上信访件编号")
    add.add_argument(
        "--received-on", type=date_arg, help="收信日期（来信；受理或转送、交办的 15 日自此日起算）"
    )
    add.add_argument("--postmarked-on", type=date_arg, help="来信（邮戳）日期")
    add.add_argument("--envelope-address", default="", help="信封地址（来信）")
    add.add_argument("--township", help="问题属地（乡镇或村的名称、代码）")
    add.add_argument("--category", help="内容分类（名称或代码）")
    add.add_argument(
        "--nature", help="性质：suggestion 建议意见类 | accusation 检举控告类 | claim 申诉求决类"
    )
    add.add_argument("--purpose", help="信访目的（名称或代码）")
    add.add_argument("--accused", default="", help="被反映对象")
    add.add_argument("--repeat-of", help="关联为这件信访件（编号）的重复件")
    for flag, label in FLAGS.items():
        add.add_argument(f"--{flag.replace('_', '-')}", action="store_true", help=label)
    add.set_defaults(handler=_add)

    listing = command(sub, "list", "列出信访件（最新的在前）")
    listing.add_argument("--from", dest="date_from", type=date_arg, help="登记日期不早于此日（YYYY-MM-DD）")
    listing.add_argument("--to", dest="date_to", type=date_arg, help="登记日期不晚于此日（YYYY-MM-DD）")
    listing.add_argument("--text", default="", help="编号前缀、信访人姓名或摘要中的文字")
    listing.add_argument("--limit", type=positive_int, default=50, help="最多列出多少件（默认 50）")
    listing.set_defaults(handler=_list)

    show = command(sub, "show", "显示一件信访件的全部内容（写入审计日志）")
    show.add_argument("number", help="信访件编号")
    show.add_argument("--unmasked", action="store_true", help="显示完整的证件号码和电话")
    show.set_defaults(handler=_show)

    earlier = command(sub, "earlier", "查找同一信访人的既往信访件")
    earlier.add_argument("--id-number", default="", help="信访人的证件号码（18 位，旧证 15 位）")
    earlier.add_argument("--name", default="", help="没有证件号码时：信访人姓名（与 --phone 同用）")
    earlier.add_argument("--phone", default="", help="没有证件号码时：联系电话（与 --name 同用）")
    earlier.set_defaults(handler=_earlier)


def _parse_enum(enum: Any, text: str | None) -> Any:
    if text is None:
        return None
    try:
        return enum.parse(text)
    except ValueError:
        return text  # check_case_input names the field and what it should be


def _add(args: argparse.Namespace, ctx: Context) -> None:
    # Registration brings the procedure and the clock: loaded by `case add` alone (start-up, #21).
    from fazhi_desktop.services.cases import registration
    from fazhi_desktop.services.cases.registration import CaseInput, PetitionerInput

    data = CaseInput(
        channel=_parse_enum(Channel, args.channel),
        summary=args.summary,
        content=args.content,
        registered_on=args.date,
        petitioners=[
            PetitionerInput(name=args.name, id_number=args.id_number, phone=args.phone, address=args.address)
        ],
        head_count=args.people,
        source=_parse_enum(Source, args.source),
        upper_number=args.upper_number,
        upper_deadline=args.upper_deadline,
        online_number=args.online_number,
        postmarked_on=args.postmarked_on,
        received_on=args.received_on,
        envelope_address=args.envelope_address,
        region=args.township,
        category=args.category,
        nature=_parse_enum(Nature, args.nature),
        purpose=args.purpose,
        accused=args.accused,
        repeat_of=args.repeat_of,
        **{flag: getattr(args, flag) for flag in FLAGS},
    )
    result = registration.register_case(ctx, data)
    notes = []
    if result.is_collective:
        notes.append("集体访")
    if result.is_repeat:
        notes.append(f"重复件，关联 {result.repeat_of_number}")
    emit(
        {
            "case": {
                "id": result.id,
                "uuid": str(result.uuid),
                "number": result.number,
                "is_collective": result.is_collective,
                "is_repeat": result.is_repeat,
                "repeat_of": result.repeat_of_number,
            }
        },
        args.json,
        f"已登记：{result.number}" + (f"（{'；'.join(notes)}）" if notes else ""),
    )


def _row_json(row: cases.CaseListRow) -> dict[str, Any]:
    return {
        "number": row.number,
        "registered_on": row.registered_on.isoformat(),
        "channel": row.channel,
        "source": row.source,
        "petitioner": row.principal_name,
        "region": row.region_name,
        "category": row.category_name,
        "nature": row.nature,
        "summary": row.summary,
        "state": row.state,
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "tier": row.tier,
        "head_count": row.head_count,
        "is_collective": row.is_collective,
        "is_repeat": row.is_repeat,
    }


def _list(args: argparse.Namespace, ctx: Context) -> None:
    f = cases.CaseFilter(date_from=args.date_from, date_to=args.date_to, text=args.text)
    total = cases.count_cases(ctx, f)
    rows = cases.list_cases(ctx, f, limit=args.limit)
    lines = [
        "\t".join(
            [
                r.number,
                r.registered_on.isoformat(),
                r.channel.label,
                r.principal_name or "匿名",
                r.region_name or "",
                r.summary,
                r.state.label,
            ]
        )
        for r in rows
    ]
    lines.append(f"共 {total} 件" + (f"，显示最新的 {len(rows)} 件" if total > len(rows) else ""))
    emit({"total": total, "cases": [_row_json(r) for r in rows]}, args.json, "\n".join(lines))


def _case_json(detail: CaseDetail) -> dict[str, Any]:
    """The case of `fazhi case show --json`: one flat object, its keys in the order scripts know."""
    reg, subject, flags, handling, tiers = (
        detail.registration,
        detail.subject,
        detail.flags,
        detail.handling,
        detail.tiers,
    )
    return {
        "number": detail.number,
        "channel": reg.channel,
        "source": reg.source,
        "upper_number": reg.upper_number,
        "upper_deadline": reg.upper_deadline,
        "online_number": reg.online_number,
        "registered_on": reg.registered_on,
        "registered_at": reg.registered_at,
        "postmarked_on": reg.postmarked_on,
        "received_on": reg.received_on,
        "envelope_address": reg.envelope_address,
        "nature": subject.nature,
        "purpose": subject.purpose,
        "category": subject.category,
        "region": subject.region,
        "head_count": subject.head_count,
        "is_collective": flags.is_collective,
        "accused": subject.accused,
        "accused_unit": subject.accused_unit,
        "summary": subject.summary,
        "content": subject.content,
        "cross_level": flags.cross_level,
        "urgent": flags.urgent,
        "threat": flags.threat,
        "three_cross": flags.three_cross,
        "anonymous": flags.anonymous,
        "consent_public": flags.consent_public,
        "not_public": flags.not_public,
        "is_repeat": flags.is_repeat,
        "state": handling.state,
        "handling_unit": handling.handling_unit,
        "closed_on": handling.closed_on,
        "satisfaction": handling.satisfaction,
        "due_date": handling.due_date,
        "calendar_warning": handling.calendar_warning,
        "tier": tiers.tier,
        "tier_reasons": tiers.tier_reasons,
        "auto_tier": tiers.auto_tier,
        "assessed_tier": tiers.assessed_tier,
        "tier_note": tiers.tier_note,
        "review_on": tiers.review_on,
        "leader": handling.leader,
        "supervised": handling.supervised,
        "deadline_kind": handling.deadline_kind,
        "window_end": handling.window_end,
        "report_owed": handling.report_owed,
        "needs_attention": handling.needs_attention,
        "created_by": reg.created_by,
        "uuid": str(detail.uuid),
    }


def _show(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.cases.detail import case_detail, find_case_id

    detail = case_detail(ctx, find_case_id(ctx, args.number), unmasked=args.unmasked)
    payload = {
        "case": _case_json(detail),
        "petitioners": [vars(p) for p in detail.petitioners],
        "steps": [vars(s) for s in detail.steps],
        "attachments": [vars(a) for a in detail.attachments],
    }
    reg = detail.registration
    lines = [
        f"{detail.number}  {reg.channel.label}  {reg.registered_on}  {detail.handling.state.label}",
        f"摘要：{detail.subject.summary}",
    ]
    handling = detail.handling
    if handling.due_date is not None:
        what = handling.deadline_kind.label if handling.deadline_kind else "期限"
        lines.append(f"{what}：{handling.due_date}")
    if detail.tiers.tier_reasons:
        lines.append(f"色级：{detail.tiers.tier_reasons}")
    if handling.calendar_warning:
        lines.append(f"注意：{handling.calendar_warning}")
    lines += [f"信访人：{p.name} {p.id_number or ''} {p.phone or ''}".rstrip() for p in detail.petitioners]
    lines += [f"{s.occurred_on}  {s.kind}  {s.actor}" for s in detail.steps]
    emit(payload, args.json, "\n".join(lines))


def _earlier(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.cases import petitioners

    check_id_number_given(args.id_number)
    found = petitioners.find_earlier_cases(ctx, id_number=args.id_number, name=args.name, phone=args.phone)
    lines = [f"{c.number}\t{c.registered_on}\t{c.petitioner_name}\t{c.summary}" for c in found]
    emit(
        {
            "cases": [
                {
                    "number": c.number,
                    "registered_on": c.registered_on.isoformat(),
                    "summary": c.summary,
                    "state": c.state,
                    "petitioner": c.petitioner_name,
                    "matter_id": c.matter_id,
                }
                for c in found
            ]
        },
        args.json,
        "\n".join(lines) or "没有找到既往信访件。",
    )
