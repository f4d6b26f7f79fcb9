"""fazhi outreach add | list | totals | import | delete | photo | kind: 宣传活动 on the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from fazhi_desktop.cli.output import emit
from fazhi_desktop.cli.parsing import SubParsers, command, date_arg
from fazhi_desktop.domain import clock
from fazhi_desktop.domain.attachments import check_file
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.excel.values import BadValue, parse_count
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.directories import DirectoryKind, find
from fazhi_desktop.services.outreach import events as outreach
from fazhi_desktop.services.outreach import files as outreach_files
from fazhi_desktop.services.outreach import kinds as outreach_kinds
from fazhi_desktop.services.outreach import reception as reception_service
from fazhi_desktop.services.outreach import report as outreach_report
from fazhi_desktop.services.outreach import stats as outreach_stats
from fazhi_desktop.services.outreach import study as study_service
from fazhi_desktop.services.outreach.events import EventFilter, EventInput, EventRow

#: Option → EventInput field, with the help text.
COUNT_OPTIONS = {
    "leaflets": ("leaflets", "宣传单（份）"),
    "brochures": ("brochures", "宣传手册（份）"),
    "materials": ("other_materials", "其他宣传资料（份）；宣传资料总数 = 宣传单 + 宣传手册 + 其他资料"),
    "boards": ("boards", "展板（块）"),
    "banners": ("banners", "横幅（条）"),
    "consultations": ("consultations", "现场咨询（人次）"),
    "people": ("people_reached", "覆盖群众（人次）"),
    "media": ("media_count", "媒体报道（次）"),
}


def count_arg(text: str) -> int:
    """A count as people write it: 5000, 5000份, 3万, 1.2万."""
    try:
        return parse_count(text)
    except BadValue as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def register(commands: SubParsers) -> None:
    top = command(commands, "outreach", "宣传活动：登记、列出、统计、导入台账")
    sub = top.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = command(sub, "add", "登记一场宣传活动")
    add.add_argument("--date", type=date_arg, required=True, help="活动日期")
    add.add_argument("--title", required=True, help="活动主题")
    add.add_argument(
        "--kind", required=True, help="活动类别，例如 进社区（fazhi outreach kind list 列出全部）"
    )
    add.add_argument("--place", default="", help="活动地点")
    add.add_argument("--township", help="所在乡镇（街道）")
    add.add_argument("--organisers", default="", help="主办单位")
    for option, (_field, help_text) in COUNT_OPTIONS.items():
        add.add_argument(f"--{option}", type=count_arg, default=0, help=help_text)
    add.add_argument("--units", type=count_arg, help="联合单位数（默认按 --unit-names 计数）")
    add.add_argument("--unit-names", default="", help="联合单位名称，用顿号分隔，例如 “公安局、法院”")
    add.add_argument("--media-note", default="", help="媒体报道情况")
    add.add_argument("--notes", default="", help="备注")
    add.add_argument("--photo", nargs="+", default=[], metavar="FILE", help="现场照片（每个不超过 20 MB）")
    add.add_argument("--attach", nargs="+", default=[], metavar="FILE", help="其他附件（活动方案、签到表等）")
    add.set_defaults(handler=_add)

    listing = command(sub, "list", "列出宣传活动（最新的在前）")
    listing.add_argument("--year", type=int, help="年度")
    listing.add_argument("--kind", help="活动类别")
    listing.add_argument("--township", help="乡镇（街道）")
    listing.add_argument("--text", default="", help="主题或地点中的文字")
    listing.set_defaults(handler=_list)

    totals = command(sub, "totals", "一年的宣传、接访、学法统计，以及年度报告中的段落")
    totals.add_argument("--year", type=int, help="年度（默认今年）")
    totals.set_defaults(handler=_totals)

    imports = command(sub, "import", "导入宣传活动台账（Excel）")
    imports.add_argument("file", help=".xlsx 或 .xls 文件")
    imports.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    imports.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    imports.set_defaults(handler=_import)

    remove = command(sub, "delete", "删除一场宣传活动（连同照片和附件）")
    remove.add_argument("id", type=int, help="活动编号（fazhi outreach list 中的 id）")
    remove.set_defaults(handler=_delete)

    photo = command(sub, "photo", "为宣传活动添加照片或附件")
    photo.add_argument("id", type=int, help="活动编号")
    photo.add_argument("files", nargs="+", metavar="FILE", help="照片或材料文件（可以多个）")
    photo.add_argument("--attachment", action="store_true", help="作为附件（不要求是图片）")
    photo.set_defaults(handler=_photo)

    kind = command(sub, "kind", "活动类别：list 列出；add / rename / retire 修改")
    kind.add_argument(
        "kind_action",
        choices=["list", "add", "rename", "retire", "restore"],
        help="list 列出、add 添加、rename 改名、retire 停用、restore 恢复",
    )
    kind.add_argument("--name", default="", help="类别名称（rename 时为原名称）")
    kind.add_argument("--new-name", default="", help="新名称（rename）")
    kind.set_defaults(handler=_kind)


def event_json(row: EventRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "uuid": str(row.uuid),
        "date": row.held_on.isoformat(),
        "title": row.title,
        "kind": row.kind_name,
        "place": row.place,
        "township": row.region_name or None,
        "organisers": row.organisers,
        "units": row.partner_count,
        "unit_names": row.partner_names,
        "leaflets": row.leaflets,
        "brochures": row.brochures,
        "other_materials": row.other_materials,
        "materials": row.materials,
        "boards": row.boards,
        "banners": row.banners,
        "consultations": row.consultations,
        "people_reached": row.people_reached,
        "media_count": row.media_count,
        "media_note": row.media_note,
        "notes": row.notes,
        "photos": row.photo_count,
    }


def _add(args: argparse.Namespace, ctx: Context) -> None:
    files = [(path, True) for path in args.photo] + [(path, False) for path in args.attach]
    for path, photo in files:  # every file checked before anything is written
        name, data = outreach_files.read_upload(path)
        check_file(name, data, photo=photo)
    data = EventInput(
        held_on=args.date,
        title=args.title,
        kind=args.kind,
        place=args.place,
        township=args.township,
        organisers=args.organisers,
        partner_names=args.unit_names,
        partner_count=args.units,
        media_note=args.media_note,
        notes=args.notes,
        **{name: getattr(args, option) for option, (name, _help) in COUNT_OPTIONS.items()},
    )
    row = outreach.add_event(ctx, data)
    for path, photo in files:
        outreach_files.add_path(ctx, row.id, path, photo=photo)
    row = outreach.get_event(ctx, row.id)
    emit(
        {"event": event_json(row)},
        args.json,
        f"已登记宣传活动（编号 {row.id}）：{row.held_on} {row.title}"
        + (f"，照片和附件 {len(files)} 个" if files else ""),
    )


def _list(args: argparse.Namespace, ctx: Context) -> None:
    kind_id = township_id = None
    with ctx.db.reading() as session:
        if args.kind:
            kind_id = outreach_kinds.resolve_kind(session, args.kind)
        if args.township:
            found = find(session, DirectoryKind.TOWNSHIP, args.township)
            if found is None:
                raise UserError(
                    f"乡镇（街道）「{args.township}」不存在。用 fazhi directory list township 查看。"
                )
            township_id = found.id
    rows = outreach.list_events(
        ctx, EventFilter(year=args.year, kind_id=kind_id, region_id=township_id, text=args.text)
    )
    lines = [
        f"{r.id}\t{r.held_on}\t{r.kind_name}\t{r.title}\t{r.place}\t资料 {r.materials} 份\t覆盖 {r.people_reached} 人次"
        for r in rows
    ]
    lines.append(f"共 {len(rows)} 场")
    emit({"total": len(rows), "events": [event_json(r) for r in rows]}, args.json, "\n".join(lines))


def _totals(args: argparse.Namespace, ctx: Context) -> None:
    year = args.year or clock.today().year
    start, end = date(year, 1, 1), date(year, 12, 31)
    total = outreach_stats.period_total(ctx, start, end)
    paragraphs = outreach_report.annual_paragraphs(ctx, year)
    payload = {
        "year": year,
        "outreach": outreach_stats.outreach_totals(ctx, start, end),
        "total": total.as_json(),
        "by_kind": [t.as_json() for t in outreach_stats.totals_by_kind(ctx, start, end)],
        "by_month": [t.as_json() for t in outreach_stats.totals_by_month(ctx, year)],
        "by_township": [t.as_json() for t in outreach_stats.totals_by_township(ctx, start, end)],
        "reception": reception_service.reception_totals(ctx, start, end),
        "study": study_service.study_totals(ctx, start, end),
        "paragraphs": paragraphs,
    }
    lines = [
        f"{year} 年：宣传活动 {total.events} 场次，宣传资料 {total.materials} 份，覆盖 {total.people_reached} 人次",
        *(
            f"  {t.label}：{t.events} 场次"
            for t in outreach_stats.totals_by_kind(ctx, start, end, all_kinds=False)
        ),
        "",
        *paragraphs,
    ]
    emit(payload, args.json, "\n".join(lines))


def _import(args: argparse.Namespace, ctx: Context) -> None:
    from fazhi_desktop.services.outreach.importing import import_events

    result = import_events(ctx, args.file, sheet=args.sheet, dry_run=args.dry_run)
    level = {"error": "未导入", "warning": "提醒"}
    lines = [
        f"工作表「{result.sheet}」，表头在第 {result.header_row} 行。{result.summary()}。",
        *(f"第 {p.row} 行（{level[p.level]}）：{p.message}" for p in result.problems),
    ]
    emit(result.as_json(), args.json, "\n".join(lines))


def _delete(args: argparse.Namespace, ctx: Context) -> None:
    row = outreach.get_event(ctx, args.id)
    outreach.delete_event(ctx, args.id)
    emit({"deleted": event_json(row)}, args.json, f"已删除宣传活动：{row.held_on} {row.title}")


def _photo(args: argparse.Namespace, ctx: Context) -> None:
    checked = []
    for path in args.files:
        name, data = outreach_files.read_upload(path)
        check_file(name, data, photo=not args.attachment)
        checked.append(path)
    added = [outreach_files.add_path(ctx, args.id, path, photo=not args.attachment) for path in checked]
    emit(
        {"files": [{"id": f.id, "filename": f.filename, "size": f.size, "sha256": f.sha256} for f in added]},
        args.json,
        "\n".join(f"已添加：{f.filename}（{f.size} 字节）" for f in added),
    )


def _kind(args: argparse.Namespace, ctx: Context) -> None:
    action = args.kind_action
    if action != "list":
        if not args.name.strip():
            raise UserError("请用 --name 指定活动类别名称。")
        if action == "add":
            outreach_kinds.add_kind(ctx, args.name)
        else:
            with ctx.db.reading() as session:
                row = outreach_kinds.find_kind(session, args.name)
                if row is None:
                    raise UserError(f"没有「{args.name}」这个活动类别。")
                kind_id = row.id
            if action == "rename":
                outreach_kinds.rename_kind(ctx, kind_id, args.new_name)
            else:
                outreach_kinds.retire_kind(ctx, kind_id, action == "retire")
    kinds = outreach_kinds.list_kinds(ctx)
    emit(
        {"kinds": [{"code": k.code, "name": k.name, "retired": k.retired} for k in kinds]},
        args.json,
        "\n".join(f"{k.code}\t{k.name}" + ("（已停用）" if k.retired else "") for k in kinds),
    )
