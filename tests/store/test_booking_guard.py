"""Two seats booking the same slot at once: exactly one succeeds, on SQLite and PostgreSQL.

The service checks first; the database refuses an overlap too (exclusion constraint on
PostgreSQL, trigger on SQLite), so a booking can never be doubled even when both seats'
checks ran before either wrote.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from borgo_desktop.errors import UserError
from borgo_desktop.models import Booking
from borgo_desktop.models.base import new_id
from borgo_desktop.models.enums import BookingStatus
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store
from helpers.spaces_support import booking, make_spaces

SATURDAY = date(2026, 12, 12)


def _seat(url: str, name: str) -> Context:
    return Context(Store.open(url), Actor(name, "manager"), today=lambda: date(2026, 11, 25))


def _race(url: str, space_id, seats: int = 2) -> list[object]:
    contexts = [_seat(url, f"seat{n}") for n in range(seats)]
    barrier = threading.Barrier(seats)
    outcomes: list[object] = [None] * seats

    def book(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = bookings.create(contexts[index], booking(
                space_id, SATURDAY, "15:00", "19:00", who=f"Seat {index}"))
        except UserError as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=book, args=(n,)) for n in range(seats)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for ctx in contexts:
        ctx.store.close()
    return outcomes


def _live_count(url: str) -> int:
    store = Store.open(url)
    try:
        return len(bookings.occurrences(Context(store, Actor("check")), SATURDAY, 1))
    finally:
        store.close()


def test_two_seats_same_slot_exactly_one_wins(any_url):
    setup = _seat(any_url, "setup")
    rooms = make_spaces(setup)
    setup.store.close()
    outcomes = _race(any_url, rooms["SALA"], seats=3)
    winners = [o for o in outcomes if isinstance(o, list)]
    losers = [o for o in outcomes if isinstance(o, bookings.BookingRefused)]
    assert len(winners) == 1 and len(losers) == 2, outcomes
    assert _live_count(any_url) == 1


def test_database_refuses_overlap_even_when_both_checks_passed(any_url, monkeypatch):
    """Both seats' checks saw a free slot (forced here): the database guard refuses the second."""
    ctx = _seat(any_url, "setup")
    try:
        rooms = make_spaces(ctx)
        monkeypatch.setattr(bookings, "_overlaps", lambda *_args: [])
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "15:00", "19:00"))
        with pytest.raises(bookings.BookingRefused) as refused:
            bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "18:30", "20:00"))
        assert refused.value.text == bookings.TAKEN_MEANWHILE
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "19:00", "20:00"))  # touching: fine
        bookings.create(ctx, booking(rooms["DOPO"], SATURDAY, "15:00", "19:00"))  # other space
    finally:
        ctx.store.close()


def test_raw_insert_of_an_overlap_fails_and_cancelled_rows_do_not_count(any_url):
    ctx = _seat(any_url, "setup")
    try:
        rooms = make_spaces(ctx)
        made = bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "15:00", "19:00"))
        start = made[0].starts_at + timedelta(hours=1)
        row = dict(series_id=made[0].series_id, space_id=rooms["SALA"], starts_at=start,
                   ends_at=start + timedelta(hours=1), status=BookingStatus.CONFIRMED,
                   created_by="x", updated_by="x", key_given_to="", cancel_reason="")
        with pytest.raises(IntegrityError):
            with ctx.store.engine.begin() as conn:
                conn.execute(insert(Booking), [dict(row, id=new_id())])
        with ctx.store.engine.begin() as conn:
            conn.execute(insert(Booking), [dict(row, id=new_id(),
                                                status=BookingStatus.CANCELLED)])
        bookings.cancel(ctx, made[0].id)
        with ctx.store.engine.begin() as conn:  # the slot is free once cancelled
            conn.execute(insert(Booking), [dict(row, id=new_id())])
    finally:
        ctx.store.close()


def test_the_trigger_look_back_matches_the_longest_booking():
    from borgo_desktop.migrations import spaces_ddl

    assert bookings.MAX_DURATION == timedelta(hours=spaces_ddl.MAX_HOURS)
