"""borgo-desktop export bookings --format xlsx|csv|ics --out FILE"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from borgo_desktop.cli import main
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.core.recurrence import Repeat
from helpers.spaces_support import booking, make_spaces


@pytest.fixture
def data_dir(cli_data):
    """The encrypted data folder of tests/conftest.py, with a weekly series booked."""
    ctx = dataclasses.replace(cli_data.context(), today=date.today)
    rooms = make_spaces(ctx)
    day = date.today() + timedelta(days=3)
    bookings.create(ctx, booking(rooms["SALA"], day, "10:00", "12:00", repeat=Repeat.WEEKLY,
                                 until=day + timedelta(weeks=3)))
    ctx.store.close()
    return cli_data


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_export_bookings(data_dir, tmp_path, capsys, fmt):
    out = tmp_path / f"prenotazioni.{fmt}"
    assert main(["export", "bookings", "--format", fmt, "--out", str(out),
                 *data_dir.args()]) == 0
    printed = capsys.readouterr().out
    if fmt == "ics":
        assert "1 eventi esportati" in printed
        [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert "FREQ=WEEKLY" in event["rrule"].to_ical().decode()
    else:
        assert "4 righe esportate" in printed and out.stat().st_size > 0
