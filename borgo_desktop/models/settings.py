"""Office-wide settings (defaults live in code, see services/core/settings.py) and the search index."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked


class Setting(Tracked, Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[object] = mapped_column(JSON)


class SearchEntry(Base):
    """Derived, rebuildable index row for the global search (never synchronised).

    An integer key so SQLite's FTS5 external-content table can follow it by rowid.
    """

    __tablename__ = "search_entries"

    rowid: Mapped[int] = mapped_column("id", Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    ref_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    subtitle: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
