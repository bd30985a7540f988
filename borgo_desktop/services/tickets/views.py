"""The read side of facility management: ticket views, the board, counters, deadlines.

Views are frozen dataclasses. Costs are masked (None, ``costs_visible`` False) for a role
without TICKET_COSTS, so a window or a printout built from a view cannot show them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from borgo_desktop.models import (
    Building, CommonSpace, Contractor, Household, Person, PreventivePlan, Ticket,
    TicketAppointment, TicketAttachment, TicketCategory, TicketEvent, Unit,
)
from borgo_desktop.models.tickets import (
    OPEN_STATUSES, Channel, CostBearer, EventKind, Priority, TicketStatus, WaitReason,
)
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, allowed, require
from borgo_desktop.services.core.settings import read_settings

BOARD_LIMIT = 40  # cards per column of the board: the oldest deadlines first
PLACE_LIMIT = 30  # rows of the ticket box of a household's or unit's page


@dataclass(frozen=True)
class TicketView:
    id: uuid.UUID
    code: str
    status: TicketStatus
    wait_reason: WaitReason | None
    priority: Priority
    category_code: str
    category_label: str
    summary: str
    description: str
    building_id: uuid.UUID
    building_code: str
    building_name: str
    building_address: str
    unit_id: uuid.UUID | None
    unit_code: str
    staircase: str
    floor: int | None
    common_space_name: str
    system: str
    reporter_household_id: uuid.UUID | None
    reporter: str
    reporter_phone: str
    channel: Channel
    opened_on: date
    due_on: date
    resolved_on: date | None
    closed_on: date | None
    overdue: bool
    contractor_id: uuid.UUID | None
    contractor_name: str
    assignee_name: str
    costs_visible: bool
    estimated_cost_cents: int | None
    actual_cost_cents: int | None
    cost_bearer: CostBearer | None
    feedback_rating: int | None
    feedback_note: str
    reopen_count: int
    plan_name: str
    version: int | None = None  # the row_version read (services.core.versions)

    @property
    def place(self) -> str:
        if self.unit_code:
            return f"Alloggio {self.unit_code}"
        if self.common_space_name:
            return f"Spazio comune: {self.common_space_name}"
        return self.system or "Parti comuni dell'edificio"

    @property
    def assignee(self) -> str:
        return self.contractor_name or self.assignee_name

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class EventView:
    happened_at: datetime
    actor: str
    kind: EventKind
    from_status: TicketStatus | None
    to_status: TicketStatus | None
    note: str


@dataclass(frozen=True)
class AppointmentView:
    starts_at: datetime
    note: str
    booked_by: str


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    filename: str
    stored_path: str
    sha256: str
    size_bytes: int
    description: str
    added_at: datetime


@dataclass(frozen=True)
class TicketDetail:
    ticket: TicketView
    events: tuple[EventView, ...]
    appointments: tuple[AppointmentView, ...]
    attachments: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class CategoryOption:
    code: str
    label: str


@dataclass(frozen=True)
class BoardCard:
    id: uuid.UUID
    code: str
    summary: str
    priority: Priority
    place: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class TicketLine:
    """One row of the small ticket box of a household's or a unit's page (no costs)."""
    id: uuid.UUID
    code: str
    opened_on: date
    category_label: str
    summary: str
    status: TicketStatus
    overdue: bool


@dataclass(frozen=True)
class CategoryFigure:
    label: str
    open: int
    overdue: int
    resolved: int
    average_days: float | None


@dataclass(frozen=True)
class Counters:
    open: int
    overdue: int
    by_category: tuple[CategoryFigure, ...]


# --- deadlines -------------------------------------------------------------------------

def deadline_days(table: dict, category_code: str, priority: Priority) -> int:
    """Days to resolve: the category's own value for this priority, else the general one."""
    own = table.get(category_code) or {}
    return int(own.get(priority.value, table["*"][priority.value]))


def due_date(session: Session, opened_on: date, category_code: str, priority: Priority) -> date:
    table = read_settings(session, "tickets.deadline_days")["tickets.deadline_days"]
    return opened_on + timedelta(days=deadline_days(table, category_code, priority))


# --- one ticket ------------------------------------------------------------------------

