"""Contractors (with their tickets and timeliness) and preventive maintenance plans.

A plan's periods fall every ``every_months`` months from ``first_due_on``; the ticket of a
period opens ``lead_days`` before it is due. :func:`open_due_tickets` opens the ticket of
each plan's current period, once: a second run (or a second seat) finds it and does
nothing, and the database's unique (plan, period) key backs that up. Periods missed while
nobody ran it are not opened one by one: the current period's ticket covers the check.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import case, func, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Building, Contractor, PreventivePlan, Ticket, TicketCategory
from borgo_desktop.models.tickets import OPEN_STATUSES, Channel, EventKind, Priority, TicketStatus
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.problems import Problems, optional_contacts, required
from borgo_desktop.services.tickets.tickets import add_event, next_ticket_code


@dataclass(frozen=True)
class ContractorInput:
    name: str
    trade: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    contract_ref: str = ""
    active: bool = True


@dataclass(frozen=True)
class ContractorView:
    id: uuid.UUID
    name: str
    trade: str
    contact_person: str
    phone: str
    email: str
    contract_ref: str
    active: bool
    open_tickets: int
    resolved: int
    on_time: int

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.resolved if self.resolved else None


@dataclass(frozen=True)
class PlanInput:
    name: str
    category_code: str
    building_code: str
    every_months: int
    first_due_on: date | None
    system: str = ""
    lead_days: int = 14
    priority: Priority = Priority.NORMAL
    contractor_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DueCheck:
    plan_id: uuid.UUID
    plan_name: str
    building_name: str
    category_label: str
    system: str
    due_on: date
    ticket_code: str
    ticket_status: TicketStatus | None


# --- contractors -------------------------------------------------------------------------

def save_contractor(ctx: Context, data: ContractorInput,
                    contractor_id: uuid.UUID | None = None) -> ContractorView:
    require(ctx, Permission.CONTRACTOR_MANAGE)
    problems = Problems()
    name = required(problems, "name", data.name, "Ragione sociale")
    optional_contacts(problems, data.phone, data.email)
    problems.raise_if_any()
    with ctx.store.unit_of_work() as session:
        same = session.scalar(select(Contractor).where(func.lower(Contractor.name) == name.lower()))
        if same is not None and same.id != contractor_id:
            raise UserError("Esiste già una ditta con questo nome.", field="name")
        contractor = session.get(Contractor, contractor_id) if contractor_id else Contractor()
        if contractor_id is None:
            session.add(contractor)
        contractor.name, contractor.trade = name, data.trade.strip()
        contractor.contact_person, contractor.phone = data.contact_person.strip(), data.phone.strip()
        contractor.email, contractor.contract_ref = data.email.strip(), data.contract_ref.strip()
        contractor.active = data.active
        ctx.stamp(contractor)
        fields = audit.changed_fields(contractor)
        session.flush()
        audit.record(ctx, session, "contractor.save", "contractor", contractor.id, fields)
        session.commit()
        saved_id = contractor.id
    return list_contractors(ctx, include_retired=True, only=saved_id)[0]


def list_contractors(ctx: Context, include_retired: bool = False,
                     only: uuid.UUID | None = None) -> list[ContractorView]:
    """Every contractor (or ``only`` that one) with its open tickets and how many it
    resolved by the deadline."""
    resolved = Ticket.resolved_on.is_not(None)
    with ctx.store.read() as session:
        figures_query = (
            select(Ticket.contractor_id,
                   func.sum(case((Ticket.status.in_(OPEN_STATUSES), 1), else_=0)),
                   func.sum(case((resolved, 1), else_=0)),
                   func.sum(case((resolved & (Ticket.resolved_on <= Ticket.due_on), 1), else_=0)))
            .where(Ticket.contractor_id.is_not(None)).group_by(Ticket.contractor_id))
        query = select(Contractor).order_by(Contractor.name)
        if only is not None:
            figures_query = figures_query.where(Ticket.contractor_id == only)
            query = query.where(Contractor.id == only)
        figures = {r[0]: r[1:] for r in session.execute(figures_query)}
        if not include_retired:
            query = query.where(Contractor.active.is_(True))
        return [ContractorView(c.id, c.name, c.trade, c.contact_person, c.phone, c.email,
                               c.contract_ref, c.active,
                               *(int(v or 0) for v in figures.get(c.id, (0, 0, 0))))
                for c in session.scalars(query)]


# --- preventive plans --------------------------------------------------------------------

def save_plan(ctx: Context, data: PlanInput) -> uuid.UUID:
    require(ctx, Permission.TICKET_MANAGE)
    problems = Problems()
    name = required(problems, "name", data.name, "Nome del controllo")
    if not 1 <= (data.every_months or 0) <= 120:
        problems.add("every_months", "La cadenza va da 1 a 120 mesi.")
    if data.first_due_on is None:
        problems.add("first_due_on", "Il campo «{label}» è obbligatorio.", label="Prima scadenza")
    if not 0 <= data.lead_days <= 90:
        problems.add("lead_days", "Il preavviso va da 0 a 90 giorni.")
    with ctx.store.unit_of_work() as session:
        category = session.scalar(select(TicketCategory).where(TicketCategory.code == data.category_code))
        building = session.scalar(select(Building).where(Building.code == data.building_code))
        if category is None:
            problems.add("category", "Categoria sconosciuta: {code}.", code=data.category_code)
        if building is None:
            problems.add("building", "Edificio sconosciuto: {code}.", code=data.building_code)
        problems.raise_if_any()
        plan = PreventivePlan(name=name, category_id=category.id, building_id=building.id,
                              system=data.system.strip(), every_months=data.every_months,
                              first_due_on=data.first_due_on, lead_days=data.lead_days,
                              priority=data.priority, contractor_id=data.contractor_id)
        ctx.stamp(plan)
        session.add(plan)
        session.flush()
        audit.record(ctx, session, "plan.save", "plan", plan.id)
        session.commit()
        return plan.id


def period_due(plan: PreventivePlan, index: int) -> date:
    return plan.first_due_on + relativedelta(months=plan.every_months * index)


def current_period(plan: PreventivePlan, today: date) -> date | None:
    """The due date of the latest period whose ticket should be open by ``today``."""
    if period_due(plan, 0) - relativedelta(days=plan.lead_days) > today:
        return None
    months = (today.year - plan.first_due_on.year) * 12 + today.month - plan.first_due_on.month
    index = max(0, months // plan.every_months + 1)
    while period_due(plan, index) - relativedelta(days=plan.lead_days) > today:
        index -= 1
    return period_due(plan, index)


def open_due_tickets(ctx: Context) -> list[str]:
    """Open the ticket of each active plan's current period, if not yet opened; the codes."""
    require(ctx, Permission.TICKET_MANAGE)
    today, opened = ctx.today(), []
    with ctx.store.unit_of_work() as session:
        for plan in session.scalars(select(PreventivePlan).where(PreventivePlan.active.is_(True))
                                    .order_by(PreventivePlan.name)):
            due = current_period(plan, today)
            if due is None or session.scalar(select(Ticket.id).where(
                    Ticket.plan_id == plan.id, Ticket.plan_period == due.isoformat())):
                continue
            status = TicketStatus.ASSIGNED if plan.contractor_id else TicketStatus.TRIAGED
            ticket = Ticket(code=next_ticket_code(session, today), building_id=plan.building_id,
                            system=plan.system, category_id=plan.category_id,
                            summary=f"Controllo periodico: {plan.name}"[:160],
                            reporter_name="Manutenzione programmata", channel=Channel.PLANNED,
                            priority=plan.priority, status=status, opened_on=today, due_on=due,
                            contractor_id=plan.contractor_id, plan_id=plan.id,
                            plan_period=due.isoformat())
            ctx.stamp(ticket)
            session.add(ticket)
            session.flush()
            add_event(ctx, session, ticket, EventKind.CREATED, None, status,
                   f"Aperta dal piano «{plan.name}», scadenza del periodo {due:%d/%m/%Y}.")
            audit.record(ctx, session, "ticket.create", "ticket", ticket.id, detail="preventive")
            opened.append(ticket.code)
        session.commit()
    return opened


def due_calendar(ctx: Context, start: date, end: date) -> list[DueCheck]:
    """What is due between ``start`` and ``end``, plan by plan, with its ticket if opened."""
    require(ctx, Permission.TICKET_CREATE)
    rows: list[DueCheck] = []
    with ctx.store.read() as session:
        plans = session.execute(
            select(PreventivePlan, Building.name, TicketCategory.label)
            .join(Building, Building.id == PreventivePlan.building_id)
            .join(TicketCategory, TicketCategory.id == PreventivePlan.category_id)
            .where(PreventivePlan.active.is_(True))).all()
        for plan, building, category in plans:
            tickets = dict(session.execute(select(Ticket.plan_period, Ticket.code)
                                           .where(Ticket.plan_id == plan.id)).all())
            statuses = dict(session.execute(select(Ticket.code, Ticket.status)
                                            .where(Ticket.plan_id == plan.id)).all())
            index = 0
            while (due := period_due(plan, index)) <= end:
                if due >= start:
                    code = tickets.get(due.isoformat(), "")
                    rows.append(DueCheck(plan.id, plan.name, building, category, plan.system,
                                         due, code, statuses.get(code)))
                index += 1
    return sorted(rows, key=lambda r: (r.due_on, r.plan_name))
