"""Indicators of the place and its life: tickets, shared rooms, community, violations,
units let and vacant, move-in checks."""

from __future__ import annotations

import statistics

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Booking, CommonSpace, CommunityEvent, EventParticipant, Lease, MoveInTask, Ticket,
    TicketCategory, Unit, Violation,
)
from borgo_desktop.models.enums import BookingStatus, LeaseStatus, MoveInItem, UnitStatus
from borgo_desktop.models.tickets import Priority
from borgo_desktop.models.violations import ViolationCategory, ViolationOutcome, ViolationStatus
from borgo_desktop.services.reporting.periods import Period
from borgo_desktop.services.reporting.registry import (
    Figure, Function, grouped, in_period, utc_bounds,
)

CHECKS = (MoveInItem.CHECK_1M, MoveInItem.CHECK_3M, MoveInItem.CHECK_6M)


def _labelled(rows, labels) -> dict[str, int]:
    return {labels(code): int(n) for code, n in rows}


def tickets_opened(session: Session, period: Period, _params: dict) -> Figure:
    rows = session.execute(select(Ticket.priority, func.count(Ticket.id))
                           .where(in_period(Ticket.opened_on, period)).group_by(Ticket.priority))
    parts = _labelled(rows, lambda p: Priority(p).label)
    return Figure.of(sum(parts.values()), parts)


def tickets_resolved(session: Session, period: Period, _params: dict) -> Figure:
    rows = session.execute(select(Ticket.priority, func.count(Ticket.id))
                           .where(in_period(Ticket.resolved_on, period))
                           .group_by(Ticket.priority))
    parts = _labelled(rows, lambda p: Priority(p).label)
    return Figure.of(sum(parts.values()), parts)


def tickets_median_days(session: Session, period: Period, _params: dict) -> Figure:
    """Median days from opening to resolution of the tickets resolved in the period."""
    days: dict[str, list[int]] = {}
    for priority, value in session.execute(
            select(Ticket.priority, Ticket.resolution_days)
            .where(in_period(Ticket.resolved_on, period), Ticket.resolution_days.is_not(None))):
        days.setdefault(Priority(priority).label, []).append(value)
    every = [d for values in days.values() for d in values]
    return Figure.of(_median(every), {label: _median(v) for label, v in days.items()})


def _median(values: list[int]) -> float:
    return round(float(statistics.median(values)), 1) if values else 0.0


def tickets_on_time(session: Session, period: Period, _params: dict) -> Figure:
    """Share (%) of the tickets resolved in the period by their due date, by category."""
    rows = session.execute(
        select(TicketCategory.label, func.count(Ticket.id),
               func.coalesce(func.sum(_flag(Ticket.resolved_on <= Ticket.due_on)), 0))
        .join(TicketCategory, TicketCategory.id == Ticket.category_id)
        .where(in_period(Ticket.resolved_on, period)).group_by(TicketCategory.label)).all()
    parts = {label: _share(ok, n) for label, n, ok in rows}
    total, ok = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return Figure.of(_share(ok, total), parts)


def _flag(condition):
    return case((condition, 1), else_=0)


