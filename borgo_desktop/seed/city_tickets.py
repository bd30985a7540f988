"""City-scale maintenance: 300,000 tickets over five years on the city's units and
buildings, with contractors, written with bulk Core inserts in chunks (the whole set
never sits in memory). Each ticket gets its opening event and, once it moved, the event
of its latest status. Deadlines come from the same table the services use.

Runs inside ``build_city`` or on its own on a city database that has no tickets yet.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

from sqlalchemy import func, select

from borgo_desktop.errors import UserError
from borgo_desktop.models import (
    Building, Contractor, Lease, Ticket, TicketCategory, TicketEvent, Unit,
)
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.models.tickets import (
    OPEN_STATUSES, Channel, CostBearer, EventKind, Priority, TicketStatus, WaitReason,
)
from borgo_desktop.seed.city_gen import Stamp
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.settings import get_setting
from borgo_desktop.services.tickets.views import deadline_days

SEED = 2026_4
TICKETS = 300_000
YEARS = 5
CONTRACTORS = 40
CHUNK = 10_000
MARKER = "Ditta cittadina 001"
TRADES = ("Idraulica", "Impianti elettrici", "Ascensori", "Serramenti", "Verde e pulizie",
          "Caldaie", "Citofonia", "Disinfestazioni")
CATEGORY_WEIGHTS = {"plumbing": 24, "electrical": 16, "heating": 14, "lift": 8,
                    "doors_windows": 12, "intercom": 7, "cleaning": 6, "green": 5, "pests": 4,
                    "other": 4}
SUMMARIES = {"plumbing": "Perdita d'acqua", "electrical": "Guasto elettrico",
             "heating": "Riscaldamento non funzionante", "lift": "Ascensore fermo",
             "doors_windows": "Infisso rotto", "intercom": "Citofono guasto",
             "cleaning": "Pulizia parti comuni", "green": "Manutenzione del verde",
             "pests": "Infestazione", "other": "Segnalazione varia"}
PRIORITY_WEIGHTS = ((Priority.URGENT, 10), (Priority.HIGH, 25), (Priority.NORMAL, 50),
                    (Priority.LOW, 15))
# Of the tickets opened in the last RECENT days, the share in each status.
RECENT = 45
RECENT_STATUS = ((TicketStatus.NEW, 8), (TicketStatus.TRIAGED, 8), (TicketStatus.ASSIGNED, 14),
                 (TicketStatus.IN_PROGRESS, 14), (TicketStatus.WAITING, 8),
                 (TicketStatus.RESOLVED, 18), (TicketStatus.CLOSED, 30))


def scaled(count: int, factor: float) -> int:
    return max(1, round(count * factor))


def build_city_tickets(ctx: Context, reference_day: date, factor: float = 1.0,
                       progress: Callable[[str], None] | None = None) -> int:
    say = progress or (lambda _text: None)
    rng, stamp = random.Random(SEED), Stamp(ctx.actor.username)
    table = get_setting(ctx, "tickets.deadline_days")
    with ctx.store.unit_of_work() as session:
        if session.scalar(select(Contractor.id).where(Contractor.name == MARKER)):
            raise UserError("Le segnalazioni di scala cittadina sono già presenti.")
        categories = dict(session.execute(select(TicketCategory.code, TicketCategory.id)).all())
        homes = session.execute(select(Unit.id, Unit.building_id, Lease.household_id)
                                .outerjoin(Lease, (Lease.unit_id == Unit.id)
                                           & (Lease.status == LeaseStatus.ACTIVE))).all()
        buildings = list(session.scalars(select(Building.id)))
        contractors = [stamp(name=f"Ditta cittadina {i + 1:03d}", trade=TRADES[i % len(TRADES)],
                             contact_person="", phone=f"02 {5500000 + i}", email="",
                             contract_ref=f"CC-{2022 + i % 4}/{i + 1:03d}", active=True)
                       for i in range(CONTRACTORS)]
        session.execute(Contractor.__table__.insert(), contractors)
        by_trade = {trade: [c["id"] for c in contractors if c["trade"] == trade] for trade in TRADES}
        sequences = _sequences(session)
        total = scaled(TICKETS, factor)
        first_day = reference_day - timedelta(days=365 * YEARS)
        span = (reference_day - first_day).days
        days = sorted(first_day + timedelta(days=rng.randint(0, span)) for _ in range(total))
        codes = list(categories)
        weights = [CATEGORY_WEIGHTS.get(c, 3) for c in codes]
        for start in range(0, total, CHUNK):
            tickets, events = [], []
            for opened in days[start:start + CHUNK]:
                category = rng.choices(codes, weights)[0]
                row = _ticket(rng, stamp, opened, reference_day, category, categories[category],
                              table, homes, buildings, by_trade, sequences)
                tickets.append(row)
                events += _events(stamp, row)
            session.execute(Ticket.__table__.insert(), tickets)
            session.execute(TicketEvent.__table__.insert(), events)
            say(f"  segnalazioni: {min(start + CHUNK, total)} di {total}")
        session.commit()
    return total


def _sequences(session) -> dict[int, int]:
    """The last number used in each year's codes (a city on top of the demo continues it)."""
    last: dict[int, int] = {}
    for code in session.scalars(select(func.max(Ticket.code)).group_by(func.substr(Ticket.code, 1, 5))):
        if code:
            last[int(code[1:5])] = int(code[6:])
    return last


