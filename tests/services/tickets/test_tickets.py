"""Tickets: the status machine (every allowed and refused transition), deadlines, the
similar-ticket warning, comments, appointments, attachments, costs and their masking."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models import Ticket, TicketEvent
from borgo_desktop.models.tickets import (
    Channel, CostBearer, EventKind, Priority, TicketStatus, WaitReason,
)
from borgo_desktop.services.core import audit, settings
from borgo_desktop.services.tickets import tickets
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.tickets.tickets import STEPS, SimilarTicketOpen
from helpers.support import as_admin

from helpers.ticket_world import as_role, build_world, leak

S = TicketStatus


@pytest.fixture
def world(ctx):
    return build_world(ctx)


def force_status(ctx, ticket_id, status: TicketStatus) -> None:
    """Put a ticket straight into a status (the table test starts from every status)."""
    with ctx.store.unit_of_work() as session:
        session.get(Ticket, ticket_id).status = status
        session.commit()


def events(ctx, ticket_id) -> list[tuple]:
    """(kind, from, to) of the ticket's timeline, oldest first."""
    with ctx.store.read() as session:
        return list(session.execute(
            select(TicketEvent.kind, TicketEvent.from_status, TicketEvent.to_status)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.happened_at, TicketEvent.id)).all())


def run_action(ctx, world, action: str, ticket_id):
    calls = {
        "triage": lambda: tickets.triage(ctx, ticket_id, Priority.HIGH),
        "assign": lambda: tickets.assign(ctx, ticket_id, world.contractor.id),
        "start": lambda: tickets.start_work(ctx, ticket_id),
        "wait": lambda: tickets.put_on_hold(ctx, ticket_id, WaitReason.PARTS),
        "resolve": lambda: tickets.resolve(ctx, ticket_id, "Sostituito il sifone"),
        "close": lambda: tickets.close(ctx, ticket_id, 5, "Tutto a posto"),
        "reopen": lambda: tickets.reopen(ctx, ticket_id, "La perdita è ricomparsa"),
    }
    return calls[action]()


CASES = [(status, action) for status in TicketStatus for action in STEPS]


@pytest.mark.parametrize(("status", "action"), CASES, ids=[f"{s.value}-{a}" for s, a in CASES])
def test_every_transition_is_allowed_or_refused_as_the_table_says(ctx, world, status, action):
    ticket = tickets.create_ticket(ctx, leak(world)).ticket
    force_status(ctx, ticket.id, status)
    before = len(events(ctx, ticket.id))
    step = STEPS[action]
    if status in step.sources:
        detail = run_action(ctx, world, action, ticket.id)
        assert detail.ticket.status == step.target
        assert events(ctx, ticket.id)[-1] == (EventKind.STATUS, status, step.target)
        assert len(events(ctx, ticket.id)) == before + 1
    else:
        with pytest.raises(UserError, match="Non è possibile") as refused:
            run_action(ctx, world, action, ticket.id)
        assert status.label in refused.value.text
        assert tickets.get_ticket(ctx, ticket.id).ticket.status == status
        assert len(events(ctx, ticket.id)) == before  # nothing written


# The expected machine, written out by hand: the code's table must say the same.
EXPECTED = {
    S.NEW: {"triage"}, S.TRIAGED: {"assign"}, S.ASSIGNED: {"assign", "start"},
    S.IN_PROGRESS: {"wait", "resolve"}, S.WAITING: {"start"}, S.RESOLVED: {"close", "reopen"},
    S.CLOSED: {"reopen"},
}


def test_the_machine_is_the_documented_one():
    assert {s: set(tickets.available_actions(s)) for s in TicketStatus} == EXPECTED


