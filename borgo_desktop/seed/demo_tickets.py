"""The demo's maintenance year: contractors, preventive plans and a few hundred tickets in
every state, each walked through the services on the day it happened."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select

from borgo_desktop.models import Building, CommonSpace, Lease
from borgo_desktop.models.enums import LeaseStatus
from borgo_desktop.models.tickets import CostBearer, Priority, WaitReason
from borgo_desktop.seed import demo_plan as plan
from borgo_desktop.services.tickets import plans as ticket_plans, tickets
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.tickets.plans import ContractorInput, PlanInput
from borgo_desktop.services.tickets.tickets import Channel, TicketInput

TICKETS = 260
DAYS = 365
RECENT_DAYS = 30

CONTRACTORS = (
    ("Idraulica Lombarda srl", "Idraulico", "Paolo Brambilla", "02 4830 1122", "P-2026/03"),
    ("Elettro Gallaratese snc", "Elettricista", "Sara Colombo", "02 3809 4410", "P-2026/04"),
    ("Ascensori Milano Nord spa", "Ascensori", "Ufficio assistenza", "800 112 233", "P-2025/11"),
    ("Serramenti Baggio srl", "Serramenti e citofoni", "Luca Ferrario", "02 4563 7788", "P-2026/07"),
    ("Verde Comune coop. sociale", "Verde e pulizie", "Marta Rinaldi", "02 3921 0055", "P-2026/01"),
    ("Termotecnica Ambrosiana srl", "Caldaie e riscaldamento", "Giorgio Sala", "02 6698 1200", "P-2025/09"),
)
# category, weight, contractor index (None: in-house), what people report
CATEGORIES = (
    ("plumbing", 24, 0, ("Perdita d'acqua dal soffitto del bagno", "Scarico del lavandino intasato",
                         "Rubinetto della cucina che gocciola", "Macchia di umidità sulla parete")),
    ("electrical", 16, 1, ("Salta il salvavita", "Presa della cucina bruciata",
                           "Luce delle scale spenta")),
    ("heating", 14, 5, ("Termosifone freddo in camera", "Caldaia in blocco",
                        "Acqua calda a intermittenza")),
    ("lift", 8, 2, ("Ascensore fermo al secondo piano", "Porta dell'ascensore che non chiude")),
    ("doors_windows", 12, 3, ("Finestra del soggiorno che non chiude", "Tapparella rotta",
                              "Serratura del portone dura")),
    ("intercom", 7, 3, ("Citofono che non suona", "Apriporta guasto")),
    ("cleaning", 6, 4, ("Scale non pulite da una settimana", "Rifiuti abbandonati in cortile")),
    ("green", 5, 4, ("Siepe da potare davanti all'ingresso", "Ramo pericolante nel cortile")),
    ("pests", 4, None, ("Blatte in cantina", "Topi vicino ai bidoni")),
    ("other", 4, None, ("Cassetta della posta scardinata", "Graffiti sul muro del cortile")),
)
SYSTEMS = ("Scala A", "Scala B", "Cortile", "Cantine", "Ingresso principale")
PRIORITIES = ((Priority.URGENT, 10), (Priority.HIGH, 25), (Priority.NORMAL, 50), (Priority.LOW, 15))
IN_HOUSE = ("Davide (manutentore interno)", "Roberto (manutentore interno)")
COMMENTS = ("L'inquilino ha richiamato per sollecitare.", "Sopralluogo fatto, serve un ricambio.",
            "Avvisati i vicini del piano di sotto.", "La ditta conferma l'intervento.")
PLANS = (
    ("Verifica periodica ascensore", "lift", "DL55", 1, date(2025, 1, 15), "Ascensore scala A", 2),
    ("Manutenzione caldaia centralizzata", "heating", "DL51", 12, date(2025, 10, 10),
     "Centrale termica", 5),
    ("Controllo estintori", "other", "DL59", 6, date(2025, 6, 30), "Estintori e idranti", None),
    ("Potatura e sfalcio", "green", "DL55", 3, date(2025, 3, 20), "Cortile e giardino", 4),
)


def build_tickets(ctx_for_day, ctx: Context) -> None:
    """``ctx_for_day(day)`` gives the demo actor's context on that day (seed/demo.on_day)."""
    rng = random.Random(plan.SEED + 4)
    today = ctx_for_day(plan.REFERENCE_DAY)
    contractors = [ticket_plans.save_contractor(today, ContractorInput(
        name, trade, contact, phone, "", ref)) for name, trade, contact, phone, ref in CONTRACTORS]
    for name, category, building, months, first, system, who in PLANS:
        ticket_plans.save_plan(today, PlanInput(
            name, category, building, months, first, system, lead_days=10,
            contractor_id=contractors[who].id if who is not None else None))
    places = _places(ctx)
    # A year of work, busier lately, so the board has something in every column.
    days = sorted(plan.REFERENCE_DAY - timedelta(days=rng.randint(0, DAYS if rng.random() < 0.6
                                                                  else RECENT_DAYS))
                  for _ in range(TICKETS))
    for day in days:
        _one_ticket(ctx_for_day, rng, day, places, contractors)
    ticket_plans.open_due_tickets(today)


