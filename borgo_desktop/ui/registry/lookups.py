"""Cross-record look-ups the screens need (thin wrappers over the registry services)."""

from __future__ import annotations

import uuid

from borgo_desktop.services import registry
from borgo_desktop.services.context import Context
from borgo_desktop.services.registry_views import HouseholdDetail, UnitView


def household_id_by_code(ctx: Context, code: str) -> uuid.UUID | None:
    if not code:
        return None
    detail = registry.find_household(ctx, code)
    return detail.id if detail else None


def person_household_code(ctx: Context, person_id: uuid.UUID, _name_hint: str = "") -> str:
    """The code of the person's current household ('' if none)."""
    household_id = registry.household_of_person(ctx, person_id)
    return registry.get_household(ctx, household_id).code if household_id else ""


def unit_occupant(ctx: Context, unit: UnitView) -> HouseholdDetail | None:
    """The household living in the unit (active lease) or being offered it, if any."""
    return registry.household_in_unit(ctx, unit.id)