def test_a_whole_life_leaves_a_timeline_and_audit(ctx, world):
    t = tickets.create_ticket(ctx, leak(world)).ticket
    assert (t.status, t.code, t.unit_code) == (S.NEW, "T2026-000001", world.a1.code)
    tickets.triage(ctx, t.id, Priority.URGENT)
    tickets.assign(ctx, t.id, staff_name="Luca (manutentore interno)")
    tickets.start_work(ctx, t.id)
    tickets.put_on_hold(ctx, t.id, WaitReason.TENANT_ACCESS)
    tickets.start_work(ctx, t.id)
    done = tickets.resolve(ctx, t.id)
    assert done.ticket.resolved_on == ctx.today()
    closed = tickets.close(ctx, t.id, 4, "Veloci")
    assert (closed.ticket.status, closed.ticket.feedback_rating) == (S.CLOSED, 4)
    reopened = tickets.reopen(ctx, t.id, "Goccia ancora")
    assert reopened.ticket.status == S.TRIAGED and reopened.ticket.reopen_count == 1
    assert reopened.ticket.resolved_on is None and reopened.ticket.closed_on is None
    assert reopened.ticket.due_on == ctx.today() + timedelta(days=1)  # urgent, from today
    kinds = [e.to_status for e in reopened.events]
    assert kinds == [S.NEW, S.TRIAGED, S.ASSIGNED, S.IN_PROGRESS, S.WAITING, S.IN_PROGRESS,
                     S.RESOLVED, S.CLOSED, S.TRIAGED]
    actions = [e.action for e in audit.list_entries(as_admin(ctx)) if e.action.startswith("ticket.")]
    assert {"ticket.create", "ticket.triage", "ticket.close", "ticket.reopen"} <= set(actions)


def test_refused_inputs_say_why_in_italian(ctx, world):
    t = tickets.create_ticket(ctx, leak(world)).ticket
    force_status(ctx, t.id, S.RESOLVED)
    with pytest.raises(UserError, match="motivo della riapertura"):
        tickets.reopen(ctx, t.id, "  ")
    with pytest.raises(UserError, match="da 1 a 5"):
        tickets.close(ctx, t.id, 7)
    force_status(ctx, t.id, S.TRIAGED)
    with pytest.raises(UserError, match="ditta oppure"):
        tickets.assign(ctx, t.id)
    force_status(ctx, t.id, S.IN_PROGRESS)
    with pytest.raises(UserError, match="che cosa si aspetta"):
        tickets.put_on_hold(ctx, t.id, None)


def test_create_checks_every_field_at_once(ctx, world):
    with pytest.raises(ValidationError) as refused:
        tickets.create_ticket(ctx, tickets.TicketInput(category_code="", summary=" "))
    assert set(refused.value.problems) == {"summary", "category", "reporter", "place"}
    with pytest.raises(ValidationError) as refused:
        tickets.create_ticket(ctx, tickets.TicketInput(
            category_code="lift", summary="Ascensore fermo", building_id=world.building.id,
            reporter_name="Portineria"))
    assert set(refused.value.problems) == {"system"}


def test_the_household_unit_is_the_default_place(ctx, world):
    t = tickets.create_ticket(ctx, leak(world, unit_id=None)).ticket
    assert t.unit_code == world.a1.code and t.building_code == "DL55"
    assert "Rossi" in t.reporter and t.reporter_phone == "02 5551234"


# --- deadlines ---------------------------------------------------------------------------

@pytest.mark.parametrize(("category", "priority", "days"), [
    ("plumbing", Priority.URGENT, 1), ("plumbing", Priority.NORMAL, 7),
    ("plumbing", Priority.LOW, 30), ("lift", Priority.HIGH, 2), ("lift", Priority.NORMAL, 5),
    ("intercom", Priority.HIGH, 3), ("intercom", Priority.NORMAL, 10),
    ("green", Priority.LOW, 60),
])
def test_deadline_comes_from_the_table_by_category_and_priority(ctx, world, category, priority, days):
    t = tickets.create_ticket(ctx, leak(world, category_code=category, priority=priority)).ticket
    assert t.due_on == ctx.today() + timedelta(days=days)


