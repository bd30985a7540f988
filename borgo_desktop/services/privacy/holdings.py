"""What the other areas hold on some people or households: the one set of queries shared by the
access report (sections.py) and the retention anonymisation (erasure.py).

Linked records are found by id; names and phones typed as free text are looked up in an
index of the distinct values of each free-text column, built once per session (anonymising
hundreds of households reads each column once), and confirmed by the matcher.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Booking, BookingSeries, Case, EventParticipant, GroupMember, RotaTurn, RulesAcknowledgement,
    Ticket,
)
from borgo_desktop.services.privacy.identity import Identity, TextIndex




def _cached(session: Session, name: str, build):
    """``build()`` once per session: anonymising many households reads each table once."""
    cache = session.info.setdefault("privacy.holdings", {})
    if name not in cache:
        cache[name] = build()
    return cache[name]


def _naming(session: Session, column, identity: Identity) -> set[str]:
    """The values of a free-text ``column`` that name one of these people."""
    index = _cached(session, str(column), lambda: TextIndex(
        session.scalars(select(column).where(column != "").distinct())))
    return index.candidates(identity)


def tickets(session: Session, person_ids: Sequence[uuid.UUID],
            household_ids: Sequence[uuid.UUID], identity: Identity) -> list[Ticket]:
    """Tickets reported by these people or households, or naming them as reporter."""
    by_person = _cached(session, "tickets_by_person", lambda: _group(session.execute(
        select(Ticket.reporter_person_id, Ticket.id)
        .where(Ticket.reporter_person_id.is_not(None)))))
    ids = {i for person_id in person_ids for i in by_person.get(person_id, ())}
    ids |= set(session.scalars(select(Ticket.id).where(  # indexed, unlike an OR of the three
        Ticket.reporter_household_id.in_(household_ids))))
    names = _naming(session, Ticket.reporter_name, identity)
    if names:
        ids |= set(session.scalars(select(Ticket.id).where(Ticket.reporter_name.in_(names))))
    return list(session.scalars(select(Ticket).where(Ticket.id.in_(ids))
                                .order_by(Ticket.opened_on, Ticket.code)))


def _group(pairs) -> dict:
    grouped: dict = {}
    for key, value in pairs:
        grouped.setdefault(key, set()).add(value)
    return grouped


def is_linked(ticket: Ticket, person_ids, household_ids) -> bool:
    return ticket.reporter_person_id in person_ids or ticket.reporter_household_id in household_ids


def booking_series(session: Session, identity: Identity) -> list[BookingSeries]:
    """Bookings whose requester or contact names these people (bookings hold no person id)."""
    requesters = _naming(session, BookingSeries.requester, identity)
    contacts = _naming(session, BookingSeries.contact, identity)
    if not (requesters or contacts):
        return []
    return list(session.scalars(select(BookingSeries).where(or_(
        BookingSeries.requester.in_(requesters), BookingSeries.contact.in_(contacts)))
        .order_by(BookingSeries.local_start)))


def key_handovers(session: Session, identity: Identity) -> list[Booking]:
    """Occurrences whose key was handed to one of these people."""
    holders = _naming(session, Booking.key_given_to, identity)
    if not holders:
        return []
    return list(session.scalars(select(Booking).where(Booking.key_given_to.in_(holders))
                                .order_by(Booking.starts_at)))


def community_counts(session: Session, person_ids: Sequence[uuid.UUID],
                     household_ids: Sequence[uuid.UUID]) -> int:
    """Group memberships, event participations, rules acknowledgements and rota turns."""
    queries = [select(GroupMember.id).where(GroupMember.person_id.in_(person_ids)),
               select(EventParticipant.id).where(EventParticipant.person_id.in_(person_ids)),
               select(RulesAcknowledgement.id)
               .where(RulesAcknowledgement.household_id.in_(household_ids)),
               select(RotaTurn.id).where(RotaTurn.household_id.in_(household_ids))]
    return sum(session.scalar(select(func.count()).select_from(q.subquery())) for q in queries)


def cases(session: Session, household_ids: Sequence[uuid.UUID]) -> list[Case]:
    return list(session.scalars(select(Case).where(Case.household_id.in_(household_ids))
                                .order_by(Case.opened_on)))