def ticket_view(session: Session, ticket: Ticket, today: date, costs_visible: bool) -> TicketView:
    building = session.get(Building, ticket.building_id)
    category = session.get(TicketCategory, ticket.category_id)
    unit = session.get(Unit, ticket.unit_id) if ticket.unit_id else None
    space = session.get(CommonSpace, ticket.common_space_id) if ticket.common_space_id else None
    contractor = session.get(Contractor, ticket.contractor_id) if ticket.contractor_id else None
    plan = session.get(PreventivePlan, ticket.plan_id) if ticket.plan_id else None
    reporter, phone = _reporter(session, ticket)
    return TicketView(
        id=ticket.id, code=ticket.code, status=ticket.status, wait_reason=ticket.wait_reason,
        priority=ticket.priority, category_code=category.code, category_label=category.label,
        summary=ticket.summary, description=ticket.description, building_id=building.id,
        building_code=building.code, building_name=building.name,
        building_address=building.address, unit_id=ticket.unit_id,
        unit_code=unit.code if unit else "", staircase=unit.staircase if unit else "",
        floor=unit.floor if unit else None, common_space_name=space.name if space else "",
        system=ticket.system, reporter_household_id=ticket.reporter_household_id,
        reporter=reporter, reporter_phone=phone, channel=ticket.channel,
        opened_on=ticket.opened_on, due_on=ticket.due_on, resolved_on=ticket.resolved_on,
        closed_on=ticket.closed_on,
        overdue=ticket.status in OPEN_STATUSES and ticket.due_on < today,
        contractor_id=ticket.contractor_id, contractor_name=contractor.name if contractor else "",
        assignee_name=ticket.assignee_name, costs_visible=costs_visible,
        estimated_cost_cents=ticket.estimated_cost_cents if costs_visible else None,
        actual_cost_cents=ticket.actual_cost_cents if costs_visible else None,
        cost_bearer=ticket.cost_bearer if costs_visible else None,
        feedback_rating=ticket.feedback_rating, feedback_note=ticket.feedback_note,
        reopen_count=ticket.reopen_count, plan_name=plan.name if plan else "",
        version=ticket.row_version)


def _reporter(session: Session, ticket: Ticket) -> tuple[str, str]:
    if ticket.reporter_person_id:
        person = session.get(Person, ticket.reporter_person_id)
        return f"{person.surname} {person.given_name}", person.phone
    if ticket.reporter_household_id:
        household = session.get(Household, ticket.reporter_household_id)
        person = (session.get(Person, household.reference_person_id)
                  if household.reference_person_id else None)
        name = f"{person.surname} {person.given_name}" if person else ""
        return (f"Nucleo {household.code}" + (f" – {name}" if name else ""),
                household.phone or (person.phone if person else ""))
    return ticket.reporter_name, ""


def get_ticket(ctx: Context, ticket_id: uuid.UUID) -> TicketDetail:
    require(ctx, Permission.TICKET_CREATE)
    with ctx.store.read() as session:
        ticket = get_or_fail(session, Ticket, ticket_id, "Segnalazione")
        view = ticket_view(session, ticket, ctx.today(), allowed(ctx.actor, Permission.TICKET_COSTS))
        events = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)
                                 .order_by(TicketEvent.happened_at, TicketEvent.id)).all()
        appointments = session.scalars(
            select(TicketAppointment).where(TicketAppointment.ticket_id == ticket_id)
            .order_by(TicketAppointment.starts_at)).all()
        attachments = session.scalars(
            select(TicketAttachment).where(TicketAttachment.ticket_id == ticket_id)
            .order_by(TicketAttachment.created_at)).all()
        return TicketDetail(
            view,
            tuple(EventView(e.happened_at, e.created_by, e.kind, e.from_status, e.to_status, e.note)
                  for e in events),
            tuple(AppointmentView(a.starts_at, a.note, a.created_by) for a in appointments),
            tuple(AttachmentView(a.id, a.filename, a.stored_path, a.sha256, a.size_bytes,
                                 a.description, a.created_at) for a in attachments))


def list_categories(ctx: Context, include_retired: bool = False) -> list[CategoryOption]:
    with ctx.store.read() as session:
        query = select(TicketCategory).order_by(TicketCategory.sort_order, TicketCategory.label)
        if not include_retired:
            query = query.where(TicketCategory.active.is_(True))
        return [CategoryOption(c.code, c.label) for c in session.scalars(query)]