def test_deadline_table_is_configurable_and_triage_recomputes(ctx, world):
    table = dict(settings.DEFAULTS["tickets.deadline_days"], plumbing={"normal": 2, "urgent": 0})
    settings.set_setting(ctx, "tickets.deadline_days", table)
    t = tickets.create_ticket(ctx, leak(world)).ticket
    assert t.due_on == ctx.today() + timedelta(days=2)
    triaged = tickets.triage(ctx, t.id, Priority.URGENT).ticket
    assert triaged.due_on == ctx.today()
    recategorised = tickets.triage  # only from "new": a second triage is refused
    with pytest.raises(UserError):
        recategorised(ctx, t.id, Priority.LOW, "heating")


def test_overdue_is_open_and_past_the_deadline(ctx, world):
    t = tickets.create_ticket(ctx, leak(world, priority=Priority.URGENT)).ticket
    later = as_role(ctx, "manager").__class__(ctx.store, ctx.actor,
                                              today=lambda: ctx.today() + timedelta(days=3))
    assert tickets.get_ticket(later, t.id).ticket.overdue
    assert tickets.overdue_count(later) == 1 and tickets.overdue_count(ctx) == 0
    force_status(ctx, t.id, S.RESOLVED)
    assert not tickets.get_ticket(later, t.id).ticket.overdue


def test_a_household_and_a_unit_list_their_tickets_open_first(ctx, world):
    first = tickets.create_ticket(ctx, leak(world, priority=Priority.URGENT)).ticket
    other = tickets.create_ticket(ctx, leak(world, category_code="electrical", unit_id=world.b1.id,
                                            summary="Presa bruciata")).ticket
    staff = tickets.create_ticket(ctx, leak(world, reporter_household_id=None,
                                            reporter_name="Portineria", category_code="doors_windows",
                                            summary="Porta che non chiude",
                                            accept_similar=True)).ticket
    force_status(ctx, first.id, S.CLOSED)
    later = ctx.__class__(ctx.store, ctx.actor, today=lambda: ctx.today() + timedelta(days=30))
    total, lines = tickets.tickets_of(later, household_id=world.household.id)
    assert total == 2 and [line.code for line in lines] == [other.code, first.code]
    assert [(line.status, line.overdue) for line in lines] == [(S.NEW, True), (S.CLOSED, False)]
    assert lines[0].category_label and lines[0].summary == "Presa bruciata"
    total, lines = tickets.tickets_of(ctx, unit_id=world.a1.id)
    assert total == 2 and {line.code for line in lines} == {first.code, staff.code}
    assert tickets.tickets_of(ctx, unit_id=world.a1.id, limit=1)[0] == 2
    with pytest.raises(ValueError):
        tickets.tickets_of(ctx)


# --- warnings, comments, appointments, attachments, costs --------------------------------

def test_a_similar_open_ticket_warns_until_confirmed(ctx, world):
    first = tickets.create_ticket(ctx, leak(world)).ticket
    with pytest.raises(SimilarTicketOpen) as warned:
        tickets.create_ticket(ctx, leak(world, channel=Channel.PHONE))
    assert warned.value.codes == [first.code]
    assert tickets.similar_open(ctx, "plumbing", unit_id=world.a1.id) == [first.code]
    assert tickets.similar_open(ctx, "plumbing", unit_id=world.b1.id) == []
    assert tickets.similar_open(ctx, "electrical", unit_id=world.a1.id) == []
    second = tickets.create_ticket(ctx, leak(world, accept_similar=True)).ticket
    assert second.code == "T2026-000002"


def test_comments_and_appointments_join_the_timeline(ctx, world):
    clerk = as_role(ctx, "front_desk")
    t = tickets.create_ticket(clerk, leak(world)).ticket
    tickets.add_comment(clerk, t.id, "L'inquilino richiama dopo le 17")
    when = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
    detail = tickets.add_appointment(clerk, t.id, when, "Portare la scala")
    assert detail.appointments[0].starts_at == when
    assert [e.kind for e in detail.events] == [EventKind.CREATED, EventKind.COMMENT,
                                               EventKind.APPOINTMENT]
    with pytest.raises(UserError, match="vuoto"):
        tickets.add_comment(clerk, t.id, "   ")
    with pytest.raises(UserError, match="passato"):
        tickets.add_appointment(clerk, t.id, datetime(2026, 1, 1, tzinfo=timezone.utc))


