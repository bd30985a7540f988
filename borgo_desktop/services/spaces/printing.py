"""The printed weekly programme of a space (for its door), A4 or A3."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import ROME
from borgo_desktop.models.enums import BookingStatus, RequesterKind
from borgo_desktop.reports.spaces_programme import (
    PAPERS, ProgrammeEntry, ProgrammeSpace, render_programme,
)
from borgo_desktop.models import Building
from borgo_desktop.services.communication import guard
from borgo_desktop.services.core import audit
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.recurrence import monday_of
from borgo_desktop.services.core.settings import get_setting

PRIVATE = "Prenotazione privata"


def print_programme(ctx: Context, space_id: uuid.UUID, day: date, path: Path,
                    paper: str = "A4") -> Path:
    """The week holding ``day``; residents are not named (it hangs in the stairwell): a
    resident's booking shows no requester, and a title that names a resident or a flat
    (the public-notice guard of services/communication) shows as a private booking."""
    if paper not in PAPERS:
        raise UserError("Formato di carta non previsto: {paper} (A4 o A3).", paper=paper)
    space = spaces.get_space(ctx, space_id)
    monday = monday_of(day)
    entries = []
    with ctx.store.read() as session:
        surnames, codes = guard.personal_words(session, session.scalars(select(Building.id)))
    for o in bookings.week(ctx, monday, space_id):
        start, end = o.starts_at.astimezone(ROME), o.ends_at.astimezone(ROME)
        shown = o.requester_kind != RequesterKind.RESIDENT
        title = (PRIVATE if guard.named_words(surnames, codes, o.title) else o.title)
        entries.append(ProgrammeEntry(start.date(), f"{start:%H:%M}", f"{end:%H:%M}", title,
                                      o.requester if shown else "",
                                      o.status == BookingStatus.PENDING))
    hours = tuple(_day_hours(space, index) for index in range(7))
    written = render_programme(
        Path(path), office_name=str(get_setting(ctx, "office.name")),
        space=ProgrammeSpace(space.name, hours, space.rules,
                             space.key_holder if space.keys_needed else ""),
        monday=monday, entries=entries, paper=paper)
    audit.record_event(ctx, "print.programme", "space", space_id,
                       detail=f"{space.code} {monday:%Y-%m-%d} {paper}")
    return written


def _day_hours(space: spaces.SpaceView, index: int) -> str:
    if not space.opening_hours:
        return "Aperto tutto il giorno"
    hours = space.opening_hours[index]
    return f"Aperto {hours[0]}–{hours[1]}" if hours else "Chiuso"

