"""Facility management on both dialects: the queries of the list, board, counters, plans and
the monthly report are portable (sums, averages, codes, dates)."""

from __future__ import annotations

import dataclasses
from datetime import date

from borgo_desktop.models.tickets import CostBearer, Priority, TicketStatus
from borgo_desktop.services.core import listing
from borgo_desktop.services.tickets import (
    plans as ticket_plans, printing as ticket_printing, tickets,
)
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store
from helpers.ticket_world import build_world, leak


def test_a_ticket_year_on_both_dialects(any_url):
    store = Store.open(any_url)
    try:
        ctx = Context(store, Actor("tester", "manager"), today=lambda: date(2026, 10, 5))
        world = build_world(ctx)
        first = tickets.create_ticket(ctx, leak(world, priority=Priority.URGENT)).ticket
        second = tickets.create_ticket(ctx, leak(world, unit_id=world.b1.id)).ticket
        assert second.code == "T2026-000002"
        for t in (first, second):
            tickets.triage(ctx, t.id, t.priority)
            tickets.assign(ctx, t.id, world.contractor.id)
            tickets.start_work(ctx, t.id)
        tickets.resolve(dataclasses.replace(ctx, today=lambda: date(2026, 10, 9)), first.id)
        tickets.set_costs(ctx, first.id, None, 12_345, CostBearer.OWNER)
        later = dataclasses.replace(ctx, today=lambda: date(2026, 11, 1))
        figures = tickets.counters(later)
        assert (figures.open, figures.overdue) == (1, 1)  # the second was due on 12/10
        plumbing = next(f for f in figures.by_category if f.label == "Idraulica")
        assert plumbing.average_days == 4.0
        assert tickets.board(later)[TicketStatus.RESOLVED][0] == 1
        spec = listing.SPECS["tickets"]
        assert listing.count(later, spec, {"overdue": "2026-11-01", "category": "plumbing"}) == 1
        assert listing.count(later, spec, {"text": world.b1.code.lower()}) == 1
        assert [r.values[0] for r in listing.fetch_page(later, spec)] == [second.code, first.code]
        report = ticket_printing.monthly_report(later, 2026, 10)
        assert (report.opened, report.resolved, report.on_time) == (2, 1, 0)
        assert (report.open_at_end, report.overdue_at_end) == (1, 1)
        assert report.cost_owner_cents == 12_345
        view = ticket_plans.list_contractors(later)[0]
        assert (view.open_tickets, view.resolved, view.on_time) == (1, 1, 0)
    finally:
        store.close()
