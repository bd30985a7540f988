"""What the other areas hold on some people or households: the one set of queries shared by the
access report (sections.py) and the retention anonymisation (erasure.py).

Linked records are found by id; names and phones typed as free text are first narrowed in
the database (a surname, an e-mail, a phone's last digits) and then confirmed by the matcher.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Booking, BookingSeries, Case, EventParticipant, GroupMember, RotaTurn, RulesAcknowledgement,
    Ticket,
)
from borgo_desktop.services.privacy.identity import Identity

PHONE_TAIL = 4


def _narrow(columns, identity: Identity):
    """A cheap SQL filter that keeps every row the matcher could accept."""
    needles = [s for s in identity.surnames] + list(identity.emails)
    needles += [p[-PHONE_TAIL:] for p in identity.phones]
    if not needles:
        return false()
    return or_(*[c.ilike(f"%{n}%") for c in columns for n in needles])


def tickets(session: Session, person_ids: Sequence[uuid.UUID],
            household_ids: Sequence[uuid.UUID], identity: Identity) -> list[Ticket]:
    """Tickets reported by these people or households, or naming them as reporter."""
    linked = or_(Ticket.reporter_person_id.in_(person_ids),
                 Ticket.reporter_household_id.in_(household_ids))
    rows = session.scalars(select(Ticket).where(or_(
        linked, _narrow([Ticket.reporter_name], identity))).order_by(Ticket.opened_on, Ticket.code))
    return [t for t in rows if t.reporter_person_id in person_ids
            or t.reporter_household_id in household_ids or identity.matches(t.reporter_name)]


def is_linked(ticket: Ticket, person_ids, household_ids) -> bool:
    return ticket.reporter_person_id in person_ids or ticket.reporter_household_id in household_ids


def booking_series(session: Session, identity: Identity) -> list[BookingSeries]:
    """Bookings whose requester or contact names these people (bookings hold no person id)."""
    rows = session.scalars(select(BookingSeries).where(
        _narrow([BookingSeries.requester, BookingSeries.contact], identity))
        .order_by(BookingSeries.local_start))
    return [s for s in rows if identity.matches(s.requester) or identity.matches(s.contact)]


def key_handovers(session: Session, identity: Identity) -> list[Booking]:
    """Occurrences whose key was handed to one of these people."""
    rows = session.scalars(select(Booking).where(_narrow([Booking.key_given_to], identity))
                           .order_by(Booking.starts_at))
    return [b for b in rows if identity.matches(b.key_given_to)]


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
