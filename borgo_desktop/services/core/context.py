"""Who is acting, on which store, on which day: passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # the window's first screen is drawn before the store's imports
    from borgo_desktop.store import Store

ROLES = ("front_desk", "facility_manager", "social_worker", "manager", "admin")


@dataclass(frozen=True)
class Actor:
    username: str
    role: str = "manager"
    display_name: str = ""


@dataclass(frozen=True)
class Context:
    store: Store
    actor: Actor
    today: Callable[[], date] = field(default=date.today)

    def stamp(self, record) -> None:
        """Fill the audit columns of a record about to be written."""
        if not getattr(record, "created_by", ""):
            record.created_by = self.actor.username
        record.updated_by = self.actor.username