def _places(ctx: Context) -> dict[str, list]:
    with ctx.store.read() as session:
        homes = session.execute(select(Lease.household_id, Lease.unit_id)
                                .where(Lease.status == LeaseStatus.ACTIVE)
                                .order_by(Lease.unit_id)).all()
        spaces = session.scalars(select(CommonSpace.id).order_by(CommonSpace.code)).all()
        buildings = session.scalars(select(Building.id).order_by(Building.code)).all()
    return {"homes": list(homes), "spaces": list(spaces), "buildings": list(buildings)}


def _input(rng: random.Random, places: dict, category: str, summary: str) -> TicketInput:
    priority = rng.choices([p for p, _w in PRIORITIES], [w for _p, w in PRIORITIES])[0]
    roll = rng.random()
    base = dict(category_code=category, summary=summary, priority=priority, accept_similar=True,
                channel=rng.choice((Channel.DESK, Channel.DESK, Channel.PHONE, Channel.EMAIL)))
    if category in ("lift", "cleaning", "green") or roll > 0.85:
        return TicketInput(**base, building_id=rng.choice(places["buildings"]),
                           system=rng.choice(SYSTEMS), reporter_name="Portineria")
    if roll > 0.75:
        return TicketInput(**base, common_space_id=rng.choice(places["spaces"]),
                           reporter_name="Ufficio di borgo")
    household, unit = rng.choice(places["homes"])
    return TicketInput(**base, unit_id=unit, reporter_household_id=household)


def _one_ticket(ctx_for_day, rng, day: date, places, contractors) -> None:
    category, _weight, who, summaries = rng.choices(CATEGORIES, [c[1] for c in CATEGORIES])[0]
    t = tickets.create_ticket(ctx_for_day(day), _input(rng, places, category,
                                                       rng.choice(summaries))).ticket
    end = plan.REFERENCE_DAY
    if rng.random() < 0.3:
        tickets.add_comment(ctx_for_day(day), t.id, rng.choice(COMMENTS))
    day += timedelta(days=rng.choice((0, 0, 1)))
    if day > end or ((end - day).days < 3 and rng.random() < 0.6):  # awaiting triage
        return
    tickets.triage(ctx_for_day(day), t.id, t.priority)
    day += timedelta(days=rng.choice((0, 1, 1, 2)))
    if day > end:
        return
    contractor = contractors[who].id if who is not None and rng.random() < 0.8 else None
    tickets.assign(ctx_for_day(day), t.id, contractor, "" if contractor else rng.choice(IN_HOUSE))
    if t.unit_code and rng.random() < 0.5 and day + timedelta(days=1) > end - timedelta(days=3):
        when = datetime.combine(day + timedelta(days=2), time(8, 30), tzinfo=timezone.utc)
        tickets.add_appointment(ctx_for_day(day), t.id, when, "Concordato per telefono")
    span = max(1, (t.due_on - t.opened_on).days)
    day += timedelta(days=rng.randint(0, max(1, span // 3)))
    if day > end:
        return
    tickets.start_work(ctx_for_day(day), t.id)
    if rng.random() < 0.35:
        day += timedelta(days=rng.randint(0, 2))
        if day > end:
            return
        reason = rng.choice(list(WaitReason))
        tickets.put_on_hold(ctx_for_day(day), t.id, reason)
        day += timedelta(days=rng.randint(1, 2 * span))
        if day > end:
            return
        tickets.start_work(ctx_for_day(day), t.id)
    # Most work ends by the deadline, some late.
    day = max(day, t.opened_on + timedelta(days=int(span * rng.uniform(0.2, 1.3))))
    if day > end:
        return
    tickets.resolve(ctx_for_day(day), t.id, "Intervento eseguito.")
    if rng.random() < 0.6:
        estimate = rng.randrange(5_000, 60_000, 500)
        tickets.set_costs(ctx_for_day(day), t.id, estimate,
                          int(estimate * rng.uniform(0.8, 1.3)) // 100 * 100,
                          CostBearer.TENANT if rng.random() < 0.15 else CostBearer.OWNER)
    day += timedelta(days=rng.randint(1, 6))
    if day > end:
        return
    tickets.close(ctx_for_day(day), t.id, rng.choice((3, 4, 4, 5, 5, None)))
    if rng.random() < 0.04 and day + timedelta(days=3) <= end:
        tickets.reopen(ctx_for_day(day + timedelta(days=3)), t.id,
                       "Il problema si è ripresentato.")
