"""Preventive plans open a ticket exactly once per period; contractors and their timeliness;
who may do what in facility management (every role x every protected call)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models import Ticket
from borgo_desktop.models.tickets import CostBearer, Priority, TicketStatus, WaitReason
from borgo_desktop.services.tickets import plans as ticket_plans, tickets
from borgo_desktop.services.core.context import ROLES
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.tickets.plans import ContractorInput, PlanInput

from helpers.ticket_world import as_role, build_world, leak


@pytest.fixture
def world(ctx):
    return build_world(ctx)


def on(ctx, day: date):
    return dataclasses.replace(ctx, today=lambda: day)


def plan_tickets(ctx) -> list[tuple[str, str]]:
    with ctx.store.read() as session:
        return list(session.execute(select(Ticket.plan_period, Ticket.code)
                                    .where(Ticket.plan_id.is_not(None))
                                    .order_by(Ticket.plan_period)).all())


def lift_plan(ctx, world, **fields):
    values = dict(name="Verifica ascensore scala A", category_code="lift", building_code="DL55",
                  every_months=1, first_due_on=date(2026, 12, 10), system="Ascensore scala A",
                  lead_days=10, contractor_id=world.contractor.id)
    values.update(fields)
    return ticket_plans.save_plan(ctx, PlanInput(**values))


def test_a_plan_opens_one_ticket_per_period_however_often_it_runs(ctx, world):
    lift_plan(ctx, world)
    assert ticket_plans.open_due_tickets(on(ctx, date(2026, 11, 29))) == []  # too early
    first = ticket_plans.open_due_tickets(on(ctx, date(2026, 11, 30)))  # 10 days ahead
    assert len(first) == 1
    for day in (date(2026, 11, 30), date(2026, 12, 5), date(2026, 12, 30)):
        assert ticket_plans.open_due_tickets(on(ctx, day)) == []  # same period: nothing new
    second = ticket_plans.open_due_tickets(on(ctx, date(2026, 12, 31)))  # 10 days before 10/01
    assert len(second) == 1
    assert [p for p, _c in plan_tickets(ctx)] == ["2026-12-10", "2027-01-10"]
    detail = tickets.get_ticket(ctx, _id_of(ctx, second[0]))
    assert detail.ticket.status == TicketStatus.ASSIGNED
    assert detail.ticket.due_on == date(2027, 1, 10)
    assert detail.ticket.contractor_name == world.contractor.name


def _id_of(ctx, code: str):
    with ctx.store.read() as session:
        return session.scalar(select(Ticket.id).where(Ticket.code == code))


def test_missed_periods_open_only_the_current_one(ctx, world):
    lift_plan(ctx, world, every_months=6, first_due_on=date(2024, 3, 31), contractor_id=None)
    opened = ticket_plans.open_due_tickets(on(ctx, date(2026, 11, 25)))
    assert len(opened) == 1
    assert plan_tickets(ctx)[0][0] == "2026-09-30"  # month-end kept by relativedelta
    assert tickets.get_ticket(ctx, _id_of(ctx, opened[0])).ticket.status == TicketStatus.TRIAGED


@pytest.mark.parametrize(("every", "first", "today", "expected"), [
    (12, date(2026, 1, 15), date(2026, 1, 1), date(2026, 1, 15)),
    (12, date(2026, 1, 15), date(2027, 1, 1), date(2027, 1, 15)),
    (12, date(2026, 1, 15), date(2026, 12, 31), date(2026, 1, 15)),
    (1, date(2026, 1, 31), date(2026, 2, 20), date(2026, 2, 28)),
    (6, date(2025, 6, 1), date(2026, 5, 20), date(2026, 6, 1)),
])
def test_current_period(every, first, today, expected):
    plan = ticket_plans.PreventivePlan(every_months=every, first_due_on=first, lead_days=14)
    assert ticket_plans.current_period(plan, today) == expected


def test_the_calendar_lists_what_is_due_with_its_ticket(ctx, world):
    lift_plan(ctx, world)
    lift_plan(ctx, world, name="Caldaia centrale", category_code="heating", every_months=12,
              first_due_on=date(2027, 1, 20), system="Centrale termica")
    code = ticket_plans.open_due_tickets(on(ctx, date(2026, 12, 1)))[0]
    rows = ticket_plans.due_calendar(ctx, date(2026, 12, 1), date(2027, 2, 28))
    assert [(r.plan_name, r.due_on) for r in rows] == [
        ("Verifica ascensore scala A", date(2026, 12, 10)),
        ("Verifica ascensore scala A", date(2027, 1, 10)),
        ("Caldaia centrale", date(2027, 1, 20)),
        ("Verifica ascensore scala A", date(2027, 2, 10))]
    assert rows[0].ticket_code == code and rows[1].ticket_code == ""


def test_plan_form_is_checked(ctx, world):
    with pytest.raises(ValidationError) as refused:
        ticket_plans.save_plan(ctx, PlanInput("", "nope", "XX", 0, None, lead_days=200))
    assert set(refused.value.problems) == {"name", "every_months", "first_due_on", "lead_days",
                                           "category", "building"}


def test_contractors_with_their_tickets_and_timeliness(ctx, world):
    with pytest.raises(UserError, match="Esiste già"):
        ticket_plans.save_contractor(ctx, ContractorInput("IDRAULICA LOMBARDA SRL"))
    late = tickets.create_ticket(ctx, leak(world, priority=Priority.URGENT)).ticket
    ontime = tickets.create_ticket(ctx, leak(world, unit_id=world.b1.id)).ticket
    still = tickets.create_ticket(ctx, leak(world, category_code="electrical")).ticket
    for t in (late, ontime, still):
        tickets.triage(ctx, t.id, t.priority)
        tickets.assign(ctx, t.id, world.contractor.id)
        tickets.start_work(ctx, t.id)
    tickets.resolve(on(ctx, date(2026, 11, 28)), late.id)  # due the 26th
    tickets.resolve(ctx, ontime.id)
    view = ticket_plans.list_contractors(ctx)[0]
    assert (view.open_tickets, view.resolved, view.on_time) == (1, 2, 1)
    assert view.on_time_share == 0.5


# --- role x operation --------------------------------------------------------------------

def _operations(world, ticket_id):
    return {
        "create": lambda c: tickets.create_ticket(c, leak(world, accept_similar=True)),
        "comment": lambda c: tickets.add_comment(c, ticket_id, "Nota"),
        "read": lambda c: tickets.get_ticket(c, ticket_id),
        "of_household": lambda c: tickets.tickets_of(c, household_id=world.household.id),
        "triage": lambda c: tickets.triage(c, ticket_id, Priority.HIGH),
        "assign": lambda c: tickets.assign(c, ticket_id, staff_name="Luca"),
        "start": lambda c: tickets.start_work(c, ticket_id),
        "wait": lambda c: tickets.put_on_hold(c, ticket_id, WaitReason.PARTS),
        "resolve": lambda c: tickets.resolve(c, ticket_id),
        "close": lambda c: tickets.close(c, ticket_id),
        "reopen": lambda c: tickets.reopen(c, ticket_id, "Di nuovo"),
        "costs": lambda c: tickets.set_costs(c, ticket_id, 100, None, CostBearer.OWNER),
        "contractor": lambda c: ticket_plans.save_contractor(c, ContractorInput("Ditta Nuova")),
        "plan": lambda c: lift_plan(c, world),
        "open_due": lambda c: ticket_plans.open_due_tickets(c),
    }


# Who may do what, written out: the front desk (and everybody) reports, comments and
# reads; facility managers and managers run the tickets; only they close and see costs.
EVERYONE = {"create", "comment", "read", "of_household"}
RUNS = EVERYONE | {"triage", "assign", "start", "wait", "resolve", "close", "reopen", "costs",
                   "contractor", "plan", "open_due"}
MAY = {"front_desk": EVERYONE, "social_worker": EVERYONE, "admin": EVERYONE,
       "facility_manager": RUNS, "manager": RUNS}
START = {"triage": TicketStatus.NEW, "assign": TicketStatus.TRIAGED,
         "start": TicketStatus.ASSIGNED, "wait": TicketStatus.IN_PROGRESS,
         "resolve": TicketStatus.IN_PROGRESS, "close": TicketStatus.RESOLVED,
         "reopen": TicketStatus.CLOSED}
MATRIX = [(role, op) for role in ROLES for op in sorted(RUNS)]


@pytest.mark.parametrize(("role", "operation"), MATRIX, ids=[f"{r}-{o}" for r, o in MATRIX])
def test_role_by_operation(ctx, world, role, operation):
    ticket = tickets.create_ticket(ctx, leak(world)).ticket
    if operation in START:
        with ctx.store.unit_of_work() as session:
            session.get(Ticket, ticket.id).status = START[operation]
            session.commit()
    call = _operations(world, ticket.id)[operation]
    if operation in MAY[role]:
        call(as_role(ctx, role))
    else:
        with pytest.raises(PermissionDenied):
            call(as_role(ctx, role))
        with ctx.store.read() as session:
            assert session.scalar(select(func.count()).select_from(Ticket)) == 1
