"""The .ics export re-imported with icalendar (and expanded with dateutil) gives the same dates."""

from __future__ import annotations

from datetime import date, timezone

import openpyxl
import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from borgo_desktop.models.enums import BookingStatus
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.spaces.exports import export_bookings
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.services.core.permissions import PermissionDenied
from borgo_desktop.services.core.recurrence import Repeat
from helpers.spaces_support import booking, make_spaces


def _ics_occurrences(path) -> set[tuple]:
    calendar = Calendar.from_ical(path.read_bytes())
    found = set()
    for event in calendar.walk("VEVENT"):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        duration = end - start
        if "rrule" in event:
            excluded = set()
            exdates = event.get("exdate", [])
            for group in exdates if isinstance(exdates, list) else [exdates]:
                excluded |= {d.dt.astimezone(timezone.utc) for d in group.dts}
            starts = [s for s in rrulestr(event["rrule"].to_ical().decode(), dtstart=start)
                      if s.astimezone(timezone.utc) not in excluded]
        else:
            starts = [start]
        found |= {(str(event["location"]), s.astimezone(timezone.utc),
                   (s + duration).astimezone(timezone.utc)) for s in starts}
    return found


@pytest.fixture
def booked(ctx):
    rooms = make_spaces(ctx)
    bookings.create(ctx, booking(rooms["SALA"], date(2026, 12, 12), "15:00", "19:00"))
    weekly = bookings.create(ctx, booking(rooms["DOPO"], date(2027, 2, 1), "16:30", "18:30",
                                          title="Doposcuola", repeat=Repeat.WEEKLY,
                                          until=date(2027, 6, 11)))  # crosses 28 March
    bookings.cancel(ctx, weekly[3].id)
    bookings.cancel(ctx, weekly[15].id, following=True)
    monthly = bookings.create(ctx, booking(rooms["SALA"], date(2027, 1, 30), "20:00", "22:00",
                                           title="Assemblea", repeat=Repeat.MONTHLY_WEEKDAY,
                                           until=date(2027, 12, 31)))
    bookings.cancel(ctx, monthly[8].id)  # after the switch back in October
    return rooms


def test_ics_round_trip_yields_the_same_occurrences(ctx, booked, tmp_path):
    path = tmp_path / "spazi.ics"
    assert export_bookings(ctx, path, "ics") == 3
    stored = {(o.space_name, o.starts_at, o.ends_at)
              for o in bookings.occurrences(ctx, date(2026, 1, 1), 800)}
    assert len(stored) == 1 + (15 - 1) + (12 - 1)
    assert _ics_occurrences(path) == stored
    text = path.read_text()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Rome" in text


def test_ics_of_one_space(ctx, booked, tmp_path):
    path = tmp_path / "sala.ics"
    export_bookings(ctx, path, space_id=booked["SALA"])
    assert {loc for loc, _s, _e in _ics_occurrences(path)} == {"Sala feste"}


def test_xlsx_and_csv_list_every_date(ctx, booked, tmp_path):
    count = export_bookings(ctx, tmp_path / "p.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    assert sheet.max_row == count + 1 and sheet["A1"].value == "Spazio"
    statuses = {row[6] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses == {BookingStatus.CONFIRMED.label, BookingStatus.CANCELLED.label}
    assert export_bookings(ctx, tmp_path / "p.csv") == count
    assert "Doposcuola" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")


def test_export_needs_the_personal_data_permission(store, booked, tmp_path):
    staff = Context(store, Actor("tec", "facility_manager"))
    with pytest.raises(PermissionDenied):
        export_bookings(staff, tmp_path / "p.csv")


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_weekly_programme_pdf(ctx, booked, tmp_path, paper):
    from pypdf import PdfReader

    from borgo_desktop.services.spaces.printing import print_programme

    path = print_programme(ctx, booked["DOPO"], date(2027, 3, 31), tmp_path / "p.pdf", paper)
    page = PdfReader(path).pages[0]
    text = page.extract_text()
    assert "Programma della settimana – Aula doposcuola" in text
    assert "Da lunedì 29/03/2027" in text and "16:30–18:30" in text and "Doposcuola" in text
    assert "Rossi Anna" not in text  # a resident is not named on the door
    assert "Chiuso" in text  # Sunday
    width = float(page.mediabox.width)
    assert round(width) == (1191 if paper == "A3" else 842)


def test_a_programme_title_naming_a_flat_shows_as_a_private_booking(ctx, booked, tmp_path):
    from pypdf import PdfReader

    from borgo_desktop.services.spaces.printing import PRIVATE, print_programme

    bookings.create(ctx, booking(booked["DOPO"], date(2027, 3, 30), "10:00", "12:00",
                                 title="Compleanno dell'interno 4"))
    path = print_programme(ctx, booked["DOPO"], date(2027, 3, 31), tmp_path / "p.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert "interno 4" not in text and PRIVATE in text and "Doposcuola" in text
