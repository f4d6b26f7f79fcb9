"""Offices: the one this database belongs to (set by `fazhi init`) and the others it knows."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import OfficeLevel
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office import settings
from fazhi_desktop.store.models import Office
from fazhi_desktop.store.writes import change

CODE_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{1,19}$")


@dataclass(frozen=True)
class OfficeInfo:
    id: int
    uuid: uuid.UUID
    code: str
    name: str
    level: OfficeLevel
    parent_code: str | None
    is_local: bool


class NoLocalOffice(UserError):
    """The database has not been told which office it belongs to."""


def _check(code: str, name: str) -> tuple[str, str]:
    code, name = code.strip(), name.strip()
    if not code:
        raise UserError("请填写单位代码（6位行政区划代码）。", field="code")
    if not CODE_PATTERN.match(code):
        raise UserError(
            f"单位代码「{code}」不合规：应为 2–20 位数字或字母，例如县级行政区划代码 431127。", field="code"
        )
    if not name:
        raise UserError("单位名称不能为空，例如「蓝山县信访局」。", field="name")
    if len(name) > 100:
        raise UserError("单位名称太长（最多 100 个字）。", field="name")
    return code, name


def _parse_level(level: str) -> OfficeLevel:
    try:
        return OfficeLevel.parse(level)
    except ValueError:
        raise UserError(
            f"单位级别「{level}」无法识别：应为 county（县级）、township（乡镇）或 department（部门）。",
            field="level",
        ) from None


def _by_code(session: Session, code: str) -> Office | None:
    return session.scalar(select(Office).where(Office.code == code))


def _parent(session: Session, parent_code: str | None, parent_name: str | None = None) -> Office | None:
    """The office above; a township's first `init` names its county (code and name) and so registers it."""
    if not parent_code:
        return None
    parent = _by_code(session, parent_code.strip())
    if parent is None and parent_name:
        code, name = _check(parent_code, parent_name)
        parent = Office(code=code, name=name, level=OfficeLevel.COUNTY)
        session.add(parent)
        session.flush()
    if parent is None:
        raise UserError(f"上级单位「{parent_code}」不存在。请先用 fazhi office add 登记它。", field="parent")
    return parent


def local_office(session: Session) -> Office:
    """The office this database belongs to; the clerk is told how to set it when it is missing."""
    code = settings.read(session, "office_code")
    office = _by_code(session, code) if code else None
    if office is None:
        raise NoLocalOffice(
            "尚未设置本单位。请先运行 fazhi init --office 代码 --name 名称（或在程序的首次设置中填写）。"
        )
    return office


def _info(office: Office, session: Session, local_code: str | None) -> OfficeInfo:
    parent = session.get(Office, office.parent_id) if office.parent_id else None
    return OfficeInfo(
        id=office.id,
        uuid=office.uuid,
        code=office.code,
        name=office.name,
        level=office.level,
        parent_code=parent.code if parent else None,
        is_local=office.code == local_code,
    )


def init_office(
    ctx: Context,
    code: str,
    name: str,
    level: str = "county",
    parent_code: str | None = None,
    parent_name: str | None = None,
) -> OfficeInfo:
    """Make `code` the office this database belongs to (creating it, or renaming it when it exists)."""
    code, name = _check(code, name)
    office_level = _parse_level(level)
    with change(ctx.db, ctx.actor, "office.init") as current:
        session = current.session
        existing_local = settings.read(session, "office_code")
        if existing_local and existing_local != code:
            raise UserError(
                f"本数据库已属于单位 {existing_local}，不能改为 {code}。"
                "每个单位使用自己的数据库文件；要登记下级单位请用 fazhi office add。",
                field="code",
            )
        office = _by_code(session, code)
        parent = _parent(session, parent_code, parent_name)
        if office is None:
            office = Office(code=code, name=name, level=office_level, parent_id=parent.id if parent else None)
            session.add(office)
        else:
            office.name, office.level = name, office_level
            if parent is not None:
                office.parent_id = parent.id
        settings.write(session, "office_code", code)
        session.flush()
        current.describe(f"设置本单位：{name}（{code}）", entity="office", entity_uuid=office.uuid)
        return _info(office, session, code)


def add_office(
    ctx: Context, code: str, name: str, level: str = "township", parent_code: str | None = None
) -> OfficeInfo:
    """Register another office (a township office under the county, say)."""
    code, name = _check(code, name)
    office_level = _parse_level(level)
    with change(ctx.db, ctx.actor, "office.add") as current:
        session = current.session
        if _by_code(session, code) is not None:
            raise UserError(f"单位代码 {code} 已经登记过了。", field="code")
        parent = _parent(session, parent_code)
        if parent is None and office_level is not OfficeLevel.COUNTY:
            local_code = settings.read(session, "office_code")
            parent = _by_code(session, local_code) if local_code else None
        office = Office(code=code, name=name, level=office_level, parent_id=parent.id if parent else None)
        session.add(office)
        session.flush()
        current.describe(f"登记单位：{name}（{code}）", entity="office", entity_uuid=office.uuid)
        return _info(office, session, settings.read(session, "office_code"))


def list_offices(ctx: Context) -> list[OfficeInfo]:
    with ctx.db.reading() as session:
        local_code = settings.read(session, "office_code")
        offices = session.scalars(select(Office).order_by(Office.code)).all()
        return [_info(o, session, local_code) for o in offices]


def get_local_office(ctx: Context) -> OfficeInfo | None:
    with ctx.db.reading() as session:
        try:
            office = local_office(session)
        except NoLocalOffice:
            return None
        return _info(office, session, office.code)


def office_name(ctx: Context, code: str | None = None) -> str:
    """The name of the office with this code (the code itself when unknown), else of this database's office:
    what titles of reports and exports are headed with."""
    if code:
        found = next((o for o in list_offices(ctx) if o.code == code.strip()), None)
        return found.name if found else code
    local = get_local_office(ctx)
    return local.name if local else ""
