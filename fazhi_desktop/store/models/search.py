"""The state of the full-text search index (see store/search.py)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from fazhi_desktop.store.models.base import Base


class SearchState(Base):
    """One row: the highest case id the SQLite search index has reached."""

    __tablename__ = "search_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    indexed_upto: Mapped[int] = mapped_column(default=0)
