"""Bookings on the daylight-saving nights are real instants; bookings in the past need a reason."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from borgo_desktop.errors import ValidationError
from borgo_desktop.models import BookingSeries
from borgo_desktop.models.audit import AuditEntry
from borgo_desktop.services.spaces import bookings, spaces
from helpers.spaces_support import booking, make_spaces
from sqlalchemy import select

SPRING = date(2027, 3, 28)  # Europe/Rome: 02:00 CET -> 03:00 CEST
AUTUMN = date(2027, 10, 31)  # Europe/Rome: 03:00 CEST -> 02:00 CET


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def room(ctx):
    rooms = make_spaces(ctx)
    spaces.update_space(ctx, rooms["SALA"], spaces.SpaceInput(60, "", (("00:00", "24:00"),) * 7))
    return rooms["SALA"]


@pytest.mark.parametrize("start, end, field, named", [
    ("02:00", "03:00", "start", "02:00"), ("02:15", "02:45", "start", "02:15"),
    ("01:00", "02:30", "end", "02:30")])
def test_a_time_the_clocks_skip_is_refused(ctx, room, start, end, field, named):
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(room, SPRING, start, end))
    problem = refused.value.problems[field]
    assert problem.text == (f"Il 28/03/2027 alle {named} l'ora non esiste: quella notte gli "
                            "orologi passano dalle 02:00 alle 03:00 (inizio dell'ora legale). "
                            "Scegliere un altro orario.")
    assert bookings.occurrences(ctx, SPRING, 1) == []


def test_the_spring_night_around_the_gap_is_booked_at_its_real_length(ctx, room):
    [night] = bookings.create(ctx, booking(room, SPRING, "01:00", "03:00"))
    # 01:00 CET is 00:00 UTC, 03:00 CEST is 01:00 UTC: one real hour, not two, not zero.
    assert (night.starts_at, night.ends_at) == (utc(2027, 3, 28, 0), utc(2027, 3, 28, 1))
    with pytest.raises(bookings.BookingRefused) as refused:  # no double booking
        bookings.create(ctx, booking(room, SPRING, "01:30", "04:00", who="Bianchi"))
    assert "domenica 28/03/2027 01:00–03:00" in refused.value.text  # the right times
    [morning] = bookings.create(ctx, booking(room, SPRING, "03:00", "04:00", who="Bianchi"))
    assert morning.starts_at == utc(2027, 3, 28, 1)  # touching, not moved


def test_a_repeated_hour_asks_which_one(ctx, room):
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(room, AUTUMN, "02:15", "02:45"))
    text = refused.value.problems["fold"].text
    assert text.startswith("Il 31/10/2027 le 02:15 capitano due volte")
    assert "la prima volta (ora legale) o la seconda (ora solare)" in text
    assert not bookings.check(ctx, booking(room, AUTUMN, "02:15", "02:45")).ok


def test_the_two_repeated_hours_are_two_different_bookings(ctx, room):
    [first] = bookings.create(ctx, booking(room, AUTUMN, "02:15", "02:45", fold=0))
    [second] = bookings.create(ctx, booking(room, AUTUMN, "02:15", "02:45", fold=1, who="B"))
    assert (first.starts_at, first.ends_at) == (utc(2027, 10, 31, 0, 15), utc(2027, 10, 31, 0, 45))
    assert (second.starts_at, second.ends_at) == (utc(2027, 10, 31, 1, 15),
                                                  utc(2027, 10, 31, 1, 45))
    with pytest.raises(bookings.BookingRefused) as refused:
        bookings.create(ctx, booking(room, AUTUMN, "02:30", "02:40", fold=1, who="C"))
    text = refused.value.text
    assert "domenica 31/10/2027 02:15–02:45 (ora solare)" in text
    assert "02:30–02:40 (ora solare)" in text


def test_the_autumn_night_across_the_repeat_lasts_its_real_length(ctx, room):
    [night] = bookings.create(ctx, booking(room, AUTUMN, "01:00", "04:00"))
    assert night.ends_at - night.starts_at == timedelta(hours=4)  # the clock shows 3
    with pytest.raises(bookings.BookingRefused):  # either 02:30 falls inside it
        bookings.create(ctx, booking(room, AUTUMN, "02:30", "02:45", fold=1, who="B"))


def test_a_weekly_series_through_the_gap_names_the_missing_date(ctx, room):
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(room, date(2027, 3, 14), "02:30", "03:30",
                                     rrule="FREQ=WEEKLY;COUNT=4"))
    assert refused.value.problems["start"].text.startswith("Il 28/03/2027 alle 02:30")


def test_a_booking_in_the_past_needs_a_reason(ctx, room):
    past = ctx.today() - timedelta(days=400)
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(room, past, "15:00", "17:00"))
    assert refused.value.problems["past_reason"].text.startswith(
        f"Il {past:%d/%m/%Y} è già passato: indicare il motivo")
    with pytest.raises(ValidationError):
        bookings.create(ctx, booking(room, past, "15:00", "17:00", past_reason="   "))
    [made] = bookings.create(ctx, booking(room, past, "15:00", "17:00",
                                          past_reason="Registrata a posteriori dal registro"))
    with ctx.store.read() as session:
        series = session.get(BookingSeries, made.series_id)
        assert series.past_reason == "Registrata a posteriori dal registro"
        details = list(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "booking.create")))
    assert details == ["SALA, 1 date, nel passato: Registrata a posteriori dal registro"]
    # Today and later need none.
    bookings.create(ctx, booking(room, ctx.today(), "15:00", "17:00"))
