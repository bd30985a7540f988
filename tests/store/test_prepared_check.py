"""The booking check's prepared statement (services/core/prepared.py) answers as the ORM
path does, on SQLite and PostgreSQL: same slots, same conflicts, same bookings in them."""

from __future__ import annotations

from datetime import date

from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.spaces import bookings
from borgo_desktop.store import Store
from helpers.spaces_support import booking, make_spaces

SATURDAY = date(2026, 12, 12)


def test_the_prepared_check_agrees_with_the_session_on_both_dialects(any_url):
    ctx = Context(Store.open(any_url), Actor("capo", "manager"), today=lambda: date(2026, 11, 25))
    try:
        rooms = make_spaces(ctx)
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "15:00", "19:00"))
        requests = [booking(rooms["SALA"], SATURDAY, "18:00", "20:00"),  # overlaps
                    booking(rooms["SALA"], SATURDAY, "19:00", "21:00"),  # free
                    booking(rooms["DOPO"], date(2026, 12, 13), "10:00", "12:00"),  # Sunday: closed
                    booking(rooms["LAB"], SATURDAY, "10:00", "11:00")]  # needs approval
        with ctx.store.read() as session:
            for request in requests:
                prepared = bookings.check(ctx, request)
                through_orm = bookings._evaluate(ctx, session, request)
                assert repr(prepared) == repr(through_orm)
        overlap = bookings.check(ctx, requests[0])
        assert [c.other.title for c in overlap.conflicts] == ["Festa"]
        assert overlap.conflicts[0].other.starts_at.tzinfo is not None  # aware, as the ORM's
        assert bookings.check(ctx, requests[1]).ok
        assert not bookings.check(ctx, requests[2]).ok
    finally:
        ctx.store.close()
