"""Directories an administrator edits: offices, townships and villages, 责任单位, 内容分类, 信访目的, settings.

Nothing here is ever deleted once a case refers to it: entries are retired instead.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.domain.holidays import DayKind
from fazhi_desktop.domain.vocab import OfficeLevel, RegionKind
from fazhi_desktop.store.models.base import Base, Keyed
from fazhi_desktop.store.models.codes import Code


class Office(Keyed, Base):
    """An office that registers cases: the county bureau, a township office, a department."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[OfficeLevel] = mapped_column(Code(OfficeLevel, 20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    retired: Mapped[bool] = mapped_column(default=False)


class Region(Keyed, Base):
    """问题属地: a township (乡镇/街道) or a village (村/社区) under it."""

    __tablename__ = "regions"
    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_regions_parent_name"),)

    code: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[RegionKind] = mapped_column(Code(RegionKind, 20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class Unit(Keyed, Base):
    """责任单位: a county department or township government that handles matters."""

    __tablename__ = "units"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)
    #: Words a clerk may type to find it, space-separated (domain/directory_keywords.py).
    keywords: Mapped[str] = mapped_column(String(400), default="", server_default="")


class Category(Keyed, Base):
    """内容分类: a hierarchical code table."""

    __tablename__ = "categories"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    retired: Mapped[bool] = mapped_column(default=False)
    #: Words a clerk may type to find it (工资 for 劳动报酬), space-separated.
    keywords: Mapped[str] = mapped_column(String(400), default="", server_default="")


class Purpose(Keyed, Base):
    """信访目的."""

    __tablename__ = "purposes"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    retired: Mapped[bool] = mapped_column(default=False)


class Setting(Base):
    """A named setting of this database (thresholds, indicator formulas, the local office)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]]


class HolidayDay(Base):
    """A day of a holiday arrangement an administrator entered (a whole year replaces the shipped one)."""

    __tablename__ = "holiday_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[DayKind] = mapped_column(Code(DayKind, 10))
    name: Mapped[str] = mapped_column(String(50), default="")
