"""Cross-record look-ups the screens need, composed from the existing services.

Stopgap: services.registry has no "household of a person" nor "household in a unit" query
yet, so these go through the persons list and the search index, then confirm with
get_household. Replace them with direct service calls when those exist.
"""

from __future__ import annotations

import uuid

from borgo_desktop.services import listing, registry, search
from borgo_desktop.services.context import Context
from borgo_desktop.services.registry_views import HouseholdDetail, UnitView

_SCAN = 200
_CHECKED = 10


def household_id_by_code(ctx: Context, code: str) -> uuid.UUID | None:
    if not code:
        return None
    detail = registry.find_household(ctx, code)
    return detail.id if detail else None


def person_household_code(ctx: Context, person_id: uuid.UUID, name_hint: str) -> str:
    """The code of the person's current household ('' if none), via the persons list."""
    spec = listing.SPECS["persons"]
    column = [c.key for c in spec.columns].index("household")
    for row in listing.fetch_page(ctx, spec, {"text": name_hint}, limit=_SCAN):
        if row.id == person_id:
            return row.values[column] or ""
    return ""


def unit_occupant(ctx: Context, unit: UnitView) -> HouseholdDetail | None:
    """The household living in the unit (active lease) or being offered it, if any."""
    hits = [h for h in search.search(ctx, unit.code, limit=50) if h.kind == search.KIND_HOUSEHOLD]
    hits.sort(key=lambda h: unit.code not in h.subtitle)  # the likely one first
    for hit in hits[:_CHECKED]:
        detail = registry.get_household(ctx, hit.ref_id)
        if detail.unit is not None and detail.unit.id == unit.id:
            return detail
    return None
