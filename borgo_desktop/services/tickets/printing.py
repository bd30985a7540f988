"""Printed documents of facility management: the work order, the tenants' notice and the
monthly report (with its figures, computed in the database). The tenants' notice comes out of
the communication engine: its templates are below, the office may edit them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, case, func, literal, or_, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Building, Contractor, Ticket, TicketCategory
from borgo_desktop.models.tickets import CostBearer
from borgo_desktop.reports.tickets_monthly import render_monthly
from borgo_desktop.formatting import fmt_instant
from borgo_desktop.models.communication import TemplateKind
from borgo_desktop.reports.tickets_sheets import render_work_order
from borgo_desktop.services.communication import guard, merge, templates
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.lookups import get_or_fail
from borgo_desktop.services.core.permissions import Permission, allowed, require
from borgo_desktop.services.core.problems import Problems, required
from borgo_desktop.services.core.settings import get_setting
from borgo_desktop.services.tickets.plans import list_contractors
from borgo_desktop.services.tickets.views import get_ticket

IN_HOUSE_LABEL = "Personale interno"
_OUTAGE = {"it": templates.Text("{avviso.titolo}",
                                "{avviso.testo}\n\nCi scusiamo per il disagio.")}
OUTAGE_STAIRCASE = templates.TemplateInput(
    "AVVISO-INTERVENTO-SCALA", "Avviso di intervento (scala)", TemplateKind.NOTICE_STAIRCASE,
    texts=_OUTAGE, note="modello del programma")
OUTAGE_BUILDING = templates.TemplateInput(
    "AVVISO-INTERVENTO", "Avviso di intervento (edificio)", TemplateKind.NOTICE_BUILDING,
    texts=_OUTAGE, note="modello del programma")


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
        return guard.personal_words(session, [building_id])


def check_notice_text(ctx: Context, building_id: uuid.UUID, *texts: str) -> None:
    """Refuse a notice whose words name a resident or a flat (data-protection rule 3)."""
    with ctx.store.read() as session:
        guard.check_public_text(session, [building_id], *texts)


def _when(starts_at: datetime | None, ends_at: datetime | None) -> str:
    if starts_at and ends_at:
        if starts_at.date() == ends_at.date():
            day, start = fmt_instant(starts_at).split(" ")
            return f"{day}, dalle {start} alle {fmt_instant(ends_at).split(' ')[1]}"
        return f"dalle {fmt_instant(starts_at)} alle {fmt_instant(ends_at)}"
    return f"a partire da {fmt_instant(starts_at)}" if starts_at else ""


def print_notice(ctx: Context, building_id: uuid.UUID, staircase: str, title: str, body: str,
                 starts_at: datetime | None, ends_at: datetime | None, path: Path) -> Path:
    """The outage notice for a building's entrance or one staircase's door, out of the
    communication engine (the office's template, the public-notice guard, a delivery row
    "posted on the board" for every household it concerns)."""
    require(ctx, Permission.COMM_SEND)
    problems = Problems()
    title = required(problems, "title", title, "Titolo")
    body = required(problems, "body", body, "Testo")
    if starts_at and ends_at and ends_at <= starts_at:
        problems.add("ends_at", "La fine deve venire dopo l'inizio.")
    problems.raise_if_any()
    with ctx.store.read() as session:
        code = get_or_fail(session, Building, building_id, "Edificio").code
    staircase = staircase.strip()
    when = _when(starts_at, ends_at)
    template = templates.ensure_system_template(
        ctx, OUTAGE_STAIRCASE if staircase else OUTAGE_BUILDING)
    merge.run_batch(ctx, merge.BatchRequest(
        template.code, f"staircase:{code}-{staircase}" if staircase else f"building:{code}",
        extra={"avviso.titolo": title,
               "avviso.testo": f"{when}\n\n{body}" if when else body}), Path(path))
    return Path(path)


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