def _trade_for(category: str) -> str:
    return {"plumbing": "Idraulica", "electrical": "Impianti elettrici", "lift": "Ascensori",
            "doors_windows": "Serramenti", "cleaning": "Verde e pulizie", "green": "Verde e pulizie",
            "heating": "Caldaie", "intercom": "Citofonia", "pests": "Disinfestazioni"}.get(category, "")


def _ticket(rng, stamp, opened: date, today: date, category: str, category_id, table, homes,
            buildings, by_trade, sequences) -> dict:
    priority = rng.choices([p for p, _w in PRIORITY_WEIGHTS], [w for _p, w in PRIORITY_WEIGHTS])[0]
    due = opened + timedelta(days=deadline_days(table, category, priority))
    age = (today - opened).days
    if age < RECENT:
        status = rng.choices([s for s, _w in RECENT_STATUS], [w for _s, w in RECENT_STATUS])[0]
    else:
        status = rng.choices((TicketStatus.CLOSED, TicketStatus.RESOLVED, TicketStatus.WAITING,
                              TicketStatus.IN_PROGRESS), (96, 2.5, 0.8, 0.7))[0]
    allowed_days = max(1, (due - opened).days)
    resolved = closed = days = None
    if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        # About four in five on time; the rest late by up to the deadline again.
        days = rng.randint(0, allowed_days) if rng.random() < 0.8 else \
            allowed_days + rng.randint(1, allowed_days + 5)
        days = min(days, age)
        resolved = opened + timedelta(days=days)
        if status == TicketStatus.CLOSED:
            closed = min(today, resolved + timedelta(days=rng.randint(0, 7)))
    unit_id, building_id, household_id = rng.choice(homes) if category not in (
        "lift", "cleaning", "green") and rng.random() < 0.75 else (None, rng.choice(buildings), None)
    contractor = None
    if status not in (TicketStatus.NEW, TicketStatus.TRIAGED) and rng.random() < 0.7:
        candidates = by_trade.get(_trade_for(category))
        contractor = rng.choice(candidates) if candidates else None
    sequences[opened.year] = sequences.get(opened.year, 0) + 1
    cost = rng.randrange(3_000, 80_000, 100) if resolved and rng.random() < 0.6 else None
    return stamp(
        code=f"T{opened.year}-{sequences[opened.year]:06d}", building_id=building_id,
        unit_id=unit_id, common_space_id=None,
        system="" if unit_id else rng.choice(("Scala A", "Scala B", "Cortile", "Cantine")),
        category_id=category_id, summary=SUMMARIES.get(category, "Segnalazione"),
        description="", reporter_household_id=household_id, reporter_person_id=None,
        reporter_name="" if household_id else "Portineria",
        channel=rng.choice((Channel.DESK, Channel.PHONE, Channel.EMAIL)), priority=priority,
        status=status,
        wait_reason=rng.choice(list(WaitReason)) if status == TicketStatus.WAITING else None,
        opened_on=opened, due_on=due, resolved_on=resolved, resolution_days=days,
        closed_on=closed, contractor_id=contractor,
        assignee_name="" if contractor or status in (TicketStatus.NEW, TicketStatus.TRIAGED)
        else "Squadra interna",
        estimated_cost_cents=cost, actual_cost_cents=cost,
        cost_bearer=(CostBearer.OWNER if rng.random() < 0.85 else CostBearer.TENANT) if cost else None,
        feedback_rating=rng.choice((3, 4, 4, 5, 5, None)) if closed else None, feedback_note="",
        reopen_count=0, plan_id=None, plan_period=None)


def _events(stamp: Stamp, ticket: dict) -> list[dict]:
    def at(day: date) -> datetime:
        return datetime.combine(day, time(9), tzinfo=timezone.utc)

    rows = [stamp(ticket_id=ticket["id"], kind=EventKind.CREATED, from_status=None,
                  to_status=TicketStatus.NEW, happened_at=at(ticket["opened_on"]), note="")]
    if ticket["status"] != TicketStatus.NEW:
        day = ticket["closed_on"] or ticket["resolved_on"] or ticket["opened_on"]
        before = TicketStatus.RESOLVED if ticket["status"] == TicketStatus.CLOSED else (
            TicketStatus.IN_PROGRESS if ticket["status"] not in OPEN_STATUSES else TicketStatus.NEW)
        rows.append(stamp(ticket_id=ticket["id"], kind=EventKind.STATUS, from_status=before,
                          to_status=ticket["status"], happened_at=at(day), note=""))
    return rows
