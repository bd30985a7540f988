"""A small borgo with bookable rooms, for the tests of bookings on any store."""

from __future__ import annotations

from datetime import date, time

from borgo_desktop.models.enums import RequesterKind
from borgo_desktop.services.registry import registry
from borgo_desktop.services.spaces import spaces
from borgo_desktop.services.spaces.bookings import BookingInput
from borgo_desktop.services.core.recurrence import Repeat
from borgo_desktop.services.registry.forms import BuildingInput

EVERY_DAY = (("08:00", "23:00"),) * 7


def make_spaces(ctx) -> dict[str, object]:
    """Party room (60, 08–23 every day), after-school room (20, closed Sunday), workshop
    (12, approval needed). Returns the ids by code."""
    registry.create_building(ctx, BuildingInput("DL55", "Cascina", "Via De Lemene 55", "20151", 8))
    ids = {}
    for code, name, capacity in (("SALA", "Sala feste", 60), ("DOPO", "Aula doposcuola", 20),
                                 ("LAB", "Laboratorio", 12)):
        ids[code] = registry.create_common_space(ctx, "DL55", code, name, capacity=capacity)
    spaces.update_space(ctx, ids["SALA"], spaces.SpaceInput(60, "Impianto audio",
                                                            EVERY_DAY, keys_needed=True,
                                                            key_holder="Portineria"))
    spaces.update_space(ctx, ids["DOPO"], spaces.SpaceInput(
        20, "Banchi, lavagna", (("08:00", "20:00"),) * 6 + (None,)))
    spaces.update_space(ctx, ids["LAB"], spaces.SpaceInput(12, needs_approval=True))
    return ids


def booking(space_id, day: date, start: str, end: str, *, title="Festa", who="Rossi Anna",
            kind=RequesterKind.RESIDENT, repeat=Repeat.NONE, until=None, rrule="",
            expected=None, fold=None, past_reason="") -> BookingInput:
    return BookingInput(space_id, title, who, kind, day, time.fromisoformat(start),
                        time.fromisoformat(end), repeat, until, expected, rrule=rrule,
                        fold=fold, past_reason=past_reason)
