"""The demo's shared spaces and community life: opening hours and keys of the rooms, a
school year of after-school sessions, parties and assemblies, groups, events, house rules,
rotas and the neighbourhood's services. Everything goes through the services.

Addresses and phone numbers of the directory are invented (like the people of the demo).
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from sqlalchemy import select

from borgo_desktop.models import CommonSpace, Household, Membership
from borgo_desktop.models.enums import Audience, HouseholdStatus, RequesterKind as K, ServiceKind
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.community import community
from borgo_desktop.services.spaces.bookings import BookingInput
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.recurrence import Repeat

WEEKDAYS_9_20 = (("09:00", "20:00"),) * 5 + (("09:00", "13:00"), None)
EVERY_DAY_LATE = (("09:00", "23:00"),) * 7
ALL = tuple(K)

ROOMS = {
    # code: capacity, equipment, hours, who may book, rules, keys holder, approval, bookable
    "SC-DOPOSCUOLA": (20, "Banchi, lavagna, 6 computer, libreria per ragazzi", WEEKDAYS_9_20,
                      (K.GROUP, K.ASSOCIATION, K.OFFICE),
                      "Lasciare l'aula in ordine, computer spenti, finestre chiuse.",
                      "Ufficio di borgo", False, True),
    "SC-SALA": (60, "Tavoli e 60 sedie, cucina, impianto audio, proiettore", EVERY_DAY_LATE, ALL,
                "Silenzio dopo le 23. Pulizia a cura di chi prenota. Vietato fumare.",
                "Portineria civico 55", False, True),
    "SC-INFO": (6, "Scrivania, stampante, bacheca", WEEKDAYS_9_20, (K.OFFICE, K.ASSOCIATION),
                "", "", False, True),
    "SC-LAB": (12, "Banco da lavoro, attrezzi, macchina da cucire", EVERY_DAY_LATE,
               (K.GROUP, K.ASSOCIATION, K.OFFICE), "Attrezzi riposti al loro posto.",
               "Referente del gruppo riparazioni", True, True),
    "SC-LAVANDERIA": (6, "Lavatrici e asciugatrici a gettone", None, ALL, "", "", False, False),
    "SC-BICI": (None, "", None, ALL, "", "", False, False),
}

SERVICES = (
    ("Servizio sociale professionale territoriale - Municipio 8", ServiceKind.SOCIAL,
     "Via Cenisio 2, Milano", "02 0000 1801", "", "lun-ven 9-12, mar e gio anche 14-16",
     "Su appuntamento. Portare un documento e la tessera sanitaria."),
    ("Casa di Comunità Quarto Oggiaro", ServiceKind.HEALTH, "Via Lopez 1, Milano",
     "02 0000 1802", "", "lun-ven 8-18", "Medici di famiglia, prelievi, consultorio."),
    ("Scuola primaria di via Val Lagarina", ServiceKind.SCHOOL, "Via Val Lagarina 4, Milano",
     "02 0000 1803", "", "segreteria lun-ven 8-10", "Pre e post scuola su iscrizione."),
    ("Centro per l'impiego Milano Nord", ServiceKind.JOBS, "Via Fara 10, Milano", "02 0000 1804",
     "", "lun-ven 9-12", "Iscrizione, patto di servizio, offerte di lavoro."),
    ("CAF di quartiere", ServiceKind.CAF, "Via Amoretti 12, Milano", "02 0000 1805", "",
     "mar e gio 9-13", "ISEE, 730, bonus. Portare la DSU e i documenti di reddito."),
    ("Associazione Amici del borgo", ServiceKind.ASSOCIATION, "Via De Lemene 55, Milano", "",
     "amici.borgo@example.org", "sab 10-12", "Doposcuola, feste, scambio di competenze."),
    ("Mercato comunale di piazzale Lugano", ServiceKind.SHOP, "Piazzale Lugano, Milano", "",
     "", "mar-sab 8-14", ""),
)


def build_spaces_and_community(ctx: Context, today: date) -> None:
    """Called once by seed/demo.py build_demo, after the rooms and households exist."""
    rng = random.Random(5)
    rooms = _configure_rooms(ctx)
    _book(ctx, rooms, today)
    residents = _residents(ctx)
    _community(ctx, rng, residents, today)
    for name, kind, address, phone, email, hours, notes in SERVICES:
        community.save_service(ctx, community.ServiceInput(name, kind, address, phone, email,
                                                           "", hours, notes))


def _configure_rooms(ctx: Context) -> dict[str, object]:
    with ctx.store.read() as session:
        ids = dict(session.execute(select(CommonSpace.code, CommonSpace.id)).all())
    for code, (capacity, equipment, hours, who, rules, holder, approval, bookable) in ROOMS.items():
        spaces.update_space(ctx, ids[code], spaces.SpaceInput(
            capacity, equipment, hours, who, rules, bool(holder), holder, approval))
        if not bookable:
            _not_bookable(ctx, ids[code])
    return ids


def _not_bookable(ctx: Context, space_id) -> None:
    with ctx.store.unit_of_work() as session:  # laundry and bike store are used, not booked
        session.get(CommonSpace, space_id).bookable = False
        session.commit()


def _book(ctx: Context, rooms: dict, today: date) -> None:
    school_start, school_end = date(2026, 9, 14), date(2027, 6, 8)
    monday = today - timedelta(days=today.weekday())

    def book(code, day, start, end, title, who, kind, repeat=Repeat.NONE, until=None,
             expected=None):
        bookings.create(ctx, BookingInput(rooms[code], title, who, kind, day, time(*start),
                                          time(*end), repeat, until, expected,
                                          past_reason="dati dimostrativi"))

    for weekday in range(5):  # after-school, Monday to Friday
        first = school_start + timedelta(days=weekday)
        book("SC-DOPOSCUOLA", first, (16, 30), (18, 30), "Doposcuola", "Gruppo genitori",
             K.GROUP, Repeat.WEEKLY, school_end, 18)
    book("SC-DOPOSCUOLA", date(2026, 9, 16), (10, 0), (12, 0), "Corso di italiano per adulti",
         "Associazione Amici del borgo", K.ASSOCIATION, Repeat.WEEKLY, date(2027, 5, 26), 12)
    book("SC-SALA", date(2026, 9, 12), (20, 30), (22, 30), "Assemblea degli abitanti",
         "Ufficio di borgo", K.OFFICE, Repeat.MONTHLY_WEEKDAY, date(2027, 7, 31), 45)
    book("SC-SALA", date(2026, 10, 7), (15, 0), (17, 0), "Tombolata del mercoledì",
         "Gruppo mutuo aiuto", K.GROUP, Repeat.BIWEEKLY, date(2027, 3, 31), 25)
    parties = [("Festa di compleanno", "Esposito Carmela"), ("Pranzo di vicinato", "Gruppo orto"),
               ("Festa di fine corso", "Associazione Amici del borgo"),
               ("Compleanno di Aisha", "El Amrani Fatima")]
    for week, (title, who) in enumerate(parties * 3):
        saturday = monday + timedelta(days=5 + 7 * (week - 4))
        kind = K.RESIDENT if " " in who and not who.startswith(("Gruppo", "Associazione")) \
            else K.GROUP
        book("SC-SALA", saturday, (15, 0), (19, 0), title, who, kind, expected=30 + week)
    book("SC-LAB", date(2026, 10, 3), (10, 0), (12, 30), "Riparazioni insieme",
         "Gruppo riparazioni", K.GROUP, Repeat.WEEKLY, date(2027, 6, 26), 8)
    book("SC-INFO", date(2026, 9, 15), (9, 30), (12, 30), "Sportello CAF", "CAF di quartiere",
         K.ASSOCIATION, Repeat.WEEKLY, date(2027, 6, 29), 6)
    # Last week's Saturday party: key back and attendance recorded; one date cancelled.
    past = bookings.occurrences(ctx, monday - timedelta(days=7), 7, rooms["SC-SALA"])
    for booking in past:
        bookings.record_use(ctx, booking.id, key_given_to=booking.requester)
        bookings.record_use(ctx, booking.id, actual_attendance=(booking.expected_attendance or 20)
                            - 3, key_returned=True)
    christmas = bookings.occurrences(ctx, date(2026, 12, 21), 5, rooms["SC-DOPOSCUOLA"])
    for booking in christmas:
        bookings.cancel(ctx, booking.id, reason="Vacanze di Natale")


def _residents(ctx: Context) -> list[tuple]:
    """(household id, reference person id, every member's person id) of resident households."""
    with ctx.store.read() as session:
        rows = session.execute(select(Household.id, Household.reference_person_id,
                                      Membership.person_id)
                               .join(Membership, Membership.household_id == Household.id)
                               .where(Household.status == HouseholdStatus.RESIDENT,
                                      Membership.left_on.is_(None))
                               .order_by(Household.code)).all()
    households: dict = {}
    for household_id, reference, person_id in rows:
        households.setdefault(household_id, (household_id, reference, []))[2].append(person_id)
    return list(households.values())


def _community(ctx: Context, rng: random.Random, residents: list[tuple], today: date) -> None:
    people = [p for _h, _ref, members in residents for p in members]
    references = [ref for _h, ref, _m in residents if ref]
    groups = {}
    for name, purpose in (("Genitori del doposcuola", "Organizzano il doposcuola e le uscite"),
                          ("Orto condiviso", "Cura dell'orto e del giardino del cortile"),
                          ("Mutuo aiuto e scambio di competenze",
                           "Piccoli aiuti tra vicini: spesa, compiti, riparazioni")):
        groups[name] = community.save_group(ctx, name, purpose)
        for index, person in enumerate(rng.sample(references, min(6, len(references)))):
            community.add_member(ctx, groups[name], person, referent=index == 0)
    events = (("Festa di benvenuto", Audience.BORGO, "Sala incontri e feste", "", 0),
              ("Pulizia del parco", Audience.NEIGHBOURHOOD, "Parco Franco Verga",
               "Municipio 8, AMSA", 25),
              ("Cinema nel cortile", Audience.NEIGHBOURHOOD, "Cortile civico 55", "", 40),
              ("Mercatino del riuso", Audience.CITY, "Cortile civico 55",
               "Associazione Amici del borgo", 120),
              ("Assemblea sul regolamento", Audience.BORGO, "Sala incontri e feste", "", 0))
    for month_back in range(12):
        title, audience, place, partners, others = events[month_back % len(events)]
        day = date(today.year, today.month, 1) - timedelta(days=30 * month_back) + timedelta(days=9)
        community.create_event(ctx, community.EventInput(
            title, day, place, audience, partners, None, others + rng.randint(0, 10),
            tuple(rng.sample(people, min(len(people), rng.randint(8, 25))))))
    first = community.publish_rules(ctx, "Regolamento per la convivenza", _RULES_V1,
                                    date(2025, 12, 1))
    second = community.publish_rules(ctx, "Regolamento per la convivenza", _RULES_V2,
                                     date(2026, 9, 1))
    for index, (household_id, _ref, _members) in enumerate(residents):
        community.acknowledge(ctx, first, household_id, date(2025, 12, 1) + timedelta(days=index))
        if index % 4:  # a quarter have not yet signed the new version
            community.acknowledge(ctx, second, household_id,
                                  date(2026, 9, 5) + timedelta(days=index % 40))
    households = [h for h, _ref, _m in residents]
    for name, description, every in (
            ("Pulizia scale civico 55", "Scale e pianerottoli, sabato mattina", 7),
            ("Orto e giardino", "Annaffiare e tenere in ordine l'orto del cortile", 7),
            ("Angolo lettura", "Riordino dei libri e prestiti", 14)):
        service = community.save_self_service(ctx, name, description, every)
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=8) + timedelta(days=5)
        community.plan_rota(ctx, service, rng.sample(households, min(10, len(households))),
                            start, 20)
        for turn in community.rota(ctx, service, start, today):
            community.record_turn(ctx, turn.id, rng.random() > 0.15)


_RULES_V1 = ("1. Silenzio dalle 22 alle 7.\n2. Gli spazi comuni si prenotano all'ufficio di "
             "borgo.\n3. La raccolta differenziata si fa nei cassonetti del cortile.")
_RULES_V2 = (_RULES_V1 + "\n4. Le biciclette si lasciano nel deposito, non sulle scale.\n"
             "5. I turni di pulizia si scambiano avvisando l'ufficio.")
