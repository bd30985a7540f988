"""The common spaces as bookable rooms: capacity, equipment, opening hours, keys, rules."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from borgo_desktop.models import Building, CommonSpace
from borgo_desktop.models.enums import RequesterKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.recurrence import WEEKDAYS
from borgo_desktop.services.core.problems import Problems

_HHMM = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]|24:00")


@dataclass(frozen=True)
class SpaceView:
    id: uuid.UUID
    code: str
    name: str
    building_code: str
    purpose: str
    capacity: int | None
    equipment: str
    opening_hours: tuple[tuple[str, str] | None, ...] | None
    bookable_by: tuple[RequesterKind, ...]
    rules: str
    keys_needed: bool
    key_holder: str
    needs_approval: bool

    def hours_text(self) -> str:
        """'lun–ven 08:00–20:00, sab 09:00–23:00, dom chiuso' style, one line per day."""
        if not self.opening_hours:
            return "sempre aperto"
        return "; ".join(f"{WEEKDAYS[i][:3]} {h[0]}–{h[1]}" if h else f"{WEEKDAYS[i][:3]} chiuso"
                         for i, h in enumerate(self.opening_hours))


@dataclass(frozen=True)
class SpaceInput:
    capacity: int | None
    equipment: str = ""
    opening_hours: tuple[tuple[str, str] | None, ...] | None = None  # Monday first
    bookable_by: tuple[RequesterKind, ...] = tuple(RequesterKind)
    rules: str = ""
    keys_needed: bool = False
    key_holder: str = ""
    needs_approval: bool = False


def _view(space: CommonSpace, building_code: str) -> SpaceView:
    hours = (tuple(tuple(h) if h else None for h in space.opening_hours)
             if space.opening_hours else None)
    return SpaceView(space.id, space.code, space.name, building_code, space.purpose,
                     space.capacity, space.equipment, hours,
                     tuple(RequesterKind(k) for k in space.bookable_by or ()), space.rules,
                     space.keys_needed, space.key_holder, space.needs_approval)


def list_spaces(ctx: Context, *, bookable_only: bool = True) -> list[SpaceView]:
    query = (select(CommonSpace, Building.code)
             .join(Building, CommonSpace.building_id == Building.id).order_by(CommonSpace.name))
    if bookable_only:
        query = query.where(CommonSpace.bookable.is_(True))
    with ctx.store.read() as session:
        return [_view(space, code) for space, code in session.execute(query)]


def get_space(ctx: Context, space_id: uuid.UUID) -> SpaceView:
    with ctx.store.read() as session:
        space = get_or_fail(session, CommonSpace, space_id, "Spazio")
        return _view(space, session.get(Building, space.building_id).code)


def check_space(data: SpaceInput) -> Problems:
    problems = Problems()
    if data.capacity is not None and data.capacity <= 0:
        problems.add("capacity", "La capienza deve essere un numero positivo.")
    for index, hours in enumerate(data.opening_hours or ()):
        if hours is None:
            continue
        opens, closes = hours
        if not (_HHMM.fullmatch(opens) and _HHMM.fullmatch(closes)):
            problems.add(f"hours.{index}", "Orario di {day} non valido: usare il formato 08:30.",
                         day=WEEKDAYS[index])
        elif closes <= opens:
            problems.add(f"hours.{index}", "Il {day} l'orario di chiusura viene prima "
                         "dell'apertura.", day=WEEKDAYS[index])
    if data.opening_hours is not None and len(data.opening_hours) != 7:
        problems.add("hours", "Indicare l'orario di tutti e sette i giorni.")
    if not data.bookable_by:
        problems.add("bookable_by", "Indicare chi può prenotare lo spazio.")
    if data.keys_needed and not data.key_holder.strip():
        problems.add("key_holder", "Indicare chi custodisce le chiavi.")
    return problems


def update_space(ctx: Context, space_id: uuid.UUID, data: SpaceInput) -> SpaceView:
    require(ctx, Permission.SPACE_MANAGE)
    problems = check_space(data)
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        space = get_or_fail(session, CommonSpace, space_id, "Spazio")
        space.capacity = data.capacity
        space.equipment = data.equipment.strip()
        space.opening_hours = ([list(h) if h else None for h in data.opening_hours]
                               if data.opening_hours else None)
        space.bookable_by = [k.value for k in data.bookable_by]
        space.rules = data.rules.strip()
        space.keys_needed = data.keys_needed
        space.key_holder = data.key_holder.strip()
        space.needs_approval = data.needs_approval
        ctx.stamp(space)
        audit.record(ctx, session, "space.update", "space", space.id,
                     audit.changed_fields(space), space.code)
        session.commit()
        return _view(space, session.get(Building, space.building_id).code)