def tickets_of(ctx: Context, household_id: uuid.UUID | None = None,
               unit_id: uuid.UUID | None = None, limit: int = PLACE_LIMIT) -> tuple[int, list[TicketLine]]:
    """The tickets a household reported or a unit is the place of: how many in all, and the
    open ones first, then the newest (at most ``limit``)."""
    require(ctx, Permission.TICKET_CREATE)
    if (household_id is None) == (unit_id is None):
        raise ValueError("give either household_id or unit_id")
    where = (Ticket.reporter_household_id == household_id if household_id is not None
             else Ticket.unit_id == unit_id)
    today = ctx.today()
    with ctx.store.read() as session:
        total = session.scalar(select(func.count()).select_from(Ticket).where(where)) or 0
        rows = session.execute(
            select(Ticket.id, Ticket.code, Ticket.opened_on, TicketCategory.label,
                   Ticket.summary, Ticket.status, Ticket.due_on)
            .join(TicketCategory, TicketCategory.id == Ticket.category_id).where(where)
            .order_by(case((Ticket.status.in_(OPEN_STATUSES), 0), else_=1),
                      Ticket.opened_on.desc(), Ticket.code.desc())
            .limit(limit)).all()
    return total, [TicketLine(r[0], r[1], r[2], r[3], r[4], TicketStatus(r[5]),
                              r[5] in OPEN_STATUSES and r[6] < today) for r in rows]


# --- the board and the counters --------------------------------------------------------

def board(ctx: Context, limit: int = BOARD_LIMIT) -> dict[TicketStatus, tuple[int, list[BoardCard]]]:
    """Per open status (and resolved): how many, and the cards with the nearest deadlines."""
    require(ctx, Permission.TICKET_CREATE)
    today = ctx.today()
    place = func.coalesce(Unit.code, CommonSpace.name, Ticket.system)
    columns = (*OPEN_STATUSES, TicketStatus.RESOLVED)
    result = {}
    with ctx.store.read() as session:
        totals = dict(session.execute(select(Ticket.status, func.count())
                                      .where(Ticket.status.in_(columns))
                                      .group_by(Ticket.status)).all())
        for status in columns:
            rows = session.execute(
                select(Ticket.id, Ticket.code, Ticket.summary, Ticket.priority, place,
                       Ticket.due_on)
                .outerjoin(Unit, Unit.id == Ticket.unit_id)
                .outerjoin(CommonSpace, CommonSpace.id == Ticket.common_space_id)
                .where(Ticket.status == status)
                .order_by(Ticket.due_on, Ticket.code).limit(limit)).all()
            result[status] = (totals.get(status, 0), [
                BoardCard(r[0], r[1], r[2], Priority(r[3]), r[4] or "", r[5],
                          status in OPEN_STATUSES and r[5] < today) for r in rows])
    return result


def overdue_count(ctx: Context) -> int:
    require(ctx, Permission.TICKET_CREATE)
    with ctx.store.read() as session:
        return session.scalar(select(func.count()).select_from(Ticket).where(
            Ticket.status.in_(OPEN_STATUSES), Ticket.due_on < ctx.today())) or 0


def counters(ctx: Context, resolved_since: date | None = None) -> Counters:
    """Open and overdue now; per category also the average days to resolve (last year)."""
    require(ctx, Permission.TICKET_CREATE)
    today = ctx.today()
    since = resolved_since or today - timedelta(days=365)
    overdue = and_(Ticket.status.in_(OPEN_STATUSES), Ticket.due_on < today)
    with ctx.store.read() as session:
        open_rows = {r[0]: (r[1], r[2]) for r in session.execute(
            select(Ticket.category_id, func.count(),
                   func.sum(case((overdue, 1), else_=0)))
            .where(Ticket.status.in_(OPEN_STATUSES)).group_by(Ticket.category_id))}
        resolved = {r[0]: (r[1], r[2]) for r in session.execute(
            select(Ticket.category_id, func.count(), func.avg(Ticket.resolution_days))
            .where(Ticket.resolved_on >= since).group_by(Ticket.category_id))}
        categories = session.execute(select(TicketCategory.id, TicketCategory.label,
                                            TicketCategory.active)
                                     .order_by(TicketCategory.sort_order)).all()
    figures = []
    for category in categories:
        opened, late = open_rows.get(category.id, (0, 0))
        count, average = resolved.get(category.id, (0, None))
        if opened or count or category.active:
            figures.append(CategoryFigure(category.label, opened, int(late or 0), count,
                                          float(average) if average is not None else None))
    return Counters(sum(f.open for f in figures), sum(f.overdue for f in figures), tuple(figures))
