"""Bookings: one-off and recurring, refusals with reasons, cancellation, approval, keys."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.formatting import ROME
from borgo_desktop.models.enums import BookingStatus, RequesterKind
from borgo_desktop.services.core import audit
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.core.recurrence import Repeat, rule_for
from helpers.support import as_admin
from helpers.spaces_support import booking, make_spaces

SATURDAY = date(2026, 12, 12)


@pytest.fixture
def rooms(ctx):
    return make_spaces(ctx)


def test_one_off_booking_and_conflict_named_in_italian(ctx, rooms):
    made = bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "15:00", "19:00",
                                        title="Compleanno di Luca"))
    assert len(made) == 1 and made[0].status == BookingStatus.CONFIRMED
    assert made[0].starts_at == datetime(2026, 12, 12, 14, 0, tzinfo=timezone.utc)  # CET = UTC+1
    with pytest.raises(bookings.BookingRefused) as refused:
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "18:00", "22:00", who="Bianchi"))
    text = refused.value.text
    assert "Compleanno di Luca" in text and "sabato 12/12/2026 15:00–19:00" in text
    assert "Rossi Anna" in text
    # Touching ends are not an overlap ([start, end)).
    bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "19:00", "22:00", who="Bianchi"))
    # Another space at the same time is free.
    bookings.create(ctx, booking(rooms["DOPO"], SATURDAY, "15:00", "19:00"))


def test_a_booking_may_end_at_midnight(ctx, rooms):
    with pytest.raises(bookings.BookingRefused, match="fuori dall'orario"):  # it closes at 23
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "20:00", "00:00"))
    spaces.update_space(ctx, rooms["SALA"], spaces.SpaceInput(60, "", (("08:00", "24:00"),) * 7))
    [party] = bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "20:00", "00:00"))
    assert party.ends_at == datetime(2026, 12, 12, 23, 0, tzinfo=timezone.utc)  # 24:00 in Rome
    with pytest.raises(bookings.BookingRefused):
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "23:00", "00:00", who="Bianchi"))


def test_check_shows_conflicts_before_saving_and_writes_nothing(ctx, rooms):
    bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "15:00", "19:00"))
    result = bookings.check(ctx, booking(rooms["SALA"], SATURDAY, "16:00", "17:00"))
    assert not result.ok and result.conflicts[0].other.title == "Festa"
    assert len(bookings.week(ctx, date(2026, 12, 7))) == 1


def test_outside_hours_closed_day_and_over_capacity_are_refused(ctx, rooms):
    with pytest.raises(bookings.BookingRefused, match="fuori dall'orario"):
        bookings.create(ctx, booking(rooms["DOPO"], SATURDAY, "19:00", "21:00"))
    with pytest.raises(bookings.BookingRefused, match="chiuso di domenica"):
        bookings.create(ctx, booking(rooms["DOPO"], date(2026, 12, 13), "10:00", "11:00"))
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(rooms["DOPO"], SATURDAY, "10:00", "11:00", expected=25))
    assert "al massimo 20 persone" in refused.value.problems["expected_attendance"].text


def test_form_problems_are_all_reported(ctx, rooms):
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, bookings.BookingInput(None, " ", "", RequesterKind.RESIDENT, None,
                                                   time(10), time(9)))
    assert set(refused.value.problems) == {"title", "requester", "space", "day", "end"}
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "10:00", "11:00",
                                     repeat=Repeat.WEEKLY))
    assert "fino a quando" in refused.value.problems["until"].text


def test_who_may_book_the_space(ctx, rooms):
    spaces.update_space(ctx, rooms["LAB"], spaces.SpaceInput(
        12, bookable_by=(RequesterKind.GROUP, RequesterKind.OFFICE)))
    with pytest.raises(ValidationError) as refused:
        bookings.create(ctx, booking(rooms["LAB"], SATURDAY, "10:00", "11:00"))
    assert "non è prenotabile da: abitanti" in refused.value.problems["requester_kind"].text


def test_weekly_series_keeps_local_time_across_dst_and_cancel_one_date(ctx, rooms):
    made = bookings.create(ctx, booking(rooms["DOPO"], date(2027, 3, 1), "16:30", "18:30",
                                        title="Doposcuola", repeat=Repeat.WEEKLY,
                                        until=date(2027, 4, 30)))
    assert len(made) == 9
    local = {o.starts_at.astimezone(ROME).time() for o in made}
    assert local == {time(16, 30)}
    assert {o.starts_at.utcoffset() for o in made} == {timezone.utc.utcoffset(None)}
    utc_hours = sorted({o.starts_at.hour for o in made})
    assert utc_hours == [14, 15]  # 15:30 UTC in winter, 14:30 UTC in summer (29 March)
    assert bookings.cancel(ctx, made[2].id, reason="Gita") == 1
    live = [o for o in bookings.series_of(ctx, made[0].series_id)
            if o.status != BookingStatus.CANCELLED]
    assert len(live) == 8 and made[2].id not in {o.id for o in live}
    # The freed date can be booked by someone else.
    bookings.create(ctx, booking(rooms["DOPO"], made[2].starts_at.astimezone(ROME).date(),
                                 "17:00", "18:00", title="Riunione"))


def test_cancel_rest_of_series_cuts_the_rule(ctx, rooms):
    made = bookings.create(ctx, booking(rooms["SALA"], date(2027, 1, 9), "10:00", "12:00",
                                        repeat=Repeat.BIWEEKLY, until=date(2027, 6, 30)))
    assert [o.starts_at.day for o in made[:3]] == [9, 23, 6]
    assert bookings.cancel(ctx, made[4].id, following=True) == len(made) - 4
    assert "fino al" in bookings.rule_text(ctx, made[0].series_id)
    with pytest.raises(UserError, match="già annullata"):
        bookings.cancel(ctx, made[5].id)


def test_monthly_on_a_weekday_and_last_weekday():
    assert rule_for(Repeat.MONTHLY_WEEKDAY, date(2026, 12, 12), None) == "FREQ=MONTHLY;BYDAY=+2SA"
    assert rule_for(Repeat.MONTHLY_WEEKDAY, date(2026, 12, 26), None) == "FREQ=MONTHLY;BYDAY=-1SA"


def test_monthly_series_dates(ctx, rooms):
    made = bookings.create(ctx, booking(rooms["SALA"], date(2027, 1, 9), "20:00", "22:00",
                                        title="Assemblea", repeat=Repeat.MONTHLY_WEEKDAY,
                                        until=date(2027, 5, 31)))
    days = [o.starts_at.astimezone(ROME).date() for o in made]
    assert days == [date(2027, 1, 9), date(2027, 2, 13), date(2027, 3, 13), date(2027, 4, 10),
                    date(2027, 5, 8)]


def test_series_refused_whole_when_one_date_is_taken(ctx, rooms):
    bookings.create(ctx, booking(rooms["SALA"], date(2027, 1, 23), "10:30", "11:00",
                                 title="Prova coro"))
    with pytest.raises(bookings.BookingRefused, match="Prova coro"):
        bookings.create(ctx, booking(rooms["SALA"], date(2027, 1, 9), "10:00", "12:00",
                                     repeat=Repeat.WEEKLY, until=date(2027, 2, 28)))
    assert len(bookings.occurrences(ctx, date(2027, 1, 1), 60)) == 1


def test_approval_by_the_office(ctx, store, rooms):
    desk = Context(store, Actor("desk", "front_desk"), ctx.today)
    made = bookings.create(desk, booking(rooms["LAB"], SATURDAY, "10:00", "12:00"))
    assert made[0].status == BookingStatus.PENDING
    # A pending request already holds the slot.
    with pytest.raises(bookings.BookingRefused):
        bookings.create(ctx, booking(rooms["LAB"], SATURDAY, "11:00", "12:00"))
    assert bookings.approve(ctx, made[0].series_id) == 1
    assert bookings.series_of(ctx, made[0].series_id)[0].status == BookingStatus.CONFIRMED
    # The office itself books without waiting.
    direct = bookings.create(ctx, booking(rooms["LAB"], SATURDAY, "15:00", "16:00"))
    assert direct[0].status == BookingStatus.CONFIRMED


def test_attendance_and_keys(ctx, rooms):
    made = bookings.create(ctx, booking(rooms["SALA"], SATURDAY, "15:00", "19:00", expected=30))
    with pytest.raises(UserError, match="non risulta consegnata"):
        bookings.record_use(ctx, made[0].id, key_returned=True)
    view = bookings.record_use(ctx, made[0].id, key_given_to="Rossi Anna")
    assert view.key_given_at is not None and view.key_returned_at is None
    view = bookings.record_use(ctx, made[0].id, actual_attendance=27, key_returned=True)
    assert view.actual_attendance == 27 and view.key_returned_at is not None
    actions = [e.action for e in audit.list_entries(as_admin(ctx))]
    assert "booking.use" in actions and "booking.create" in actions
    assert all("Rossi" not in e.detail for e in audit.list_entries(as_admin(ctx)))


def test_space_settings_are_validated(ctx, rooms):
    with pytest.raises(ValidationError) as refused:
        spaces.update_space(ctx, rooms["SALA"], spaces.SpaceInput(
            0, opening_hours=(("9", "18:00"),) + (("18:00", "09:00"),) + (None,) * 5,
            keys_needed=True, bookable_by=()))
    assert set(refused.value.problems) == {"capacity", "hours.0", "hours.1", "key_holder",
                                           "bookable_by"}
    view = spaces.get_space(ctx, rooms["DOPO"])
    assert "dom chiuso" in view.hours_text() and view.capacity == 20
