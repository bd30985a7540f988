"""City-scale shared spaces: a common room in one building in five, and 100,000 bookings
over five years (weekly school-year series and one-off bookings), written with bulk inserts.

Runs on its own (``build_city_spaces``) on a city database made before bookings existed,
and as the last step of ``seed/city.py build_city``. Slots come from a grid of non-
overlapping times per day, so the rows pass the database's overlap guard.
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta
from typing import Callable

from sqlalchemy import select

from borgo_desktop.errors import UserError
from borgo_desktop.models import Booking, BookingSeries, Building, CommonSpace
from borgo_desktop.models.enums import BookingStatus, RequesterKind
from borgo_desktop.seed.city_gen import Stamp
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.recurrence import rule_for, Repeat, to_utc

SEED = 2026_5
BOOKINGS = 100_000
FIRST_DAY, LAST_DAY = date(2022, 1, 3), date(2026, 12, 27)  # Mondays: five years
SPACE_EVERY = 5  # one space in one building in five
PREFIX = "SC-ERP"  # codes of the city's spaces: SC-ERP0001 ...
CHUNK = 10_000
# (start hour, start minute, minutes): never overlapping within a day.
SLOTS = ((9, 0, 120), (11, 30, 90), (14, 0, 120), (16, 30, 120), (20, 30, 120))
KINDS = (("Sala comune", 50, [["08:00", "23:00"]] * 7),
         ("Aula studio", 20, [["08:00", "22:00"]] * 6 + [None]),
         ("Laboratorio", 12, [["08:00", "23:00"]] * 7))
TITLES = ("Festa di compleanno", "Riunione di condominio", "Corso di italiano", "Doposcuola",
          "Ginnastica dolce", "Incontro del gruppo di cammino", "Tombolata", "Laboratorio creativo",
          "Sportello CAF", "Assemblea degli abitanti", "Prove del coro", "Riparazioni insieme")
WHO = (("Gruppo genitori", RequesterKind.GROUP), ("Associazione di quartiere",
                                                  RequesterKind.ASSOCIATION),
       ("Ufficio di borgo", RequesterKind.OFFICE), ("Abitante", RequesterKind.RESIDENT))


def has_city_spaces(session) -> bool:
    return session.scalar(select(CommonSpace.id).where(CommonSpace.code.like(f"{PREFIX}%"))
                          .limit(1)) is not None


def build_city_spaces(ctx: Context, progress: Callable[[str], None] | None = None,
                      factor: float = 1.0) -> int:
    """Add the spaces and bookings; refuses a database that already has bookings."""
    say = progress or (lambda _text: None)
    started = time.perf_counter()
    rng, stamp = random.Random(SEED), Stamp(ctx.actor.username)
    with ctx.store.unit_of_work() as session:
        if has_city_spaces(session):
            raise UserError("Le prenotazioni di scala cittadina sono già presenti.")
        buildings = session.execute(select(Building.id, Building.code)
                                    .where(Building.code.like("ERP%"))
                                    .order_by(Building.code)).all()
        spaces = [stamp(building_id=b_id, code=f"{PREFIX}{code[3:]}", name=f"{KINDS[i % 3][0]} {code}",
                        purpose="Spazio comune prenotabile", capacity=KINDS[i % 3][1],
                        surface_m2=float(KINDS[i % 3][1] * 2), equipment="Tavoli e sedie",
                        opening_hours=KINDS[i % 3][2], bookable_by=[k.value for k in RequesterKind],
                        rules="", keys_needed=True, key_holder="Custode", needs_approval=False,
                        bookable=True)
                  for i, (b_id, code) in enumerate(buildings[::SPACE_EVERY])]
        session.execute(CommonSpace.__table__.insert(), spaces)
        say(f"[{time.perf_counter() - started:6.1f} s] spazi comuni: {len(spaces)}")
        series, rows = _bookings(rng, stamp, spaces, max(1, round(BOOKINGS * factor)))
        for model, data in ((BookingSeries, series), (Booking, rows)):
            for start in range(0, len(data), CHUNK):
                session.execute(model.__table__.insert(), data[start:start + CHUNK])
            say(f"[{time.perf_counter() - started:6.1f} s] {model.__tablename__}: {len(data)}")
        session.commit()
    return len(rows)


def _bookings(rng: random.Random, stamp: Stamp, spaces: list[dict],
              total: int) -> tuple[list[dict], list[dict]]:
    weeks = (LAST_DAY - FIRST_DAY).days // 7 + 1
    series_rows, booking_rows = [], []
    per_space = total // len(spaces)
    for index, space in enumerate(spaces):
        quota = per_space + (1 if index < total % len(spaces) else 0)
        closed_sunday = space["opening_hours"][6] is None
        taken: set[tuple[date, int]] = set()
        made = 0
        # Two weekly series per school year (mid-September to early June).
        for year in range(FIRST_DAY.year - 1, LAST_DAY.year):
            for _ in range(2):
                if made >= quota:
                    break
                weekday, slot = rng.randrange(5), rng.randrange(len(SLOTS))
                first = _next_weekday(date(year, 9, 14), weekday)
                days = [first + timedelta(weeks=w) for w in range(40)]
                days = [d for d in days if FIRST_DAY <= d <= LAST_DAY
                        and (d, slot) not in taken][:quota - made]
                if not days:
                    continue
                made += _add(rng, stamp, space, days, slot, series_rows, booking_rows, taken,
                             rule_for(Repeat.WEEKLY, days[0], days[-1]))
        while made < quota:
            day = FIRST_DAY + timedelta(days=rng.randrange(weeks * 7))
            slot = rng.randrange(len(SLOTS))
            if (day, slot) in taken or (closed_sunday and day.weekday() == 6):
                continue
            made += _add(rng, stamp, space, [day], slot, series_rows, booking_rows, taken, "")
    return series_rows, booking_rows


def _next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _add(rng, stamp: Stamp, space: dict, days: list[date], slot: int, series_rows: list,
         booking_rows: list, taken: set, rule: str) -> int:
    hour, minute, minutes = SLOTS[slot]
    who, kind = WHO[rng.randrange(len(WHO))] if not rule else WHO[rng.randrange(3)]
    local = datetime.combine(days[0], datetime.min.time()).replace(hour=hour, minute=minute)
    series = stamp(space_id=space["id"], title=TITLES[rng.randrange(len(TITLES))],
                   requester=who, requester_kind=kind, contact="", notes="",
                   local_start=local.isoformat(timespec="minutes"), duration_minutes=minutes,
                   rrule=rule, expected_attendance=rng.randint(5, space["capacity"]),
                   status=BookingStatus.CONFIRMED)
    series_rows.append(series)
    for day in days:
        start = to_utc(datetime.combine(day, datetime.min.time()).replace(hour=hour,
                                                                          minute=minute))
        cancelled = rng.random() < 0.03
        booking_rows.append(stamp(
            series_id=series["id"], space_id=space["id"], starts_at=start,
            ends_at=start + timedelta(minutes=minutes),
            status=BookingStatus.CANCELLED if cancelled else BookingStatus.CONFIRMED,
            actual_attendance=None, key_given_to="", key_given_at=None, key_returned_at=None,
            cancel_reason="Annullata dal richiedente" if cancelled else ""))
        taken.add((day, slot))
    return len(days)