def _share(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _bookings(period: Period):
    start, end = utc_bounds(period)
    return (Booking.status == BookingStatus.CONFIRMED, Booking.starts_at >= start,
            Booking.starts_at < end)


def bookings(session: Session, period: Period, _params: dict) -> Figure:
    parts = grouped(session, select(CommonSpace.name, func.count(Booking.id))
                    .join(CommonSpace, CommonSpace.id == Booking.space_id)
                    .where(*_bookings(period)).group_by(CommonSpace.name))
    return Figure.of(sum(parts.values()), parts)


def booking_hours(session: Session, period: Period, _params: dict) -> Figure:
    """Hours of use of each shared room (confirmed bookings starting in the period)."""
    minutes: dict[str, int] = {}
    for name, starts, ends in session.execute(
            select(CommonSpace.name, Booking.starts_at, Booking.ends_at)
            .join(CommonSpace, CommonSpace.id == Booking.space_id).where(*_bookings(period))):
        minutes[name] = minutes.get(name, 0) + int((ends - starts).total_seconds() // 60)
    return Figure.of(round(sum(minutes.values()) / 60, 1),
                     {name: round(m / 60, 1) for name, m in minutes.items()})


def events(session: Session, period: Period, _params: dict) -> Figure:
    return Figure.of(session.scalar(select(func.count(CommunityEvent.id))
                                    .where(in_period(CommunityEvent.held_on, period))))


def attendance(session: Session, period: Period, _params: dict) -> Figure:
    """Attendances at the period's events: residents by name plus the others counted."""
    residents = session.scalar(select(func.count(EventParticipant.id))
                               .join(CommunityEvent, CommunityEvent.id == EventParticipant.event_id)
                               .where(in_period(CommunityEvent.held_on, period)))
    others = session.scalar(select(func.coalesce(func.sum(CommunityEvent.other_participants), 0))
                            .where(in_period(CommunityEvent.held_on, period)))
    return Figure.of(residents + others, {"residenti": residents, "altri partecipanti": others})


def _category_label(code: str) -> str:
    try:
        return ViolationCategory(code).label
    except ValueError:
        return code


def violations_reported(session: Session, period: Period, _params: dict) -> Figure:
    rows = session.execute(select(Violation.category, func.count(Violation.id))
                           .where(in_period(Violation.reported_on, period))
                           .group_by(Violation.category))
    parts = _labelled(rows, _category_label)
    return Figure.of(sum(parts.values()), parts)


def violations_closed(session: Session, period: Period, _params: dict) -> Figure:
    """Violations closed in the period, by outcome (or how they ended without one)."""
    parts: dict[str, int] = {}
    for status, outcome, n in session.execute(
            select(Violation.status, Violation.outcome, func.count(Violation.id))
            .where(in_period(Violation.closed_on, period))
            .group_by(Violation.status, Violation.outcome)):
        label = ViolationOutcome(outcome).label if outcome else ViolationStatus(status).label
        parts[label] = parts.get(label, 0) + n
    return Figure.of(sum(parts.values()), parts)


def _let_on(day):
    return (select(Lease.unit_id).where(Lease.status != LeaseStatus.DRAFT, Lease.starts_on <= day,
                                        or_(Lease.ends_on.is_(None), Lease.ends_on >= day)))


def units_let(session: Session, period: Period, _params: dict) -> Figure:
    """Units with a lease running on the last day of the period."""
    return Figure.of(session.scalar(select(func.count(func.distinct(Lease.unit_id)))
                                    .where(Lease.unit_id.in_(_let_on(period.last)))))


def units_vacant(session: Session, period: Period, _params: dict) -> Figure:
    """Units of the estate with no lease on the last day of the period, neither under
    renovation nor unavailable (vacant or reserved for an incoming household)."""
    day = period.last
    return Figure.of(session.scalar(select(func.count(Unit.id)).where(
        Unit.status.in_((UnitStatus.VACANT, UnitStatus.PREALLOCATED, UnitStatus.LET)),
        or_(Unit.retired_on.is_(None), Unit.retired_on > day),
        Unit.id.not_in(_let_on(day)))))


def move_in_checks(session: Session, period: Period, _params: dict) -> Figure:
    rows = session.execute(select(MoveInTask.item, func.count(MoveInTask.id))
                           .where(MoveInTask.item.in_(CHECKS), in_period(MoveInTask.done_on, period))
                           .group_by(MoveInTask.item))
    parts = _labelled(rows, lambda item: MoveInItem(item).label)
    return Figure.of(sum(parts.values()), parts)


FUNCTIONS = (
    Function("tickets_opened", "Segnalazioni di manutenzione aperte nel periodo, per priorità",
             tickets_opened, counts_people=False),
    Function("tickets_resolved", "Segnalazioni risolte nel periodo, per priorità",
             tickets_resolved, counts_people=False),
    Function("tickets_median_days", "Giorni mediani per risolvere una segnalazione (risolte "
             "nel periodo), per priorità", tickets_median_days, counts_people=False),
    Function("tickets_on_time", "Quota di segnalazioni risolte entro la scadenza, per "
             "categoria", tickets_on_time, counts_people=False),
    Function("bookings", "Prenotazioni confermate degli spazi comuni nel periodo, per spazio",
             bookings, counts_people=False),
    Function("booking_hours", "Ore di utilizzo di ogni spazio comune nel periodo",
             booking_hours, counts_people=False),
    Function("events", "Attività di comunità svolte nel periodo", events, counts_people=False),
    Function("attendance", "Presenze alle attività di comunità del periodo", attendance),
    Function("violations_reported", "Violazioni del regolamento segnalate nel periodo, per "
             "tipo", violations_reported),
    Function("violations_closed", "Violazioni chiuse nel periodo, per esito",
             violations_closed),
    Function("units_let", "Alloggi locati all'ultimo giorno del periodo", units_let,
             counts_people=False),
    Function("units_vacant", "Alloggi liberi all'ultimo giorno del periodo", units_vacant,
             counts_people=False),
    Function("move_in_checks", "Verifiche dopo l'ingresso (1, 3 e 6 mesi) svolte nel periodo",
             move_in_checks, counts_people=False),
)
