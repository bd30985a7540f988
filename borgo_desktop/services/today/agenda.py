"""The home page's agenda: today's bookings and key hand-overs, overdue tickets, my cases'
deadlines, move-in steps due, arrears to act on.

Each part is there only for a role allowed to see it (the same permissions as the areas it
comes from), and each line carries the id of the record it opens. The lines are plain data;
the window words them. Every part is a handful of indexed queries: the page opens with the
program.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from borgo_desktop.formatting import ROME
from borgo_desktop.models import (
    ArrearsStep, Booking, BookingSeries, CommonSpace, Household, Person, Ticket, Unit,
)
from borgo_desktop.models.arrears import LadderStep
from borgo_desktop.models.enums import BookingStatus, Duty
from borgo_desktop.models.tickets import OPEN_STATUSES, Priority
from borgo_desktop.services.allocation import follow_up
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.ledger import warnings

__all__ = ["Agenda", "BookingLine", "CaseLine", "MoveInLine", "ArrearsLine", "TicketLine",
           "agenda"]

LIMIT = 12  # lines per part; the count says how many there are in all
LIVE = (BookingStatus.PENDING, BookingStatus.CONFIRMED)
CASE_SOON_DAYS = 7  # a case's deadline shows from a week before
MOVE_IN_SOON_DAYS = 7


@dataclass(frozen=True)
class BookingLine:
    id: uuid.UUID
    day: date
    starts_at: datetime
    ends_at: datetime
    space_name: str
    title: str
    requester: str
    pending: bool
    key: str  # "" no key to hand over, "give" to give today, "collect" given and not back
    key_holder: str


@dataclass(frozen=True)
class TicketLine:
    id: uuid.UUID
    code: str
    summary: str
    place: str
    priority: Priority
    due_on: date


@dataclass(frozen=True)
class CaseLine:
    id: uuid.UUID
    household_code: str
    household_name: str
    duty: Duty
    due: date
    overdue: bool


MoveInLine = follow_up.DueStep  # the desk's list of the allocation area, as it is


@dataclass(frozen=True)
class ArrearsLine:
    household_id: uuid.UUID
    household_code: str
    reference_name: str
    kind: str  # "alert" (my caseload), "proposal" (no case yet), "reminder" (to send)
    detail: str
    since: date


@dataclass(frozen=True)
class Part:
    lines: list = field(default_factory=list)
    total: int = 0


@dataclass(frozen=True)
class Agenda:
    """One part per kind of line; None where the role does not see that kind."""

    day: date
    bookings: Part | None
    keys: Part | None
    tickets: Part | None
    cases: Part | None
    move_in: Part | None
    arrears: Part | None


def _part(lines: list) -> Part:
    return Part(lines[:LIMIT], len(lines))


def agenda(ctx: Context) -> Agenda:
    today, actor = ctx.today(), ctx.actor
    may = lambda permission: allowed(actor, permission)  # noqa: E731 - short and local
    with ctx.store.read() as session:
        booked = _bookings(session, today) if may(Permission.BOOKING_CREATE) else None
        keys = _keys(session, today) if may(Permission.BOOKING_CREATE) else None
        tickets = _overdue_tickets(session, today) if may(Permission.TICKET_CREATE) else None
        reminders = (_reminders(session) if may(Permission.LEDGER_READ)
                     and may(Permission.PAYMENT_RECORD) else [])
    my_cases = _case_lines(ctx, today) if may(Permission.CASE_READ) else None
    move_in = _move_in(ctx) if may(Permission.ALLOCATION_READ) else None
    arrears = None
    if may(Permission.CASE_READ) or may(Permission.CASE_OVERVIEW) or reminders:
        arrears = _arrears(ctx, reminders)
    elif may(Permission.LEDGER_READ) and may(Permission.PAYMENT_RECORD):
        arrears = Part()
    return Agenda(today, *(None if lines is None else _part(lines)
                           for lines in (booked, keys)), tickets,
                  *(None if lines is None else _part(lines) for lines in (my_cases, move_in)),
                  arrears)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=ROME)
    return start, start + timedelta(days=1)


def _booking_rows(session, *where):
    return session.execute(
        select(Booking, CommonSpace.name, CommonSpace.keys_needed, BookingSeries.title,
               BookingSeries.requester)
        .join(CommonSpace, CommonSpace.id == Booking.space_id)
        .join(BookingSeries, BookingSeries.id == Booking.series_id)
        .where(*where).order_by(Booking.starts_at)).all()


def _booking_line(row, today: date) -> BookingLine:
    booking, space, keys_needed, title, requester = row
    if booking.key_given_at is not None and booking.key_returned_at is None:
        key = "collect"
    elif keys_needed and booking.key_given_at is None and booking.status in LIVE:
        key = "give"
    else:
        key = ""
    return BookingLine(booking.id, booking.starts_at.astimezone(ROME).date(), booking.starts_at,
                       booking.ends_at, space, title, requester,
                       booking.status == BookingStatus.PENDING, key, booking.key_given_to)


def _bookings(session, today: date) -> list[BookingLine]:
    start, end = _day_bounds(today)
    return [_booking_line(row, today) for row in _booking_rows(
        session, Booking.starts_at >= start, Booking.starts_at < end, Booking.status.in_(LIVE))]


def _keys(session, today: date) -> list[BookingLine]:
    """Keys to hand over for today's bookings, and keys out whose booking has ended: two
    queries, each on its index (an OR of the two read every booking of the city)."""
    start, end = _day_bounds(today)
    give = _booking_rows(session, CommonSpace.keys_needed.is_(True),
                         Booking.key_given_at.is_(None), Booking.status.in_(LIVE),
                         Booking.starts_at >= start, Booking.starts_at < end)
    out = _booking_rows(session, Booking.key_given_at.is_not(None),
                        Booking.key_returned_at.is_(None), Booking.starts_at < end)
    rows = sorted(give + out, key=lambda row: row[0].starts_at)
    return [_booking_line(row, today) for row in rows]


def _overdue_tickets(session, today: date) -> Part:
    """The first lines and the count: a city has thousands of overdue tickets."""
    late = (Ticket.status.in_(OPEN_STATUSES), Ticket.due_on < today)
    place = func.coalesce(Unit.code, CommonSpace.name, Ticket.system)
    rows = session.execute(
        select(Ticket.id, Ticket.code, Ticket.summary, place, Ticket.priority, Ticket.due_on)
        .outerjoin(Unit, Unit.id == Ticket.unit_id)
        .outerjoin(CommonSpace, CommonSpace.id == Ticket.common_space_id)
        .where(*late).order_by(Ticket.due_on, Ticket.code).limit(LIMIT)).all()
    total = session.scalar(select(func.count()).select_from(Ticket).where(*late))
    return Part([TicketLine(r[0], r[1], r[2], r[3] or "", Priority(r[4]), r[5]) for r in rows],
                total)


def _case_lines(ctx: Context, today: date) -> list[CaseLine]:
    """My cases whose next duty is late or due within a week (only cases assigned to me)."""
    lines = []
    for case in cases.my_cases(ctx):
        action = case.next_action
        if action.due is None or action.due > today + timedelta(days=CASE_SOON_DAYS):
            continue
        lines.append(CaseLine(case.id, case.household_code, case.household_name,
                              action.duty, action.due, action.overdue))
    return lines


def _move_in(ctx: Context) -> list[MoveInLine]:
    return follow_up.due_steps(ctx, within_days=MOVE_IN_SOON_DAYS)


def _arrears(ctx: Context, reminders: list[ArrearsLine]) -> Part:
    """My caseload's alerts, then proposals to open a case, then reminders to send; the
    proposals of a whole city are thousands: only the first are read, and counted."""
    found: list[ArrearsLine] = []
    total = len(reminders)
    if allowed(ctx.actor, Permission.CASE_READ):
        found += [ArrearsLine(a.household_id, a.household_code, a.reference_name, "alert",
                              a.detail, a.fired_on) for a in warnings.my_alerts(ctx)]
        total += len(found)
    if allowed(ctx.actor, Permission.CASE_OVERVIEW):
        first, count = warnings.first_proposals(ctx, LIMIT)
        found += [ArrearsLine(a.household_id, a.household_code, a.reference_name, "proposal",
                              a.detail, a.fired_on) for a in first]
        total += count
    return Part((found + reminders)[:LIMIT], total)


def _reminders(session) -> list[ArrearsLine]:
    """Friendly reminders proposed by an alert and not sent yet (the desk sends them)."""
    rows = session.execute(
        select(ArrearsStep.household_id, Household.code, Person.surname, Person.given_name,
               ArrearsStep.note, ArrearsStep.created_at)
        .join(Household, Household.id == ArrearsStep.household_id)
        .outerjoin(Person, Person.id == Household.reference_person_id)
        .where(ArrearsStep.step == LadderStep.FRIENDLY_REMINDER,
               ArrearsStep.happened_on.is_(None))
        .order_by(Household.code)).all()
    return [ArrearsLine(r[0], r[1], f"{r[2] or ''} {r[3] or ''}".strip(), "reminder", r[4] or "",
                        r[5].astimezone(ROME).date())
            for r in rows]