def test_attachments_are_copied_with_their_hash(ctx, world, tmp_path):
    photo = tmp_path / "macchia.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg \xff\xd9")
    t = tickets.create_ticket(ctx, leak(world)).ticket
    detail = tickets.add_attachment(ctx, t.id, photo, "Foto del soffitto")
    kept = detail.attachments[0]
    assert kept.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert kept.stored_path != str(photo)
    from pathlib import Path

    assert Path(kept.stored_path).read_bytes() == photo.read_bytes()
    with pytest.raises(UserError, match="non esiste"):
        tickets.add_attachment(ctx, t.id, tmp_path / "missing.pdf")


def test_costs_are_masked_for_roles_without_the_permission(ctx, world):
    t = tickets.create_ticket(ctx, leak(world)).ticket
    tickets.set_costs(as_role(ctx, "facility_manager"), t.id, 12_000, 13_550, CostBearer.OWNER)
    seen = tickets.get_ticket(as_role(ctx, "manager"), t.id).ticket
    assert (seen.estimated_cost_cents, seen.actual_cost_cents, seen.cost_bearer) == (
        12_000, 13_550, CostBearer.OWNER)
    hidden = tickets.get_ticket(as_role(ctx, "front_desk"), t.id).ticket
    assert not hidden.costs_visible
    assert (hidden.estimated_cost_cents, hidden.actual_cost_cents, hidden.cost_bearer) == (
        None, None, None)
    with pytest.raises(UserError, match="negativo"):
        tickets.set_costs(ctx, t.id, -1, None, None)


def test_board_and_counters(ctx, world):
    a = tickets.create_ticket(ctx, leak(world, priority=Priority.URGENT)).ticket
    b = tickets.create_ticket(ctx, leak(world, category_code="electrical", summary="Presa")).ticket
    force_status(ctx, b.id, S.IN_PROGRESS)
    later = ctx.__class__(ctx.store, ctx.actor, today=lambda: date(2026, 12, 1))
    columns = tickets.board(later)
    assert columns[S.NEW][0] == 1 and columns[S.NEW][1][0].code == a.code
    assert columns[S.NEW][1][0].overdue
    tickets.resolve(later, b.id)
    figures = tickets.counters(later)
    assert (figures.open, figures.overdue) == (1, 1)
    electrical = next(f for f in figures.by_category if f.label == "Impianto elettrico")
    assert (electrical.resolved, electrical.average_days) == (1, 6.0)


def test_resolved_tickets_without_confirmation_close_after_the_configured_days(ctx, world):
    import dataclasses

    t = tickets.create_ticket(ctx, leak(world)).ticket
    force_status(ctx, t.id, S.IN_PROGRESS)
    tickets.resolve(ctx, t.id)
    assert tickets.close_unconfirmed(dataclasses.replace(ctx, today=lambda: date(2026, 12, 10))) == []
    later = dataclasses.replace(ctx, today=lambda: date(2026, 12, 11))
    assert tickets.close_unconfirmed(later) == [t.code]
    closed = tickets.get_ticket(ctx, t.id)
    assert closed.ticket.status == S.CLOSED and "15 giorni" in closed.events[-1].note
    assert tickets.close_unconfirmed(later) == []
    with pytest.raises(PermissionDenied):
        tickets.close_unconfirmed(as_role(ctx, "front_desk"))


def test_a_reopened_ticket_gets_a_new_deadline_from_the_day_it_reopens(ctx, world):
    import dataclasses

    t = tickets.create_ticket(ctx, leak(world)).ticket  # plumbing, normal: 7 days
    force_status(ctx, t.id, S.IN_PROGRESS)
    tickets.resolve(ctx, t.id)
    later = dataclasses.replace(ctx, today=lambda: date(2026, 12, 20))
    reopened = tickets.reopen(later, t.id, "Perde di nuovo").ticket
    assert reopened.due_on == date(2026, 12, 27) and not reopened.overdue
