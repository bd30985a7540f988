"""Office-wide settings: defaults in code, overrides in the ``settings`` table."""

from __future__ import annotations

from sqlalchemy import select

from borgo_desktop.models import Setting
from borgo_desktop.services.context import Context

DEFAULTS: dict[str, object] = {
    "office.name": "Ufficio di borgo - Abitare in borgo",
    "office.address": "Via De Lemene 55, 20151 Milano",
    # Minimum surface in m² by household size (DM 5 luglio 1975: 14 m² per person for the
    # first four, 10 m² for each further one; 28 and 38 m² for one and two persons).
    "allocation.min_surface_by_size": {"1": 28, "2": 38, "3": 42, "4": 56},
    "allocation.extra_person_surface": 10,
    # Rooms allowed above the household size before the unit counts as under-occupied.
    "allocation.max_spare_rooms": 2,
    "allocation.reservation_days": 30,
    "registry.isee_indigent_cents": 300_000,
    "registry.isee_access_cents": 1_600_000,
}


def get_setting(ctx: Context, key: str) -> object:
    with ctx.store.read() as session:
        row = session.scalar(select(Setting).where(Setting.key == key))
    return DEFAULTS[key] if row is None else row.value


def set_setting(ctx: Context, key: str, value: object) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    with ctx.store.unit_of_work() as session:
        row = session.scalar(select(Setting).where(Setting.key == key))
        if row is None:
            row = Setting(key=key, value=value)
            session.add(row)
        row.value = value
        ctx.stamp(row)
        session.commit()
