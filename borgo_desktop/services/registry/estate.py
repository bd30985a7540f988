"""The office's own estate: buildings and common spaces edited, and everything retired.

Buildings, units and common spaces are never deleted: leases, tickets, bookings and the
ledger point at them. Retiring one records the day it left the estate; a unit with a
current lease or reserved for a household cannot be retired, nor a building with units
still in use, nor a space with bookings after the day. Creating buildings and units and
editing units is in services/registry/registry.py; the permission is the same
(``ESTATE_MANAGE``: manager and administrator).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from sqlalchemy import func, select

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models import Booking, Building, CommonSpace, Lease, Unit
from borgo_desktop.models.enums import BookingStatus, LeaseStatus, UnitStatus
from borgo_desktop.services.core import audit, search
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.registry.forms import BuildingInput, check_building
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.registry.views import BuildingView, UnitView, building_view, unit_view

__all__ = ["CommonSpaceInput", "CommonSpaceView", "get_building", "list_estate_buildings",
           "update_building", "retire_building", "retire_unit", "list_common_spaces",
           "save_common_space", "retire_common_space"]


@dataclass(frozen=True)
class CommonSpaceInput:
    building_code: str
    code: str
    name: str
    purpose: str = ""
    surface_m2: float | None = None
    capacity: int | None = None


@dataclass(frozen=True)
class CommonSpaceView:
    id: uuid.UUID
    building_code: str
    code: str
    name: str
    purpose: str
    surface_m2: float | None
    capacity: int | None
    bookable: bool
    retired_on: date | None


def _space_view(space: CommonSpace, building_code: str) -> CommonSpaceView:
    return CommonSpaceView(space.id, building_code, space.code, space.name, space.purpose,
                           space.surface_m2, space.capacity, space.bookable, space.retired_on)


def _retirement_day(ctx: Context, on: date | None) -> date:
    on = on or ctx.today()
    if on > ctx.today():
        raise UserError("La data {date} è nel futuro.", field="on", date=fmt_date(on))
    return on


# --- buildings ------------------------------------------------------------------------------

def get_building(ctx: Context, building_id: uuid.UUID) -> BuildingView:
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        return building_view(get_or_fail(session, Building, building_id, "Edificio"))


def list_estate_buildings(ctx: Context) -> list[tuple[BuildingView, int, int]]:
    """Every building, retired ones too, with its units in use and its units in all."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        counts = dict(session.execute(
            select(Unit.building_id, func.count(Unit.id)).group_by(Unit.building_id)).all())
        in_use = dict(session.execute(
            select(Unit.building_id, func.count(Unit.id))
            .where(Unit.status != UnitStatus.RETIRED).group_by(Unit.building_id)).all())
        return [(building_view(b), in_use.get(b.id, 0), counts.get(b.id, 0))
                for b in session.scalars(select(Building).order_by(Building.code))]


def update_building(ctx: Context, building_id: uuid.UUID, data: BuildingInput) -> BuildingView:
    """Name, address, CAP, Municipio. The code stays: unit codes are made from it."""
    require(ctx, Permission.ESTATE_MANAGE)
    problems = Problems()
    check_building(data, problems)
    with ctx.store.unit_of_work() as session:
        building = get_or_fail(session, Building, building_id, "Edificio")
        if data.code.strip() != building.code:
            problems.add("code", "Il codice di un edificio non si cambia: è parte del codice "
                         "dei suoi alloggi.")
        problems.raise_if_any()
        building.name, building.address = data.name.strip(), data.address.strip()
        building.cap, building.municipio = data.cap.strip(), data.municipio
        building.city = data.city.strip() or "Milano"
        ctx.stamp(building)
        audit.record(ctx, session, "building.update", "building", building.id,
                     audit.changed_fields(building), building.code)
        for unit in session.scalars(select(Unit).where(Unit.building_id == building.id)):
            search.reindex_unit(session, unit)  # the building's name is in the units' index
        session.commit()
        return building_view(building)


def retire_building(ctx: Context, building_id: uuid.UUID, on: date | None = None) -> BuildingView:
    require(ctx, Permission.ESTATE_MANAGE)
    on = _retirement_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        building = get_or_fail(session, Building, building_id, "Edificio")
        if building.retired_on is not None:
            raise UserError("L'edificio {code} è già dismesso dal {date}.", code=building.code,
                            date=fmt_date(building.retired_on))
        in_use = session.scalar(select(func.count(Unit.id)).where(
            Unit.building_id == building.id, Unit.status != UnitStatus.RETIRED))
        if in_use:
            raise UserError("L'edificio {code} ha ancora {count} alloggi non dismessi: "
                            "dismettere prima gli alloggi.", code=building.code, count=in_use)
        building.retired_on = on
        ctx.stamp(building)
        for space in session.scalars(select(CommonSpace).where(
                CommonSpace.building_id == building.id, CommonSpace.retired_on.is_(None))):
            _check_no_bookings_after(session, space, on)
            space.retired_on, space.bookable = on, False
            ctx.stamp(space)
        audit.record(ctx, session, "building.retire", "building", building.id, ["retired_on"],
                     building.code)
        session.commit()
        return building_view(building)


# --- units ----------------------------------------------------------------------------------

