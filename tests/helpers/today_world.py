"""A borgo with something to do on 25/11/2026, for the «Oggi» tests: a booking today in a room
with keys, keys still out from yesterday, an overdue ticket, a case whose first meeting falls
due, move-in steps late and near, an unpaid rent that fired an alert."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from types import SimpleNamespace

from borgo_desktop.models.casework import CaseOrigin
from borgo_desktop.models.enums import RequesterKind
from borgo_desktop.services.allocation import follow_up
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core import settings
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.core.recurrence import Repeat
from borgo_desktop.services.ledger import balances, charges, payments, warnings
from borgo_desktop.models.ledger import PaymentMethod
from borgo_desktop.services.registry import registry
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.tickets import tickets
from helpers import ledger_world

TODAY = date(2026, 11, 25)
WORKER = Actor("assistente", "social_worker", "Giulia Ferri")


def on(ctx, day: date, actor: Actor | None = None):
    return dataclasses.replace(ctx, today=lambda: day, actor=actor or ctx.actor)


def as_role(ctx, role: str):
    return dataclasses.replace(ctx, actor=WORKER if role == "social_worker"
                               else Actor(f"u_{role}", role))


def build(ctx) -> SimpleNamespace:
    world = ledger_world.build_world(ctx)
    room = registry.create_common_space(ctx, "DL55", "SALA", "Sala feste", capacity=60)
    spaces.update_space(ctx, room, spaces.SpaceInput(60, "", (("08:00", "23:00"),) * 7,
                                                     keys_needed=True, key_holder="Portineria"))

    def book(day, start, end, title):
        return bookings.create(on(ctx, date(2026, 11, 20)), bookings.BookingInput(
            room, title, "Rossi Maria", RequesterKind.RESIDENT, day, time.fromisoformat(start),
            time.fromisoformat(end), Repeat.NONE, None, None))[0]

    party = book(TODAY, "17:00", "19:00", "Festa di compleanno")
    yesterday = book(date(2026, 11, 24), "10:00", "12:00", "Riunione condominiale")
    bookings.record_use(on(ctx, date(2026, 11, 24)), yesterday.id, key_given_to="Bianchi Anna")
    leak = tickets.create_ticket(on(ctx, date(2026, 11, 2)), tickets.TicketInput(
        category_code="plumbing", summary="Perdita sotto il lavello", reporter_name="Portineria",
        unit_id=world.capped.id)).ticket
    case_id = cases.open_case(on(ctx, TODAY, WORKER), world.verdi.id, CaseOrigin.COMUNE,
                              "Segnalazione", on=date(2026, 10, 1))  # first meeting by 30/11
    with ctx.store.unit_of_work() as session:  # moved in on 1/11: residence late, utilities near
        follow_up.schedule(ctx, session, world.bianchi.id, date(2026, 11, 1))
        session.commit()
    settings.set_setting(ctx, "arrears.warning_rules", [{"rule": "unpaid_after_days",
                                                         "days": 10}])
    charges.charge_run(ctx, "2026-11")
    for household in (world.bianchi, world.verdi):
        monthly = balances.household_balance(ctx, household.id).monthly_cents
        payments.record_payment(on(ctx, date(2026, 11, 4)), household.id, monthly,
                                PaymentMethod.CASH, date(2026, 11, 4))
    warnings.run_warnings(on(ctx, date(2026, 11, 16)))  # Rossi's November is unpaid
    return SimpleNamespace(world=world, party=party, yesterday=yesterday, leak=leak,
                           case_id=case_id)

