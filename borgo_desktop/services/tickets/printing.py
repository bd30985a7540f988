"""Printed documents of facility management: the work order, the tenants' notice and the
monthly report (with its figures, computed in the database)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, case, func, literal, or_, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Building, Contractor, Household, Lease, Membership, Person, Ticket, TicketCategory, Unit,
)
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.models.tickets import CostBearer
from borgo_desktop.reports.tickets_monthly import render_monthly
from borgo_desktop.reports.tickets_sheets import render_notice, render_work_order
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, allowed, require
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.core.settings import get_setting
from borgo_desktop.services.tickets.plans import list_contractors
from borgo_desktop.services.tickets.views import get_ticket

IN_HOUSE_LABEL = "Personale interno"


@dataclass(frozen=True)
class ComplianceRow:
    label: str
    opened: int
    resolved: int
    on_time: int
    late: int
    average_days: float | None


@dataclass(frozen=True)
class MonthlyReport:
    first_day: date
    last_day: date
    opened: int
    resolved: int
    on_time: int
    closed: int
    open_at_end: int
    overdue_at_end: int
    by_category: tuple[ComplianceRow, ...]
    by_contractor: tuple[ComplianceRow, ...]
    costs_visible: bool
    cost_owner_cents: int | None
    cost_tenant_cents: int | None
    cost_self_management_cents: int | None
    cost_unassigned_cents: int | None


def _office(ctx: Context) -> str:
    return str(get_setting(ctx, "office.name"))


def _printed(ctx: Context, action: str, entity_id, path: Path, detail: str) -> Path:
    audit.record_event(ctx, action, "ticket", entity_id,
                       detail=f"{detail}, sha256 {audit.file_digest(Path(path))}")
    return Path(path)


# --- work order ----------------------------------------------------------------------------

def print_work_order(ctx: Context, ticket_id: uuid.UUID, path: Path) -> Path:
    require(ctx, Permission.TICKET_MANAGE)
    detail = get_ticket(ctx, ticket_id)
    ticket = detail.ticket
    if not ticket.assignee:
        raise UserError("Prima di stampare l'ordine di lavoro assegnare la segnalazione a una "
                        "ditta o a un tecnico interno.")
    found = (list_contractors(ctx, include_retired=True, only=ticket.contractor_id)
             if ticket.contractor_id else [])
    contractor = found[0] if found else None
    render_work_order(Path(path), ticket, detail.appointments, office_name=_office(ctx),
                      office_address=str(get_setting(ctx, "office.address")),
                      contractor=contractor, today=ctx.today())
    return _printed(ctx, "print.work_order", ticket_id, path, ticket.code)


# --- notice for the tenants ----------------------------------------------------------------

def personal_words(ctx: Context, building_id: uuid.UUID) -> tuple[set[str], set[str]]:
    """(surnames of the building's current residents, its unit and household codes), folded."""
    with ctx.store.read() as session:
        surnames = session.scalars(
            select(Person.surname).join(Membership, Membership.person_id == Person.id)
            .join(Lease, and_(Lease.household_id == Membership.household_id,
                              Lease.status == LeaseStatus.ACTIVE))
            .join(Unit, Unit.id == Lease.unit_id)
            .where(Unit.building_id == building_id, Membership.left_on.is_(None))).all()
        codes = session.scalars(select(Unit.code).where(Unit.building_id == building_id)).all()
        households = session.scalars(
            select(Household.code).join(Lease, Lease.household_id == Household.id)
            .join(Unit, Unit.id == Lease.unit_id).where(Unit.building_id == building_id)).all()
    return ({w.casefold() for w in surnames if len(w) > 2},
            {w.casefold() for w in (*codes, *households)})


def check_notice_text(ctx: Context, building_id: uuid.UUID, *texts: str) -> None:
    """Refuse a notice whose words name a resident or a flat (data-protection rule 3)."""
    surnames, codes = personal_words(ctx, building_id)
    tokens = [w for text in texts for w in re.findall(r"[\w'-]+", text)]
    # A surname names someone when written as a name ("Rossi"); "la sala" or "una villa"
    # in lower case are words, even where a Sala or a Villa lives.
    found = sorted({w.casefold() for w in tokens if w[:1].isupper()} & surnames
                   | {w.casefold() for w in tokens} & codes)
    pattern = re.compile(r"\b(interno|int\.|appartamento|alloggio)\s*n?\.?\s*\d", re.IGNORECASE)
    if found or any(pattern.search(text) for text in texts):
        raise UserError("Un avviso per le parti comuni non può nominare inquilini né indicare "
                        "alloggi o interni: togliere dal testo {words}.", field="body",
                        words=", ".join(f"«{w}»" for w in found) or "il numero dell'alloggio")


def print_notice(ctx: Context, building_id: uuid.UUID, staircase: str, title: str, body: str,
                 starts_at: datetime | None, ends_at: datetime | None, path: Path) -> Path:
    require(ctx, Permission.TICKET_CREATE)
    problems = Problems()
    title = required(problems, "title", title, "Titolo")
    body = required(problems, "body", body, "Testo")
    if starts_at and ends_at and ends_at <= starts_at:
        problems.add("ends_at", "La fine deve venire dopo l'inizio.")
    problems.raise_if_any()
    check_notice_text(ctx, building_id, title, body)
    with ctx.store.read() as session:
        building = get_or_fail(session, Building, building_id, "Edificio")
        name, address = building.name, f"{building.address}, {building.cap} {building.city}"
    render_notice(Path(path), office_name=_office(ctx),
                  office_contact=str(get_setting(ctx, "office.address")), building_name=name,
                  building_address=address, staircase=staircase.strip(), title=title, body=body,
                  starts_at=starts_at, ends_at=ends_at, today=ctx.today())
    return _printed(ctx, "print.notice", building_id, path, f"{name} {staircase}".strip())


def notice_draft(ctx: Context, ticket_id: uuid.UUID) -> tuple[uuid.UUID, str, str, str]:
    """(building, staircase, title, body) proposed from a ticket: no names, no flat."""
    ticket = get_ticket(ctx, ticket_id).ticket
    title = f"Intervento di manutenzione: {ticket.category_label.lower()}"
    body = ("Si avvisano gli inquilini che sarà eseguito un intervento di manutenzione "
            f"({ticket.category_label.lower()}). Durante i lavori potrebbero verificarsi "
            "disagi. Si ringrazia per la collaborazione.")
    return ticket.building_id, ticket.staircase, title, body


# --- monthly report --------------------------------------------------------------------------

def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def monthly_report(ctx: Context, year: int, month: int) -> MonthlyReport:
    require(ctx, Permission.TICKET_MANAGE)
    first, last = month_bounds(year, month)
    in_month = Ticket.resolved_on.between(first, last)
    on_time = case((Ticket.resolved_on <= Ticket.due_on, 1), else_=0)
    late = case((Ticket.resolved_on > Ticket.due_on, 1), else_=0)
    opened = case((Ticket.opened_on.between(first, last), 1), else_=0)
    touched = or_(in_month, Ticket.opened_on.between(first, last))
    costs = allowed(ctx.actor, Permission.TICKET_COSTS)
    with ctx.store.read() as session:
        def grouped(label):
            return [ComplianceRow(r[0], int(r[1] or 0), int(r[2] or 0), int(r[3] or 0),
                                  int(r[4] or 0), float(r[5]) if r[5] is not None else None)
                    for r in session.execute(
                        select(label, func.sum(opened), func.sum(case((in_month, 1), else_=0)),
                               func.sum(case((in_month, on_time), else_=0)),
                               func.sum(case((in_month, late), else_=0)),
                               func.avg(case((in_month, Ticket.resolution_days), else_=None)))
                        .select_from(Ticket)
                        .join(TicketCategory, TicketCategory.id == Ticket.category_id)
                        .outerjoin(Contractor, Contractor.id == Ticket.contractor_id)
                        .where(touched).group_by(label).order_by(label))]

        by_category = grouped(TicketCategory.label)
        by_contractor = grouped(func.coalesce(Contractor.name, literal(IN_HOUSE_LABEL)))
        closed = session.scalar(select(func.count()).select_from(Ticket)
                                .where(Ticket.closed_on.between(first, last)))
        still_open = and_(Ticket.opened_on <= last,
                          or_(Ticket.resolved_on.is_(None), Ticket.resolved_on > last))
        open_at_end, overdue_at_end = session.execute(
            select(func.count(), func.sum(case((Ticket.due_on < last, 1), else_=0)))
            .select_from(Ticket).where(still_open)).one()
        spent = dict(session.execute(
            select(Ticket.cost_bearer, func.sum(Ticket.actual_cost_cents))
            .where(in_month).group_by(Ticket.cost_bearer)).all()) if costs else {}
    return MonthlyReport(
        first, last, sum(r.opened for r in by_category), sum(r.resolved for r in by_category),
        sum(r.on_time for r in by_category), closed or 0, open_at_end or 0,
        int(overdue_at_end or 0), tuple(by_category), tuple(by_contractor), costs,
        int(spent.get(CostBearer.OWNER) or 0) if costs else None,
        int(spent.get(CostBearer.TENANT) or 0) if costs else None,
        int(spent.get(CostBearer.SELF_MANAGEMENT) or 0) if costs else None,
        int(spent.get(None) or 0) if costs else None)


def print_monthly(ctx: Context, year: int, month: int, path: Path) -> Path:
    report = monthly_report(ctx, year, month)
    render_monthly(Path(path), report, office_name=_office(ctx))
    return _printed(ctx, "print.maintenance_month", "", path, f"{month:02d}/{year}")