def retire_unit(ctx: Context, unit_id: uuid.UUID, on: date | None = None) -> UnitView:
    """The unit leaves the estate from ``on``; its leases, tickets and history stay."""
    require(ctx, Permission.ESTATE_MANAGE)
    on = _retirement_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        unit = get_or_fail(session, Unit, unit_id, "Alloggio")
        if unit.status == UnitStatus.RETIRED:
            raise UserError("L'alloggio {code} è già dismesso dal {date}.", code=unit.code,
                            date=fmt_date(unit.retired_on) if unit.retired_on else "")
        if session.scalar(select(Lease.id).where(Lease.unit_id == unit.id,
                                                 Lease.status == LeaseStatus.ACTIVE)):
            raise UserError("L'alloggio {code} ha un contratto in corso: si dismette dopo "
                            "l'uscita del nucleo.", code=unit.code)
        if unit.status == UnitStatus.PREALLOCATED:
            raise UserError("L'alloggio {code} è preassegnato a un nucleo: liberarlo prima "
                            "dall'assegnazione.", code=unit.code)
        last_end = session.scalar(select(func.max(Lease.ends_on)).where(Lease.unit_id == unit.id))
        if last_end is not None and on < last_end:
            raise UserError("La dismissione non può precedere la fine dell'ultimo contratto "
                            "({date}).", field="on", date=fmt_date(last_end))
        unit.status, unit.retired_on = UnitStatus.RETIRED, on
        ctx.stamp(unit)
        audit.record(ctx, session, "unit.retire", "unit", unit.id, ["status", "retired_on"],
                     unit.code)
        search.reindex_unit(session, unit)
        session.commit()
        return unit_view(unit)


# --- common spaces --------------------------------------------------------------------------

def list_common_spaces(ctx: Context, building_code: str | None = None) -> list[CommonSpaceView]:
    """Every common space, retired ones too (the spaces area lists only the bookable)."""
    require(ctx, Permission.REGISTRY_READ)
    with ctx.store.read() as session:
        query = (select(CommonSpace, Building.code)
                 .join(Building, CommonSpace.building_id == Building.id)
                 .order_by(Building.code, CommonSpace.code))
        if building_code:
            query = query.where(Building.code == building_code)
        return [_space_view(space, code) for space, code in session.execute(query)]


def save_common_space(ctx: Context, data: CommonSpaceInput,
                      space_id: uuid.UUID | None = None) -> CommonSpaceView:
    """A new common space (``space_id`` None) or its name, purpose, surface and capacity.

    Opening hours, keys and booking rules are the spaces area's (services/spaces)."""
    require(ctx, Permission.ESTATE_MANAGE)
    problems = Problems()
    code = required(problems, "code", data.code, "Codice").upper()
    name = required(problems, "name", data.name, "Nome")
    if data.surface_m2 is not None and data.surface_m2 <= 0:
        problems.add("surface_m2", "La superficie deve essere maggiore di zero.")
    if data.capacity is not None and data.capacity <= 0:
        problems.add("capacity", "La capienza deve essere un numero positivo.")
    with ctx.store.unit_of_work() as session:
        building = session.scalar(select(Building).where(Building.code == data.building_code))
        if building is None:
            problems.add("building_code", "Edificio sconosciuto: {code}.",
                         code=data.building_code)
        elif building.retired_on is not None:
            problems.add("building_code", "L'edificio {code} è dismesso.", code=building.code)
        taken = session.scalar(select(CommonSpace.id).where(CommonSpace.code == code))
        if code and taken is not None and taken != space_id:
            problems.add("code", "Esiste già uno spazio comune con codice {code}.", code=code)
        space = None
        if space_id is not None:
            space = get_or_fail(session, CommonSpace, space_id, "Spazio comune")
            if space.code != code:
                problems.add("code", "Il codice di uno spazio comune non si cambia.")
        problems.raise_if_any()
        if space is None:
            space = CommonSpace(code=code)
            session.add(space)
        space.building_id, space.name = building.id, name
        space.purpose, space.surface_m2 = data.purpose.strip(), data.surface_m2
        space.capacity = data.capacity
        ctx.stamp(space)
        fields = () if space_id is None else audit.changed_fields(space)
        session.flush()
        audit.record(ctx, session, "space.create" if space_id is None else "space.update",
                     "space", space.id, fields, code)
        session.commit()
        return _space_view(space, building.code)


def _check_no_bookings_after(session, space: CommonSpace, on: date) -> None:
    start = datetime.combine(on, time.min, tzinfo=timezone.utc)
    booked = session.scalar(select(func.count(Booking.id)).where(
        Booking.space_id == space.id, Booking.starts_at >= start,
        Booking.status != BookingStatus.CANCELLED))
    if booked:
        raise UserError("Lo spazio {code} ha {count} prenotazioni dal {date} in poi: annullarle "
                        "prima di dismetterlo.", code=space.code, count=booked, date=fmt_date(on))


def retire_common_space(ctx: Context, space_id: uuid.UUID,
                        on: date | None = None) -> CommonSpaceView:
    require(ctx, Permission.ESTATE_MANAGE)
    on = _retirement_day(ctx, on)
    with ctx.store.unit_of_work() as session:
        space = get_or_fail(session, CommonSpace, space_id, "Spazio comune")
        if space.retired_on is not None:
            raise UserError("Lo spazio {code} è già dismesso dal {date}.", code=space.code,
                            date=fmt_date(space.retired_on))
        _check_no_bookings_after(session, space, on)
        space.retired_on, space.bookable = on, False
        ctx.stamp(space)
        audit.record(ctx, session, "space.retire", "space", space.id,
                     ["retired_on", "bookable"], space.code)
        session.commit()
        return _space_view(space, session.get(Building, space.building_id).code)
