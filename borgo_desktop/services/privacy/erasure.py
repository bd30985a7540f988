"""Retention across the areas: what anonymising a household changes outside the registry.

- Tickets the household or its people reported: the reporter typed as free text, and names,
  phones and e-mails in the description, closing comment, timeline and appointment notes,
  become [omesso]. Rows, dates, costs and statuses stay (maintenance statistics).
- Bookings naming its people: the requester becomes "Anonimo (code)", the contact and the
  key holder are blanked, names in the notes removed. Occurrences and attendance stay.
- Community life: memberships, participations and turns point at the person by id, so they
  stay (counts of attendance) and show the anonymised person; names in turn notes go.
- Case files are NOT changed: they are project records with their own retention under the
  programme's closure rules, and their notes are append-only by design (a trigger refuses
  any change). DOMAIN.md forbids silent deletion, so the preview lists them for the
  administrator, who proposes their disposal to the social workers' service separately.

OTHER_AREAS says all this in one sentence for the command line's preview.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from borgo_desktop.models import Household, RotaTurn, TicketAppointment, TicketEvent
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.privacy import holdings
from borgo_desktop.services.privacy.identity import Identity
from borgo_desktop.services.privacy.retention import (
    ANONYMOUS, register_anonymiser, register_holding,
)

OTHER_AREAS = ("Nelle altre aree: nomi e recapiti tolti da segnalazioni e prenotazioni, presenze "
               "conservate per le statistiche; le cartelle sociali non vengono modificate (lo "
               "scarto si propone all'assistente sociale).")


def _scrub_fields(row, identity: Identity, fields: tuple[str, ...], surnames: bool) -> bool:
    """Scrub ``fields`` of ``row`` in place; whether anything changed."""
    changed = False
    for name in fields:
        before = getattr(row, name)
        after = identity.scrub(before, surnames=surnames)
        if after != before:
            setattr(row, name, after)
            changed = True
    return changed


def _tickets(ctx: Context, session: Session, household: Household, identity: Identity) -> int:
    changed = 0
    for ticket in holdings.tickets(session, identity.person_ids, [household.id], identity):
        linked = holdings.is_linked(ticket, identity.person_ids, [household.id])
        touched = False
        if identity.matches(ticket.reporter_name):
            # A linked ticket still says which household reported it; the others need a name.
            ticket.reporter_name = "" if linked else ANONYMOUS
            touched = True
        touched |= _scrub_fields(ticket, identity, ("reporter_name", "description",
                                                    "feedback_note"), linked)
        for model in (TicketEvent, TicketAppointment):
            for row in session.scalars(select(model).where(model.ticket_id == ticket.id)):
                touched |= _scrub_fields(row, identity, ("note",), linked)
        if touched:
            ctx.stamp(ticket)
            changed += 1
    return changed


def _bookings(ctx: Context, session: Session, household: Household, identity: Identity) -> int:
    changed = 0
    for series in holdings.booking_series(session, identity):
        if identity.matches(series.requester):
            series.requester = f"{ANONYMOUS} ({household.code})"
        if identity.matches(series.contact):
            series.contact = ""
        _scrub_fields(series, identity, ("requester", "contact", "notes"), True)
        ctx.stamp(series)
        changed += 1
    for booking in holdings.key_handovers(session, identity):
        booking.key_given_to = ANONYMOUS
        ctx.stamp(booking)
        changed += 1
    return changed


def _turns(ctx: Context, session: Session, household: Household, identity: Identity) -> int:
    changed = 0
    for turn in session.scalars(select(RotaTurn).where(RotaTurn.household_id == household.id)):
        if _scrub_fields(turn, identity, ("note",), True):
            ctx.stamp(turn)
            changed += 1
    return changed


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _held_tickets(session: Session, household: Household, identity: Identity) -> str:
    n = len(holdings.tickets(session, identity.person_ids, [household.id], identity))
    return _count(n, "segnalazione di manutenzione", "segnalazioni di manutenzione") if n else ""


def _held_bookings(session: Session, household: Household, identity: Identity) -> str:
    n = len(holdings.booking_series(session, identity)) + \
        len(holdings.key_handovers(session, identity))
    return _count(n, "prenotazione o consegna di chiavi", "prenotazioni o consegne di chiavi") \
        if n else ""


def _held_community(session: Session, household: Household, identity: Identity) -> str:
    n = holdings.community_counts(session, identity.person_ids, [household.id])
    return _count(n, "presenza in gruppi, eventi o turni", "presenze in gruppi, eventi o turni") \
        if n else ""


def _held_cases(session: Session, household: Household, identity: Identity) -> str:
    found = holdings.cases(session, [household.id])
    still_open = sum(1 for c in found if c.closed_on is None)
    closed = len(found) - still_open
    parts = [_count(closed, "cartella sociale chiusa", "cartelle sociali chiuse")
             + " (da proporre per lo scarto)" if closed else "",
             _count(still_open, "cartella sociale aperta", "cartelle sociali aperte")
             if still_open else ""]
    return ", ".join(p for p in parts if p)


for _fn in (_tickets, _bookings, _turns):
    register_anonymiser(_fn)
for _held in (_held_tickets, _held_bookings, _held_community, _held_cases):
    register_holding(_held)
